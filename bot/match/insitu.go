package match

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/citebot/citebot/knowledge/french"
)

// « Le virus est localisé où ? », « Krauss travaillera avec la troupe
// jusqu'à quand ? », « Lu Wei, c'est qui ? »: spoken French and chat put
// the question word last, where the question's frame, read from its
// start, saw none: the kind went unread and no short answer came. Such a
// question is read as if its question word (with its prepositions, or
// « c'est ») came first: « jusqu'à quand Krauss travaillera avec la troupe
// ? », « c'est qui Lu Wei ? ». Only a last word that is nothing but a
// question word counts: « qui », « que » inside a question are relative
// pronouns, and « où », « quand » conjunctions.

// frontQuestionWord returns text with its last words moved to the front
// when they are a question word and its prepositions (see above), and
// whether it did. toks are text's.
func frontQuestionWord(text string, toks []french.Token) (string, bool) {
	w := len(toks) - 1
	if w < 2 {
		return text, false
	}
	f := 0
	for f < w && openingWords.followUps.Has(toks[f].Fold) {
		f++ // « Et … »
	}
	if opensQuestion(toks[f:]) {
		return text, false // « Qui a dit quoi ? »
	}
	if said, ok := saidWhat(text, toks, f); ok {
		return said, true
	}
	if !openingWords.inSitu.Has(toks[w].Fold) {
		return text, false
	}
	s := w
	for s > f && openingWords.prepositions.Has(toks[s-1].Fold) {
		s-- // « jusqu'à quand », « avec qui »
	}
	if s-f >= 2 && toks[s-2].Fold == "c" && toks[s-1].Fold == "est" {
		s -= 2 // « c'est qui »
	}
	if s <= f {
		return text, false // « C'est qui ? »: nothing before it
	}
	rest := strings.TrimRight(strings.TrimSpace(text[toks[f].Start:toks[s].Start]), ",;:")
	if opening := toks[f]; f == 0 && french.IsStopWord(opening.Fold) && opening.Kind == french.Word {
		rest = lowerFirst(rest) // « Le virus … » goes on « … où le virus … »
	}
	// A follow-up's « Et » stays first: « Et quand la conférence … ».
	return text[:toks[f].Start] + text[toks[s].Start:toks[w].End] + " " + rest + text[toks[w].End:], true
}

// saidWhat returns « Cameron a dit quoi sur internet ? », « Et William
// Nee a déclaré quoi ? » as « Qu'a dit Cameron sur internet ? », « Et qu'a
// déclaré William Nee ? »: what someone said, asked in place, read in the
// frame of a question about a quotation; and whether it did. The words
// from f are the question's after its follow-up's « Et ».
func saidWhat(text string, toks []french.Token, f int) (string, bool) {
	i := f + 3
	for i < len(toks) && toks[i].Fold != "quoi" {
		i++
	}
	if i >= len(toks) {
		return text, false
	}
	aux, verb := toks[i-2], toks[i-1]
	switch aux.Fold {
	case "a", "ont", "avait", "avaient":
	default:
		return text, false
	}
	if !speechVerb(verb.Fold) {
		return text, false
	}
	que := "Qu'"
	if f > 0 {
		que = "qu'"
	}
	subject := strings.TrimRight(strings.TrimSpace(text[toks[f].Start:aux.Start]), ",")
	return text[:toks[f].Start] + que + aux.Text + " " + verb.Text + " " + subject + text[toks[i].End:], true
}

// lowerFirst writes s's first letter in lower case.
func lowerFirst(s string) string {
	r, n := utf8.DecodeRuneInString(s)
	return string(unicode.ToLower(r)) + s[n:]
}
