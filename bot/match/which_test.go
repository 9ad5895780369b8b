package match

import "testing"

// TestWhichShortAnswer answers « Quel (type de) N … ? » with N as the cited
// sentence qualifies it, and nothing when the sentence's N is plural where
// one is asked for, or its words say nothing the question does not.
func TestWhichShortAnswer(t *testing.T) {
	checkShort(t, "L'appel", "Les signataires veulent empêcher le vol de propriété intellectuelle, notamment de secrets industriels. "+
		"Ils veulent aussi des lois internationales appliquées en ligne. "+
		"Plusieurs espèces animales vivent dans le marais, où le castor construit des barrages. "+
		"Le musée expose une photographie représentant la ville. "+
		"Les États promettent de protéger des infrastructures critiques. "+
		"Ils veulent empêcher la prolifération d'outils malveillants et empêcher les contre-attaques. "+
		"La ville a bâti des constructions neuves. "+
		"Le roi Charles confia aux princes les pouvoirs administratifs et militaires.", "", []shortCase{
		{"Quel type de vol les signataires veulent-ils empêcher ?", "le vol de propriété intellectuelle"},
		{"Quel type de lois veulent-ils voir appliquées en ligne ?", "des lois internationales"},
		{"Quelle espèce vit dans le marais ?", ""},
		{"Quelle photographie le musée expose-t-il ?", ""},
		// Several asked for, where no list answers.
		{"Quelles infrastructures les États promettent-ils de protéger ?", "des infrastructures critiques"},
		// Up to « et » before the question's own verb.
		{"Quelle prolifération veulent-ils empêcher ?", "la prolifération d'outils malveillants"},
		// Several asked for, held only by a synonym: no answer.
		{"Quels bâtiments la ville a-t-elle bâtis ?", ""},
		// A name after the noun is no qualifier of it.
		{"Quels pouvoirs Charles confia-t-il aux princes ?", "les pouvoirs administratifs et militaires"},
		// In English: the noun's translation stands where the noun does.
		{"What type of theft do the signatories want to prevent?", "le vol de propriété intellectuelle"},
	})
}
