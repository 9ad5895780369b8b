package bot

import (
	"strings"
	"unicode"

	"github.com/citebot/citebot/knowledge/french"
)

// A class greets the bot, thanks it, asks what it is and which articles
// it knows before asking about the articles. Such a message asks nothing
// of the articles: answering « Je ne trouve pas la réponse » to
// « Bonjour » reads as a broken bot. Only a whole message of these words is small talk
// (« Merci, et qui a signé ? » is a question), so nothing the articles
// could answer is caught.

// smallTalk says what a message that is only small talk is.
type smallTalk int

const (
	notSmallTalk smallTalk = iota
	greeting
	thanks
	farewell
	whoAreYou
	whichArticles
)

// smallTalkPhrase is what a message is, folded (french.Fold) and cut
// into words joined by single spaces.
func smallTalkPhrase(words string) smallTalk {
	switch words {
	case "bonjour", "bonsoir", "salut", "coucou", "hello", "hi", "hey", "bonjour a tous", "bonjour tout le monde",
		"salut a tous", "salut tout le monde", "bonsoir a tous":
		return greeting
	case "merci", "merci beaucoup", "merci bien", "merci pour tout", "merci pour ta reponse", "merci pour votre reponse",
		"merci pour la reponse", "super merci", "ok merci", "d accord merci", "parfait merci", "thanks", "thank you":
		return thanks
	case "au revoir", "a bientot", "a plus", "bonne journee", "bonne soiree", "bye", "goodbye", "ciao":
		return farewell
	case "qui es tu", "qui etes vous", "tu es qui", "vous etes qui", "que sais tu faire", "que savez vous faire",
		"que peux tu faire", "que pouvez vous faire", "comment ca marche", "comment tu marches", "aide", "aide moi",
		"help", "who are you", "what can you do":
		return whoAreYou
	case "quels sont les articles", "quels sont tes articles", "quels sont vos articles", "quels articles connais tu",
		"quels articles connaissez vous", "quelles sont tes sources", "quelles sont vos sources", "liste les articles",
		"la liste des articles", "combien d articles y a t il", "combien d articles connais tu", "combien d articles as tu",
		"combien y a t il d articles", "what are your sources", "which articles do you know", "how many articles are there":
		return whichArticles
	}
	return notSmallTalk
}

// smallTalkOf is what the message is, if it is only small talk: its
// words folded, the bot's own name aside.
func smallTalkOf(text string) smallTalk {
	if len(text) > 64 {
		return notSmallTalk // no phrase is this long: spare the folding
	}
	words := strings.FieldsFunc(french.Fold(text), func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
	kept := words[:0]
	for _, w := range words {
		if w != "citebot" {
			kept = append(kept, w)
		}
	}
	return smallTalkPhrase(strings.Join(kept, " "))
}

// smallTalkReply answers small talk, or reports that the message is not
// small talk.
func (b *Bot) smallTalkReply(m Message, text string) (Reply, bool) {
	switch smallTalkOf(text) {
	case greeting:
		return infoReply("Bonjour ! Je réponds à vos questions sur " + b.articleCount() +
			", en citant mot pour mot la phrase d'où vient la réponse. Posez votre question" + b.example() +
			" ; « De quoi parlent les articles ? » les résume, /aide donne l'aide."), true
	case thanks:
		return infoReply("Avec plaisir ! Posez une autre question quand vous voulez."), true
	case farewell:
		return infoReply("Au revoir ! Vos questions seront les bienvenues."), true
	case whoAreYou:
		return infoReply(b.HelpFor(m.Platform)), true
	case whichArticles:
		// The corpus itself, as /sources lists it: no article says how
		// many articles there are.
		return infoReply(b.Sources()), true
	}
	return Reply{}, false
}
