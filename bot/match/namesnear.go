package match

import "github.com/citebot/citebot/knowledge"

// nameNear reports whether every entity the question names is mentioned
// by the sentence, its neighbours in the paragraph, or the article's title,
// or stood for there by a word of the question's name or one of its
// alternatives (« la délégation américaine » for « les États-Unis »).
func (m *Matcher) nameNear(r *ranking, s *knowledge.Sentence) bool {
	q := r.q
	if len(q.names) == 0 {
		return true
	}
	prev, next := m.base.Neighbours(s)
	for i, e := range q.names {
		if i > 0 && e.Name == q.names[i-1].Name {
			// Mentions and Setting go by the name: a copy of the
			// entity before is found or not alike.
			continue
		}
		found := m.base.Mentions(s, e) || m.base.Setting(s.Article, e) ||
			prev != nil && m.base.Mentions(prev, e) || next != nil && m.base.Mentions(next, e) ||
			m.namedBy(r, e, s) || prev != nil && m.namedBy(r, e, prev) || next != nil && m.namedBy(r, e, next)
		if !found {
			return false
		}
	}
	return true
}

// namedBy reports whether the sentence holds a word of the question that
// names e, or one of its alternatives.
func (m *Matcher) namedBy(r *ranking, e *knowledge.Entity, s *knowledge.Sentence) bool {
	here := m.matches(r, s)
	for i, t := range r.q.terms {
		if t.ent != nil && t.ent.Name == e.Name && here[i] > 0 {
			return true
		}
	}
	return false
}
