package match

import (
	"strings"

	"github.com/citebot/citebot/knowledge/french"
)

// unknownLowerNames records the runs of two or more lower-case words that
// no article, no speller and no French dictionary knows: a name typed
// without capitals (« qu'a dit angela merkel ? ») that the articles never
// mention. One such word alone may be a rare word; two in a row are a
// first name and a surname.
func (m *Matcher) unknownLowerNames(q *question, toks []french.Token) {
	start := -1
	for i := 0; i <= len(toks); i++ {
		if i < len(toks) && m.lowerPlace(q, toks[i]) {
			q.unknown = append(q.unknown, toks[i].Text)
			continue
		}
		if i < len(toks) && m.strangeWord(q, toks[i]) {
			if start < 0 {
				start = i
			}
			continue
		}
		if start >= 0 && i-start >= 2 {
			words := make([]string, 0, i-start)
			for _, t := range toks[start:i] {
				words = append(words, t.Text)
			}
			q.unknown = append(q.unknown, strings.Join(words, " "))
		}
		start = -1
	}
}

// strangeWord reports a lower-case word that the articles, the speller
// and the French word lists all ignore.
func (m *Matcher) strangeWord(q *question, t french.Token) bool {
	f := t.Fold
	if m.lang.lex == nil || t.Kind != french.Word || startsUpper(t.Text) || len(f) < 3 || french.IsStopWord(f) || french.IsQuestionWord(f) ||
		m.base.WordCount(f) > 0 || m.knownTerm(q, f) || m.lang.lex.KnowsFrench(f) || m.lang.lemmas.IsWord(f) {
		return false
	}
	if _, ok := m.lang.correctFrench(f); ok {
		return false
	}
	return !m.articlesSpell(q, f)
}

// articlesSpell reports a word the articles hold misspelt: the question's
// spelling correction gives one of their words, or it is a letter from one
// of their names.
func (m *Matcher) articlesSpell(q *question, f string) bool {
	if c, ok := q.correct(m, f); ok && c != "" {
		return true
	}
	_, near := m.nearName(f)
	return near
}

// lowerPlace reports a place of the place list typed in lower case
// (« la conférence de budapest »), which no French word spells (not
// « vienne », « inde ») and the articles never name, even misspelt or by
// a word of theirs: a name they never mention, as « Budapest » would be.
func (m *Matcher) lowerPlace(q *question, t french.Token) bool {
	f := t.Fold
	if t.Kind != french.Word || startsUpper(t.Text) || french.IsStopWord(f) || french.IsQuestionWord(f) ||
		m.base.WordCount(f) > 0 || m.knownTerm(q, f) || !m.placeName(t) {
		return false
	}
	if qt := q.term(f); qt != nil && qt.ent != nil {
		return false // a name of the articles (« saint-petersbourg »)
	}
	return !m.articlesSpell(q, f)
}
