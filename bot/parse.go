package bot

import (
	"regexp"
	"slices"
	"strings"
	"sync"
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
	stems []alt
	// weight is how much the word says: its best stem's IDF.
	weight float64
	cap    bool
	// known is false when neither the word nor any alternative occurs in
	// the corpus.
	known bool
	// ent is the entity of the articles that this word names, when it is
	// part of a name the question gives.
	ent *knowledge.Entity
	// pos is the word's token index in the question (-1 for a
	// translated phrase).
	pos int
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
	// counted is what a "combien de X" question counts (X's stem).
	counted string
	// dateKinds is the precision a date question asks for; nil is any.
	dateKinds []knowledge.DateKind
	// stem is the matcher's cached stemmer.
	stem func(string) string
	// memo remembers how well each sentence matches each word, by
	// sentence ID, while the question is ranked.
	memo map[int32][]float64
	// byID maps a term ID to 1 + the index in refs of the question words
	// it stands for (0: none). It is a dense array from the matcher's
	// pool, released when the question is answered.
	byID  []int32
	marks *[]int32
	refs  [][]altRef
	// corrected remembers spelling corrections ("" when none).
	corrected map[string]string
}

// correct is the matcher's spelling correction, remembered for the
// question: a word is looked at by several steps.
func (q *question) correct(m *Matcher, fold string) (string, bool) {
	if c, ok := q.corrected[fold]; ok {
		return c, c != ""
	}
	c, ok := m.lang.correct(fold)
	if !ok {
		c = ""
	}
	if q.corrected == nil {
		q.corrected = map[string]string{}
	}
	q.corrected[fold] = c
	return c, ok
}

// altRef says that a term stands for question word term with weight.
type altRef struct {
	term   int
	weight float64
}

// indexAlternatives fills byID from the words' alternatives, in a dense
// array taken from pool; release gives it back.
func (q *question) indexAlternatives(pool *sync.Pool) {
	q.marks = pool.Get().(*[]int32)
	q.byID = *q.marks
	for i, t := range q.terms {
		for _, a := range t.stems {
			if a.ID < 0 {
				continue
			}
			if q.byID[a.ID] == 0 {
				q.refs = append(q.refs, nil)
				q.byID[a.ID] = int32(len(q.refs))
			}
			k := q.byID[a.ID] - 1
			q.refs[k] = append(q.refs[k], altRef{term: i, weight: a.Weight})
		}
	}
}

// alternativesOf returns the question words a term ID stands for.
func (q *question) alternativesOf(id int32) []altRef {
	if k := q.byID[id]; k > 0 {
		return q.refs[k-1]
	}
	return nil
}

// release clears byID and gives it back to the pool.
func (q *question) release(pool *sync.Pool) {
	if q.byID == nil {
		return
	}
	for _, t := range q.terms {
		for _, a := range t.stems {
			if a.ID >= 0 {
				q.byID[a.ID] = 0
			}
		}
	}
	pool.Put(q.marks)
	q.byID, q.marks = nil, nil
}

// maxQuestionRunes bounds the work a single message can cause.
const maxQuestionRunes = 1000

// sanitize makes any input safe to analyse: valid UTF-8, no control
// characters, no markup tags.
func sanitize(s string) string {
	s = strings.ToValidUTF8(s, "\uFFFD")
	if strings.IndexByte(s, '<') >= 0 {
		// A formatted question ("Qui est <b>Lu Wei</b> ?") asks what
		// the plain one asks: the tags are not words.
		s = markupTag.ReplaceAllString(s, "")
	}
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

// markupTag matches the inline HTML tags chat clients and users put
// around words (Telegram's formatting, a pasted page).
var markupTag = regexp.MustCompile(`(?i)</?(?:b|strong|i|em|u|ins|s|strike|del|code|pre|span|a|tg-spoiler|blockquote|br|p)(?:\s+[a-z-]+=(?:"[^"<>]*"|'[^'<>]*'))*\s*/?>`)

// pronouns that make a question a follow-up.
func isAnaphor(fold string) bool {
	switch fold {
	case "il", "elle", "ils", "elles", "lui", "leur", "eux", "celui-ci", "celle-ci":
		return true
	}
	return false
}

// parse analyses the question text.
func (m *Matcher) parse(text string) *question {
	q := &question{text: text, stem: m.an.Stem}
	toks := french.Tokenize(text)
	q.folds = make([]string, 0, len(toks))
	for _, t := range toks {
		q.folds = append(q.folds, t.Fold)
	}
	q.english = m.lang.looksEnglish(toks)
	if q.english {
		q.folds = m.lang.translateFrame(q.folds)
	}
	q.expect = m.nouns.classify(q.folds, m.an.Stem)
	for i, f := range q.folds {
		if isAnaphor(f) || strings.HasSuffix(f, "-il") || strings.HasSuffix(f, "-elle") || strings.HasSuffix(f, "-ils") || strings.HasSuffix(f, "-elles") {
			q.pronoun = true
		}
		if i == 0 && f == "et" {
			q.pronoun = true
		}
	}
	q.quoted = quotedPart(text)
	q.dateKinds = dateKinds(q.folds)
	if c := countedNoun(q.folds); c != "" {
		q.counted = m.an.Stem(c)
	}

	// Content words, with the names they form. An English question's
	// words are translated phrase by phrase first.
	translated := map[int]bool{}
	if q.english {
		folds := make([]string, len(toks))
		for i, t := range toks {
			folds[i] = t.Fold
		}
		for _, tr := range m.lang.lex.TranslateEnglish(folds) {
			if m.lang.englishStop(tr.English) {
				continue
			}
			for k := tr.First; k <= tr.Last; k++ {
				translated[k] = true
			}
			if qt := m.translation(tr, startsUpper(toks[tr.First].Text) && tr.First > 0); len(qt.stems) > 0 {
				q.terms = append(q.terms, qt)
			}
		}
	}
	for i, t := range toks {
		if translated[i] || t.Kind == french.Elision || t.Kind == french.Clitic || !french.IsContent(t.Fold) || isAnaphor(t.Fold) {
			continue
		}
		if q.english && m.lang.englishStop(t.Fold) {
			continue
		}
		qt := m.expand(q, t, i == 0)
		qt.pos = i
		q.terms = append(q.terms, qt)
	}
	m.expandPhrases(q)
	if q.expect == expectQuote {
		// "Qu'a dit X": the speech verb frames the question; the
		// answer may be introduced by any other verb.
		q.terms = slices.DeleteFunc(q.terms, func(t qterm) bool { return speechVerb(t.fold) })
	}
	m.findNames(q, toks)
	return q
}

// alt is one stem that may stand for a question word, with the index's
// number for it (-1 when no article holds it) and its weight.
type alt struct {
	Stem   string
	ID     int32
	Weight float64
}

// addStem adds a stem as an alternative of the question word, keeping the
// highest weight when it is there already.
func (m *Matcher) addStem(qt *qterm, stem string, w float64) {
	if stem == "" {
		return
	}
	for i, s := range qt.stems {
		if s.Stem == stem {
			qt.stems[i].Weight = max(s.Weight, w)
			return
		}
	}
	id, ok := m.base.TermID(stem)
	if !ok {
		id = -1
	}
	qt.stems = append(qt.stems, alt{Stem: stem, ID: id, Weight: w})
}

// translation builds the question word of an English word or phrase from
// its French translations; a name or a word French shares ("internet",
// "G8") keeps its own form too.
func (m *Matcher) translation(tr french.Translation, capital bool) qterm {
	qt := qterm{fold: tr.English, cap: capital, pos: -1}
	for _, fr := range tr.French {
		for _, w := range strings.Fields(fr) {
			if french.IsContent(w) {
				m.addStem(&qt, m.an.Stem(w), 1)
			}
		}
	}
	if !strings.Contains(tr.English, " ") && m.base.HasStem(m.an.Stem(tr.English)) {
		m.addStem(&qt, m.an.Stem(tr.English), 1)
	}
	m.finishTerm(&qt)
	return qt
}

// expand builds the alternatives of one question word: itself, a spelling
// correction when the corpus does not know it, synonyms and derivations.
func (m *Matcher) expand(q *question, t french.Token, first bool) qterm {
	qt := qterm{fold: t.Fold, cap: !first && startsUpper(t.Text)}
	stem := m.an.Stem(t.Fold)
	direct := m.base.WordCount(t.Fold) > 0 || m.base.HasStem(stem)
	m.addStem(&qt, stem, 1)
	if !direct {
		if c, ok := q.correct(m, t.Fold); ok && c != t.Fold {
			m.addStem(&qt, m.an.Stem(c), 0.9)
		}
	}
	m.finishTerm(&qt)
	return qt
}

// refer makes a follow-up that names no one ("Et qu'a-t-il dit d'autre ?")
// about the conversation's focus, as if the question named it.
func (m *Matcher) refer(q *question, conv *Conversation) {
	if !q.pronoun || !conv.active() || conv.focus == nil || slices.Contains(q.names, conv.focus) {
		return
	}
	e := conv.focus
	q.names = append(q.names, e)
	qt := qterm{fold: foldName(e.Name), ent: e, pos: -1, cap: true}
	for _, t := range m.an.Analyze(e.Name) {
		if !t.Part {
			m.addStem(&qt, t.Stem, 0.7)
		}
	}
	m.weigh(&qt)
	q.terms = append(q.terms, qt)
}

// expandPhrases gives the words of a multi-word expression the question
// uses ("chef de l'État", "prendre part") the alternatives the lexicon
// relates to the expression as a whole ("président", "participer").
func (m *Matcher) expandPhrases(q *question) {
	if m.lang.lex == nil {
		return
	}
	for i := range q.terms {
		for n := 3; n >= 2; n-- {
			if i+n > len(q.terms) {
				continue
			}
			run := q.terms[i : i+n]
			if run[0].pos < 0 || run[n-1].pos-run[0].pos > 2*(n-1)+1 {
				continue
			}
			stems := make([]string, n)
			for k, t := range run {
				stems[k] = m.an.Stem(t.fold)
			}
			rel := m.lang.lex.Related(strings.Join(stems, " "))
			if len(rel) == 0 {
				continue
			}
			for k := range run {
				for _, r := range rel {
					for _, st := range strings.Fields(r) {
						if m.base.HasStem(st) {
							m.addStem(&run[k], st, 0.6)
						}
					}
				}
				m.weigh(&run[k])
			}
			break
		}
	}
}

// finishTerm adds the synonyms of the word's forms and weighs it.
func (m *Matcher) finishTerm(qt *qterm) {
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
					m.addStem(qt, rel, 0.6*qt.stems[i].Weight)
				}
			}
		}
	}
	m.weigh(qt)
}

// weigh sets how much the word says: its best known alternative's IDF.
func (m *Matcher) weigh(qt *qterm) {
	qt.known, qt.weight = false, 0
	for i := range qt.stems {
		if qt.stems[i].ID >= 0 {
			qt.known = true
			if w := m.base.IDF(qt.stems[i].Stem) * qt.stems[i].Weight; w > qt.weight {
				qt.weight = w
			}
		}
	}
	if !qt.known {
		// An unknown word still counts against coverage: the articles
		// do not speak of it. A name weighs like the rarest word; a
		// lower-case word may be a form of a common verb ("prendra")
		// the articles write otherwise, and weighs less.
		qt.weight = m.maxIDF
		if !qt.cap {
			qt.weight = 0.5 * m.maxIDF
		}
	}
}

// knownTerm reports whether the corpus knows the question word folded as
// fold, itself or through an alternative ("Royaume-Uni" → "britannique").
func (m *Matcher) knownTerm(q *question, fold string) bool {
	for _, t := range q.terms {
		if t.fold == fold {
			return t.known
		}
	}
	return false
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
				if c, ok := q.correct(m, toks[i].Fold); ok {
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
		if t.Kind == french.Number && m.base.WordCount(t.Fold) == 0 {
			flush()
			q.unknown = append(q.unknown, t.Text)
			continue
		}
		capital := i > 0 && startsUpper(t.Text) && !french.IsStopWord(t.Fold) && !questionWord(t.Fold)
		if !capital {
			flush()
			continue
		}
		if q.english && m.lang.lex.EnglishToFrench(t.Fold) != nil {
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
		run = append(run, t.Text)
	}
	flush()
}

func (m *Matcher) markName(q *question, fold string, e *knowledge.Entity) {
	for i := range q.terms {
		if q.terms[i].fold == fold && q.terms[i].ent == nil {
			q.terms[i].ent = e
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
