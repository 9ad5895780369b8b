package match

import "github.com/citebot/citebot/knowledge"

// Context is what a follow-up question may refer to: the conversation's
// previous answers, as the bot remembers them. The zero value (or nil) is
// a fresh conversation.
type Context struct {
	// Article is the article the last answer cited (nil: none yet).
	Article *knowledge.Article
	// Last are the sentences the last answer cited.
	Last []*knowledge.Sentence
	// Focus is the person or thing in focus ("il", "elle", "lui").
	Focus *knowledge.Entity
	// Cited holds the IDs of the sentences cited so far.
	Cited map[int]bool
	// Question is the last question asked, as Answer.Question gives it:
	// what an elliptical follow-up (« Et Cameron ? ») asks again.
	Question string
}

// active reports whether the conversation has a previous answer to refer
// to.
func (c *Context) active() bool { return c != nil && c.Article != nil }

// distance counts the sentences between s and the last cited sentence in
// the same article (a large number when there is none).
func (c *Context) distance(s *knowledge.Sentence) int {
	best := 1 << 30
	for _, l := range c.Last {
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
