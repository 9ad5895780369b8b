package telegram

import (
	"context"
	"fmt"
	"strconv"
	"strings"
	"unicode/utf8"

	tgbotapi "github.com/go-telegram-bot-api/telegram-bot-api/v5"

	"github.com/citebot/citebot/bot"
)

// Inline mode: "@ourbot question" typed in any chat shows the answer's
// citations as quote cards; the one picked is sent there, by the user.
const (
	// maxInlineResults is Telegram's cap on the results of one answer.
	maxInlineResults = 50
	// inlineCacheSeconds lets Telegram reuse an answer for the same
	// question a while: the corpus does not change while citebot runs.
	inlineCacheSeconds = 300
	// maxInlineDescription keeps a card's preview line short.
	maxInlineDescription = 200
	// inlineHint and inlineAskPrivately head an unfinished query's empty
	// results; touching them opens a private chat (asking the question
	// typed so far, when it fits a deep link).
	inlineHint         = "Terminez votre question par « ? » — ou touchez ici pour l'aide"
	inlineAskPrivately = "Terminez par « ? » — ou touchez ici pour la poser en privé"
)

// onInline answers an inline query with one quote card per citation of
// the answer, or none when the articles do not answer it. Inline queries
// carry no chat: they queue under their user's id.
func (a *Adapter) onInline(q *tgbotapi.InlineQuery, done func()) bool {
	if q.From == nil {
		done()
		return true
	}
	return a.queue.submit(q.From.ID, func() {
		defer done()
		ctx := context.Background()
		results := []any{}
		cfg := tgbotapi.InlineConfig{InlineQueryID: q.ID, CacheTime: inlineCacheSeconds}
		text := strings.TrimSpace(q.Query)
		if !strings.HasSuffix(text, "?") {
			// Telegram sends a query at each pause in the typing: only a
			// finished question is looked up, so that a user's rate limit
			// is not spent on "Qui", "Qui a", "Qui a dit"…
			cfg.SwitchPMText, cfg.SwitchPMParameter = inlineHint, "aide"
			if p, ok := startPayload(text); ok {
				cfg.SwitchPMText, cfg.SwitchPMParameter = inlineAskPrivately, p
			}
			text = ""
		}
		if text != "" {
			msg := bot.Message{
				Platform:     Platform,
				UserID:       strconv.FormatInt(q.From.ID, 10),
				Conversation: "telegram:inline:" + strconv.FormatInt(q.From.ID, 10),
				Text:         text,
			}
			var r bot.Reply
			a.queue.answering(func() { r = a.opts.Handler.Handle(ctx, msg) })
			if r.Kind == bot.KindAnswer {
				results = quoteCards(r)
			}
		}
		cfg.Results = results
		if _, err := a.request(ctx, cfg, "answerInlineQuery"); err != nil {
			a.log.Warn("telegram: inline query not answered", "err", err)
		}
	})
}

// quoteCards turns an answer's citations into inline results: the card
// shows the article and the quote; picking it sends the quote, its source
// (linked when the article has a URL) and the short answer, or the
// reply's words when the bot is not sure of it, which say so.
func quoteCards(r bot.Reply) []any {
	var out []any
	body := r.Answer
	if r.Unsure {
		body = r.Body
	}
	for i, c := range r.Citations {
		if i == maxInlineResults {
			break
		}
		card := bot.Reply{Kind: bot.KindAnswer, Body: body, Citations: []bot.Citation{c}}
		html := renderHTML(card, MaxMessageLength)
		if len(html) == 0 {
			continue
		}
		title := c.Title
		if title == "" {
			title = c.Article
		}
		res := tgbotapi.NewInlineQueryResultArticleHTML(strconv.Itoa(i), neutralise(title), html[0])
		res.Description = shorten(neutralise(fmt.Sprintf("« %s »", c.Quote)), maxInlineDescription)
		if u := sourceURL(c); u != "" {
			res.URL = u
			res.HideURL = true
		}
		out = append(out, res)
	}
	return out
}

// shorten cuts s to at most n runes, at a word when it can, with "…".
func shorten(s string, n int) string {
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	cut := string([]rune(s)[:n-1])
	if i := strings.LastIndexByte(cut, ' '); i > len(cut)/2 {
		cut = cut[:i]
	}
	return cut + "…"
}
