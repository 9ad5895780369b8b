package match

import (
	"slices"
	"testing"
)

// TestNotMentioned: a lone capital letter, an acronym or a metonym whose
// phrase the articles hold is never "something the articles do not
// mention"; a name they never give still is.
func TestNotMentioned(t *testing.T) {
	m := New(seedBase(t))
	for _, tt := range []struct {
		question string
		unknown  []string
	}{
		{"La ligne B est-elle fermée ?", nil},
		{"Que pense Matignon de l'appel de Paris ?", nil},
		{"Que pense la RPC d'Internet ?", nil},
		{"Les fonctionnaires du Vieux Continent sont-ils d'accord ?", nil}, // « européens »
		{"Que veut l'Empire du Milieu ?", nil},                             // « la Chine »
		{"Qu'a dit Xi Jinping ?", []string{"Xi Jinping"}},
		{"Que pense l'OMS de l'appel ?", []string{"OMS"}},
	} {
		if a := m.Answer(tt.question, nil); !slices.Equal(a.Unknown, tt.unknown) {
			t.Errorf("%q: unknown %q, want %q", tt.question, a.Unknown, tt.unknown)
		}
	}
}

// TestCapitalName: « le Net » is the Internet, which the seeds write, and
// no misspelling of William Nee's name, whom they quote; « net » in lower
// case is the adjective, no internet.
func TestCapitalName(t *testing.T) {
	m := New(seedBase(t))
	hasInternet := func(q *question, fold string) bool {
		qt := q.term(fold)
		return qt != nil && slices.ContainsFunc(qt.stems, func(a alt) bool { return a.Stem == "internet" })
	}
	for _, tt := range []struct {
		question string
		internet bool
	}{
		{"Quel genre de collaboration le chef du gouvernement britannique réclame-t-il face aux problèmes du Net ?", true},
		{"Quelles qualités le patron de l'administration chinoise du Net prête-t-il au système ?", true},
		{"Le bénéfice net de la conférence est-il connu ?", false},
	} {
		q := m.parse(tt.question)
		if len(q.names) > 0 {
			t.Errorf("%q names %s: « Net » read as a misspelt name", tt.question, q.names[0].Name)
		}
		if got := hasInternet(q, "net"); got != tt.internet {
			t.Errorf("%q: « net » has « internet » among its alternatives: %v, want %v", tt.question, got, tt.internet)
		}
	}
	// Without its relation, the capital word is one letter off « Nee ».
	if w, ok := m.nearName("net"); !ok || w != "nee" {
		t.Fatalf("nearName(net) = %q, %v: the test no longer tells a misspelling from a name", w, ok)
	}
}
