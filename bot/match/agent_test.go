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

// TestAgentOfSomethingElse gives no short answer when the sentence says
// the question's verb only of something else: its participle's agent or
// subject did not do what the question asks. Words in brackets before
// the participle are passed over.
func TestAgentOfSomethingElse(t *testing.T) {
	checkShort(t, "Trois événements", "Trois événements organisés ce lundi à Paris touchent à ces problématiques : "+
		"le Forum sur la paix organisé par Emmanuel Macron, une réunion des Nations unies et le sommet Govtech, consacré à l'économie numérique. "+
		"Le musée Pouchkine (l'un des plus grands de Russie, ouvert au public depuis plus de cent ans et visité chaque année), qui fut fondé entre autres par Ivan Tsvetaev, est le deuxième musée de Moscou.", "person", []shortCase{
		{"Qui a organisé le sommet Govtech ?", ""},
		{"Qui organise le Forum sur la paix ?", "Emmanuel Macron"},
		{"Qui a fondé le musée Pouchkine ?", "Ivan Tsvetaev"},
	})
}
