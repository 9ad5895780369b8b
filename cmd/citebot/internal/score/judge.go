package score

import (
	"fmt"
	"strings"
	"unicode/utf8"
)

// MaxQuote is the longest quote, in characters, that can be right.
const MaxQuote = 600

// Gold is one gold question (shared/eval/README.md, "Gold record format").
type Gold struct {
	ID       string `json:"id"`
	Question string `json:"question"`
	// Article is the gold article's id prefix; nil means the articles do
	// not answer the question (out of scope).
	Article  *string  `json:"article"`
	Evidence string   `json:"evidence"`
	Answer   []string `json:"answer"`
	Type     *string  `json:"type"`
	Variant  *string  `json:"variant"`
	// FollowupOf names the question this one follows in a conversation.
	FollowupOf string `json:"followup_of"`
}

// Conversation is the conversation id score.py's batch_input sends: the
// question followed, or the question's own id.
func (g Gold) Conversation() string {
	if g.FollowupOf != "" {
		return g.FollowupOf
	}
	return g.ID
}

// Prediction is the part of one answer line that scoring reads.
type Prediction struct {
	Answered  bool
	Answer    string
	Text      string
	Citations []Citation
	// Confidence is the reply's confidence, for the reliability table
	// (score.py does not read it).
	Confidence float64
}

// Citation is the part of a citation that scoring reads.
type Citation struct {
	Article string
	Quote   string
}

// Verdict is the judgement on one answer.
type Verdict string

// The verdicts, as score.py names them.
const (
	Right     Verdict = "right"
	Wrong     Verdict = "wrong"
	Abstained Verdict = "abstained"
	Misquote  Verdict = "misquote"
	Missing   Verdict = "missing"
)

// Judge is score.py's judge: the verdict on prediction p (nil when there is
// none) for gold g, and why. corpus maps article ids to their squashed text.
func Judge(g Gold, p *Prediction, corpus map[string]string) (Verdict, string) {
	if p == nil {
		return Missing, "no prediction with this id"
	}
	if g.Article == nil {
		if !p.Answered {
			return Right, "abstained"
		}
		return Wrong, "answered an out-of-scope question"
	}
	if !p.Answered {
		return Abstained, "abstained on an answerable question"
	}
	if len(p.Citations) == 0 {
		return Wrong, "answered without a citation"
	}
	c := p.Citations[0]
	if utf8.RuneCountInString(c.Quote) > MaxQuote {
		return Wrong, fmt.Sprintf("quote longer than %d characters", MaxQuote)
	}
	src, ok := corpus[c.Article]
	if !ok || !strings.Contains(src, Squash(c.Quote)) {
		return Misquote, fmt.Sprintf("quote not found verbatim in article %s", pyRepr(c.Article))
	}
	if !strings.HasPrefix(c.Article, *g.Article) {
		return Wrong, fmt.Sprintf("cited article %s, gold %s", c.Article, *g.Article)
	}
	if ok, why := Supports(g, c.Quote); !ok {
		return Wrong, why
	}
	return Right, ""
}

// Supports is the part of Judge that reads the quote alone, for a quote
// known to stand in g's article: whether it holds the gold evidence or a
// gold answer, and if not why.
func Supports(g Gold, quote string) (bool, string) {
	if g.Evidence != "" {
		cov := Coverage(g.Evidence, quote)
		if cov >= 0.6 {
			return true, ""
		}
		return false, fmt.Sprintf("evidence coverage %.2f", cov)
	}
	if len(g.Answer) > 0 {
		for _, a := range g.Answer {
			if Contains(quote, a) {
				return true, ""
			}
		}
		return false, "no gold answer in quote"
	}
	return true, ""
}

// ShortAnswerHit is score.py's short_answer_hit: the prediction's short
// answer and a gold answer contain one another.
func ShortAnswerHit(g Gold, p *Prediction) bool {
	if len(g.Answer) == 0 || p == nil || !p.Answered {
		return false
	}
	if len(NormTokens(p.Answer)) == 0 {
		return false
	}
	for _, a := range g.Answer {
		if Contains(p.Answer, a) || Contains(a, p.Answer) {
			return true
		}
	}
	return false
}

// pyRepr quotes s the way Python's %r does for ordinary strings.
func pyRepr(s string) string {
	if strings.Contains(s, "'") && !strings.Contains(s, `"`) {
		return `"` + s + `"`
	}
	return "'" + strings.ReplaceAll(strings.ReplaceAll(s, `\`, `\\`), "'", `\'`) + "'"
}
