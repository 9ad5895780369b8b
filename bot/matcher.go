package bot

import "github.com/citebot/citebot/knowledge"

// Matcher turns a question into an Answer with citations, or abstains.
type Matcher struct {
	base *knowledge.Base
}

// NewMatcher prepares a matcher over base.
func NewMatcher(base *knowledge.Base) *Matcher { return &Matcher{base: base} }

// Answer is the matcher's verdict on one question.
type Answer struct {
	Answered   bool
	Short      string
	Confidence float64
	Sentences  []*knowledge.Sentence
	Text       string
}

// Conversation is the context a follow-up question refers to.
type Conversation struct{}

// Answer answers q in the context of conv (nil for a fresh question).
// PLACEHOLDER: the matcher is being written.
func (m *Matcher) Answer(q string, conv *Conversation) Answer {
	return Answer{Text: "Les articles ne répondent pas à cette question."}
}

// Reply renders the answer as a neutral Reply.
func (a Answer) Reply() Reply {
	k := KindAbstain
	if a.Answered {
		k = KindAnswer
	}
	r := Reply{Kind: k, Answered: a.Answered, Answer: a.Short, Text: a.Text, Body: a.Text, Confidence: a.Confidence, Citations: []Citation{}}
	return r
}
