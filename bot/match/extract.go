package match

import (
	"slices"
	"strings"

	"github.com/citebot/citebot/knowledge"
	"github.com/citebot/citebot/knowledge/french"
)

// extract finds the short answer of the kind asked for in the sentence.
// It returns the answer's words (verbatim from the sentence), the entity
// it designates when there is one, and whether the sentence holds an
// answer of that kind at all.
func (m *Matcher) extract(r *ranking, s *knowledge.Sentence) (string, *knowledge.Entity, bool) {
	row := r.q.kind.row()
	switch {
	case row.entities != nil:
		return m.entityAnswer(r, s, row.entities, row.firstKind)
	case row.extract != nil:
		return row.extract(m, r.q, s)
	}
	return "", nil, false
}

// entityAnswer is, of the entities of the kinds asked for that the
// question does not already name, the one nearest the question's words.
func (m *Matcher) entityAnswer(r *ranking, s *knowledge.Sentence, kinds []knowledge.EntityKind, firstKind bool) (string, *knowledge.Entity, bool) {
	q := r.q
	if best, ok := m.nearestEntity(r, s, kinds, firstKind); ok {
		return best.Text, best.Entity, true
	}
	if e := m.designated(q, s, kinds); e != nil {
		return e.Name, e, true
	}
	if len(s.Article.Entities) > 0 {
		// The extractor read this article: a capitalised word it did
		// not take for a name is none.
		return "", nil, false
	}
	for _, c := range capitalRuns(s.Text, m.base.Terms(s)) {
		if q.inQuestion(c) || m.knownOtherKind(c, kinds) || !m.nameLike(c) {
			continue
		}
		return c, nil, true
	}
	return "", nil, false
}

// dateAnswer is the first date of the precision asked for, a relative
// one (« aujourd'hui », « ce lundi ») only when the sentence has no other
// (rivals): in an encyclopedia « aujourd'hui » is no date of the event.
func (m *Matcher) dateAnswer(q *question, s *knowledge.Sentence) (string, *knowledge.Entity, bool) {
	if ds := m.rivals(q, s, ""); len(ds) > 0 {
		return ds[0], nil, true
	}
	if p := m.eventPhrase(q, s); p != "" {
		return p, nil, true
	}
	return "", nil, false
}

// quoteAnswer is the first quotation of the person the question names.
func (m *Matcher) quoteAnswer(q *question, s *knowledge.Sentence) (string, *knowledge.Entity, bool) {
	in := m.base.Facts(s)
	for _, qu := range in.Quotes() {
		if len(q.names) == 0 || m.speakerIs(qu.Speaker, q) {
			return qu.Text, nil, true
		}
	}
	return "", nil, len(in.Quotes()) > 0
}

// speakerAnswer is the speaker of the sentence's first attributed
// quotation.
func (m *Matcher) speakerAnswer(_ *question, s *knowledge.Sentence) (string, *knowledge.Entity, bool) {
	for _, qu := range m.base.Facts(s).Quotes() {
		if qu.Speaker != "" {
			return qu.Speaker, m.entityNamed(qu.Speaker), true
		}
	}
	return "", nil, false
}

// roleAnswer is the role the sentence gives someone the question names.
func (m *Matcher) roleAnswer(q *question, s *knowledge.Sentence) (string, *knowledge.Entity, bool) {
	for _, e := range q.names {
		if len(e.Roles) > 0 && m.base.Mentions(s, e) {
			for _, r := range e.Roles {
				// The role's spaces are plain, the sentence's may be
				// no-break ones (« chercheur pour\u00a0Amnesty »).
				if at, end := spacedIndex(s.Text, r); at >= 0 && !q.inQuestion(r) {
					return s.Text[at:end], e, true // not « d'Intel » for « … chez Intel ? »
				}
			}
		}
	}
	if len(q.names) > 0 {
		return "", q.names[0], false
	}
	return "", nil, false
}

// nameLike reports whether a capitalised run looks like a name: one of
// its words is never written in lower case in the corpus ("Premier",
// "État" and "Internet" are, "Cameron" is not).
func (m *Matcher) nameLike(run string) bool {
	for _, t := range french.Tokenize(run) {
		if t.Kind == french.Word && french.IsContent(t.Fold) && !m.base.CommonWord(t.Fold) {
			return true
		}
	}
	return false
}

// knownOtherKind reports a capitalised run that the extractor knows as an
// entity of another kind (a place is no answer to "qui").
func (m *Matcher) knownOtherKind(text string, kinds []knowledge.EntityKind) bool {
	for _, e := range m.base.EntitiesNamed(knowledge.FoldName(text)) {
		if !slices.Contains(kinds, e.Kind) {
			return true
		}
	}
	return false
}

// stemsOf are the stems of a text's terms (Analyze's), in order: the
// texts are the articles' numbers' units, read for each candidate of
// each question, so they are remembered.
func (m *Matcher) stemsOf(text string) []string {
	if stems, ok := m.words.stems.get(text); ok {
		return stems
	}
	terms := m.an.Analyze(text)
	stems := make([]string, len(terms))
	for i, t := range terms {
		stems[i] = t.Stem
	}
	m.words.stems.put(text, stems)
	return stems
}

// sharesWord reports whether text shares a content stem with the question.
func (m *Matcher) sharesWord(q *question, text string) bool {
	for _, st := range m.stemsOf(text) {
		for _, qt := range q.terms {
			for _, s := range qt.stems {
				if s.Stem == st {
					return true
				}
			}
		}
	}
	return false
}

// reasonCues introduce a cause or a purpose, each as written inside a
// sentence and at its start (french.UpperFirst of it; TestReasonCues).
var reasonCues = [][2]string{
	{"parce qu", "Parce qu"}, {"car ", "Car "}, {"afin d", "Afin d"}, {"pour que", "Pour que"},
	{"en raison d", "En raison d"}, {"à cause d", "À cause d"}, {"grâce à", "Grâce à"},
	{"puisqu", "Puisqu"}, {"dans le but d", "Dans le but d"}, {"faute d", "Faute d"}, {"du fait d", "Du fait d"},
	{"au motif", "Au motif"}, {"de par ", "De par "}, {"suite à", "Suite à"}, {"suite au", "Suite au"}, {"pour ", "Pour "},
}

// reasonAnswer returns the clause that gives a cause or a purpose.
func (m *Matcher) reasonAnswer(_ *question, s *knowledge.Sentence) (string, *knowledge.Entity, bool) {
	text := s.Text
	for _, cue := range reasonCues {
		i := strings.Index(text, cue[0])
		if i < 0 {
			i = strings.Index(text, cue[1])
		}
		if i >= 0 {
			span := strings.TrimSpace(clauseOf(text[i:]))
			if strings.TrimSpace(text[:i]) == "" {
				// « Suite au retard …, la pause … »: a cause
				// the sentence opens with ends at its comma.
				span = beforeComma(span)
			}
			span = strings.TrimRight(span, ".!?…, ")
			return span, nil, true
		}
	}
	return "", nil, false
}

// capitalRuns returns the runs of capitalised words of a sentence (joined
// by name glue such as "de la"), except a run that is only the sentence's
// first word, capitalised by grammar rather than as a name. It reads the
// index's terms, so it costs no new tokenisation.
func capitalRuns(text string, terms []french.Term) []string {
	var runs []string
	start, end := -1, -1
	flush := func() {
		if start >= 0 {
			runs = append(runs, text[start:end])
		}
		start = -1
	}
	for _, t := range terms {
		if t.Part {
			continue
		}
		if !t.ProperNoun() {
			flush()
			continue
		}
		if start >= 0 && !glueOnly(text[end:t.Start]) {
			flush()
		}
		if start < 0 {
			start = t.Start
		}
		end = t.End
	}
	flush()
	return runs
}

// glueOnly reports whether the text between two capitalised words can sit
// inside one name ("Bureau de l'Information", "Jean de La Fontaine").
func glueOnly(gap string) bool {
	for _, w := range strings.Fields(gap) {
		for _, part := range strings.Split(strings.ReplaceAll(w, "’", "'"), "'") {
			if part != "" && !isNameGlue(strings.ToLower(part)) {
				return false
			}
		}
	}
	return true
}

// isNameGlue is a lower-case word that can sit inside a name ("Bureau de
// l'Information", "Jean de La Fontaine").
func isNameGlue(fold string) bool { return matchWords.nameGlue.Has(fold) }

// inDateline reports whether the byte at lies inside the parenthesis of
// a dateline ("PARIS, 12 novembre (Reuters) - …"): the agency that sent
// the dispatch is not who or what its sentence is about.
func inDateline(text string, at int) bool {
	if at < 0 {
		return false
	}
	open := strings.LastIndex(text[:at], "(")
	if open < 0 || strings.Contains(text[open:at], ")") {
		return false
	}
	end := strings.Index(text[at:], ")")
	if end < 0 {
		return false
	}
	after := strings.TrimSpace(text[at+end+1:])
	return strings.HasPrefix(after, "-") || strings.HasPrefix(after, "–") || strings.HasPrefix(after, "—")
}
