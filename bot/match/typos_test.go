package match

import (
	"slices"
	"testing"
)

// TestTyposReadAsMeant: a lower-case word typed with a slip is read as
// the word meant, by everything that reads the question's words: « la
// conérence » is no longer another word whose synonyms « sessions »
// could take (it cited the wrong one of two sentences). A word the
// articles or French know (« cités »), a capitalised word and a question word stay
// as typed.
func TestTyposReadAsMeant(t *testing.T) {
	m := New(seedBase(t))
	answeredAlike(t, m, "Sur quels sujets portent les sessions de la conérence mondiale sur Internet ?",
		"Sur quels sujets portent les sessions de la conférence mondiale sur Internet ?")
	for _, tt := range []struct {
		text       string
		want, stay []string
	}{
		{"Sur quels sujets portent les sessions de la conérence mondiale ?", []string{"conference"}, []string{"sujets", "sessions"}},
		{"Qui a pésenté le réseau mondial comme une influence positive ?", []string{"presente"}, []string{"influence", "positive"}},
		{"Pour quelle entreprise travaille David Ausmit ?", nil, []string{"ausmit", "entreprise"}},
		{"Qaund la conférence s'est-elle ouverte ?", []string{"quand"}, nil},
		{"Quels pays sont cités dans l'article sur le G8 ?", nil, []string{"cites"}},
	} {
		folds := m.parse(tt.text).folds
		for _, w := range append(tt.want, tt.stay...) {
			if !slices.Contains(folds, w) {
				t.Errorf("%q: read %q, want %q in it", tt.text, folds, w)
			}
		}
	}
}
