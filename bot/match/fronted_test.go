package match

import (
	"testing"

	"github.com/citebot/citebot/knowledge/french"
)

// TestFrontedEnd finds the question proper after a phrase set before its
// question word and a comma, and nowhere else.
func TestFrontedEnd(t *testing.T) {
	for _, tt := range []struct {
		text string
		want string // the first word of the question proper, or ""
	}{
		{"Hormis la Russie, combien de pays composent le G8 ?", "combien"},
		{"En 2005, dans quel pays a-t-on fêté l'Aïd el-Fitr ?", "dans"},
		{"Lors de son expédition, que mangeait Cézanne ?", "que"},
		{"Et à Londres, combien de pays étaient représentés ?", "combien"},
		{"Dans son discours, est-ce que Cameron a parlé de cybercriminalité ?", "est"},
		// The question word first, no comma, no question after it, or
		// a phrase too long or broken by other punctuation.
		{"Combien de pays, hormis la Russie, composent le G8 ?", ""},
		{"Hormis la Russie combien de pays composent le G8 ?", ""},
		{"À Londres, les pays étaient-ils représentés ?", ""},
		{"Selon Joe Biden, qui a parlé ?", "qui"},
		{"Cameron a parlé (à Londres), qui l'a repris ?", ""},
		{"Et ?", ""},
	} {
		toks := french.Tokenize(tt.text)
		got := ""
		if k := frontedEnd(tt.text, toks); k > 0 {
			got = toks[k].Fold
		}
		if got != tt.want {
			t.Errorf("%q: %q, want %q", tt.text, got, tt.want)
		}
	}
}

// TestFrontedPhraseKeepsTheKind reads the kind a question asks for after
// a phrase set before its question word as without it, and a
// « combien » anywhere as at the start.
func TestFrontedPhraseKeepsTheKind(t *testing.T) {
	m := New(seedBase(t))
	for _, tt := range []struct{ fronted, plain string }{
		{"Hormis la Russie, combien de grandes puissances composent le G8 ?", "Combien de grandes puissances composent le G8 ?"},
		{"À Londres, qui a qualifié Internet de force du bien ?", "Qui a qualifié Internet de force du bien ?"},
		{"Lors de la conférence, en quelle année la Corée accueillera-t-elle la suivante ?", "En quelle année la Corée accueillera-t-elle la conférence suivante ?"},
		// « combien » asks wherever it stands, with no comma before it
		// or in place.
		{"En 2012 combien de pays étaient représentés à Londres ?", "Combien de pays étaient représentés à Londres ?"},
		{"La conférence de Londres a réuni combien de pays ?", "Combien de pays la conférence de Londres a-t-elle réunis ?"},
		{"En 2013, au niveau mondial, combien de pays participent ?", "Combien de pays participent ?"},
	} {
		if got, want := m.parse(tt.fronted).kind, m.parse(tt.plain).kind; got != want || got == kindAny {
			t.Errorf("%q: kind %v, want %v as %q", tt.fronted, got.row().name, want.row().name, tt.plain)
		}
	}
}
