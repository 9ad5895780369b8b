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

// TestRoleOfUnknownName reads the role a question asks of a name the
// articles' entities do not know from the first name it writes in
// capitals, by a title before it or an apposition after it that opens a
// noun phrase (not « siégeant à Genève »); a name of one word is not read
// as ending at every comma.
func TestRoleOfUnknownName(t *testing.T) {
	checkShort(t, "La Révolution", "Mais le journaliste Gorsas, dans son Courrier des départements, va plus loin. "+
		"Il fait partie du clan des républicains radicaux qui soutiennent le député Albert Le Bail.", "role", []shortCase{
		{"Quel est la profession de Gorsas ?", "journaliste"},
		{"Quelle fonction politique occupait Albert Le Bail ?", "député"},
	})
	checkShort(t, "Le siège", "Sur la proposition de l'ingénieur Le Michaud d'Arçon, officier du génie, on décide un assaut. "+
		"Brodeur, siégeant à Genève, reçoit la délégation. "+
		"Médine refuse le mot car, un jour, il en a souffert.", "role", []shortCase{
		{"Quel était la profession de Le Michaud d'Arçon ?", "officier du génie"},
		{"Quelle est la profession de Brodeur ?", ""}, // not « siégeant à Genève »
		{"Qui est Médine ?", ""},                      // not the words after the sentence's first comma
	})
}

// TestApposedRole reads a role after a comma or in brackets after the
// name, a hyphenated title too, up to « et » before the next person; not a
// name's spelling in another script.
func TestApposedRole(t *testing.T) {
	checkShort(t, "Le gouvernement", "Le conseil réunit Gao Hucheng, vice-ministre du Commerce et Liu Jieyi, ministre-assistant. "+
		"Paul se lie d'amitié avec Émile Zola et Louis Marguery (avoué à la Cour). "+
		"Weichai Holding Group (潍柴控股) est une entreprise d'État chinoise.", "role", []shortCase{
		{"Qui est Gao Hucheng ?", "vice-ministre du Commerce"},
		{"Qui est Louis Marguery ?", "avoué à la Cour"},
		{"Qui est Weichai Holding Group ?", "une entreprise d'État chinoise"},
	})
}
