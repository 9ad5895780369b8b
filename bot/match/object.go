package match

import (
	"slices"
	"strings"

	"github.com/citebot/citebot/knowledge"
	"github.com/citebot/citebot/knowledge/french"
)

// "Que veut renforcer Emmanuel Macron ?", "Et que voudrait faire
// Washington ?": a question that asks for the object of what it says is
// answered by the words that follow the question's own in the cited
// sentence, when one clause holds them all: « … veut renforcer le respect
// du droit d'auteur ». On PIAF, held out by article, 26 of 31 such spans
// of rightly cited sentences held a gold answer before the opening-word
// check below (commit 0a04fa9; the rule in README, "How it answers").

// objectFrame reports a question that opens with "que"/"qu'" (after "et",
// "selon lui"…), or with "qu'est-ce que" when it does not ask to define
// (« Qu'est-ce que regroupe le pôle ? », « Qu'est-ce que Louvet décrit
// … ? »: the matcher sends « Qu'est-ce que X ? » to definitionAnswer
// first); not "qu'est-ce qui", which asks for a subject.
func objectFrame(folds []string) bool {
	for i, f := range folds {
		switch {
		case matchWords.objectSkip.Has(f):
			continue
		case f == "que" || f == "qu":
			if i+2 < len(folds) && folds[i+1] == "est" && folds[i+2] == "ce" {
				// Three words at least after it: « Qu'est-ce que
				// Mariner 10 ? » asks to define.
				i += 3
				if i+3 >= len(folds) || folds[i] != "que" && folds[i] != "qu" {
					return false
				}
			}
			// "Que fait X ?" asks what X does: the verb is the
			// answer, not what follows it.
			return !(i+1 < len(folds) && doVerb(folds[i+1]))
		}
		return false
	}
	return false
}

// objectAnswer is the object the cited sentence gives to the question's
// words (see above), verbatim, or "".
func (m *Matcher) objectAnswer(q *question, s *knowledge.Sentence) string {
	if len(q.terms) == 0 || !objectFrame(q.folds) {
		return ""
	}
	verbs := verbTerms(q)
	toks := french.Tokenize(s.Text)
	matched := make([]bool, len(toks))
	seen := make([]bool, len(q.terms))
	first, last, lastVerb := -1, -1, false
	cur := m.base.StemCursor(s)
	for i, t := range toks {
		st := m.stemAt(&cur, t.Start, t.Fold)
		verb := false
		for k, qt := range q.terms {
			if focusTerm(qt) {
				continue
			}
			for _, a := range qt.stems {
				if a.Stem == st {
					matched[i], seen[k] = true, true
					verb = verb || slices.Contains(verbs, k)
				}
			}
		}
		if matched[i] {
			if first < 0 {
				first = i
			}
			last, lastVerb = i, verb
		}
	}
	if !lastVerb {
		// The object follows the verb; after a name or a noun of
		// the question comes something else.
		return ""
	}
	for k, ok := range seen {
		if !ok && !focusTerm(q.terms[k]) {
			return ""
		}
	}
	if last < 0 || last+1 >= len(toks) || clauseBreak(s.Text[toks[last].End:toks[last+1].Start]) ||
		!subjectJoined(s.Text, toks, matched, last) {
		return ""
	}
	end := last + 1
	for end+1 < len(toks) && !matched[end+1] && !clauseBreak(s.Text[toks[end].End:toks[end+1].Start]) {
		end++
	}
	span := toks[last+1 : end+1]
	if len(span) > objectMaxWords || !objectOpening(span) {
		return ""
	}
	for _, t := range span {
		if french.IsContent(t.Fold) {
			return s.Text[span[0].Start:span[len(span)-1].End]
		}
	}
	return ""
}

// subjectJoined reports whether the question's word before the verb at
// token v stands in the verb's clause (« À partir d'août 2015, le navire
// effectue … »), or the verb opens a relative clause after it (« le pôle
// « Paris-La Défense », qui regroupe … »): else what follows the verb may
// be said of something else. A verb with no question word before it is
// joined.
func subjectJoined(text string, toks []french.Token, matched []bool, v int) bool {
	prev := v - 1
	for prev >= 0 && !matched[prev] {
		prev--
	}
	if prev < 0 || !strings.ContainsAny(text[toks[prev].End:toks[v].Start], clauseMarks) {
		return true // a name in quotation marks is no break (« L'association « Non au CDG Express » propose … »)
	}
	return v > 0 && toks[v-1].Fold == "qui" && !clauseBreak(text[toks[v-1].End:toks[v].Start])
}

// clauseMarks are the punctuation marks that part a verb from its subject:
// clauseBreak's, less the quotation marks around a name.
const clauseMarks = ",;:()[]—–.!?"

// doVerb reports a form of "faire".
func doVerb(fold string) bool { return matchWords.doVerbs.Has(fold) }

// verbTerms are the indexes of the question's first two words (in the
// order asked) that are not names: after "que", the verb ("Que veut
// renforcer X ?"), whose object is asked for.
func verbTerms(q *question) []int {
	var out []int
	for len(out) < 2 {
		best := -1
		for k, t := range q.terms {
			if t.ent != nil || t.cap || t.pos < 0 || slices.Contains(out, k) {
				continue
			}
			if best < 0 || t.pos < q.terms[best].pos {
				best = k
			}
		}
		if best < 0 {
			break
		}
		out = append(out, best)
	}
	return out
}

// clauseBreak reports punctuation that ends a clause.
func clauseBreak(gap string) bool {
	return strings.ContainsAny(gap, ",;:()[]«»\"“”—–.!?")
}

// objectOpening reports words that can open an object: not a
// coordination, a relative clause ("et …", "sur lesquels …") or a
// circumstance ("durant …", "avec …"), which start something else.
func objectOpening(span []french.Token) bool {
	if matchWords.notObject.Has(span[0].Fold) {
		return false
	}
	for _, t := range span[:min(2, len(span))] {
		if matchWords.relatives.Has(t.Fold) {
			return false
		}
	}
	return true
}
