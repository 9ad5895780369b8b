package telegram

import (
	"context"
	"fmt"
	"strconv"
	"strings"
	"unicode/utf8"

	tgbotapi "github.com/go-telegram-bot-api/telegram-bot-api/v5"

	"github.com/citebot/citebot/bot"
	"github.com/citebot/citebot/quiz"
)

// Telegram's limits on a poll (Bot API sendPoll).
const (
	maxPollQuestion    = 300
	maxPollOption      = 100
	maxPollOptions     = 10
	maxPollExplanation = 200
)

// sendQuiz asks a quiz item: as a native quiz poll, which Telegram scores
// and explains by itself, when the item fits a poll's limits; otherwise as
// a message with one button an option, each answering "/reponse ID N".
func (a *Adapter) sendQuiz(ctx context.Context, out outgoing, r bot.Reply) {
	it := *r.Quiz
	if fitsPoll(it) {
		_, err := a.request(ctx, quizPoll(out, it), "sendPoll")
		if err == nil {
			return
		}
		a.log.Warn("telegram: quiz poll refused, sending buttons instead", "err", err)
	}
	out.markup = quizKeyboard(it)
	a.reportSend(a.sendHTML(ctx, out, renderHTML(r, MaxMessageLength), r.Text))
}

// fitsPoll reports whether an item keeps within a poll's limits.
func fitsPoll(it quiz.Item) bool {
	if utf8.RuneCountInString(it.Question) > maxPollQuestion || len(it.Options) < 2 || len(it.Options) > maxPollOptions {
		return false
	}
	for _, o := range it.Options {
		if utf8.RuneCountInString(o) > maxPollOption {
			return false
		}
	}
	return true
}

// quizPoll is the sendPoll of an item: a quiz with its right option, and
// as explanation (shown once a member answers) the right option and the
// place of the sentence that proves it.
func quizPoll(out outgoing, it quiz.Item) tgbotapi.SendPollConfig {
	p := tgbotapi.NewPoll(out.chat, it.Question, it.Options...)
	p.Type = "quiz"
	p.CorrectOptionID = int64(it.Answer)
	p.Explanation = explanation(it)
	p.ReplyToMessageID = out.replyTo
	p.AllowSendingWithoutReply = true
	return p
}

// explanation names the right option and its source within Telegram's
// 200 characters, with as much of the cited sentence as fits.
func explanation(it quiz.Item) string {
	c := it.Citation
	title := c.Title
	if title == "" {
		title = c.Article
	}
	ref := func(title string) string {
		return fmt.Sprintf("%s — « %s », § %d, phrase %d", it.Options[it.Answer], title, c.Paragraph, c.Sentence)
	}
	s := ref(title)
	if over := utf8.RuneCountInString(s) - maxPollExplanation; over > 0 {
		s = ref(cutRunes(title, utf8.RuneCountInString(title)-over-1) + "…")
	}
	if room := maxPollExplanation - utf8.RuneCountInString(s) - len(" : « … »"); room > 20 {
		s += " : « " + cutRunes(c.Quote, room) + " »"
	}
	return cutRunes(s, maxPollExplanation)
}

// cutRunes keeps at most n runes of s, cut at a space when it must cut,
// and marks the cut with "…".
func cutRunes(s string, n int) string {
	if n <= 0 {
		return ""
	}
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	r := []rune(s)[:n-1]
	cut := string(r)
	if i := strings.LastIndexByte(cut, ' '); i > len(cut)/2 {
		cut = cut[:i]
	}
	return cut + "…"
}

// quizKeyboard has one button an option, in rows of up to four.
func quizKeyboard(it quiz.Item) tgbotapi.InlineKeyboardMarkup {
	var row []tgbotapi.InlineKeyboardButton
	for i := range it.Options {
		n := strconv.Itoa(i + 1)
		row = append(row, tgbotapi.NewInlineKeyboardButtonData(n, "/reponse "+it.ID+" "+n))
	}
	return tgbotapi.NewInlineKeyboardMarkup(row)
}
