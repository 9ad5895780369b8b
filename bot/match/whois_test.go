package match

import "testing"

// TestWhoIsShortAnswer answers "Qui est X ?" with what a copula after X
// says X is (a bracket after the name skipped) or the title written
// between a determiner and X; a role asked of X (« Quelle est la fonction
// de X ? ») the same way.
func TestWhoIsShortAnswer(t *testing.T) {
	checkShort(t, "Les savants", "Anselm Franz (né en 1900 à Schladming) est un ingénieur autrichien, pionnier du moteur à réaction. "+
		"La mère du compositeur était nièce du pape Pie IV, selon les chroniques. "+
		"Au premier rang de ces fondateurs figure Max Hymans, alors secrétaire général.", "", []shortCase{
		{"Qui est Anselm Franz ?", "un ingénieur autrichien"},
		{"Qui est Pie IV ?", "pape"},
		{"Quelle est la fonction de Max Hymans ?", "alors secrétaire général"},
	})
}
