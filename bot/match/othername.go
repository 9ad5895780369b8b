package match

import (
	"github.com/citebot/citebot/knowledge"
	"github.com/citebot/citebot/knowledge/french"
)

// "Quels ont été les résultats de la conférence de Budapest ?" is not
// answered by « les résultats de la Conférence de Londres pourraient … »:
// a sentence that qualifies the noun the question qualifies by a name by
// another name, and holds none of the question's, speaks of another one
// (as speaksOfOther does for a nationality).

// nounName is a noun a question qualifies by a name after « de »: the
// noun's stem and the name's fold (« la conférence de Budapest »:
// conférence, budapest).
type nounName struct{ stem, name string }

// nounNames are the nouns a question qualifies by a capitalised word
// right after « de », « du », « des » or « d' », when that word is a name
// of the articles or of the place list: a misspelt name (« Itawa ») is no
// other one.
func (m *Matcher) nounNames(toks []french.Token) []nounName {
	var out []nounName
	for i := 2; i < len(toks); i++ {
		t, noun := toks[i], toks[i-2]
		if t.Kind != french.Word || !t.Has(french.Capitalized) || !isDe(toks[i-1].Fold) ||
			noun.Kind != french.Word || noun.Has(french.Capitalized) || !french.IsContent(noun.Fold) {
			continue
		}
		if _, place := m.places[t.Fold]; !place && !m.lang.inCorpus(t.Fold) {
			continue
		}
		out = append(out, nounName{stem: m.an.Stem(noun.Fold), name: t.Fold})
	}
	return out
}

// namesOther reports a sentence that qualifies a noun the question
// qualifies by a name (nounNames) by another capitalised word, and whose
// article never names the question's one: « la Conférence de Londres »
// in an article that never names Budapest. An article that names it too
// may speak of both (« le pomérium de Rome » cited from « le pomerium de
// Romulus »; « le pseudonyme de Seydi Ali Reis » answered by « sous le
// pseudonyme de Kâtib-i Rumî »): on PIAF, 6 answers cited right were
// doubted for 8 wrong before that condition.
func (m *Matcher) namesOther(q *question, s *knowledge.Sentence) bool {
	if len(q.nounNames) == 0 {
		return false
	}
	r := m.read(q, s)
	for _, n := range q.nounNames {
		other := false
		for j, t := range r.toks {
			if t.Fold == n.name || french.OneEditApart(t.Fold, n.name) {
				return false // the sentence names the one asked too
			}
			if j >= 2 && t.Kind == french.Word && t.Has(french.Capitalized) && isDe(r.toks[j-1].Fold) && r.stems[j-2] == n.stem {
				other = true
			}
		}
		if other && !m.articleNames(s.Article, n.name) {
			return true
		}
	}
	return false
}

// articleNames reports whether a sentence of the article holds the folded
// word, or one a letter away.
func (m *Matcher) articleNames(a *knowledge.Article, fold string) bool {
	for _, p := range a.Paragraphs {
		for _, s := range p.Sentences {
			for _, t := range m.base.Terms(s) {
				if t.Fold == fold || french.OneEditApart(t.Fold, fold) {
					return true
				}
			}
		}
	}
	return false
}
