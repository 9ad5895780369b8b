package match

import (
	"cmp"
	"fmt"
	"slices"
	"testing"

	"github.com/citebot/citebot/knowledge/french"
)

// TestSpanTrees checks what the span trees read and change: the
// candidates the weights rank within spanTreeTop, best first, corrected
// by the trees; those below are dropped.
func TestSpanTrees(t *testing.T) {
	const group = int(groupWhich)
	// Candidate i scores -i by the weights (its relative_position), and
	// one of them holds the question's head noun.
	cands := func(head int) []SpanCandidate {
		cs := make([]SpanCandidate, spanTreeTop+4)
		for i := range cs {
			cs[i].Text = fmt.Sprint("c", i)
			cs[i].Start, cs[i].End = 3*i, 3*i+2
			cs[i].Features[sfBias] = 1
			cs[i].Features[sfRelPos] = float64(i)
		}
		cs[head].Features[sfHoldsHead] = 1
		return cs
	}
	var w SpanWeights
	w.Coef[group*numSpanBase+sfRelPos] = -1
	w.Learnt = true
	if i, _ := w.Best(group, cands(3)); i != 0 {
		t.Fatalf("weights alone: best %d, want 0", i)
	}
	// One tree: +100 to a candidate that holds the head noun.
	w.Trees = NewForest([]Tree{{
		{Feature: sfHoldsHead, Threshold: 0.5, Left: 1, Right: 2},
		{Value: 0},
		{Value: 100},
	}})
	for _, c := range []struct{ head, want int }{
		{3, 3},                             // within the top: the trees lift it
		{spanTreeTop - 1, spanTreeTop - 1}, // the last the trees read
		{spanTreeTop, 0},                   // below: dropped, the weights' best stays
	} {
		if i, p := w.Best(group, cands(c.head)); i != c.want || p <= 0 || p > 1 {
			t.Errorf("head noun in candidate %d: best %d (p %.2f), want %d", c.head, i, p, c.want)
		}
	}
	idx, rows, z := w.TreeRows(group, cands(5))
	if len(idx) != spanTreeTop || len(rows) != spanTreeTop || len(z) != spanTreeTop {
		t.Fatalf("TreeRows: %d, %d, %d rows, want %d", len(idx), len(rows), len(z), spanTreeTop)
	}
	for k, i := range idx {
		r := rows[k]
		if i != k || z[k] != -float64(k) || r[stRank] != float64(k) || r[stGap] != float64(k) || r[stLinear] != z[k] {
			t.Errorf("row %d: candidate %d, z %v, rank %v, gap %v", k, i, z[k], r[stRank], r[stGap])
		}
		if r[stGroup+group] != 1 || r[stGroup] != 0 || r[sfHoldsHead] != map[bool]float64{true: 1}[i == 5] {
			t.Errorf("row %d: group or base features wrong: %v", k, r)
		}
	}
}

// TestTopScores checks the partial sort against a stable sort of the
// whole, ties and all.
func TestTopScores(t *testing.T) {
	zs := []float64{3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5, 8, 9, 7, 9, 3, 2, 3, 8, 4}
	for k := range len(zs) + 2 {
		ss := make([]spanScore, len(zs))
		for i, z := range zs {
			ss[i] = spanScore{z: z, cand: i}
		}
		want := slices.Clone(ss)
		slices.SortStableFunc(want, func(a, b spanScore) int { return cmp.Compare(b.z, a.z) })
		want = want[:min(k, len(want))]
		if got := topScores(ss, k); !slices.Equal(got, want) {
			t.Errorf("k=%d: %v, want %v", k, got, want)
		}
	}
}

// TestAskedPreposition reads the preposition before the question word.
func TestAskedPreposition(t *testing.T) {
	for q, want := range map[string]string{
		"Par qui la ville fut-elle fondée ?":        "par",
		"Dans quel pays se trouve Lyon ?":           "dans",
		"Avec quoi fonctionne le réacteur ?":        "avec",
		"Qui a fondé la ville ?":                    "",
		"Quel est le rôle de l'UNESCO ?":            "",
		"Selon William Hague, sur quel sujet … ?":   "sur",
		"Jusqu'à quand la ville fut-elle romaine ?": "a",
	} {
		var folds []string
		for _, t := range french.Tokenize(q) {
			folds = append(folds, t.Fold)
		}
		if got := askedPreposition(folds); got != want {
			t.Errorf("%q: %q, want %q", q, got, want)
		}
	}
}
