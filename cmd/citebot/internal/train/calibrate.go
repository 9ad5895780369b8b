package train

import (
	"fmt"

	"github.com/citebot/citebot/bot/match"
)

// Outcome is what the matcher's best candidate for one question was worth:
// its abstention features, and whether answering with it is right. A
// question asked of a corpus without its article is an Outcome whose
// answer cannot be right.
type Outcome struct {
	Features match.AbstainFeatures
	Right    bool
	// InScope is true when the corpus holds the question's article: an
	// abstention is then a false one, not a right one.
	InScope bool
	// Hidden is true for a question asked of its own article with the
	// answering paragraph (or sentence) hidden: out of scope too, but on
	// its topic.
	Hidden bool
}

// Calibrate learns the probability that the best candidate answers, and
// the threshold below which to abstain: the highest on a grid of
// ThresholdStep whose false abstentions (answerable questions abstained,
// by the threshold or by a hand-set doubt, which still abstains) stay
// within MaxFalseAbstain of the in-scope outcomes. Maximising accuracy
// instead abstains on four answerable questions in ten; the bound keeps
// abstention for the questions the articles do not answer.
func Calibrate(outs []Outcome) (match.Calibration, error) {
	samples := make([]Sample, len(outs))
	inScope := 0
	for i, o := range outs {
		samples[i] = Sample{X: o.Features[:], Y: o.Right}
		if o.InScope {
			inScope++
		}
	}
	w, err := Logistic(samples, match.NumAbstainFeatures)
	if err != nil {
		return match.Calibration{}, fmt.Errorf("calibration: %w", err)
	}
	var c match.Calibration
	copy(c.Coef[:], w)
	for step := 0; step <= int(1/ThresholdStep); step++ {
		t := float64(step) * ThresholdStep
		falseAbstain := 0
		for _, o := range outs {
			if o.InScope && (Doubted(o.Features) || c.Probability(o.Features) < t) {
				falseAbstain++
			}
		}
		if float64(falseAbstain) > MaxFalseAbstain*float64(inScope) {
			break
		}
		c.Threshold = t
	}
	return c, nil
}

// ThresholdStep is the grid the abstention threshold is chosen on.
const ThresholdStep = 0.01

// MaxFalseAbstain is the share of answerable questions the threshold may
// abstain on, on the training folds: the bar for false abstentions.
const MaxFalseAbstain = 0.10

// Doubted reports whether a hand-set doubt fired on the outcome.
func Doubted(f match.AbstainFeatures) bool {
	return f[match.AbsDoubtBarely] != 0 || f[match.AbsDoubtKind] != 0 || f[match.AbsDoubtNames] != 0
}
