package match

import "testing"

// TestVagueCountShortAnswer answers « Combien de X … ? » with the word of
// quantity the cited sentence writes before X when it gives no number of
// X.
func TestVagueCountShortAnswer(t *testing.T) {
	checkShort(t, "L'appel", "De nombreux acteurs américains participent à cet appel. "+
		"Des dizaines d'États signeront le texte. "+
		"Plusieurs pays ont envoyé des délégués au sommet.", "number", []shortCase{
		{"Combien d'acteurs américains participent à l'appel ?", "De nombreux acteurs"},
		{"Combien de pays ont envoyé des délégués au sommet ?", "Plusieurs pays"},
	})
}
