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
	in := m.base.Facts(s)
	first := ""
	for _, qu := range in.Quotes() {
		if first == "" {
			first = qu.Speaker
		}
		if len(q.names) > 0 && m.speakerIs(qu.Speaker, q) {
			return qu.Speaker, true
		}
	}
	if q.quoted != "" {
		for _, qu := range in.Quotes() {
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
	for _, e := range m.base.SpeakerEntities(speaker) {
		if q.hasName(e) {
			return true
		}
	}
	return false
}

// entityNamed returns the entity whose name is n, or nil.
func (m *Matcher) entityNamed(n string) *knowledge.Entity {
	if es := m.base.EntitiesNamed(knowledge.FoldName(n)); len(es) > 0 {
		return es[0]
	}
	return nil
}

// SpeakerOf returns the speaker of the sentence's first attributed
// quotation, or "".
func (m *Matcher) SpeakerOf(s *knowledge.Sentence) string {
	for _, q := range m.base.Facts(s).Quotes() {
		if q.Speaker != "" {
			return q.Speaker
		}
	}
	return ""
}
