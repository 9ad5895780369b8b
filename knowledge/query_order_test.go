package knowledge

import (
	"slices"
	"testing"
)

// TestQueryOrder finds each question word at its content token, in text
// order, a token standing for two words once per word, and nothing in a
// sentence without them.
func TestQueryOrder(t *testing.T) {
	b := queryBase(t)
	stem := func(w string) string {
		for _, s := range b.Sentences {
			for _, tm := range b.Terms(s) {
				if tm.Fold == w {
					return tm.Stem
				}
			}
		}
		t.Fatalf("no word %q in the corpus", w)
		return ""
	}
	q := b.Compile([]QueryWord{
		{Alts: []QueryTerm{{Stem: stem("jours"), Weight: 1}}},
		{Alts: []QueryTerm{{Stem: stem("sommet"), Weight: 1}}},
		{Alts: []QueryTerm{{Stem: stem("sommet"), Weight: 0.5}, {Stem: stem("trois"), Weight: 1}}},
	})
	defer q.Release()
	for _, tc := range []struct {
		text string
		want []WordAt
	}{
		// Content tokens: sommet 0, duré 1, trois 2, jours 3.
		{"Le sommet a duré trois jours.", []WordAt{{0, 1}, {0, 2}, {2, 2}, {3, 0}}},
		{"Le climat change.", nil},
	} {
		var s *Sentence
		for _, c := range b.Sentences {
			if c.Text == tc.text {
				s = c
			}
		}
		if s == nil {
			t.Fatalf("no sentence %q", tc.text)
		}
		got := q.Order(s, nil)
		if !slices.Equal(got, tc.want) {
			t.Errorf("%q: Order = %v, want %v", tc.text, got, tc.want)
		}
	}
}
