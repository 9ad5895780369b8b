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
