package match

import (
	"strings"

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
		if t.Kind != french.Word || !t.Has(french.Capitalized) && !m.placeName(t) || !isDe(toks[i-1].Fold) ||
			noun.Kind != french.Word || noun.Has(french.Capitalized) || !french.IsContent(noun.Fold) {
			continue
		}
		if _, place := m.places.find(t.Fold); !place && !m.lang.inCorpus(t.Fold) {
			continue
		}
		out = append(out, nounName{stem: m.an.Stem(noun.Fold), name: t.Fold})
	}
	return out
}

// placeName reports a word of the place list that no French word spells
// (« budapest », « seoul »; not « vienne », « inde »): a name, even typed
// without its capital.
func (m *Matcher) placeName(t french.Token) bool {
	if len(t.Fold) < 3 || m.lang.lemmas.IsWord(t.Fold) {
		return false
	}
	_, place := m.places.find(t.Fold)
	return place
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
	if len(q.nounNames) == 0 || !capitalAfterDe(s.Text) {
		return false
	}
	// The index's terms, not a reading of the sentence: this is asked of
	// every candidate offered as a further source, and a reading would
	// replace the cited sentence's, which the short-answer rules share.
	terms := m.base.AppendTerms(q.termRoom[:0], s)
	q.termRoom = terms
	for _, n := range q.nounNames {
		other := false
		for j, t := range terms {
			if t.Fold == n.name || french.OneEditApart(t.Fold, n.name) {
				return false // the sentence names the one asked too
			}
			if j >= 1 && t.Flags&french.Capitalized != 0 && !t.First && terms[j-1].Stem == n.stem && deBetween(s.Text[terms[j-1].End:t.Start]) {
				other = true
			}
		}
		if other && !m.namedIn(q, s.Article, n.name) {
			return true
		}
	}
	return false
}

// capitalAfterDe reports a text where « de », « du », « des » or « d' »
// is followed by a capital letter: a sentence that may qualify a noun by
// a name.
func capitalAfterDe(text string) bool {
	for i := 0; i+2 < len(text); i++ {
		if text[i] != 'd' || i > 0 && text[i-1] != ' ' {
			continue
		}
		rest := text[i+1:]
		for _, p := range [...]string{"e ", "u ", "es ", "'", "’"} {
			if after, ok := strings.CutPrefix(rest, p); ok && startsUpper(after) {
				return true
			}
		}
	}
	return false
}

// deBetween reports the gap between two words that is « de », « du »,
// « des » or « d' » alone.
func deBetween(gap string) bool {
	g := strings.TrimSpace(gap)
	return isDe(g) || g == "d'" || g == "d’"
}

// articleName is whether an article names a name (articleNames), as
// remembered for one question.
type articleName struct {
	a    *knowledge.Article
	name string
	ok   bool
}

// namedIn is articleNames, remembered for the question: its candidates
// and further sources come from a few articles, each read once.
func (m *Matcher) namedIn(q *question, a *knowledge.Article, name string) bool {
	for _, n := range q.named {
		if n.a == a && n.name == name {
			return n.ok
		}
	}
	ok := m.articleNames(a, name)
	q.named = append(q.named, articleName{a, name, ok})
	return ok
}

// articleNames reports whether a sentence of the article holds the folded
// word, or one a letter away; it reads the sentences one by one into one
// buffer.
func (m *Matcher) articleNames(a *knowledge.Article, fold string) bool {
	var terms []french.Term
	for _, p := range a.Paragraphs {
		for _, s := range p.Sentences {
			terms = m.base.AppendTerms(terms[:0], s)
			for _, t := range terms {
				if t.Fold == fold || french.OneEditApart(t.Fold, fold) {
					return true
				}
			}
		}
	}
	return false
}
