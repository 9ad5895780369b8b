package knowledge

import (
	"testing"

	"github.com/citebot/citebot/knowledge/french"
)

// TestEachStemIsTheAnalysers checks that every word EachStem gives has the
// stem french.Stem gives it, in the bundled articles (numbers among them)
// built and read from their index file, and that it gives their words.
func TestEachStemIsTheAnalysers(t *testing.T) {
	built, read, _ := writeRead(t, seedDir)
	for name, b := range map[string]*Base{"built": built, "read": read} {
		n := 0
		seen := map[string]bool{}
		b.EachStem(func(fold, stem string) {
			n++
			seen[fold] = true
			if want := french.Stem(fold); stem != want {
				t.Errorf("%s: EachStem gives %q → %q, french.Stem gives %q", name, fold, stem, want)
			}
		})
		if n < 300 || !seen["internautes"] {
			t.Errorf("%s: EachStem gave %d words (internautes: %v), want the corpus's", name, n, seen["internautes"])
		}
	}
}
