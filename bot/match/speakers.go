package match

import (
	"slices"
	"strings"

	"github.com/citebot/citebot/knowledge"
	"github.com/citebot/citebot/knowledge/french"
)

// speakerMatch returns the speaker of the sentence's first quotation and
// whether it is someone the question names.
func (m *Matcher) speakerMatch(q *question, s *knowledge.Sentence) (string, bool) {
	in := &m.info[s.ID]
	first := ""
	for _, qu := range in.quotes {
		if first == "" {
			first = qu.Speaker
		}
		if len(q.names) > 0 && m.speakerIs(qu.Speaker, q) {
			return qu.Speaker, true
		}
	}
	if q.quoted != "" {
		for _, qu := range in.quotes {
			if strings.Contains(french.Fold(qu.Text), french.Fold(q.quoted)) {
				return qu.Speaker, true
			}
		}
	}
	return first, false
}

// speakerIs reports whether the speaker is one of the entities the
// question names.
func (m *Matcher) speakerIs(speaker string, q *question) bool {
	if speaker == "" {
		return false
	}
	for _, e := range q.names {
		if speaker == e.Name || slices.Contains(e.Aliases, speaker) {
			return true
		}
	}
	for _, e := range m.names[m.speakerFold[speaker]] {
		if slices.Contains(q.names, e) {
			return true
		}
	}
	return false
}

// entityNamed returns the entity whose name is n, or nil.
func (m *Matcher) entityNamed(n string) *knowledge.Entity {
	if es := m.names[foldName(n)]; len(es) > 0 {
		return es[0]
	}
	return nil
}

// mentions reports whether the sentence names the entity, or refers to it
// with a pronoun subject.
func (m *Matcher) mentions(s *knowledge.Sentence, e *knowledge.Entity) bool {
	if im := m.info[s.ID].implicit; im != nil && (im == e || im.Name == e.Name) {
		return true
	}
	for _, mn := range m.info[s.ID].ents {
		if mn.ent == e || mn.ent.Name == e.Name {
			return true
		}
	}
	return false
}

// neighbours returns the sentences just before and after s in its
// article, across paragraph breaks (a one-sentence paragraph often
// continues the one before).
func (m *Matcher) neighbours(s *knowledge.Sentence) (prev, next *knowledge.Sentence) {
	if s.ID > 0 {
		if p := m.base.Sentences[s.ID-1]; p.Article == s.Article {
			prev = p
		}
	}
	if s.ID+1 < len(m.base.Sentences) {
		if n := m.base.Sentences[s.ID+1]; n.Article == s.Article {
			next = n
		}
	}
	return prev, next
}

// speakerOf returns the speaker of the sentence's first attributed
// quotation, or "".
func (m *Matcher) speakerOf(s *knowledge.Sentence) string {
	for _, q := range m.info[s.ID].quotes {
		if q.Speaker != "" {
			return q.Speaker
		}
	}
	return ""
}
