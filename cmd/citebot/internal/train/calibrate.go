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
}

// Calibrate learns the probability that the best candidate answers, and
// the threshold on it that maximises accuracy on the outcomes: a right
// answer, or an abstention on a question out of scope. Thresholds are
// tried on a grid of ThresholdStep, the lowest of equal accuracy kept.
func Calibrate(outs []Outcome) (match.Calibration, error) {
	samples := make([]Sample, len(outs))
	for i, o := range outs {
		samples[i] = Sample{X: o.Features[:], Y: o.Right}
	}
	w, err := Logistic(samples, match.NumAbstainFeatures)
	if err != nil {
		return match.Calibration{}, fmt.Errorf("calibration: %w", err)
	}
	var c match.Calibration
	copy(c.Coef[:], w)
	best := -1
	for step := 0; step <= int(1/ThresholdStep); step++ {
		t := float64(step) * ThresholdStep
		right := 0
		for _, o := range outs {
			p := sigmoid(dot(c.Coef[:], o.Features[:]))
			if p >= t && o.Right || p < t && !o.InScope {
				right++
			}
		}
		if right > best {
			best, c.Threshold = right, t
		}
	}
	return c, nil
}

// ThresholdStep is the grid the abstention threshold is chosen on.
const ThresholdStep = 0.01
