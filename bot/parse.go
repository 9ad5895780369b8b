package bot

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/citebot/citebot/knowledge"
	"github.com/citebot/citebot/knowledge/french"
)

// qterm is one content word of a question with the stems that may stand
// for it in the articles: its own, a spelling correction, synonyms,
// translations. A question word is found in a sentence when any of its
// stems is.
type qterm struct {
	fold  string
	stems []knowledge.QueryTerm
	// weight is how much the word says: its best stem's IDF.
	weight float64
	cap    bool
	// known is false when neither the word nor any alternative occurs in
	// the corpus.
	known bool
	// name is true when the word is part of a name the question gives.
	name bool
}

// question is a parsed question.
type question struct {
	text   string
	folds  []string
	terms  []qterm
	expect expect
	// english is true when the question was asked in English and
	// translated.
	english bool
	// pronoun is true when the question refers back with "il", "elle",
	// "lui", "et …": it continues the conversation.
	pronoun bool
	// names are the entities of the articles the question names.
	names []*knowledge.Entity
	// unknown are capitalised names the articles never mention.
	unknown []string
	// quoted is the text between quotation marks in the question, for
	// "qui a dit « … »".
	quoted string
}

// maxQuestionRunes bounds the work a single message can cause.
const maxQuestionRunes = 1000

// sanitize makes any input safe to analyse: valid UTF-8, no control
// characters, bounded length.
func sanitize(s string) string {
	s = strings.ToValidUTF8(s, "\uFFFD")
	s = strings.Map(func(r rune) rune {
		if r == '\n' || r == '\t' || r == '\r' {
			return ' '
		}
		if unicode.IsControl(r) || r == '\u200b' || r == '\ufeff' {
			return -1
		}
		return r
	}, s)
	return strings.TrimSpace(s)
}

// pronouns that make a question a follow-up.
func isAnaphor(fold string) bool {
	switch fold {
	case "il", "elle", "ils", "elles", "lui", "leur", "eux", "celui-ci", "celle-ci", "ce dernier", "cette derniere":
		return true
	}
	return false
}

// parse analyses the question text.
func (m *Matcher) parse(text string) *question {
	q := &question{text: text}
	toks := french.Tokenize(text)
	q.folds = make([]string, 0, len(toks))
	for _, t := range toks {
		q.folds = append(q.folds, t.Fold)
	}
	q.english = m.lang.looksEnglish(q.folds)
	if q.english {
		q.folds = m.lang.translateFrame(q.folds)
	}
	q.expect = m.nouns.classify(q.folds)
	for i, f := range q.folds {
		if isAnaphor(f) || strings.HasSuffix(f, "-il") || strings.HasSuffix(f, "-elle") || strings.HasSuffix(f, "-ils") || strings.HasSuffix(f, "-elles") {
			q.pronoun = true
		}
		if i == 0 && f == "et" {
			q.pronoun = true
		}
	}
	q.quoted = quotedPart(text)

	// Content words, with the names they form.
	for i, t := range toks {
		if french.IsStopWord(t.Fold) || questionWord(t.Fold) || isAnaphor(t.Fold) {
			continue
		}
		if q.english && m.lang.englishStop(t.Fold) {
			continue
		}
		qt := m.expand(t, i == 0, q.english)
		if qt.fold == "" {
			continue
		}
		q.terms = append(q.terms, qt)
	}
	m.findNames(q, toks)
	return q
}

// expand builds the alternatives of one question word.
func (m *Matcher) expand(t french.Token, first, english bool) qterm {
	qt := qterm{fold: t.Fold, cap: !first && startsUpper(t.Text)}
	add := func(fold string, w float64) {
		stem := french.Stem(fold)
		if stem == "" || french.IsStopWord(fold) {
			return
		}
		for i, s := range qt.stems {
			if s.Stem == stem {
				if w > s.Weight {
					qt.stems[i].Weight = w
				}
				return
			}
		}
		qt.stems = append(qt.stems, knowledge.QueryTerm{Stem: stem, Weight: w})
	}
	direct := m.base.WordCount(t.Fold) > 0 || m.base.HasStem(french.Stem(t.Fold))
	if english {
		for _, fr := range m.lang.toFrench(t.Fold) {
			for _, w := range strings.Fields(fr) {
				if !french.IsStopWord(w) {
					add(w, 1)
				}
			}
		}
	}
	if direct || len(qt.stems) == 0 {
		add(t.Fold, 1)
	}
	if !direct && len(qt.stems) <= 1 {
		if c, ok := m.lang.correct(t.Fold); ok && c != t.Fold {
			add(c, 0.9)
		}
	}
	// Synonyms and derivations of every form found so far.
	n := len(qt.stems)
	for i := 0; i < n; i++ {
		for _, rel := range m.lang.related(qt.stems[i].Stem) {
			if m.base.HasStem(rel) {
				found := false
				for _, s := range qt.stems {
					if s.Stem == rel {
						found = true
						break
					}
				}
				if !found {
					qt.stems = append(qt.stems, knowledge.QueryTerm{Stem: rel, Weight: 0.6 * qt.stems[i].Weight})
				}
			}
		}
	}
	for i := range qt.stems {
		if m.base.HasStem(qt.stems[i].Stem) {
			qt.known = true
			if w := m.base.IDF(qt.stems[i].Stem) * qt.stems[i].Weight; w > qt.weight {
				qt.weight = w
			}
		}
	}
	if !qt.known {
		// An unknown word still counts against coverage: the articles
		// do not speak of it.
		qt.weight = m.maxIDF
	}
	return qt
}

// findNames links capitalised words and known names of the question to
// the entities of the articles, and records names the articles never
// mention.
func (m *Matcher) findNames(q *question, toks []french.Token) {
	seen := map[*knowledge.Entity]bool{}
	// Longest known name first, up to four words.
	for i := 0; i < len(toks); i++ {
		matched := false
		for n := min(4, len(toks)-i); n >= 1; n-- {
			key := joinFolds(toks[i : i+n])
			ents := m.names[key]
			if len(ents) == 0 && n == 1 {
				if c, ok := m.lang.correct(toks[i].Fold); ok {
					ents = m.names[c]
				}
			}
			if len(ents) == 0 {
				continue
			}
			for _, e := range ents {
				if !seen[e] {
					seen[e] = true
					q.names = append(q.names, e)
				}
			}
			for k := i; k < i+n; k++ {
				m.markName(q, toks[k].Fold)
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
		capital := i > 0 && startsUpper(t.Text) && !french.IsStopWord(t.Fold) && !questionWord(t.Fold)
		if !capital {
			flush()
			continue
		}
		if q.english && m.lang.toFrench(t.Fold) != nil {
			flush()
			continue
		}
		if m.base.WordCount(t.Fold) > 0 || m.base.HasStem(french.Stem(t.Fold)) {
			flush()
			continue
		}
		if c, ok := m.lang.correct(t.Fold); ok && c != "" {
			flush()
			continue
		}
		run = append(run, t.Text)
	}
	flush()
}

func (m *Matcher) markName(q *question, fold string) {
	for i := range q.terms {
		if q.terms[i].fold == fold {
			q.terms[i].name = true
		}
	}
}

func joinFolds(toks []french.Token) string {
	if len(toks) == 1 {
		return toks[0].Fold
	}
	parts := make([]string, len(toks))
	for i, t := range toks {
		parts[i] = t.Fold
	}
	return strings.Join(parts, " ")
}

// quotedPart returns the words between the first pair of quotation marks.
func quotedPart(s string) string {
	for _, pair := range [][2]string{{"«", "»"}, {"“", "”"}, {"\"", "\""}} {
		i := strings.Index(s, pair[0])
		if i < 0 {
			continue
		}
		rest := s[i+len(pair[0]):]
		j := strings.Index(rest, pair[1])
		if j < 0 {
			continue
		}
		return strings.TrimSpace(rest[:j])
	}
	return ""
}

func startsUpper(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r)
}
