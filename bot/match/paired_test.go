package match

import "testing"

// TestPairedMember answers « Qui V … en 2013 ? » with the name of the pair
// « A en 2012 et B en 2013 » whose qualifier the question repeats, and
// keeps the first when the question repeats its own or neither's.
func TestPairedMember(t *testing.T) {
	checkShort(t, "Les conférences", "Les résultats fourniront une base pour une série de conférences qui seront accueillies par la Hongrie en 2012 et la République de Corée en 2013.", "person", []shortCase{
		{"Qui accueillera la conférence en 2013 ?", "la République de Corée"},
		{"Qui accueillera la conférence en 2012 ?", "la Hongrie"},
		{"Qui accueillera la série de conférences ?", "la Hongrie"},
	})
}
