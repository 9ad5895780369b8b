package telegram

import (
	"context"
	"encoding/json"
	"fmt"
	"log/slog"
	"strconv"
	"strings"
	"sync"
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
		p := quizPoll(out, it)
		// A session's poll names who voted, to the bot (poll_answer) and
		// to the class: the session records each student's answer.
		p.IsAnonymous = r.Session == ""
		resp, err := a.request(ctx, p, "sendPoll")
		if err == nil {
			if r.Session != "" {
				a.polls.remember(resp, it.ID, a.log)
			}
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

// isQuizAnswer reports whether a button's command answers a quiz item.
func isQuizAnswer(data string) bool { return strings.HasPrefix(data, "/reponse ") }

// maxPolls bounds the session quiz polls whose votes are remembered: a
// class answers a poll within minutes, and few are asked in an hour.
const maxPolls = 1000

// quizPolls maps a session's quiz polls, by poll id, to their chat and
// item, so that a vote (poll_answer, which names neither) reaches the bot
// as "/reponse ITEM N" from the voter in that chat. It is kept in memory:
// a vote that reaches another replica, or comes after a restart, is not
// recorded.
type quizPolls struct {
	mu   sync.Mutex
	byID map[string]pollRound
}

type pollRound struct {
	chat tgbotapi.Chat
	item string
}

// remember reads the poll sendPoll created and keeps it.
func (p *quizPolls) remember(resp *tgbotapi.APIResponse, item string, log *slog.Logger) {
	var m tgbotapi.Message
	if resp == nil || json.Unmarshal(resp.Result, &m) != nil || m.Poll == nil || m.Chat == nil {
		log.Warn("telegram: a session quiz poll without its id; its votes will not be recorded")
		return
	}
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.byID == nil {
		p.byID = map[string]pollRound{}
	}
	if len(p.byID) >= maxPolls {
		for k := range p.byID { // any one: map order is random
			delete(p.byID, k)
			break
		}
	}
	p.byID[m.Poll.ID] = pollRound{chat: *m.Chat, item: item}
}

// onPollAnswer passes a vote on a session's quiz poll to the bot, which
// records it in the session; Telegram itself shows the voter the result
// and the explanation, so nothing is sent.
func (a *Adapter) onPollAnswer(pa *tgbotapi.PollAnswer, done func()) bool {
	a.polls.mu.Lock()
	pr, ok := a.polls.byID[pa.PollID]
	a.polls.mu.Unlock()
	if !ok || len(pa.OptionIDs) == 0 {
		done()
		return true
	}
	voter := pa.User
	msg := bot.Message{
		Platform:     Platform,
		UserID:       strconv.FormatInt(voter.ID, 10),
		Conversation: conversation(&pr.chat, &voter),
		Text:         fmt.Sprintf("/reponse %s %d", pr.item, pa.OptionIDs[0]+1),
		// A quiz poll takes one vote per member: no flood to limit.
		OwnLimit: true,
	}
	return a.queue.submit(pr.chat.ID, func() {
		defer done()
		ctx := context.Background()
		a.sessionMessage(ctx, &msg, &pr.chat, &voter)
		var r bot.Reply
		a.queue.answering(func() { r = a.opts.Handler.Handle(ctx, msg) })
		if r.Kind == bot.KindError {
			a.log.Warn("telegram: a quiz poll vote was not recorded", "chat", pr.chat.ID)
		}
	})
}
