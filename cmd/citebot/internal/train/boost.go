package train

import (
	"fmt"
	"math"
	"slices"

	"github.com/citebot/citebot/bot/match"
)

// Gradient-boosted ranking trees: each tree is fitted by Newton's method
// to the gradient of a ranking loss over every question's candidates,
// starting from the candidates' linear scores (the tree feature
// match.TreeLinear), so that the trees learn corrections to the linear
// ranking. Features are cut into at most maxBins bins at quantiles of the
// training values; rows, features and bins are visited in order and
// nothing is drawn at random, so the same candidates give the same trees.

// BoostParams are the numbers a forest is fitted with.
type BoostParams struct {
	Trees   int     // how many trees
	Depth   int     // the deepest split, from 1 (a stump)
	MinLeaf int     // the fewest candidates a leaf may hold
	Rate    float64 // the share of each tree's Newton step taken
	// Loss is "softmax" (the log-probability of the right candidates
	// under a softmax of the scores) or "lambda" (LambdaMART: pairs
	// weighted by the NDCG they would change).
	Loss string
	// Bags, above 1, is how many forests BoostBinary fits, each on its
	// own share of the rows (bagShare), and averages.
	Bags int
}

// The boosting's numbers, chosen by the held-out folds of `citebot train
// --ranking-grid` (docs/measurements.md, "Held out"): of depths 3–5,
// leaves of 50 or 400 candidates and 10–300 trees at rate 0.05, this ranks
// best held out (0.5752, the hand-set weights 0.5630); large leaves keep
// the corrections to the hand-set ranking smooth across articles.
var DefaultBoost = BoostParams{Trees: 300, Depth: 4, MinLeaf: 400, Rate: 0.05, Loss: "softmax"}

// boostL2 is the penalty on a leaf's value, in the Newton step
// Σg / (Σh + boostL2): it keeps a leaf of few, sure candidates finite.
const boostL2 = 1

// maxBins is how many bins a feature is cut into: enough for a split
// anywhere that matters on a hundred thousand candidates.
const maxBins = 64

// Boost fits ranking trees to the questions' candidates (Ranked.Tree).
// Questions whose candidates are all right or all wrong teach nothing
// about ranking and are skipped.
func Boost(qs []Ranked, p BoostParams) (match.Forest, error) {
	if p.Trees < 1 || p.Depth < 1 || p.MinLeaf < 1 || p.Rate <= 0 || (p.Loss != "softmax" && p.Loss != "lambda") {
		return match.Forest{}, fmt.Errorf("boost: bad parameters %+v", p)
	}
	var d boostData
	for _, q := range qs {
		if slices.Contains(q.Right, true) && slices.Contains(q.Right, false) && len(q.Tree) == len(q.Right) {
			d.questions = append(d.questions, [2]int{len(d.x), len(d.x) + len(q.Tree)})
			for j := range q.Tree {
				d.x = append(d.x, q.Tree[j][:])
			}
			d.right = append(d.right, q.Right...)
		}
	}
	if len(d.questions) == 0 {
		return match.Forest{}, fmt.Errorf("boost: no question with a right and a wrong candidate")
	}
	d.bin()
	beta := d.scale()
	score := make([]float64, len(d.x))
	for i := range d.x {
		score[i] = beta * d.x[i][match.TreeLinear]
	}
	trees := d.fit(score, p)
	// The trees were fitted to β times the linear score: divided by β,
	// they add to the linear score itself and rank the same.
	for _, t := range trees {
		for i := range t {
			t[i].Value /= beta
		}
	}
	return match.NewForest(trees), nil
}

// BoostChoices fits trees to the questions' rows by the softmax loss,
// starting from base (each row's score, a softmax regression's logit):
// question k's rows are x[questions[k][0]:questions[k][1]], right says
// which hold an answer, and the trees learn the corrections to base that
// give the right rows more of the softmax. Questions whose rows are all
// right or all wrong teach nothing and are skipped.
func BoostChoices(x [][]float64, right []bool, base []float64, questions [][2]int, p BoostParams) (match.Forest, error) {
	if len(x) != len(right) || len(x) != len(base) {
		return match.Forest{}, fmt.Errorf("boost: %d rows, %d labels, %d base scores", len(x), len(right), len(base))
	}
	if p.Trees < 1 || p.Depth < 1 || p.MinLeaf < 1 || p.Rate <= 0 {
		return match.Forest{}, fmt.Errorf("boost: bad parameters %+v", p)
	}
	var d boostData
	var score []float64
	for _, q := range questions {
		rs := right[q[0]:q[1]]
		if slices.Contains(rs, true) && slices.Contains(rs, false) {
			d.questions = append(d.questions, [2]int{len(d.x), len(d.x) + len(rs)})
			d.x = append(d.x, x[q[0]:q[1]]...)
			d.right = append(d.right, rs...)
			score = append(score, base[q[0]:q[1]]...)
		}
	}
	if len(d.questions) == 0 || len(d.x[0]) == 0 {
		return match.Forest{}, fmt.Errorf("boost: no question with a right and a wrong row")
	}
	d.bin()
	return match.NewForest(d.fit(score, p)), nil
}

// fit grows p.Trees trees, each fitted by Newton's method to the
// gradient of p.Loss at the rows' scores, which it updates in place.
func (d *boostData) fit(score []float64, p BoostParams) []match.Tree {
	g, h := make([]float64, len(d.x)), make([]float64, len(d.x))
	rows := make([]int, len(d.x))
	var forest []match.Tree
	for range p.Trees {
		for _, q := range d.questions {
			if p.Loss == "lambda" {
				lambdaGrad(score[q[0]:q[1]], d.right[q[0]:q[1]], g[q[0]:q[1]], h[q[0]:q[1]])
			} else {
				softmaxGrad(score[q[0]:q[1]], d.right[q[0]:q[1]], g[q[0]:q[1]], h[q[0]:q[1]])
			}
		}
		for i := range rows {
			rows[i] = i
		}
		t := d.grow(rows, g, h, p)
		for i := range d.x {
			score[i] += t.Score(d.x[i])
		}
		forest = append(forest, t)
	}
	return forest
}

// scales are the multiples of the linear score the boosting may start
// from: the softmax of the hand-set scores as they are is too flat (their
// gaps are a fraction of a unit), and trees spent sharpening it would not
// rank anything better.
var scales = []float64{0.5, 1, 1.5, 2, 3, 4, 6, 8, 12, 16}

// scale is the multiple of the linear score whose softmax gives the right
// candidates the most likelihood.
func (d *boostData) scale() float64 {
	best, bestLL := 1.0, math.Inf(-1)
	s := make([]float64, len(d.x))
	for _, beta := range scales {
		ll := 0.0
		for _, q := range d.questions {
			top := math.Inf(-1)
			for i := q[0]; i < q[1]; i++ {
				s[i] = beta * d.x[i][match.TreeLinear]
				top = max(top, s[i])
			}
			all, right := 0.0, 0.0
			for i := q[0]; i < q[1]; i++ {
				e := math.Exp(s[i] - top)
				all += e
				if d.right[i] {
					right += e
				}
			}
			ll += math.Log(right / all)
		}
		if ll > bestLL {
			best, bestLL = beta, ll
		}
	}
	return best
}

// boostData are the candidates of the questions boosting learns from.
type boostData struct {
	x     [][]float64 // each row's features, all of one length
	right []bool
	// questions are each question's candidates, as [start, end) in x.
	questions [][2]int
	// edges are each feature's bin edges, ascending: a value at or
	// below edges[f][b] falls in bin b or lower; bins is each
	// candidate's bin per feature.
	edges [][]float64
	bins  [][]uint8
}

// bin cuts each feature at quantiles of its values, halfway between two
// distinct values, and files every candidate in its bins.
func (d *boostData) bin() {
	vals := make([]float64, len(d.x))
	nf := len(d.x[0])
	d.edges = make([][]float64, nf)
	for f := range nf {
		for i := range d.x {
			vals[i] = d.x[i][f]
		}
		slices.Sort(vals)
		var edges []float64
		for k := 1; k < maxBins; k++ {
			i := k * len(vals) / maxBins
			v := vals[i]
			j, _ := slices.BinarySearch(vals, math.Nextafter(v, math.Inf(1))) // the first value above v
			if j == len(vals) {
				break
			}
			edge := v + (vals[j]-v)/2
			if len(edges) == 0 || edge > edges[len(edges)-1] {
				edges = append(edges, edge)
			}
		}
		d.edges[f] = edges
	}
	d.bins = make([][]uint8, len(d.x))
	flat := make([]uint8, len(d.x)*nf)
	for i := range d.x {
		d.bins[i] = flat[i*nf : (i+1)*nf : (i+1)*nf]
		for f := range nf {
			b, _ := slices.BinarySearch(d.edges[f], d.x[i][f])
			d.bins[i][f] = uint8(b)
		}
	}
}

// softmaxGrad sets the gradient and Hessian diagonal, per candidate, of
// −log Σ_right p, p the softmax of the scores.
func softmaxGrad(s []float64, right []bool, g, h []float64) {
	top := slices.Max(s)
	all, r := 0.0, 0.0
	for j, v := range s {
		e := math.Exp(v - top)
		g[j] = e
		all += e
		if right[j] {
			r += e
		}
	}
	for j, e := range g {
		p := e / all
		g[j], h[j] = p, p*(1-p)
		if right[j] {
			q := e / r
			g[j] -= q
			h[j] -= q * (1 - q)
		}
		h[j] = max(h[j], 1e-6)
	}
}

// lambdaGrad sets LambdaMART's gradient and Hessian per candidate: each
// pair of a right and a wrong candidate pulls them apart by the logistic
// loss of their scores, weighted by how much swapping them changes the
// ranking's NDCG.
func lambdaGrad(s []float64, right []bool, g, h []float64) {
	order := make([]int, len(s))
	for i := range order {
		order[i] = i
	}
	slices.SortStableFunc(order, func(a, b int) int {
		switch {
		case s[a] > s[b]:
			return -1
		case s[a] < s[b]:
			return 1
		}
		return 0
	})
	rank := make([]int, len(s))
	for r, i := range order {
		rank[i] = r
	}
	ideal, n := 0.0, 0
	for _, r := range right {
		if r {
			ideal += 1 / math.Log2(float64(n)+2)
			n++
		}
	}
	clear(g)
	clear(h)
	for i, ri := range right {
		if !ri {
			continue
		}
		for j, rj := range right {
			if rj {
				continue
			}
			delta := math.Abs(1/math.Log2(float64(rank[i])+2)-1/math.Log2(float64(rank[j])+2)) / ideal
			rho := 1 / (1 + math.Exp(s[i]-s[j]))
			g[i] -= rho * delta
			g[j] += rho * delta
			h[i] += rho * (1 - rho) * delta
			h[j] += rho * (1 - rho) * delta
		}
	}
	for j := range h {
		h[j] = max(h[j], 1e-6)
	}
}
