package web

import (
	"strings"
	"unicode/utf8"

	"github.com/citebot/citebot/bot"
)

// The views are what the templates read: plain strings and numbers, every
// one of them escaped by html/template where it is written.

// askView is the ask page.
type askView struct {
	Title, Nav string
	Articles   int
	Turns      []turnView
	Token      string
	// Draft refills the question box when a question could not be sent.
	Draft string
	// Notice says why the last form was not acted on.
	Notice string
	// MaxQuestion is the question box's maxlength.
	MaxQuestion int
	// Class is the class session the browser joined, if any.
	Class *classBanner
}

// classBanner tells a student that their questions go to the class board.
type classBanner struct{ Code, Title string }

// turnView is one question and its reply.
type turnView struct {
	N        int
	Question string
	Kind     string
	Short    string
	// Unsure labels the short answer as one the bot is not sure of.
	Unsure bool
	// Body is shown unless it only restates the short answer.
	Body      string
	ShowBody  bool
	Citations []citationView
	// More is the "Plus de sources" action, offered on the latest turn only.
	More *bot.Action
	// Votes are the feedback actions (👍, 👎) the bot offers when it
	// recorded the answer in a classroom session; Vote is the label the
	// reader chose, Note the bot's reply to it.
	Votes      []voteView
	Vote, Note string
	Token      string
}

// citationView is one cited sentence, the short answer marked inside it.
type citationView struct {
	Href                string
	Title               string
	Place               string // « paragraphe 3, phrase 2 », « titre »
	Before, Mark, After string
	Speaker             string
}

func (s *Site) turnView(t turn, latest bool, token string) turnView {
	r := t.Reply
	v := turnView{
		N:        t.N,
		Question: t.Question,
		Kind:     string(r.Kind),
		Short:    r.Answer,
		Unsure:   r.Unsure,
		Body:     r.Body,
		Token:    token,
		Vote:     t.Vote,
		Note:     t.Note,
	}
	if v.Kind == "" {
		v.Kind = string(bot.KindInfo)
	}
	if v.Body == "" {
		v.Body = r.Text
	}
	// An unsure short answer's body says it again, unsure: the label
	// says that.
	v.ShowBody = v.Short == "" || !restates(strings.TrimPrefix(v.Body, bot.UnsurePrefix), v.Short)
	for _, c := range r.Citations {
		title := c.Title
		if title == "" {
			title = c.Article
		}
		cv := citationView{
			Href:  citationURL(c),
			Title: title, Place: c.Place("paragraphe"),
			Before: c.Quote, Speaker: c.Speaker,
		}
		if r.Answer != "" {
			if i := strings.Index(c.Quote, r.Answer); i >= 0 {
				cv.Before, cv.Mark, cv.After = c.Quote[:i], r.Answer, c.Quote[i+len(r.Answer):]
			}
		}
		v.Citations = append(v.Citations, cv)
	}
	for _, a := range r.Actions {
		switch {
		case a.Command != moreCommand:
			v.Votes = append(v.Votes, voteView{Action: a, Word: voteWord(a.Command)})
		case latest:
			v.More = &a
		}
	}
	return v
}

// clip shortens s to at most n runes, marking the cut with an ellipsis.
func clip(s string, n int) string {
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	r := []rune(s)
	return strings.TrimRight(string(r[:n]), " ") + "…"
}

// errorView is a page that only says what went wrong.
type errorView struct {
	Title, Nav string
	Message    string
}

// voteView is a feedback button: the bot's label (👍) and, so that it
// reads without an emoji font or to a screen reader, a word.
type voteView struct {
	bot.Action
	Word string
}

// voteWord names the bot's feedback commands (/bien 12, /faux 12).
func voteWord(cmd string) string {
	name, _, _ := strings.Cut(cmd, " ")
	switch name {
	case "/bien":
		return "Utile"
	case "/faux":
		return "Pas utile"
	}
	return ""
}

// restates reports whether a reply's body only says its short answer
// again ("Joe Biden.", "« Non merci »").
func restates(body, short string) bool {
	trim := func(s string) string {
		return strings.ToLower(strings.Trim(s, " \u00a0\u202f.«»\"“”"))
	}
	return trim(body) == trim(short)
}
