package score

import (
	"fmt"
	"io"
	"math"
	"strings"
)

// ReliabilityBins is how many equal-width bins of confidence the
// reliability table has: ten keeps a few hundred PIAF answers in each
// populated bin.
const ReliabilityBins = 10

// Bin is one row of a reliability table: the answered questions whose
// confidence fell in [Lo, Hi), and how many of them were right.
type Bin struct {
	Lo, Hi         float64
	Answered       int
	Right          int
	MeanConfidence float64
}

// Reliability is how well a reply's confidence predicts that it is right:
// answered questions grouped by confidence, with the share right in each
// group. A calibrated bot has Accuracy ≈ MeanConfidence in every bin.
type Reliability struct {
	Bins []Bin
	// Abstained counts the questions not answered; AbstainedRight those of
	// them that were out of scope (a right abstention).
	Abstained, AbstainedRight int
	// ECE is the expected calibration error: the answered-weighted mean of
	// |accuracy − mean confidence| over the bins. Brier is the mean squared
	// error of confidence as a probability of being right.
	ECE, Brier float64
}

// Accuracy is the share of the bin's answers judged right.
func (b Bin) Accuracy() float64 {
	if b.Answered == 0 {
		return 0
	}
	return float64(b.Right) / float64(b.Answered)
}

// MeasureReliability judges every answered question of gold and bins it by
// the confidence of its reply.
func MeasureReliability(gold []Gold, preds map[string]*Prediction, corpus map[string]string) Reliability {
	var r Reliability
	r.Bins = make([]Bin, ReliabilityBins)
	for i := range r.Bins {
		r.Bins[i].Lo = float64(i) / ReliabilityBins
		r.Bins[i].Hi = float64(i+1) / ReliabilityBins
	}
	sumConf := make([]float64, ReliabilityBins)
	answered := 0
	for _, g := range gold {
		p := preds[g.ID]
		if p == nil {
			continue
		}
		v, _ := Judge(g, p, corpus)
		if !p.Answered {
			r.Abstained++
			if v == Right {
				r.AbstainedRight++
			}
			continue
		}
		c := min(max(p.Confidence, 0), 1)
		i := min(int(c*ReliabilityBins), ReliabilityBins-1)
		r.Bins[i].Answered++
		sumConf[i] += c
		y := 0.0
		if v == Right {
			r.Bins[i].Right++
			y = 1
		}
		r.Brier += (c - y) * (c - y)
		answered++
	}
	for i := range r.Bins {
		b := &r.Bins[i]
		if b.Answered > 0 {
			b.MeanConfidence = sumConf[i] / float64(b.Answered)
			r.ECE += float64(b.Answered) * math.Abs(b.Accuracy()-b.MeanConfidence)
		}
	}
	if answered > 0 {
		r.ECE /= float64(answered)
		r.Brier /= float64(answered)
	}
	return r
}

// WriteTable prints the reliability table.
func (r Reliability) WriteTable(w io.Writer) error {
	var b strings.Builder
	b.WriteString("reliability (answered questions by confidence)\n")
	b.WriteString("  confidence   answered   right   accuracy   mean confidence\n")
	for _, bin := range r.Bins {
		if bin.Answered == 0 {
			continue
		}
		fmt.Fprintf(&b, "  %.1f–%.1f    %8d %7d   %8.3f   %15.3f\n",
			bin.Lo, bin.Hi, bin.Answered, bin.Right, bin.Accuracy(), bin.MeanConfidence)
	}
	fmt.Fprintf(&b, "  abstained    %8d %7d   (right: out of scope)\n", r.Abstained, r.AbstainedRight)
	fmt.Fprintf(&b, "  ECE %.3f   Brier %.3f\n", r.ECE, r.Brier)
	_, err := io.WriteString(w, b.String())
	return err
}
