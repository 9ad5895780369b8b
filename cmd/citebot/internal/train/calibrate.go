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
	// Small is true for a question asked of a small corpus on its topic,
	// with or without its article (cmd/citebot's smallCorpora).
	Small bool
	// NoCandidate is true when the matcher stopped before ranking (no
	// content word, a name the articles never mention, no hit): it
	// abstains whatever the calibration, and has no features to learn
	// from, but an in-scope one is a false abstention all the same.
	NoCandidate bool
}

// Calibrate learns the probability that the best candidate answers (the
// confidence), and the threshold below which to abstain: the highest on a
// grid of ThresholdStep whose false abstentions (answerable questions
// abstained, by the threshold, by a hand-set doubt, which still abstains,
// or before ranking) stay within MaxFalseAbstain of the in-scope outcomes.
// Maximising accuracy instead abstains on four answerable questions in
// ten; the bound keeps abstention for the questions the articles do not
// answer. With scope, the threshold applies to a second regression, of
// whether the articles answer the question at all (the outcome is in
// scope), rather than to the confidence: a question the articles answer
// but whose best candidate is wrong is no reason to abstain, and the
// bound counts it as a false abstention either way. With trees, boosted
// trees are fitted to the same label from the regression's logit on, and
// add to it (match.Calibration.Trees).
func Calibrate(outs []Outcome, scope bool, trees *BoostParams) (match.Calibration, error) {
	var samples []Sample
	var learnt []Outcome // the outcomes with features, as samples
	inScope := 0
	for _, o := range outs {
		if o.InScope {
			inScope++
		}
		if !o.NoCandidate {
			samples = append(samples, Sample{X: o.Features[:], Y: o.Right})
			learnt = append(learnt, o)
		}
	}
	w, err := Logistic(samples, match.NumAbstainFeatures)
	if err != nil {
		return match.Calibration{}, fmt.Errorf("calibration: %w", err)
	}
	var c match.Calibration
	copy(c.Coef[:], w)
	if scope {
		for i, o := range learnt {
			samples[i].Y = o.InScope
		}
		if w, err = Logistic(samples, match.NumAbstainFeatures); err != nil {
			return match.Calibration{}, fmt.Errorf("calibration: scope: %w", err)
		}
		copy(c.Scope[:], w)
	}
	if trees != nil {
		coef := &c.Coef
		if scope {
			coef = &c.Scope
		}
		x := make([][]float64, len(samples))
		y := make([]bool, len(samples))
		base := make([]float64, len(samples))
		for i, o := range learnt {
			x[i], y[i], base[i] = samples[i].X, samples[i].Y, match.Logit(coef, o.Features)
		}
		if c.Trees, err = BoostBinary(x, y, base, *trees); err != nil {
			return match.Calibration{}, fmt.Errorf("calibration: trees: %w", err)
		}
	}
	for step := 0; step <= int(1/ThresholdStep); step++ {
		t := float64(step) * ThresholdStep
		falseAbstain := 0
		for _, o := range outs {
			if o.InScope && (o.NoCandidate || Doubted(o.Features) || c.Answerable(o.Features) < t) {
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

// Doubted reports whether a hand-set doubt that abstains beside a learnt
// calibration fired on the outcome: the question's words are barely in
// the articles, or no answer of the kind asked for (« only the
// question's names match » is a feature of the calibration only).
func Doubted(f match.AbstainFeatures) bool {
	return f[match.AbsDoubtBarely] != 0 || f[match.AbsDoubtKind] != 0
}
