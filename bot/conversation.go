package bot

import (
	"slices"

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
	// cited holds the IDs of the sentences cited so far; citedOrder
	// holds them oldest first, for forgetting beyond maxCited.
	cited      map[int]bool
	citedOrder []*knowledge.Sentence
	// more are the further sources of the last answer, for "/plus".
	more []*knowledge.Sentence
	// entry is the session entry of the last answer, for "/bien".
	entry int64
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
	c.article = a.Sentences[0].Article
	c.last = a.Sentences
	for _, s := range a.Sentences {
		c.cite(s)
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

// cite records that s was cited, forgetting the oldest citation beyond
// maxCited.
func (c *Conversation) cite(s *knowledge.Sentence) {
	if c.cited == nil {
		c.cited = map[int]bool{}
	}
	if c.cited[s.ID] {
		return
	}
	c.cited[s.ID] = true
	c.citedOrder = append(c.citedOrder, s)
	if len(c.citedOrder) > maxCited {
		delete(c.cited, c.citedOrder[0].ID)
		c.citedOrder = slices.Delete(c.citedOrder, 0, 1)
	}
}

// state is the conversation as a Store keeps it.
func (c *Conversation) state(base *knowledge.Base) ConversationState {
	st := ConversationState{
		Turns: c.turns,
		Last:  sentenceRefs(c.last),
		Cited: sentenceRefs(c.citedOrder),
		More:  sentenceRefs(c.more),
		Entry: c.entry,
	}
	if c.article != nil {
		st.Article = c.article.ID
	}
	if c.focus != nil {
		st.Focus = &EntityRef{Article: entityArticle(base, c.focus), Name: c.focus.Name}
	}
	return st
}

func sentenceRefs(ss []*knowledge.Sentence) []SentenceRef {
	if len(ss) == 0 {
		return nil
	}
	refs := make([]SentenceRef, len(ss))
	for i, s := range ss {
		refs[i] = SentenceRef{Article: s.Article.ID, Paragraph: s.Paragraph, Sentence: s.N}
	}
	return refs
}

// restoreConversation reads a stored state back against base; what base
// no longer holds is dropped.
func restoreConversation(base *knowledge.Base, st ConversationState) *Conversation {
	c := &Conversation{
		turns:   st.Turns,
		article: base.Article(st.Article),
		last:    resolveSentences(base, st.Last),
		more:    resolveSentences(base, st.More),
		entry:   st.Entry,
	}
	for _, s := range resolveSentences(base, st.Cited) {
		c.cite(s)
	}
	if st.Focus != nil {
		c.focus = resolveEntity(base, *st.Focus)
	}
	return c
}

func resolveSentences(base *knowledge.Base, refs []SentenceRef) []*knowledge.Sentence {
	var out []*knowledge.Sentence
	for _, r := range refs {
		if s := resolveSentence(base, r); s != nil {
			out = append(out, s)
		}
	}
	return out
}

func resolveSentence(base *knowledge.Base, r SentenceRef) *knowledge.Sentence {
	a := base.Article(r.Article)
	if a == nil || r.Paragraph < 1 || r.Paragraph > len(a.Paragraphs) {
		return nil
	}
	p := a.Paragraphs[r.Paragraph-1]
	if r.Sentence < 1 || r.Sentence > len(p.Sentences) {
		return nil
	}
	return p.Sentences[r.Sentence-1]
}

func resolveEntity(base *knowledge.Base, r EntityRef) *knowledge.Entity {
	a := base.Article(r.Article)
	if a == nil {
		return nil
	}
	for i := range a.Entities {
		if a.Entities[i].Name == r.Name {
			return &a.Entities[i]
		}
	}
	return nil
}

// entityArticle returns the ID of the article whose entity e is.
func entityArticle(base *knowledge.Base, e *knowledge.Entity) string {
	if len(e.Mentions) > 0 {
		return e.Mentions[0].Article.ID
	}
	for _, a := range base.Articles {
		for i := range a.Entities {
			if &a.Entities[i] == e {
				return a.ID
			}
		}
	}
	return ""
}
