package match

import (
	"cmp"
	"math"
	"slices"
	"testing"

	"github.com/citebot/citebot/knowledge"
)

// TestBestFirst checks bestFirst against a stable sort of the candidates
// themselves, ties and NaN included.
func TestBestFirst(t *testing.T) {
	nan := math.NaN()
	for _, scores := range [][]float64{
		nil,
		{1},
		{1, 2},
		{2, 1},
		{3, 1, 2},
		{1, 1, 1, 1},
		{0.5, 2, 0.5, 2, -1, 3, 0.5},
		{nan, 1, nan, 2},
		{5, 4, 3, 2, 1, 0, -1, -2, 7, 7, 6, 6, 5, 4, 4, 9, 1, 1, 3, 2},
	} {
		cands := make([]scored, len(scores))
		for i, s := range scores {
			// The hit's score records the original position.
			cands[i] = scored{score: s, hit: knowledge.Hit{Score: float64(i)}}
		}
		want := slices.Clone(cands)
		slices.SortStableFunc(want, func(x, y scored) int { return cmp.Compare(y.score, x.score) })
		bestFirst(cands)
		for i := range want {
			if cands[i].hit.Score != want[i].hit.Score {
				t.Errorf("scores %v: position %d holds candidate %v, want %v", scores, i, cands[i].hit.Score, want[i].hit.Score)
			}
		}
	}
}
