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
		return m.entityAnswer(r, s, row.entities)
	case row.extract != nil:
		return row.extract(m, r.q, s)
	}
	return "", nil, false
}

// entityAnswer is, of the entities of the kinds asked for that the
// question does not already name, the one nearest the question's words.
func (m *Matcher) entityAnswer(r *ranking, s *knowledge.Sentence, kinds []knowledge.EntityKind) (string, *knowledge.Entity, bool) {
	q := r.q
	in := &m.info[s.ID]
	best, bestDist := -1, 0
	for i, mn := range in.ents {
		if mn.text == "" || !slices.Contains(kinds, mn.ent.Kind) || q.namesEntity(mn.ent) || q.inQuestion(mn.text) {
			continue
		}
		d := m.distanceToQuestion(r, s, strings.Index(s.Text, mn.text))
		if best < 0 || d < bestDist {
			best, bestDist = i, d
		}
	}
	if best >= 0 {
		return in.ents[best].text, in.ents[best].ent, true
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

// dateAnswer is the first date of the precision asked for.
func (m *Matcher) dateAnswer(q *question, s *knowledge.Sentence) (string, *knowledge.Entity, bool) {
	for _, d := range m.info[s.ID].dates {
		if !q.inQuestion(d.Text) && (q.dateKinds == nil || slices.Contains(q.dateKinds, d.Kind)) {
			return d.Text, nil, true
		}
	}
	return "", nil, false
}

// numberAnswer is the number that counts what the question counts, else
// one whose unit shares a word with the question, else the first.
func (m *Matcher) numberAnswer(q *question, s *knowledge.Sentence) (string, *knowledge.Entity, bool) {
	in := &m.info[s.ID]
	if q.counted != "" {
		// "Combien de participants": a number of internautes does not
		// answer. A unit with the counted word itself beats one with a
		// related word.
		var related *knowledge.Number
		for _, n := range in.numbers {
			if q.inQuestion(n.Text) {
				continue
			}
			switch m.countsSame(q, n.Unit) {
			case 2:
				return n.Text, nil, true
			case 1:
				if related == nil {
					related = n
				}
			}
		}
		if related != nil {
			return related.Text, nil, true
		}
		return "", nil, false
	}
	var first *knowledge.Number
	for _, n := range in.numbers {
		if q.inQuestion(n.Text) {
			continue
		}
		if first == nil {
			first = n
		}
		if n.Unit != "" && m.sharesWord(q, n.Unit) {
			return n.Text, nil, true
		}
	}
	if first != nil {
		return first.Text, nil, true
	}
	return "", nil, in.digits && q.counted == ""
}

// durationAnswer is a length of time the sentence states: a number of
// units of time ("trois semaines", "48 heures"), verbatim.
func (m *Matcher) durationAnswer(q *question, s *knowledge.Sentence) (string, *knowledge.Entity, bool) {
	for _, n := range m.info[s.ID].numbers {
		unit, _, _ := strings.Cut(n.Unit, " ")
		if !french.IsTimeUnit(french.Fold(unit)) || q.inQuestion(n.Text) {
			continue
		}
		at := strings.Index(s.Text, n.Text)
		if at < 0 {
			continue
		}
		end := at + len(n.Text)
		if u := strings.Index(s.Text[end:], unit); u >= 0 && strings.TrimSpace(s.Text[end:end+u]) == "" {
			return s.Text[at : end+u+len(unit)], nil, true
		}
	}
	return "", nil, false
}

// quoteAnswer is the first quotation of the person the question names.
func (m *Matcher) quoteAnswer(q *question, s *knowledge.Sentence) (string, *knowledge.Entity, bool) {
	in := &m.info[s.ID]
	for _, qu := range in.quotes {
		if len(q.names) == 0 || m.speakerIs(qu.Speaker, q) {
			return qu.Text, nil, true
		}
	}
	return "", nil, len(in.quotes) > 0
}

// speakerAnswer is the speaker of the sentence's first attributed
// quotation.
func (m *Matcher) speakerAnswer(_ *question, s *knowledge.Sentence) (string, *knowledge.Entity, bool) {
	for _, qu := range m.info[s.ID].quotes {
		if qu.Speaker != "" {
			return qu.Speaker, m.entityNamed(qu.Speaker), true
		}
	}
	return "", nil, false
}

// roleAnswer is the role the sentence gives someone the question names.
func (m *Matcher) roleAnswer(q *question, s *knowledge.Sentence) (string, *knowledge.Entity, bool) {
	for _, e := range q.names {
		if len(e.Roles) > 0 && m.mentions(s, e) {
			for _, r := range e.Roles {
				if strings.Contains(s.Text, r) {
					return r, e, true
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
	for _, e := range m.names[foldName(text)] {
		if !slices.Contains(kinds, e.Kind) {
			return true
		}
	}
	return false
}

// countsSame says whether a number's unit counts what the question counts:
// 2 for the same stem, 1 for a related one or a unit the extractor left
// empty, 0 otherwise.
func (m *Matcher) countsSame(q *question, unit string) int {
	if unit == "" {
		return 1
	}
	terms := m.an.Analyze(unit)
	for _, t := range terms {
		if t.Stem == q.counted {
			return 2
		}
	}
	for _, t := range terms {
		if slices.Contains(m.lang.related(q.counted), t.Stem) {
			return 1
		}
	}
	// A translated question counts in French words: compare with its
	// first term's alternatives.
	for _, qt := range q.terms {
		if m.an.Stem(qt.fold) != q.counted {
			continue
		}
		if _, ok := holds(m.termIDs(terms), qt); ok {
			return 1
		}
	}
	return 0
}

// distanceToQuestion is how far, in bytes, the position at in the sentence
// lies from the question's words that the sentence holds: the mean, over
// those words, of the distance to the nearest occurrence. An answer sits
// among the words the question asks about.
func (m *Matcher) distanceToQuestion(r *ranking, s *knowledge.Sentence, at int) int {
	if at < 0 {
		return 1 << 30
	}
	nearest := make([]int, len(r.q.terms))
	for i := range nearest {
		nearest[i] = -1
	}
	for _, t := range m.base.Terms(s) {
		id, ok := m.base.TermID(t.Stem)
		if !ok {
			continue
		}
		d := t.Start - at
		if d < 0 {
			d = -d
		}
		for _, ref := range r.alternativesOf(id) {
			if nearest[ref.term] < 0 || d < nearest[ref.term] {
				nearest[ref.term] = d
			}
		}
	}
	sum, n := 0, 0
	for _, d := range nearest {
		if d >= 0 {
			sum += d
			n++
		}
	}
	if n == 0 {
		return 1 << 30
	}
	return sum / n
}

// sharesWord reports whether text shares a content stem with the question.
func (m *Matcher) sharesWord(q *question, text string) bool {
	for _, t := range m.an.Analyze(text) {
		for _, qt := range q.terms {
			for _, s := range qt.stems {
				if s.Stem == t.Stem {
					return true
				}
			}
		}
	}
	return false
}

// reasonAnswer returns the clause that gives a cause or a purpose.
func (m *Matcher) reasonAnswer(_ *question, s *knowledge.Sentence) (string, *knowledge.Entity, bool) {
	text := s.Text
	for _, cue := range []string{"parce qu", "car ", "afin d", "pour que", "en raison d", "à cause d", "grâce à", "puisqu", "dans le but d", "pour "} {
		i := strings.Index(text, cue)
		if i < 0 {
			i = strings.Index(text, french.UpperFirst(cue))
		}
		if i >= 0 {
			span := strings.TrimSpace(text[i:])
			span = strings.TrimRight(span, ".!?… ")
			return span, nil, true
		}
	}
	return "", nil, false
}
