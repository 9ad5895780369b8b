package match

import "testing"

// TestWhichShortAnswer answers « Quel (type de) N … ? » with N as the cited
// sentence qualifies it, and nothing when the sentence's N is plural where
// one is asked for, or its words say nothing the question does not.
func TestWhichShortAnswer(t *testing.T) {
	checkShort(t, "L'appel", "Les signataires veulent empêcher le vol de propriété intellectuelle, notamment de secrets industriels. "+
		"Ils veulent aussi des lois internationales appliquées en ligne. "+
		"Plusieurs espèces animales vivent dans le marais, où le castor construit des barrages. "+
		"Le musée expose une photographie représentant la ville.", "", []shortCase{
		{"Quel type de vol les signataires veulent-ils empêcher ?", "le vol de propriété intellectuelle"},
		{"Quel type de lois veulent-ils voir appliquées en ligne ?", "des lois internationales"},
		{"Quelle espèce vit dans le marais ?", ""},
		{"Quelle photographie le musée expose-t-il ?", ""},
	})
}
