package knowledge

import (
	"testing"

	"github.com/citebot/citebot/knowledge/french"
)

// TestStemOfIsTheAnalysers checks that every word StemOf knows has the
// stem french.Stem gives it, in the bundled articles (numbers among them)
// built and read from their index file, that it knows their words, and
// not the words they lack.
func TestStemOfIsTheAnalysers(t *testing.T) {
	built, read, _ := writeRead(t, seedDir)
	for name, b := range map[string]*Base{"built": built, "read": read} {
		n := 0
		for _, s := range b.Sentences {
			for _, tk := range french.Tokenize(s.Text) {
				stem, ok := b.StemOf(tk.Fold)
				if !ok {
					continue
				}
				n++
				if want := french.Stem(tk.Fold); stem != want {
					t.Errorf("%s: StemOf(%q) = %q, french.Stem gives %q", name, tk.Fold, stem, want)
				}
			}
		}
		if _, ok := b.StemOf("internautes"); !ok || n < 500 {
			t.Errorf("%s: StemOf knew %d words (internautes: %v), want the corpus's", name, n, ok)
		}
		if st, ok := b.StemOf("zzzyxw"); ok {
			t.Errorf("%s: StemOf knows a word the corpus lacks (%q)", name, st)
		}
	}
}

// TestStemCursorIsTheAnalysers checks that the stems a StemCursor gives a
// sentence's words, cut by Segment or by Tokenize, are french.Stem's, in
// the bundled articles built and read from their index file, and that it
// gives most content words' stems.
func TestStemCursorIsTheAnalysers(t *testing.T) {
	built, read, _ := writeRead(t, seedDir)
	for name, b := range map[string]*Base{"built": built, "read": read} {
		var content, found int
		check := func(cur *StemCursor, start int, fold string) {
			st, ok := cur.Stem(start, fold)
			if french.IsContent(fold) {
				content++
			}
			if !ok {
				return
			}
			found++
			if !french.IsContent(fold) {
				t.Errorf("%s: StemCursor gives a stem for %q, not a content word", name, fold)
			}
			if want := french.Stem(fold); st != want {
				t.Errorf("%s: StemCursor gives %q → %q, french.Stem gives %q", name, fold, st, want)
			}
		}
		for _, s := range b.Sentences {
			cur := b.StemCursor(s)
			for _, sp := range french.Segment(s.Text) {
				if sp.Word {
					check(&cur, sp.Start, sp.Fold)
				}
			}
			cur = b.StemCursor(s)
			for _, tk := range french.Tokenize(s.Text) {
				check(&cur, tk.Start, tk.Fold)
			}
		}
		if found < content*3/4 {
			t.Errorf("%s: StemCursor gave %d stems of %d content words, want most", name, found, content)
		}
	}
}

// TestStemIDFIsIDFAndHasStem checks that StemIDF gives IDF's weight and
// HasStem's answer, to the bit, for every stem of the seed articles and
// for stems they lack.
func TestStemIDFIsIDFAndHasStem(t *testing.T) {
	b, _, _ := writeRead(t, seedDir)
	stems := []string{"zzzyx", "", "internaut"}
	for _, s := range b.Sentences {
		for _, tm := range b.Terms(s) {
			stems = append(stems, tm.Stem)
		}
	}
	known := 0
	for _, st := range stems {
		idf, ok := b.StemIDF(st)
		if ok != b.HasStem(st) {
			t.Errorf("StemIDF(%q) known %v, HasStem %v", st, ok, b.HasStem(st))
		}
		if ok {
			known++
			if idf != b.IDF(st) {
				t.Errorf("StemIDF(%q) = %v, IDF %v", st, idf, b.IDF(st))
			}
		}
	}
	if known < 500 {
		t.Errorf("%d known stems, want the seed articles'", known)
	}
}
