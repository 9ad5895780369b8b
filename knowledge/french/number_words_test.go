package french

import (
	"strings"
	"testing"
)

// TestNumberWordsFile checks that every line of data/number_words.tsv is
// read: parseNumberWords skips what it cannot parse.
func TestNumberWordsFile(t *testing.T) {
	lines := DataLines("number_words.tsv")
	n := len(numberWords().qualifiers)
	for _, m := range numberWords().values {
		n += len(m)
	}
	if n != len(lines) || n == 0 {
		t.Errorf("read %d entries from %d lines", n, len(lines))
	}
}

func TestNumberWords(t *testing.T) {
	tests := []struct {
		list string
		word string
		want float64
	}{
		{"number", "vingt", 20},
		{"number", "une", 1},
		{"scale", "millions", 1e6},
		{"approx", "dizaines", 10},
		{"fraction", "tiers", 1.0 / 3},
		{"fraction", "moitie", 0.5},
	}
	for _, tt := range tests {
		if got, ok := NumberWords(tt.list)[tt.word]; !ok || got != tt.want {
			t.Errorf("NumberWords(%q)[%q] = %v, %v; want %v", tt.list, tt.word, got, ok, tt.want)
		}
	}
	if _, ok := NumberWords("scale")["vingt"]; ok {
		t.Error(`NumberWords("scale") holds "vingt"`)
	}
	q := NumberQualifiers()
	if len(q) == 0 || strings.Join(q[0], " ") != "un peu plus de" {
		t.Errorf("NumberQualifiers()[0] = %q, want the longest phrase first", q)
	}
	for w, want := range map[string]bool{"sept": true, "deux": true, "2": true, "1991": true, "un": false, "une": false, "1": false, "0": false, "filieres": false, "": false} {
		if got := IsCount(w); got != want {
			t.Errorf("IsCount(%q) = %v, want %v", w, got, want)
		}
	}
	for w, want := range map[string]bool{"quart": true, "quarts": true, "moitie": true, "tiers": true, "vingt": false, "part": false, "": false} {
		if got := IsFraction(w); got != want {
			t.Errorf("IsFraction(%q) = %v, want %v", w, got, want)
		}
	}
}

func FuzzParseNumberWords(f *testing.F) {
	for _, l := range DataLines("number_words.tsv") {
		f.Add(l)
	}
	f.Add("tiers\tfraction\tx")
	f.Fuzz(func(t *testing.T, s string) {
		lines := strings.Split(s, "\n")
		nw := parseNumberWords(lines)
		n := len(nw.qualifiers)
		for _, q := range nw.qualifiers {
			if len(q) == 0 {
				t.Errorf("parseNumberWords(%q): an empty qualifier", s)
			}
		}
		for _, m := range nw.values {
			n += len(m)
			for w := range m {
				if strings.TrimSpace(w) == "" || strings.Contains(w, "\t") {
					t.Errorf("parseNumberWords(%q): word %q", s, w)
				}
			}
		}
		if n > len(lines) {
			t.Errorf("parseNumberWords(%q): %d entries from %d lines", s, n, len(lines))
		}
	})
}

func FuzzMarkedSets(f *testing.F) {
	f.Add("de\tname-connector role-connector")
	f.Add("bureau\torg-head\n\nx")
	f.Fuzz(func(t *testing.T, s string) {
		for mark, set := range markedSets(strings.Split(s, "\n")) {
			for w := range set {
				if w == "" || strings.ContainsAny(w, "\t\n") || strings.TrimSpace(w) != w {
					t.Errorf("markedSets(%q): list %q holds %q", s, mark, w)
				}
			}
		}
	})
}
