package match

import (
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/citebot/citebot/knowledge"
	"github.com/citebot/citebot/knowledge/french"
)

// findNames links capitalised words and known names of the question to
// the entities of the articles, and records names the articles never
// mention.
func (m *Matcher) findNames(q *question, toks []french.Token) {
	// Longest known name first, up to four words.
	named := m.nameSpellings(q, toks)
	for i := 0; i < len(toks); i++ {
		matched := false
		for n := min(4, len(toks)-i); n >= 1; n-- {
			ents := m.entitiesNamed(named[i : i+n])
			if n == 1 && len(ents) > 0 && !startsUpper(toks[i].Text) && !writtenIn(toks[i].Text, ents[0].Name) {
				// « Où est-elle née ? » does not ask about William
				// Nee: a word in lower case with accents the name
				// lacks is another word (« william nee » is the name,
				// and so is « edouard » for « Édouard »).
				ents = nil
			}
			if len(ents) == 0 && n == 1 && i != q.kindTypo {
				if c, ok := q.correct(m, toks[i].Fold); ok {
					ents = m.base.EntitiesNamed(c)
				}
			}
			if len(ents) == 0 {
				continue
			}
			for _, e := range ents {
				q.addName(e)
			}
			for k := i; k < i+n; k++ {
				m.markName(q, toks[k].Fold, ents[0])
			}
			i += n - 1
			matched = true
			break
		}
		if matched {
			continue
		}
	}
	// Capitalised runs (not the first word, not a question word) that
	// the corpus never mentions, even after spelling correction.
	var run []string
	flush := func() {
		if len(run) > 0 {
			q.unknown = append(q.unknown, strings.Join(run, " "))
			run = run[:0]
		}
	}
	for i, t := range toks {
		// A number the articles never state ("en 2019") is as telling
		// as a name they never mention.
		if t.Kind == french.Number && m.base.WordCount(t.Fold) == 0 && !m.years[t.Fold] {
			flush()
			q.unknown = append(q.unknown, t.Text)
			continue
		}
		capital := i > 0 && startsUpper(t.Text) && !french.IsStopWord(t.Fold) && !french.IsQuestionWord(t.Fold) && len(t.Fold) > 1 // a lone letter ("la ligne B") is no name
		if !capital {
			flush()
			continue
		}
		if qt := q.term(t.Fold); q.english && m.lang.lex.EnglishToFrench(t.Fold) != nil && (qt == nil || qt.known) {
			// An English word the articles hold in French (« Call »,
			// « appel »), or part of a phrase (« United States »); one
			// whose French they never write (« India », « Inde ») is a
			// name they never mention, as in French.
			flush()
			continue
		}
		if m.base.WordCount(t.Fold) > 0 || m.knownTerm(q, t.Fold) {
			flush()
			continue
		}
		if c, ok := q.correct(m, t.Fold); ok && c != "" {
			flush()
			continue
		}
		if _, ok := m.nearName(t.Fold); ok {
			flush()
			continue
		}
		run = append(run, t.Text)
	}
	flush()
	if !q.english {
		m.unknownLowerNames(q, toks)
	}
}

// writtenIn reports whether word, written without accents or as name
// writes it (whatever the case), may be a word of name.
func writtenIn(word, name string) bool {
	return isASCII(word) || strings.Contains(strings.ToLower(name), strings.ToLower(word))
}

func isASCII(s string) bool {
	for i := range len(s) {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

func (m *Matcher) markName(q *question, fold string, e *knowledge.Entity) {
	for i := range q.terms {
		if q.terms[i].fold == fold && q.terms[i].ent == nil {
			q.terms[i].ent = e
		}
	}
}

// nameSpellings returns toks, or a copy in which a capitalised word the
// articles lack that is one letter off a word of their names has that
// word's fold: « Wiliam Nee » is William Nee, not « Nee » and a word. The
// question word's misspelt noun (q.kindTypo) stays.
func (m *Matcher) nameSpellings(q *question, toks []french.Token) []french.Token {
	out := toks
	for i, t := range toks {
		if i == q.kindTypo || t.Kind != french.Word || !startsUpper(t.Text) || french.IsStopWord(t.Fold) || french.IsQuestionWord(t.Fold) || m.base.WordCount(t.Fold) > 0 || m.capitalName(t.Fold) {
			continue
		}
		if w, ok := m.nearName(t.Fold); ok {
			if &out[0] == &toks[0] {
				out = slices.Clone(toks)
			}
			out[i].Fold = w
		}
	}
	return out
}

// capitalName reports a word that, written with a capital, names what the
// lexicon relates it to (« le Net » is the Internet): a name of the
// articles' in other words, not a misspelling of theirs (« Nee »).
func (m *Matcher) capitalName(fold string) bool {
	return slices.ContainsFunc(m.lang.relatedCapital(french.Stem(fold)), m.base.HasStem)
}

// entitiesNamed returns the entities the words' folds, joined by spaces,
// designate; the joined key is built on the stack.
func (m *Matcher) entitiesNamed(toks []french.Token) []*knowledge.Entity {
	if len(toks) == 1 {
		return m.base.EntitiesNamed(toks[0].Fold)
	}
	if first, _, _ := strings.Cut(toks[0].Fold, " "); !m.longNames[first] {
		return nil // the names map holds no key of several words starting so
	}
	var buf [64]byte
	key := buf[:0]
	for i, t := range toks {
		if i > 0 {
			key = append(key, ' ')
		}
		key = append(key, t.Fold...)
	}
	return m.base.EntitiesNamed(string(key))
}
