package bot

import (
	"slices"

	"github.com/citebot/citebot/bot/match"
	"github.com/citebot/citebot/knowledge"
)

// conversation is what the bot remembers of one conversation while it
// answers a message: the matcher's context (the article, the sentences
// cited, the focus) and the further sources of the last answer. Between
// messages it is kept in the Store as a ConversationState.
type conversation struct {
	turns int
	ctx   match.Context
	// citedOrder holds the cited sentences oldest first, for forgetting
	// beyond maxCited.
	citedOrder []*knowledge.Sentence
	// more are the further sources of the last answer, for "/plus".
	more []*knowledge.Sentence
	// entry is the session entry of the last answer, for "/bien".
	entry int64
}

// remember records an answer so that the next question can refer to it.
func (c *conversation) remember(a match.Answer) {
	c.turns++
	// An elliptical follow-up (« Et Cameron ? ») asks this question
	// again, answered or not.
	c.ctx.Question = a.Question
	if !a.Answered {
		// "/plus" is about the last reply: an abstention has no
		// further sources, whatever the answer before it had. The
		// context stays, for a follow-up on that answer.
		c.more = nil
		return
	}
	if a.Overview || (a.Mentioning || a.Listing != match.NoListing) && !oneArticle(a.Sentences) {
		// All the articles' openings, the people they all quote or the
		// places they name, the articles that speak of something: the
		// conversation is about no one of them, and stays what it was.
		c.more = nil
		return
	}
	if len(a.Headings) > 0 {
		// A line printed apart from the text: the conversation is
		// about its article, and no sentence was cited.
		c.ctx.Article, c.ctx.Last, c.more = a.HeadingOf, nil, nil
		return
	}
	c.ctx.Article = a.Sentences[0].Article
	c.ctx.Last = a.Sentences
	for _, s := range a.Sentences {
		c.cite(s)
	}
	c.more = a.More
	c.ctx.Focus = a.Focus
}

// cite records that s was cited, forgetting the oldest citation beyond
// maxCited.
func (c *conversation) cite(s *knowledge.Sentence) {
	if c.ctx.Cited == nil {
		c.ctx.Cited = map[int]bool{}
	}
	if c.ctx.Cited[s.ID] {
		return
	}
	c.ctx.Cited[s.ID] = true
	c.citedOrder = append(c.citedOrder, s)
	if len(c.citedOrder) > maxCited {
		delete(c.ctx.Cited, c.citedOrder[0].ID)
		c.citedOrder = slices.Delete(c.citedOrder, 0, 1)
	}
}

// state is the conversation as a Store keeps it.
func (c *conversation) state(base *knowledge.Base) ConversationState {
	st := ConversationState{
		Turns:    c.turns,
		Last:     sentenceRefs(c.ctx.Last),
		Cited:    sentenceRefs(c.citedOrder),
		More:     sentenceRefs(c.more),
		Entry:    c.entry,
		Question: c.ctx.Question,
	}
	if c.ctx.Article != nil {
		st.Article = c.ctx.Article.ID
	}
	if f := c.ctx.Focus; f != nil {
		st.Focus = &EntityRef{Article: entityArticle(base, f), Name: f.Name}
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
func restoreConversation(base *knowledge.Base, st ConversationState) *conversation {
	c := &conversation{
		turns: st.Turns,
		ctx: match.Context{
			Article:  base.Article(st.Article),
			Last:     resolveSentences(base, st.Last),
			Question: st.Question,
		},
		more:  resolveSentences(base, st.More),
		entry: st.Entry,
	}
	for _, s := range resolveSentences(base, st.Cited) {
		c.cite(s)
	}
	if st.Focus != nil {
		c.ctx.Focus = resolveEntity(base, *st.Focus)
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

// oneArticle reports whether the sentences are all of one article.
func oneArticle(ss []*knowledge.Sentence) bool {
	for _, s := range ss {
		if s.Article != ss[0].Article {
			return false
		}
	}
	return true
}
