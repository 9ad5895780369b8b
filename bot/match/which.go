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
// they say something the question does not, up to « et » or « ou » before
// one of the question's own words, which goes on to something else
// (« empêcher la prolifération d'outils malveillants et empêcher … »).

// whichNoun is the index in folds of the noun a « quel » question asks
// which one of (« Quel type de vol … »: « vol »), or -1.
func (ix kindIndex) whichNoun(folds []string) int {
	return pastSortNoun(folds, ix.headNoun(folds))
}

// pastSortNoun is the index of the noun after « type de », « genre de »,
// « sorte de » … at j in folds (« Quels types de sites … »), else j.
func pastSortNoun(folds []string, j int) int {
	if j >= 0 && j+2 < len(folds) && matchWords.sortNouns.Has(folds[j]) && isDe(folds[j+1]) {
		return j + 2
	}
	return j
}

// whichAnswer is the question's noun as the cited sentence qualifies it
// (see above), verbatim, or "".
func (m *Matcher) whichAnswer(q *question, s *knowledge.Sentence) string {
	return m.qualified(q, s, false)
}

// whichManyAnswer is whichAnswer for « Quels N … ? » asking for several,
// where no list answers: the sentence's own N, in the plural as asked
// (« Quelles infrastructures … ? »: « des infrastructures critiques »). A
// synonym of N there names something else as often as not (« Quels
// bâtiments … ? »: « la construction massive d'ensembles »): on PIAF, 17
// of 31 new answers held a gold one with synonyms, 15 of 21 without.
func (m *Matcher) whichManyAnswer(q *question, s *knowledge.Sentence) string {
	return m.qualified(q, s, true)
}

// keepsQualifier reports whether the sentence's words from to end hold the
// word that qualifies the question's noun at j (« langues romanes »), when
// the question qualifies it: other words there name others of the kind
// (« des langues germaniques »), or the same by a word the lexicon does
// not relate (« contenus extrémistes »: « les contenus djihadistes »): on
// PIAF, of the three answers it withholds, two were wrong and one gave
// part of a list.
func (m *Matcher) keepsQualifier(q *question, r *reading, j, from, end int) bool {
	if j+1 >= len(q.folds) {
		return true
	}
	a := q.wordAt(j + 1)
	if a < 0 || m.lang.onlyVerb(q.folds[j+1]) {
		return true
	}
	if toks := french.Tokenize(q.text); len(toks) == len(q.folds) && startsUpper(toks[j+1].Text) {
		return true // a name, the noun's subject: « Quels pouvoirs Charles le Chauve confia-t-il ? »
	}
	for i := from; i < end; i++ {
		if r.holds(q.terms[a], i) {
			return true
		}
	}
	return false
}

// qualified is whichAnswer's, with the noun the asker's own word in the
// plural when own is set.
func (m *Matcher) qualified(q *question, s *knowledge.Sentence, own bool) string {
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
		if own && (!r.own[i] || !plural(r.toks[i].Fold)) {
			continue
		}
		end := i + 1
		for end < len(r.toks) && end-i <= whichMaxWords && !r.breaks(end) && !ownAfterAnd(r, end) && m.qualifies(r.toks, end) {
			end++
		}
		for end > i+1 && !french.IsContent(r.toks[end-1].Fold) {
			end-- // « … de », « … et »
		}
		if end == i+1 || q.inQuestion(r.span(i+1, end)) {
			continue // nothing said of it, or what the question says
		}
		if own && !m.keepsQualifier(q, r, j, i+1, end) {
			continue // « Quelles langues romanes … ? »: « des langues germaniques »
		}
		start := i
		if i > 0 && determiner(r.toks[i-1]) && !r.breaks(i) {
			start = i - 1
		}
		return r.text[r.toks[start].Start:r.toks[end-1].End] // the noun asked about included
	}
	return ""
}

// ownAfterAnd reports one of the question's own words at token j after
// « et » or « ou »: a new member of the sentence, not the noun's
// qualifier. Inside the qualifier (« système de point de vente » for
// « … leurs ventes ? »), the asker's word leaves no answer there.
func ownAfterAnd(r *reading, j int) bool {
	return r.own[j] && (r.toks[j-1].Fold == "et" || r.toks[j-1].Fold == "ou")
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
	return french.IsContent(f) && !auxiliary(f) && !matchWords.copulas.Has(f) && !participle(f) && !m.lang.onlyVerb(f) &&
		!(strings.HasSuffix(f, "ant") && m.lang.verbForm(f)) // « une photographie représentant … »
}

// plural reports a folded noun that ends as a plural does.
func plural(fold string) bool { return strings.HasSuffix(fold, "s") || strings.HasSuffix(fold, "x") }

// determiner reports a determiner, « l' » included.
func determiner(t french.Token) bool {
	return spanWords.determiners.Has(t.Fold) || t.Fold == "l" && t.Kind == french.Elision
}
