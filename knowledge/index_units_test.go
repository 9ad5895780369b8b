package knowledge

import (
	"os"
	"slices"
	"testing"
)

// TestUnitsIn checks unitsIn against a filter of the postings, for every
// term of the bundled articles, over each article's sentences and over
// ranges long enough to hold more units than unitsScan.
func TestUnitsIn(t *testing.T) {
	b, err := Load(os.DirFS(seedDir))
	if err != nil {
		t.Fatal(err)
	}
	l := &b.ix.sentences
	var ranges [][2]int32
	for _, a := range b.Articles {
		first, end := articleRange(a)
		ranges = append(ranges, [2]int32{first, end})
	}
	n := int32(len(b.Sentences))
	ranges = append(ranges, [2]int32{0, n}, [2]int32{n / 3, n}, [2]int32{5, n / 2}, [2]int32{7, 7})
	long := false
	for id := range int32(b.ix.terms.Len()) {
		units, _ := l.postings(id)
		for _, r := range ranges {
			var want []int32
			for _, u := range units {
				if u >= r[0] && u < r[1] {
					want = append(want, u)
				}
			}
			long = long || len(want) > unitsScan
			if got := l.unitsIn(id, r[0], r[1]); !slices.Equal(got, want) {
				t.Fatalf("unitsIn(%d, %d, %d) = %v, want %v", id, r[0], r[1], got, want)
			}
		}
	}
	if !long {
		t.Error("no range held more than unitsScan units: the search after the scan went untested")
	}
}
