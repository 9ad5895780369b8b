package match

import "testing"

// TestAgentPhraseShortAnswer answers "Qui V X ?" with the phrase « par »
// opens a few words after V's participle, any form of V, up to a
// relative, a verb or a preposition other than « de »; never after a
// noun V's stem meets.
func TestAgentPhraseShortAnswer(t *testing.T) {
	checkShort(t, "Le club", "Le club a été fondé en 1908 par des dirigeants dissidents du Milan AC. "+
		"La construction du bâtiment fut commandée en 1910 par le magnat du commerce qui désirait un style néogothique. "+
		"La forteresse fut prise par les troupes du roi dans la nuit. "+
		"Le tournoi fut une victoire de l'équipe menée par son capitaine.", "person", []shortCase{
		{"Qui a fondé le club ?", "des dirigeants dissidents du Milan AC"},
		{"Qui commanda la construction du bâtiment ?", "le magnat du commerce"},
		{"Qui prit la forteresse ?", "les troupes du roi"},
		{"Qui a gagné le tournoi ?", ""},
	})
}
