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
// shallower, on less of the out-of-scope ones (0.590). Five bags
// (docs/measurements.md, stop 59) halve the answers a refit flips when a
// rule changes a few training rows (59 of the split's to 32), held out no
// better or worse, but cost 9 % of an answer's time: one forest it is.
var DefaultAbstainBoost = BoostParams{Trees: 100, Depth: 3, MinLeaf: 200, Rate: 0.1, Bags: 1}

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
// trees. With p.Bags above 1 it fits that many forests of p.Trees, each
// on a share of the rows (bagRows), and averages them, leaves scaled by
// 1/Bags: one forest's greedy splits change wholesale when a few rows
// change (the next split's near tie goes the other way, and every tree
// after it), an average of several much less.
func BoostBinary(x [][]float64, y []bool, base []float64, p BoostParams) (match.Forest, error) {
	if len(x) == 0 || len(x) != len(y) || len(x) != len(base) || len(x[0]) == 0 {
		return match.Forest{}, fmt.Errorf("boost: %d rows, %d labels, %d base scores", len(x), len(y), len(base))
	}
	if p.Trees < 1 || p.Depth < 1 || p.MinLeaf < 1 || p.Rate <= 0 || p.Bags < 0 {
		return match.Forest{}, fmt.Errorf("boost: bad parameters %+v", p)
	}
	d := boostData{x: x, right: y}
	d.bin()
	bags := max(1, p.Bags)
	g, h := make([]float64, len(x)), make([]float64, len(x))
	var forest []match.Tree
	for b := range bags {
		score := append([]float64(nil), base...)
		rows := bagRows(len(x), b, bags)
		work := make([]int, len(rows)) // grow reorders its rows
		for range p.Trees {
			for _, i := range rows {
				q := sigmoid(score[i])
				g[i], h[i] = q, q*(1-q)
				if y[i] {
					g[i] -= 1
				}
			}
			copy(work, rows)
			t := d.grow(work, g, h, p)
			for _, i := range rows {
				score[i] += t.Score(x[i])
			}
			forest = append(forest, t)
		}
	}
	if bags > 1 {
		for _, t := range forest {
			for k := range t {
				t[k].Value /= float64(bags)
			}
		}
	}
	return match.NewForest(forest), nil
}

// bagShare is the share of the rows each bag's forest is fitted on.
const bagShare = 0.8

// bagRows lists the rows of bag b of bags: every row when there is one
// bag, else those a hash of the row and the bag keeps, bagShare of them,
// the same on every run.
func bagRows(n, b, bags int) []int {
	rows := make([]int, 0, n)
	for i := range n {
		if bags == 1 || float64(splitmix(uint64(i)*uint64(bags)+uint64(b))>>11)/(1<<53) < bagShare {
			rows = append(rows, i)
		}
	}
	return rows
}

// splitmix is SplitMix64's output function: a well-mixed 64-bit hash of x.
func splitmix(x uint64) uint64 {
	x += 0x9e3779b97f4a7c15
	x = (x ^ x>>30) * 0xbf58476d1ce4e5b9
	x = (x ^ x>>27) * 0x94d049bb133111eb
	return x ^ x>>31
}
