package match

import "testing"

// TestUseShortAnswer answers « À quoi sert X ? » with the infinitive of
// purpose the cited sentence gives X, to the end of its clause, and
// nothing when no infinitive follows the cue.
func TestUseShortAnswer(t *testing.T) {
	checkShort(t, "Le moteur", "Le compresseur d'entrée permet d'injecter une quantité d'air suffisante en masse, à vitesse constante. "+
		"La publication d'un travail dans une revue permet de le confronter à la communauté scientifique. "+
		"Le Forum s'est tenu pour la troisième fois à Paris.", "", []shortCase{
		{"À quoi sert le compresseur d'entrée ?", "injecter une quantité d'air suffisante en masse"},
		{"A quoi sert la publication d'un travail dans une revue ?", "le confronter à la communauté scientifique"},
		{"À quoi a servi le Forum à Paris ?", ""}, // « pour la troisième fois »: no purpose
	})
}
