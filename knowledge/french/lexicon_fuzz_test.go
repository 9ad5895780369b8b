package french

import (
	"slices"
	"strings"
	"testing"
)

// FuzzLoadLexicon reads synonym groups, derivations and a glossary as a
// deployment may give them: never a panic, and a lexicon that loads
// relates each stem to others only, sorted, each relation both ways, and
// every derivation among the relations.
func FuzzLoadLexicon(f *testing.F) {
	f.Add("france, français, paris\n# comment\n\nsigner, signature", "signer, signataire", "how many\tcombien|nombre")
	f.Add("chef de l'État, président", "", "")
	f.Add("conférence, sommet", "sommet, rencontre", "summit\tsommet")
	f.Add("\xff, \xfe", "signer, \x00", "\t\t")
	f.Fuzz(func(t *testing.T, synonyms, derived, english string) {
		l, err := loadLexicon(strings.NewReader(synonyms), strings.NewReader(derived), strings.NewReader(english))
		if err != nil {
			return
		}
		for i := range l.related.lists {
			key := l.related.keys.Strs[i]
			rel := l.related.lists[i]
			if len(rel) == 0 || !slices.IsSorted(rel) || slices.Contains(rel, key) {
				t.Fatalf("%q: related %q", key, rel)
			}
			for _, o := range rel {
				if !slices.Contains(l.Related(o), key) {
					t.Fatalf("%q relates to %q, not back", key, o)
				}
			}
		}
		for i := range l.derived.lists {
			key := l.derived.keys.Strs[i]
			for _, o := range l.derived.lists[i] {
				if !slices.Contains(l.Related(key), o) {
					t.Fatalf("%q derives %q but is not related to it", key, o)
				}
			}
		}
	})
}
