package bot

import (
	"github.com/citebot/citebot/knowledge"
)

// Conversation is what a follow-up question may refer to: the article the
// conversation is about, the sentences already cited, and the person or
// thing in focus ("il", "elle", "lui").
type Conversation struct {
	turns   int
	article *knowledge.Article
	last    []*knowledge.Sentence
	focus   *knowledge.Entity
	cited   map[int]bool
	// more are the further sources of the last answer, for "/plus".
	more []*knowledge.Sentence
}

// active reports whether the conversation has a previous answer to refer
// to.
func (c *Conversation) active() bool { return c != nil && c.turns > 0 && c.article != nil }

// distance counts the sentences between s and the last cited sentence in
// the same article (a large number when there is none).
func (c *Conversation) distance(s *knowledge.Sentence) int {
	best := 1 << 30
	for _, l := range c.last {
		if l.Article != s.Article {
			continue
		}
		d := s.ID - l.ID
		if d < 0 {
			d = -d
		}
		best = min(best, d)
	}
	return best
}

// remember records an answer so that the next question can refer to it.
func (c *Conversation) remember(a Answer) {
	c.turns++
	if !a.Answered {
		return
	}
	if c.cited == nil {
		c.cited = map[int]bool{}
	}
	c.article = a.Sentences[0].Article
	c.last = a.Sentences
	for _, s := range a.Sentences {
		c.cited[s.ID] = true
	}
	c.more = a.More
	c.focus = nextFocus(c.focus, a)
}

// nextFocus is who or what the conversation is about after answer a: the
// person an answer names when the question asked for one, else the
// person or thing a fresh question names; a follow-up keeps the focus.
func nextFocus(focus *knowledge.Entity, a Answer) *knowledge.Entity {
	q := a.q
	if q == nil {
		return focus
	}
	switch {
	case a.Focus != nil && (q.expect == expectPerson || q.expect == expectHuman || q.expect == expectSpeaker || q.expect == expectOrg):
		return a.Focus
	case q.pronoun:
		return focus
	case len(q.names) > 0 && q.names[0].Kind == knowledge.Person:
		return q.names[0]
	case a.Focus != nil:
		return a.Focus
	case len(q.names) > 0:
		return q.names[0]
	}
	return focus
}
