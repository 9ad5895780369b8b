package match

import "testing"

// TestPairedWithYear answers a count asked of one year with the count the
// sentence writes right before that year, when it pairs others with
// other years.
func TestPairedWithYear(t *testing.T) {
	checkShort(t, "Le vote", "En France, l'âge du vote passe de 30 ans en 1815 à 25 ans en 1830, puis à 21 ans en 1848. "+
		"Les ménages dépensent 14,2 milliards d'euros en 2003 et 12 milliards d'euros en 2019.", "number", []shortCase{
		{"À partir de quel âge pouvait-on voter en 1815 ?", "30 ans"},
		{"À partir de quel âge pouvait-on voter en 1848 ?", "21 ans"},
		{"Combien les ménages dépensent-ils en 2019 ?", "12 milliards"},
	})
}

// TestYearPhrase answers « Quel … en Y ? » with the phrase the sentence
// writes right before « en Y » when it pairs others with other years, and
// never with another verb's object or a phrase cut short.
func TestYearPhrase(t *testing.T) {
	checkShort(t, "Les partis", "Des partis séfarades apparaissent : le Tami en 1981, le Shas en 1984 et le Gesher en 1996. "+
		"Elle arrive sur le circuit en 2001, après avoir remporté l'Open junior en 2000. "+
		"Le général devient président en 2001, puis fait voter des amendements à la Constitution renforçant son pouvoir en 2003.", "", []shortCase{
		{"Quel est le nouveau parti séfarade en 1984 ?", "le Shas"},
		{"Quel est le nouveau parti séfarade en 1996 ?", "le Gesher"},
		{"Que remporte-t-elle en 2000 ?", "l'Open junior"},
		{"Que fait voter le général en 2003 ?", ""}, // « renforçant son pouvoir »: another verb's
	})
}
