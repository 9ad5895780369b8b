package train

import (
	"fmt"

	"github.com/citebot/citebot/bot/match"
)

// DefaultAbstainBoost are the numbers the abstention's trees are fitted
// with, chosen by the held-out folds of `citebot train`
// (docs/measurements.md, "Held out"): of 50–200 trees of depth 2–4 with
// leaves of 50–800 outcomes, more or deeper trees abstain on a little more
// of the split's out-of-scope questions (0.627 against 0.608) but on more
// than a tenth of the answerable ones held out (0.102); fewer or
// shallower, on less of the out-of-scope ones (0.590).
var DefaultAbstainBoost = BoostParams{Trees: 100, Depth: 3, MinLeaf: 200, Rate: 0.1}

// DefaultSpanBoost are the numbers the span model's trees are fitted with
// (`citebot train-spans`), chosen by its held-out folds
// (docs/measurements.md, stop 32): 50 trees at rate 0.2 give 0.2251 short
// answers at 0.820 precise, 100 at 0.1 0.2263 at 0.819 for twice the
// answer time, 200 at 0.1 0.2316 at 0.815, depth 6 with leaves of 50
// 0.2405 but 0.802 precise, none 0.2172 at 0.822.
var DefaultSpanBoost = BoostParams{Trees: 50, Depth: 4, MinLeaf: 100, Rate: 0.2, Loss: "softmax"}

// BoostBinary fits trees to a binary label by the logistic loss, starting
// from base (each row's logit, a logistic regression's): the trees learn
// the corrections a weighted sum cannot make, interactions between
// features. Rows are visited in order, so the same rows give the same
// trees.
func BoostBinary(x [][]float64, y []bool, base []float64, p BoostParams) (match.Forest, error) {
	if len(x) == 0 || len(x) != len(y) || len(x) != len(base) || len(x[0]) == 0 {
		return match.Forest{}, fmt.Errorf("boost: %d rows, %d labels, %d base scores", len(x), len(y), len(base))
	}
	if p.Trees < 1 || p.Depth < 1 || p.MinLeaf < 1 || p.Rate <= 0 {
		return match.Forest{}, fmt.Errorf("boost: bad parameters %+v", p)
	}
	d := boostData{x: x, right: y}
	d.bin()
	score := append([]float64(nil), base...)
	g, h := make([]float64, len(x)), make([]float64, len(x))
	rows := make([]int, len(x))
	var forest []match.Tree
	for range p.Trees {
		for i, s := range score {
			q := sigmoid(s)
			g[i], h[i] = q, q*(1-q)
			if y[i] {
				g[i] -= 1
			}
		}
		for i := range rows {
			rows[i] = i
		}
		t := d.grow(rows, g, h, p)
		for i := range x {
			score[i] += t.Score(x[i])
		}
		forest = append(forest, t)
	}
	return match.NewForest(forest), nil
}
