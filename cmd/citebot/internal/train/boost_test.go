package train

import (
	"math/rand/v2"
	"slices"
	"testing"

	"github.com/citebot/citebot/bot/match"
)

// interactionQuestions builds questions shaped as the matcher's: twenty
// candidates each, a linear score that is mere noise, and a right
// candidate told by a feature whose meaning depends on the question's
// kind (the highest coverage for a date question, the highest local
// coverage for the others), which no weighted sum of the features ranks.
func interactionQuestions(n int, seed uint64) []Ranked {
	rng := rand.New(rand.NewPCG(seed, 7))
	var qs []Ranked
	for q := range n {
		date := q%2 == 0
		var r Ranked
		best, bestV := 0, -1.0
		for j := range 20 {
			var f match.TreeFeatures
			f[match.FeatCov], f[match.FeatLocal] = rng.Float64(), rng.Float64()
			f[match.TreeLinear] = rng.Float64() / 10
			if date {
				f[match.TreeKind+4] = 1 // kind_date
			} else {
				f[match.TreeKind] = 1 // kind_any
			}
			v := f[match.FeatLocal]
			if date {
				v = f[match.FeatCov]
			}
			if v > bestV {
				best, bestV = j, v
			}
			r.Tree = append(r.Tree, f)
		}
		for j := range r.Tree {
			r.Right = append(r.Right, j == best)
		}
		qs = append(qs, r)
	}
	return qs
}

// top1 is the share of questions whose highest-scoring candidate (the
// linear score plus the forest's) is right.
func top1(qs []Ranked, fo match.Forest) float64 {
	right := 0
	for _, q := range qs {
		best, bs := 0, 0.0
		for j := range q.Tree {
			s := q.Tree[j][match.TreeLinear] + fo.Score(q.Tree[j][:])
			if j == 0 || s > bs {
				best, bs = j, s
			}
		}
		if q.Right[best] {
			right++
		}
	}
	return float64(right) / float64(len(qs))
}

func TestBoostLearnsAnInteraction(t *testing.T) {
	train, held := interactionQuestions(400, 1), interactionQuestions(400, 2)
	if base := top1(held, match.Forest{}); base > 0.15 {
		t.Fatalf("the linear score alone ranks %.2f right: the data is too easy", base)
	}
	for _, loss := range []string{"softmax", "lambda"} {
		p := BoostParams{Trees: 60, Depth: 3, MinLeaf: 20, Rate: 0.3, Loss: loss}
		fo, err := Boost(train, p)
		if err != nil {
			t.Fatal(err)
		}
		if fo.Len() != p.Trees {
			t.Errorf("%s: %d trees, want %d", loss, fo.Len(), p.Trees)
		}
		if got := top1(held, fo); got < 0.5 {
			t.Errorf("%s: held-out best right %.2f, want the interaction learnt (≥ 0.5)", loss, got)
		}
		for _, tr := range fo.Trees() {
			if depth(tr, 0) > p.Depth {
				t.Fatalf("%s: a tree deeper than %d: %v", loss, p.Depth, tr)
			}
		}
		again, _ := Boost(train, p)
		if !slices.EqualFunc(fo.Trees(), again.Trees(), func(a, b match.Tree) bool { return slices.Equal(a, b) }) {
			t.Errorf("%s: two fits of the same questions differ", loss)
		}
	}
}

func depth(t match.Tree, i int32) int {
	if t[i].Left == 0 {
		return 0
	}
	return 1 + max(depth(t, t[i].Left), depth(t, t[i].Right))
}

// TestBoostMinLeaf checks that no leaf holds fewer training candidates
// than MinLeaf.
func TestBoostMinLeaf(t *testing.T) {
	qs := interactionQuestions(100, 3)
	p := BoostParams{Trees: 5, Depth: 5, MinLeaf: 150, Rate: 0.1, Loss: "softmax"}
	fo, err := Boost(qs, p)
	if err != nil {
		t.Fatal(err)
	}
	for _, tr := range fo.Trees() {
		count := make([]int, len(tr))
		for _, q := range qs {
			for j := range q.Tree {
				i := int32(0)
				for tr[i].Left != 0 {
					if q.Tree[j][tr[i].Feature] <= tr[i].Threshold {
						i = tr[i].Left
					} else {
						i = tr[i].Right
					}
				}
				count[i]++
			}
		}
		for i, n := range count {
			if tr[i].Left == 0 && n < p.MinLeaf {
				t.Errorf("leaf %d holds %d candidates, fewer than %d", i, n, p.MinLeaf)
			}
		}
	}
}

func TestBoostErrors(t *testing.T) {
	qs := interactionQuestions(10, 4)
	for _, p := range []BoostParams{
		{Trees: 0, Depth: 3, MinLeaf: 1, Rate: 0.1, Loss: "softmax"},
		{Trees: 1, Depth: 0, MinLeaf: 1, Rate: 0.1, Loss: "softmax"},
		{Trees: 1, Depth: 3, MinLeaf: 1, Rate: 0, Loss: "softmax"},
		{Trees: 1, Depth: 3, MinLeaf: 1, Rate: 0.1, Loss: "hinge"},
	} {
		if _, err := Boost(qs, p); err == nil {
			t.Errorf("%+v: accepted", p)
		}
	}
	allRight := []Ranked{{Tree: make([]match.TreeFeatures, 2), Right: []bool{true, true}}}
	if _, err := Boost(allRight, DefaultBoost); err == nil {
		t.Error("no question with a right and a wrong candidate: no error")
	}
}

// TestBoostChoicesLearnsAnInteraction fits BoostChoices to the same
// questions as flat rows from their linear scores, as the span model's
// trees are fitted, and checks that it learns the interaction too and
// skips the questions that teach nothing.
func TestBoostChoicesLearnsAnInteraction(t *testing.T) {
	train, held := interactionQuestions(400, 1), interactionQuestions(400, 2)
	var x [][]float64
	var right []bool
	var base []float64
	var questions [][2]int
	for _, q := range train {
		questions = append(questions, [2]int{len(x), len(x) + len(q.Tree)})
		for j := range q.Tree {
			x = append(x, q.Tree[j][:])
			base = append(base, q.Tree[j][match.TreeLinear])
		}
		right = append(right, q.Right...)
	}
	// A question of wrong rows alone: nothing to learn from it.
	questions = append(questions, [2]int{len(x), len(x) + 2})
	x, right, base = append(x, x[0], x[1]), append(right, false, false), append(base, 0, 0)
	p := BoostParams{Trees: 60, Depth: 3, MinLeaf: 20, Rate: 0.3}
	fo, err := BoostChoices(x, right, base, questions, p)
	if err != nil {
		t.Fatal(err)
	}
	if got := top1(held, fo); got < 0.5 {
		t.Errorf("held-out best right %.2f, want the interaction learnt (≥ 0.5)", got)
	}
	if _, err := BoostChoices(x[:3], right, base, questions, p); err == nil {
		t.Error("rows and labels of different lengths: no error")
	}
	if _, err := BoostChoices(x[len(x)-2:], right[len(x)-2:], base[len(x)-2:], [][2]int{{0, 2}}, p); err == nil {
		t.Error("no question with a right and a wrong row: no error")
	}
}
