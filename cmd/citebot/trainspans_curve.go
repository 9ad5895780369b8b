package main

import (
	"fmt"
	"io"
	"slices"

	"github.com/citebot/citebot/bot/match"
	"github.com/citebot/citebot/cmd/citebot/internal/score"
)

// spanCurve gathers, over the held-out folds, what bounds the span model
// and what its thresholds trade: by group, the questions rightly cited
// (outside the kinds the hand rules keep), those with a candidate that
// holds a gold answer (the candidate set's ceiling), and each one's best
// candidate with the model's confidence and whether it holds a gold
// answer.
type spanCurve struct {
	right, reachable, whole [match.SpanGroups]int
	names                   [match.SpanGroups]string
	n                       int
	best                    []spanGiven
}

type spanGiven struct {
	p          float64
	hit, whole bool
}

// holdsGold reports a short answer that holds a whole gold answer, not
// only a word of one (score.py's rule also counts a span inside a gold
// answer, which a lone word often is).
func holdsGold(g score.Gold, short string) bool {
	for _, a := range g.Answer {
		if short != "" && score.Contains(short, a) {
			return true
		}
	}
	return false
}

// add reads a held-out question with the model learnt without its fold.
func (c *spanCurve) add(q spanQuestion, w *match.SpanWeights) {
	c.n++
	if q.ex.RuleKind || !q.ex.Answered || !q.right {
		return
	}
	g := q.ex.GroupIndex
	c.names[g] = q.ex.Group
	c.right[g]++
	if slices.Contains(q.hits, true) {
		c.reachable[g]++
	}
	if slices.ContainsFunc(q.ex.Spans, func(s match.SpanCandidate) bool { return holdsGold(q.gold, s.Text) }) {
		c.whole[g]++
	}
	if i, p := w.Best(g, q.ex.Spans); i >= 0 {
		c.best = append(c.best, spanGiven{p, q.hits[i], holdsGold(q.gold, q.ex.Spans[i].Text)})
	}
}

// curveCuts are the confidences at which the curve is read.
var curveCuts = []float64{0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.85, 0.9, 0.95}

// print writes the ceiling by group and, for one threshold shared by all
// groups, how many best candidates would be given and how many of them
// hold a gold answer (the hand rules left out).
func (c *spanCurve) print(out io.Writer) error {
	if _, err := fmt.Fprintf(out, "candidate ceiling (rightly cited, outside the rules' kinds: a candidate is a hit by score.py / holds a whole gold answer)\n"); err != nil {
		return err
	}
	for g, name := range c.names {
		if c.right[g] == 0 {
			continue
		}
		if _, err := fmt.Fprintf(out, "  %-8s %4d/%4d (%.2f) whole %4d (%.2f)\n", name, c.reachable[g], c.right[g],
			float64(c.reachable[g])/float64(c.right[g]), c.whole[g], float64(c.whole[g])/float64(c.right[g])); err != nil {
			return err
		}
	}
	if _, err := fmt.Fprintf(out, "precision/coverage of the model's best candidate alone, one threshold for all groups\n"); err != nil {
		return err
	}
	for _, t := range curveCuts {
		given, hits, whole := 0, 0, 0
		for _, b := range c.best {
			if b.p >= t {
				given++
				if b.hit {
					hits++
				}
				if b.whole {
					whole++
				}
			}
		}
		if _, err := fmt.Fprintf(out, "  p >= %.2f  given %5d  precision %.3f (whole gold %.3f)  hits/questions %.4f\n", t, given,
			float64(hits)/float64(max(1, given)), float64(whole)/float64(max(1, given)), float64(hits)/float64(max(1, c.n))); err != nil {
			return err
		}
	}
	return nil
}
