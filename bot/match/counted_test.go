package match

import "testing"

// TestCountWithItsNoun answers « Combien de X ? » with the number and
// what it counts, as written, up to the last of the question's words.
func TestCountWithItsNoun(t *testing.T) {
	checkShort(t, "Le sommet", "Des représentants de plus de 60 pays et régions ont assisté au sommet. "+
		"La Chine compte plus de 600 millions d'internautes. "+
		"Huit d'entre les prisonniers ont été libérés mardi. "+
		"Le festival a attiré 12 000 visiteurs venus de loin.", "number", []shortCase{
		{"Combien de pays ont assisté au sommet ?", "plus de 60 pays"},
		{"Combien de pays et régions ont assisté au sommet ?", "plus de 60 pays et régions"},
		{"Combien d'internautes la Chine compte-t-elle ?", "plus de 600 millions d'internautes"},
		{"Combien de prisonniers ont été libérés mardi ?", "Huit d'entre les prisonniers"},
		{"Combien de visiteurs le festival a-t-il attirés ?", "12 000 visiteurs"}, // not « venus », not a question word
	})
}
