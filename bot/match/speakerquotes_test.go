package match

import (
	"os"
	"slices"
	"testing"

	"github.com/citebot/citebot/internal/replica"
	"github.com/citebot/citebot/knowledge"
)

// TestSpeakerQuotes checks the quotations filed by speaker against a scan
// of every article's quotations, in the articles' order, for each speaker
// alone, for pairs of speakers (their quotations interleave) and for
// none, on the bundled articles copied three times.
func TestSpeakerQuotes(t *testing.T) {
	fsys, err := replica.FS(os.DirFS("../../knowledge/corpus/articles"), 3)
	if err != nil {
		t.Fatal(err)
	}
	base, err := knowledge.Load(fsys)
	if err != nil {
		t.Fatal(err)
	}
	scan := func(match func(string) bool) []*knowledge.Sentence {
		var out []*knowledge.Sentence
		for _, a := range base.Articles {
			for _, qu := range a.Quotes {
				if qu.Sentence != nil && qu.Speaker != "" && match(qu.Speaker) {
					out = append(out, qu.Sentence)
				}
			}
		}
		return out
	}
	sq := newSpeakerQuotes(base)()
	if len(sq.speakers) < 2 {
		t.Fatalf("%d speakers in the bundled articles, want several", len(sq.speakers))
	}
	sets := [][]string{nil}
	for i, a := range sq.speakers {
		sets = append(sets, []string{a})
		if i > 0 {
			sets = append(sets, []string{sq.speakers[i-1], a})
		}
	}
	for _, set := range sets {
		match := func(sp string) bool { return slices.Contains(set, sp) }
		got, want := sq.of(match), scan(match)
		if !slices.Equal(got, want) {
			t.Errorf("speakers %q: %d sentences, want %d in the articles' order", set, len(got), len(want))
		}
	}
}
