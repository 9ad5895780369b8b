package match

import (
	"math"
	"math/rand/v2"
	"testing"
)

// sumOfWalks is s plus a forest's score walked node by node, tree by
// tree: what the flat layout must give, to the bit.
func sumOfWalks(s float64, fo Forest, f []float64) float64 {
	for _, t := range fo.Trees() {
		s += t.Score(f)
	}
	return s
}

// chain is a tree depth splits deep, each split on feature i%width.
func chain(depth, width int) Tree {
	var t Tree
	for i := range depth {
		n := int32(len(t))
		t = append(t, Node{Feature: int32(i % width), Threshold: float64(i%5) - 2, Left: n + 1, Right: n + 2}, Node{Value: float64(i)})
	}
	// The last split's left child is a leaf too.
	return append(t, Node{Value: -1})
}

// testRows are rows near the forest's thresholds (either side, or on
// one), with NaN and infinities among them.
func testRows(fo Forest, n, width int, seed uint64) [][]float64 {
	rng := rand.New(rand.NewPCG(seed, 1))
	near := make([][]float64, width)
	for _, t := range fo.Trees() {
		for _, nd := range t {
			if nd.Left != 0 {
				near[nd.Feature] = append(near[nd.Feature], nd.Threshold)
			}
		}
	}
	odd := []float64{math.NaN(), math.Inf(1), math.Inf(-1), 0}
	rows := make([][]float64, n)
	for i := range rows {
		rows[i] = make([]float64, width)
		for f := range rows[i] {
			switch {
			case rng.IntN(50) == 0:
				rows[i][f] = odd[rng.IntN(len(odd))]
			case len(near[f]) > 0:
				rows[i][f] = near[f][rng.IntN(len(near[f]))] + float64(rng.IntN(3)-1)*1e-3
			}
		}
	}
	return rows
}

func TestForestLayout(t *testing.T) {
	uneven := []Tree{
		{{Value: 2.5}}, // a lone leaf
		{{Feature: 1, Threshold: 0.5, Left: 1, Right: 2}, {Value: -1}, {Feature: 2, Threshold: 0, Left: 3, Right: 4}, {Value: 0.25}, {Value: 4}},
		chain(5, 3),
	}
	for _, tc := range []struct {
		name  string
		fo    Forest
		width int
		flat  bool
	}{
		{"abstention model", LearnedWeights().Calibration.Trees, NumAbstainFeatures, true},
		{"span model", learnedSpans().Trees, numSpanTree, true},
		{"uneven depths", NewForest(uneven), NumAbstainFeatures, true},
		{"deeper than laid out flat", NewForest(append(uneven, chain(maxFlatDepth+1, 4))), NumAbstainFeatures, false},
	} {
		if got := tc.fo.value != nil; got != tc.flat {
			t.Errorf("%s: laid out flat %v, want %v", tc.name, got, tc.flat)
		}
		if tc.fo.Len() == 0 {
			t.Fatalf("%s: no trees", tc.name)
		}
		rows := testRows(tc.fo, 400, tc.width, 7)
		for _, r := range rows {
			if got, want := tc.fo.Score(r), sumOfWalks(0, tc.fo, r); got != want && !(math.IsNaN(got) && math.IsNaN(want)) {
				t.Fatalf("%s: Score(%v) = %v, want %v", tc.name, r, got, want)
			}
		}
		if tc.width != NumAbstainFeatures {
			continue
		}
		// Side by side, in batches longer and shorter than rowsAtOnce.
		for _, n := range []int{1, 3, rowsAtOnce, rowsAtOnce + 5, 2*rowsAtOnce + 1} {
			batch := make([]AbstainFeatures, n)
			out := make([]float64, n)
			for i := range batch {
				copy(batch[i][:], rows[i])
				out[i] = float64(i)
			}
			addScores(tc.fo, batch, out)
			for i := range batch {
				if want := sumOfWalks(float64(i), tc.fo, rows[i]); out[i] != want {
					t.Fatalf("%s: %d rows, row %d: %v, want %v", tc.name, n, i, out[i], want)
				}
			}
		}
	}
	if fo := NewForest(nil); fo.Len() != 0 || fo.Score([]float64{1}) != 0 {
		t.Errorf("no trees: %d trees, score %v", fo.Len(), fo.Score([]float64{1}))
	}
}

// A tree whose nodes share children (a model file may say so) has its
// depth counted once a node, not once a path.
func TestForestSharedChildren(t *testing.T) {
	const n = 80
	tr := make(Tree, n+1)
	for i := range n {
		tr[i] = Node{Feature: 0, Threshold: float64(i), Left: int32(i + 1), Right: int32(i + 1)}
	}
	tr[n] = Node{Value: 1}
	if d := tr.depth(); d != n {
		t.Fatalf("depth %d, want %d", d, n)
	}
	if fo := NewForest([]Tree{tr}); fo.Score([]float64{3}) != 1 {
		t.Errorf("score %v, want 1", fo.Score([]float64{3}))
	}
}

// BenchmarkForestSpans scores the span model's trees on rowsAtOnce rows
// at a time, as a question's best short-answer candidates are.
func BenchmarkForestSpans(b *testing.B) {
	fo := learnedSpans().Trees
	rows := testRows(fo, 64*rowsAtOnce, numSpanTree, 3)
	batches := make([][rowsAtOnce]SpanTreeFeatures, 64)
	for i := range rows {
		copy(batches[i/rowsAtOnce][i%rowsAtOnce][:], rows[i])
	}
	var out [rowsAtOnce]float64
	for i := 0; b.Loop(); i++ {
		addScores(fo, batches[i%len(batches)][:], out[:])
	}
}

// BenchmarkForestAbstain scores the abstention model's trees on one row,
// as the matcher does for each answer it weighs.
func BenchmarkForestAbstain(b *testing.B) {
	fo := LearnedWeights().Calibration.Trees
	rows := testRows(fo, 4096, NumAbstainFeatures, 3)
	s := 0.0
	for i := 0; b.Loop(); i++ {
		s += fo.Score(rows[i%len(rows)])
	}
}
