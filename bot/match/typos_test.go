package match

import (
	"slices"
	"testing"
)

// TestTyposReadAsMeant: a lower-case word typed with a slip is read as
// the word meant, by everything that reads the question's words: « la
// conérence » is no longer another word whose synonyms « sessions »
// could take (it cited the wrong one of two sentences). A word the
// articles or French know (« cités », « nomment »), a capitalised word and a question word stay
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
		// A verb's form, one edit from « comment ».
		{"Comment se nomment les sessions de la conférence ?", nil, []string{"comment", "nomment"}},
	} {
		folds := m.parse(tt.text).folds
		for _, w := range append(tt.want, tt.stay...) {
			if !slices.Contains(folds, w) {
				t.Errorf("%q: read %q, want %q in it", tt.text, folds, w)
			}
		}
	}
}

// TestWhTypos reads a misspelt question word as the word it stands for,
// and leaves a word of the articles or the lexicon alone.
func TestWhTypos(t *testing.T) {
	checkShort(t, "La conférence", "La conférence s'est ouverte mardi à Londres. "+
		"Des représentants de plus de 60 pays ont assisté à la conférence.", "", []shortCase{
		{"Qaund la conférence s'est-elle ouverte ?", "mardi"},
		{"Combein de pays ont assisté à la conférence ?", "plus de 60"},
		{"Combien de pays ont assisté à la conférence ?", "plus de 60"},
		// « à » glued to the question word.
		{"Aquel jour la conférence s'est-elle ouverte ?", "mardi"},
	})
	// Written as in a text message: « k » for « qu », « qd », « cb ».
	checkShort(t, "La conférence", "William Hague a ouvert la conférence mardi à Londres devant 60 pays.", "", []shortCase{
		{"kel jour la conférence s'est-elle ouverte ?", "mardi"},
		{"ki a ouvert la conférence ?", "William Hague"},
		{"qd la conférence s'est-elle ouverte ?", "mardi"},
		{"cb de pays étaient là ?", "60"},
		{"Qui a ouvert la conférence ?", "William Hague"},
	})
}
