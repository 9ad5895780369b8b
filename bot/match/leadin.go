package match

import "github.com/citebot/citebot/knowledge/french"

// « Bonjour, qui a qualifié Internet de force du bien ? », « Dis-moi où
// se tient le sommet », « J'aimerais savoir combien de pays … »: a class
// greets the bot and asks politely, and the question proper starts after
// the greeting or the lead-in. Read from the first word, the greeting
// took the place of the question word (the kind went unread) and stood
// for a name the articles never mention. A greeting (« Bonjour à tous »,
// « Merci ! ») is skipped whatever follows; a lead-in only when a question
// word follows it, or a preposition and one (« dis-moi dans quelle
// ville »), so that « Vous savez que … » stays a statement, and only when
// it holds a word of asking (« dis », « savoir », « plaît »), so that the
// typo « S'où … » keeps its « où ». Only the start
// of a message is read: the question's own words are never skipped.

// leadInEnd is the index of the token where the question proper starts,
// after its greeting and its polite lead-in (see above), or 0.
func leadInEnd(toks []french.Token) int {
	i := 0
	if len(toks) > 0 && openingWords.greetings.Has(toks[0].Fold) {
		for i < len(toks) && (openingWords.greetings.Has(toks[i].Fold) || openingWords.greetingTails.Has(toks[i].Fold)) {
			i++
		}
	}
	j, lead := i, false
	for ; j < len(toks); j++ {
		if f := toks[j].Fold; openingWords.leadIns.Has(f) {
			lead = true
		} else if !openingWords.leadInGlue.Has(f) {
			break
		}
	}
	if lead && opensQuestion(toks[j:]) {
		i = j
	}
	if i >= len(toks) {
		return 0 // nothing after it: small talk, which the bot answers
	}
	return i
}

// opensQuestion reports words that open a question: a question word,
// after a preposition or not, or « est-ce que ».
func opensQuestion(toks []french.Token) bool {
	switch {
	case len(toks) == 0:
		return false
	case whWord(toks[0].Fold):
		return true
	case len(toks) > 1 && openingWords.prepositions.Has(toks[0].Fold) && whWord(toks[1].Fold):
		return true
	}
	return len(toks) > 2 && toks[0].Fold == "est" && toks[1].Fold == "ce" && (toks[2].Fold == "que" || toks[2].Fold == "qu")
}
