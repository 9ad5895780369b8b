package match

import (
	"strings"

	"github.com/citebot/citebot/knowledge"
	"github.com/citebot/citebot/knowledge/french"
)

// "Quel type de vol l'appel veut-il empêcher ?": a question that asks
// which one of a thing is answered by the thing as the cited sentence
// qualifies it, « le vol de propriété intellectuelle »: the question's noun
// with the adjectives and « de » complements that follow it there, when
// they say something the question does not.

// whichNoun is the index in folds of the noun a « quel » question asks
// which one of (« Quel type de vol … »: « vol »), or -1.
func (ix kindIndex) whichNoun(folds []string) int {
	return pastSortNoun(folds, ix.headNoun(folds))
}

// pastSortNoun is the index of the noun after « type de », « genre de »,
// « sorte de » … at j in folds (« Quels types de sites … »), else j.
func pastSortNoun(folds []string, j int) int {
	if j >= 0 && j+2 < len(folds) && matchWords.sortNouns[folds[j]] && isDe(folds[j+1]) {
		return j + 2
	}
	return j
}

// whichAnswer is the question's noun as the cited sentence qualifies it
// (see above), verbatim, or "".
func (m *Matcher) whichAnswer(q *question, s *knowledge.Sentence) string {
	j := m.kinds.whichNoun(q.folds)
	if j < 0 || copulaFrame(q.folds) >= 0 {
		return "" // « Quel est le but de X ? »: copulaAnswer's
	}
	k := q.wordAt(j)
	if k < 0 {
		return ""
	}
	r := m.read(q, s)
	for i := range r.toks {
		if !r.holds(q.terms[k], i) || plural(r.toks[i].Fold) && !plural(q.folds[j]) {
			continue // « Quelle espèce … ? » asks for one, not « des espèces animales »
		}
		end := i + 1
		for end < len(r.toks) && end-i <= whichMaxWords && !clauseBreak(r.gap(end)) && m.qualifies(r.toks, end) {
			end++
		}
		for end > i+1 && !french.IsContent(r.toks[end-1].Fold) {
			end-- // « … de », « … et »
		}
		if end == i+1 || q.inQuestion(r.span(i+1, end)) {
			continue // nothing said of it, or what the question says
		}
		start := i
		if i > 0 && determiner(r.toks[i-1]) && !clauseBreak(r.gap(i)) {
			start = i - 1
		}
		return r.text[r.toks[start].Start:r.toks[end-1].End] // the noun asked about included
	}
	return ""
}

// qualifies reports whether token j may go on qualifying the noun before
// it: an adjective or a noun of its complement, « de », « du », « des » (and
// a determiner after « de »), « et » or « ou » between two such words; not
// a verb, a pronoun or another preposition, which start something else.
func (m *Matcher) qualifies(toks []french.Token, j int) bool {
	f := toks[j].Fold
	switch {
	case isDe(f):
		return true
	case f == "et" || f == "ou":
		return j+1 < len(toks) && french.IsContent(toks[j+1].Fold) && !m.lang.onlyVerb(toks[j+1].Fold)
	case determiner(toks[j]):
		return isDe(toks[j-1].Fold)
	}
	return french.IsContent(f) && !auxiliary(f) && !matchWords.copulas[f] && !participle(f) && !m.lang.onlyVerb(f) &&
		!(strings.HasSuffix(f, "ant") && m.lang.verbForm(f)) // « une photographie représentant … »
}

// plural reports a folded noun that ends as a plural does.
func plural(fold string) bool { return strings.HasSuffix(fold, "s") || strings.HasSuffix(fold, "x") }

// determiner reports a determiner, « l' » included.
func determiner(t french.Token) bool {
	return spanWords.determiners[t.Fold] || t.Fold == "l" && t.Kind == french.Elision
}
