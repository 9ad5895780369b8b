package match

import "testing"

// TestAuthorName answers « Qui a écrit X ? » with the name the sentence
// gives the work: apposed to its author noun, after it, or the subject of
// the clause it opens or interrupts; never another work's author.
func TestAuthorName(t *testing.T) {
	checkShort(t, "Les œuvres", "L'école accueillit de grands juristes comme Portalis, auteur du Code civil, et Siméon. "+
		"La radio diffusait un fond de Boléro de Maurice Ravel. "+
		"Approfondissant la pensée de Baudelaire, André Breton compare, dans Arcane 17, le surréalisme et l'ésotérisme. "+
		"Dans un ouvrage, The Spirit and the Flesh, Walter Williams indique que les berdaches sont reconnus. "+
		"Dans De l'Esprit géométrique et de l'Art, Pascal étudie la méthode axiomatique. "+
		"Jean Dupont, auteur de plusieurs romans, a lu Les Misérables.", "", []shortCase{
		{"Qui a écrit De l'Esprit géométrique ?", "Pascal"},
		{"Qui a écrit le Code civil ?", "Portalis"},
		{"Qui a composé le Boléro ?", "Maurice Ravel"},
		{"Qui a écrit Arcane 17 ?", "André Breton"},
		{"Qui a écrit The Spirit and the Flesh ?", "Walter Williams"},
		{"Qui a écrit Les Misérables ?", ""}, // « auteur de plusieurs romans » is about other works
	})
}
