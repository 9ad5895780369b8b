package match

import (
	"slices"

	"github.com/citebot/citebot/knowledge"
)

// designated is the person the sentence designates without naming, when
// no name in it answers: the speaker its quotation is attributed to
// (« », a-t-il ajouté »), of a kind asked for and not named by the
// question; nil if none.
func (m *Matcher) designated(q *question, s *knowledge.Sentence, kinds []knowledge.EntityKind) *knowledge.Entity {
	for _, mn := range m.base.Facts(s).Mentions() {
		if mn.Text == "" && slices.Contains(kinds, mn.Entity.Kind) && !q.namesEntity(mn.Entity) {
			return mn.Entity
		}
	}
	return nil
}

// pronounPerson reports a sentence whose pronoun subject stands for a
// person named in the sentence just before (« … William Hague a déclaré
// … Il a proposé … »), other than those the question names. Who it is
// is too uncertain to be a short answer (the last person named is not
// always the antecedent), but such a sentence may answer a question about
// a person.
func (m *Matcher) pronounPerson(q *question, s *knowledge.Sentence) bool {
	e := m.base.Facts(s).Implicit()
	if e == nil || e.Kind != knowledge.Person || q.namesEntity(e) {
		return false
	}
	prev, _ := m.base.Neighbours(s)
	if prev == nil || prev.Article != s.Article {
		return false
	}
	for _, mn := range m.base.Facts(prev).Mentions() {
		if mn.Entity == e && mn.Text != "" {
			return true
		}
	}
	return false
}
