package match

import (
	"strings"

	"github.com/citebot/citebot/knowledge"
	"github.com/citebot/citebot/knowledge/french"
)

// "Et à quel moment a-t-il rappelé … ?": when the cited sentence gives no
// date, the phrase of time that follows the question's words answers, « au
// cours de la conférence de presse », « lors du sommet », « à l'issue de
// trois jours de travaux », « pendant la guerre », « après sa défaite ».
// Not for a question that asks for a year, a month or a day.

// eventPhrase is the phrase of time after the question's words in the
// cited sentence (see above), verbatim, or "".
func (m *Matcher) eventPhrase(q *question, s *knowledge.Sentence) string {
	if q.dateKinds != nil || !mayOpenEvent(s.Text) {
		return ""
	}
	r := m.read(q, s)
	return r.openPhrase(func(j int) bool { return eventOpening(r.toks, j) }, func(t french.Token) bool {
		return spanWords.classOf(t.Fold)&classVerb != 0 || subjectBreak(t.Fold)
	})
}

// eventOpening reports a preposition of time at token j: « lors de »,
// « au cours de », « à l'issue de », « pendant », « durant », « avant »,
// « après » before a determiner.
func eventOpening(toks []french.Token, j int) bool {
	next := func(k int, folds ...string) bool {
		for i, f := range folds {
			if j+k+i >= len(toks) || toks[j+k+i].Fold != f && !(f == "de" && isDe(toks[j+k+i].Fold)) {
				return false
			}
		}
		return true
	}
	switch toks[j].Fold {
	case "lors":
		return next(1, "de")
	case "au":
		return next(1, "cours", "de")
	case "a":
		return next(1, "l", "issue", "de")
	case "pendant", "durant", "avant", "apres":
		return j+1 < len(toks) && determiner(toks[j+1])
	}
	return false
}

// mayOpenEvent reports whether text holds a word that opens a phrase of
// time (eventOpening), as a sentence may write it: a date question reads
// each of its candidate sentences for one, and reading a sentence (its
// words and their stems) is the dearest step of the slowest PIAF
// questions, so a sentence without any is passed by.
func mayOpenEvent(text string) bool {
	for _, w := range [...]string{"lors", "Lors", "LORS", "cours", "Cours", "COURS", "issue", "ISSUE",
		"pendant", "Pendant", "PENDANT", "durant", "Durant", "DURANT", "avant", "Avant", "AVANT",
		"après", "Après", "APRÈS", "apres", "Apres", "APRES"} {
		if strings.Contains(text, w) {
			return true
		}
	}
	return false
}
