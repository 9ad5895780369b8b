package match

import (
	"slices"
	"testing"

	"github.com/citebot/citebot/knowledge/french"
)

// TestNearNameIsTheFirstOfTheSortedNames checks the filed lookup against
// a scan of every name word in sorted order, on one-edit variants of the
// seeds' names and on words that are not names.
func TestNearNameIsTheFirstOfTheSortedNames(t *testing.T) {
	m := New(seedBase(t))
	var all []string
	for _, ws := range m.nameWords {
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
