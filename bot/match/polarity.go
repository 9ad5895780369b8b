package match

import "github.com/citebot/citebot/knowledge/french"

// The polarity of a clause, as the yes/no answers read it (yesno.go): the
// negations, the words that restrict or turn it around, and where a
// negation of the question's first word may begin.

// negation says whether words negate: "ne … pas/jamais/plus/rien/aucun…",
// "n'a pas", "ne pouvaient" (a verb that « ne » negates alone), or
// "aucun", "jamais", "sans", "ni" alone; not in a relative clause, which
// says something of a noun (« l'agriculture qui n'a pas d'objectif
// marchand est centrale »).
func negation(toks []french.Token) bool {
	for i, t := range toks {
		if yesNoWords.negation.Has(t.Fold) {
			return true
		}
		if t.Fold != "ne" && t.Fold != "n" || i > 0 && relativePronoun(toks[i-1].Fold) {
			continue // no negation, or a relative clause's (« qui n'a pas … »)
		}
		if i+1 < len(toks) && yesNoWords.negationVerb.Has(toks[i+1].Fold) {
			return true
		}
		for j := i + 1; j < len(toks) && j <= i+negationWindow; j++ {
			if yesNoWords.negationEnd.Has(toks[j].Fold) {
				return true
			}
		}
	}
	return false
}

// relativePronoun reports a relative pronoun that opens a clause right
// before its « ne ».
func relativePronoun(fold string) bool { return fold == "qui" || fold == "dont" }

// restrictive reports « ne … que » (« il n'existe que peu de méthodes »):
// "only", neither a plain yes nor a plain no.
func restrictive(toks []french.Token) bool {
	for i, t := range toks {
		if t.Fold != "ne" && t.Fold != "n" {
			continue
		}
		for j := i + 1; j < len(toks) && j <= i+negationWindow && !yesNoWords.negationEnd.Has(toks[j].Fold); j++ {
			if toks[j].Fold == "que" || toks[j].Fold == "qu" {
				return true
			}
		}
	}
	return false
}

// contrary reports a word that turns the clause's statement around
// without a negation ("refuse de revenir", "rejette l'accord"): such a
// clause answers neither yes nor no plainly.
func contrary(toks []french.Token) bool {
	for _, t := range toks {
		if yesNoWords.contrary.Has(t.Fold) {
			return true
		}
	}
	return false
}

// reverse reports a verb that says its clause's action was turned down
// or did not happen ("refuse de revenir", "a évité d'être capturé"): the
// clause answers no, as a negation does.
func reverse(toks []french.Token) bool {
	for _, t := range toks {
		if yesNoWords.reverse.Has(t.Fold) {
			return true
		}
	}
	return false
}

// restricts reports a word by which a question qualifies what it asks
// ("uniquement", "toujours"): a plain yes or no would say more than the
// sentence.
func restricts(t french.Token) bool { return yesNoWords.restrict.Has(t.Fold) }

// negationStart moves start, the first of the words before the question's
// first word (at first) that may negate it, back to the « ne » of a
// negation whose second part is among them: « ne permettaient pas
// d'obtenir la signature » negates the signature, though its « ne » stands
// further back than negationWindow.
func negationStart(toks []french.Token, start, first int) int {
	for k := start; k < first; k++ {
		if !yesNoWords.negationEnd.Has(toks[k].Fold) {
			continue
		}
		for j := k - 1; j >= max(0, k-negationWindow); j-- {
			if toks[j].Fold == "ne" || toks[j].Fold == "n" {
				return min(j, start)
			}
		}
		return start
	}
	return start
}

// turnsDown reports a negation or a verb that turns its clause down.
func turnsDown(toks []french.Token) bool { return negation(toks) || reverse(toks) }
