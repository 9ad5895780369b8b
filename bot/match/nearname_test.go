package match

import (
	"slices"
	"testing"

	"github.com/citebot/citebot/knowledge"
	"github.com/citebot/citebot/knowledge/french"
)

// TestNearNameIsTheFirstOfTheSortedNames checks the filed lookup against
// a scan of every name word in sorted order, on one-edit variants of the
// seeds' names and on words that are not names.
func TestNearNameIsTheFirstOfTheSortedNames(t *testing.T) {
	m := New(seedBase(t))
	var all []string
	for _, ws := range m.nameWords() {
		all = append(all, ws...)
	}
	slices.Sort(all)
	all = slices.Compact(all)
	if len(all) < 10 {
		t.Fatalf("only %d name words in the seeds", len(all))
	}
	scan := func(fold string) (string, bool) {
		if len(fold) < minNameWord {
			return "", false
		}
		for _, w := range all {
			if french.OneEditApart(fold, w) {
				return w, true
			}
		}
		return "", false
	}
	probes := []string{"", "ab", "nie", "internet", "xyzzy", "obmaa", "chine", "chien"}
	for _, w := range all {
		probes = append(probes, w, w+"e", "a"+w, w[1:], w[:len(w)-1], "x"+w[1:], w[:len(w)-1]+"x")
		for i := 0; i+1 < len(w); i++ {
			b := []byte(w)
			b[i], b[i+1] = b[i+1], b[i]
			probes = append(probes, string(b))
		}
	}
	found := 0
	for _, p := range probes {
		got, gok := m.nearName(p)
		want, wok := scan(p)
		if got != want || gok != wok {
			t.Errorf("nearName(%q) = %q, %v; the scan gives %q, %v", p, got, gok, want, wok)
		}
		if wok {
			found++
		}
	}
	if found == 0 {
		t.Fatal("no probe is near a name")
	}
}

// TestLongNamesFilterKeepsEveryName checks that the first-word filter of
// entitiesNamed lets every name and alias of several words of the seeds
// through, and that it answers what the base answers for each of them.
func TestLongNamesFilterKeepsEveryName(t *testing.T) {
	base := seedBase(t)
	m := New(base)
	long := 0
	for _, a := range base.Articles {
		for _, e := range a.Entities {
			for _, n := range append([]string{e.Name}, e.Aliases...) {
				var toks []french.Token
				for _, tok := range french.Tokenize(n) {
					if !french.IsNameTitle(tok.Fold) {
						toks = append(toks, tok)
					}
				}
				if len(toks) < 2 {
					continue
				}
				long++
				got := m.entitiesNamed(toks)
				if want := base.EntitiesNamed(knowledge.FoldName(n)); len(want) == 0 || !slices.Equal(got, want) {
					t.Errorf("%q: entitiesNamed gives %d entities, the base %d", n, len(got), len(want))
				}
			}
		}
	}
	if long < 5 {
		t.Fatalf("only %d names of several words in the seeds", long)
	}
}

// TestMisspeltName reads a question with a name's word typed one letter
// off as the question typed right: the whole name is found (« Wiliam
// Nee » is William Nee, not « Nee » and a word the articles lack).
func TestMisspeltName(t *testing.T) {
	m := New(seedBase(t))
	for _, tt := range []struct{ typo, right string }{
		{"Selon Wiliam Nee, quel est le modèle chinois ?", "Selon William Nee, quel est le modèle chinois ?"},
		{"Pour quelle organisation travaille Willliam Nee ?", "Pour quelle organisation travaille William Nee ?"},
		{"Selon Witliam Hague, sur quel sujet la conférence de Londres doit-elle jeter les bases d'un consensus international ?", "Selon William Hague, sur quel sujet la conférence de Londres doit-elle jeter les bases d'un consensus international ?"},
	} {
		q := m.parse(tt.typo)
		if r := m.parse(tt.right); len(q.names) != len(r.names) || len(q.terms) != len(r.terms) {
			t.Errorf("%q: %d names, %d words; %q: %d, %d", tt.typo, len(q.names), len(q.terms), tt.right, len(r.names), len(r.terms))
		}
		answeredAlike(t, m, tt.typo, tt.right)
	}
}
