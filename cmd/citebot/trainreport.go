package main

import (
	"fmt"
	"io"
	"strings"

	"github.com/citebot/citebot/bot/match"
	"github.com/citebot/citebot/cmd/citebot/internal/train"
)

// scored is a held-out outcome with its calibrated probability.
type scored struct {
	p float64
	o train.Outcome
}

// writeTradeOff prints what other thresholds would have given on the
// held-out outcomes (each question asked of the half corpus with its
// article and of the half without).
func writeTradeOff(w io.Writer, curve []scored) error {
	var b strings.Builder
	b.WriteString("held-out trade-off (questions asked of half the corpus, with and without their article)\n")
	b.WriteString("  threshold  oos_abstained  false_abstain  cited_right  accuracy\n")
	for t := 0.0; t <= 0.701; t += 0.05 {
		var in, out, right, falseAbs, oosAbs int
		for _, c := range curve {
			answered := c.p >= t
			if c.o.InScope {
				in++
				if answered && c.o.Right {
					right++
				}
				if !answered {
					falseAbs++
				}
			} else {
				out++
				if !answered {
					oosAbs++
				}
			}
		}
		fmt.Fprintf(&b, "  %9.2f  %13.4f  %13.4f  %11.4f  %8.4f\n", t, ratio(oosAbs, out), ratio(falseAbs, in),
			ratio(right, in), ratio(right+oosAbs, in+out))
	}
	writeAtBound(&b, curve)
	_, err := io.WriteString(w, b.String())
	return err
}

// writeAtBound prints how many out-of-scope outcomes the calibration
// abstains on, with the hand-set doubts, at the held-out threshold whose
// false abstentions come closest under train.MaxFalseAbstain: how well it
// tells them apart, whatever threshold the training folds chose.
func writeAtBound(b *strings.Builder, curve []scored) {
	bestOOS, bestFalse, bestT := 0.0, 0.0, 0.0
	for step := 0; step <= int(1/train.ThresholdStep); step++ {
		t := float64(step) * train.ThresholdStep
		var in, out, falseAbs, oosAbs int
		for _, c := range curve {
			abstains := c.p < t || train.Doubted(c.o.Features)
			if c.o.InScope {
				in++
				if abstains {
					falseAbs++
				}
			} else {
				out++
				if abstains {
					oosAbs++
				}
			}
		}
		if ratio(falseAbs, in) > train.MaxFalseAbstain {
			break
		}
		bestOOS, bestFalse, bestT = ratio(oosAbs, out), ratio(falseAbs, in), t
	}
	fmt.Fprintf(b, "with the doubts, at the held-out threshold %.2f (false_abstain %.4f): oos_abstained %.4f\n", bestT, bestFalse, bestOOS)
}

func ratio(a, b int) float64 { return float64(a) / float64(max(1, b)) }

// doubtFeatures are the hand-set doubts among the abstention features,
// each of which abstains by itself whatever the calibration says.
var doubtFeatures = []int{match.AbsDoubtBarely, match.AbsDoubtKind, match.AbsDoubtNames}

// writeDoubts prints, for each hand-set doubt, how often it fired on the
// held-out outcomes: on answerable questions (how many of those its best
// candidate would have answered right) and on questions whose article was
// hidden. A doubt that fires on answerable questions about as often as on
// the others, and whose answerable ones are often right, costs more false
// abstentions than it saves wrong answers on this set.
func writeDoubts(w io.Writer, curve []scored) error {
	var b strings.Builder
	b.WriteString("hand-set doubts on the held-out outcomes (each abstains by itself)\n")
	b.WriteString("  doubt          answerable  of which right  out_of_scope\n")
	for _, fi := range doubtFeatures {
		var in, right, out int
		for _, c := range curve {
			if c.o.Features[fi] == 0 {
				continue
			}
			switch {
			case !c.o.InScope:
				out++
			case c.o.Right:
				in++
				right++
			default:
				in++
			}
		}
		fmt.Fprintf(&b, "  %-13s  %10d  %14d  %12d\n", match.AbstainFeatureNames[fi], in, right, out)
	}
	_, err := io.WriteString(w, b.String())
	return err
}
