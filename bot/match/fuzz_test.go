package match

import "testing"

// FuzzAnswer calls the matcher directly, with no recover in between (as
// Bot.Handle has): a fresh question and a follow-up of an answered one
// must not panic, and every cited sentence must be the base's.
func FuzzAnswer(f *testing.F) {
	for _, s := range []string{
		"Et ?", "Alors ?", "Mais ?", "Et ensuite ?", "et dans quelle", "Qui est <b>Lu Wei</b> ?", "\uff9e", "quel nom du",
		"Combien de temps a duré la conférence ?", "combien", "qui", "qu'a-t-il", "Where?", "le nom de la",
		"c'est quoi", "qu'est-ce que l'", "Que dit l'article", "que dit l'article sur", "X, c'est quoi ?", "que veut dire",
		"How many", "In how many", "According to X,", "which 's", "What is the name of", "Who said", "Which companies 's",
		"Qui est cité dans l'article sur", "et qui s'exprime dans les", "Which people are quoted in the", "Quels pays sont cités dans", "quelles sont les villes", "Vrai ou faux :", "Est-il vrai qu'", "Résume l'article 99999999999999999999", "dans le 0e article",
		"Quels articles parlent de", "dans combien d'articles est-il question", "How many articles talk about",
		"Bonjour, qui est Lu Wei ? Merci !", "Bonjour à tous !", "Dis-moi où", "svp", "? Merci", "Lu Wei, c'est qui ?", "J'ai une question. Qui ? Fin.", ". ? .", "M. ? Inc. x", "C'est qui qui", "qui c'est qu'", "Pourquoi est-ce qu'",
		"c'est qui", "Et quand ?", "QUI A SIGNÉ L'APPEL ?", "ki a signé", "s'il vous plaît",
		"1) Qui ?", "Q3 :", "a)", "2.", "Du coup", "du coup, hein ?", "Dis-moi ce qu'", "Sais-tu ce qui", "qd", "Qu'est-ce qu'a dit",
		"Et Cameron ?", "Et en 2013 ?", "et 0", "And Cameron?", "Et la Chine ?",
		"Pourquoi ?", "Et où ?", "Dans quel but ?", "Why?", "Combien de temps ?", "Par qui donc ?",
		"Qui d'autre ?", "Et quel autre pays ?", "Quoi d'autre ?", "Who else?", "autres", "Et le troisième ?", "Et dans l'article 0 ?", "et le dernier",
	} {
		f.Add(s)
	}
	base := seedBase(f)
	m := New(base)
	first := m.Answer("Qui est Lu Wei ?", nil)
	f.Fuzz(func(t *testing.T, text string) {
		conv := &Context{Article: first.Sentences[0].Article, Last: first.Sentences, Focus: first.Focus, Cited: map[int]bool{first.Sentences[0].ID: true},
			Question: first.Question}
		for _, c := range []*Context{nil, conv} {
			a := m.Answer(text, c)
			if a.Answered != (len(a.Sentences) > 0) {
				t.Fatalf("answered=%v with %d sentences", a.Answered, len(a.Sentences))
			}
			for _, s := range append(a.Sentences, a.More...) {
				if s.ID < 0 || s.ID >= len(base.Sentences) || base.Sentences[s.ID] != s {
					t.Fatalf("cited sentence %d is not the base's", s.ID)
				}
			}
		}
	})
}
