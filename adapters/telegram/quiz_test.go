package telegram

import (
	"context"
	"encoding/json"
	"strconv"
	"strings"
	"testing"
	"unicode/utf8"

	tgbotapi "github.com/go-telegram-bot-api/telegram-bot-api/v5"

	"github.com/citebot/citebot/bot"
	"github.com/citebot/citebot/knowledge"
	"github.com/citebot/citebot/knowledge/corpus"
	"github.com/citebot/citebot/quiz"
)

func seedBot(t *testing.T) *bot.Bot {
	t.Helper()
	base, err := knowledge.Load(corpus.FS())
	if err != nil {
		t.Fatal(err)
	}
	return bot.New(base, bot.Options{})
}

// TestQuizPollInGroup: /quiz in a group, through the real bot, becomes a
// native quiz poll whose right option, options and explanation are the
// item's.
func TestQuizPollInGroup(t *testing.T) {
	b := seedBot(t)
	hs := start(t, func(m bot.Message) bot.Reply { return b.Handle(context.Background(), m) })
	hs.fake.push(t, tgbotapi.Update{Message: textMsg(7, groupChat(-500), user(51), "/quiz")})
	hs.fake.waitCall(t, "sendPoll")
	polls := hs.fake.callsOf("sendPoll")
	if len(polls) != 1 {
		t.Fatalf("%d polls", len(polls))
	}
	f := polls[0].form
	var opts []string
	if err := json.Unmarshal([]byte(f.Get("options")), &opts); err != nil {
		t.Fatalf("options %q: %v", f.Get("options"), err)
	}
	g, _ := b.Quizzes()
	var it quiz.Item
	for _, x := range g.Items() {
		if x.Question == f.Get("question") && strings.Join(x.Options, "\x00") == strings.Join(opts, "\x00") {
			it = x
		}
	}
	if it.ID == "" {
		t.Fatalf("the poll is no item of the bot's: %v", f)
	}
	if f.Get("type") != "quiz" || f.Get("correct_option_id") != strconv.Itoa(it.Answer) ||
		f.Get("chat_id") != "-500" || f.Get("reply_to_message_id") != "7" {
		t.Errorf("poll fields %v, want a quiz answered by %d replying to 7", f, it.Answer)
	}
	ex := f.Get("explanation")
	ref := "§ " + strconv.Itoa(it.Citation.Paragraph) + ", phrase " + strconv.Itoa(it.Citation.Sentence)
	if n := utf8.RuneCountInString(ex); n == 0 || n > maxPollExplanation || !strings.Contains(ex, ref) || !strings.HasPrefix(ex, it.Right()) {
		t.Errorf("explanation (%d runes) %q lacks the right option or %q", n, ex, ref)
	}
	if n := len(hs.fake.callsOf("sendMessage")); n != 0 {
		t.Errorf("%d messages besides the poll", n)
	}
}

// TestQuizButtonsWhenPollDoesNotFit: an item longer than a poll allows is
// sent with one button an option; a press answers it and the reply cites
// the proof.
func TestQuizButtonsWhenPollDoesNotFit(t *testing.T) {
	b := seedBot(t)
	g, _ := b.Quizzes()
	// The seeds' items all fit a poll; one with a longer question (its id
	// still answers it) stands for those that do not.
	long := g.Items()[0]
	long.Question = strings.Repeat("Une question très longue, ", 15) + long.Question
	if fitsPoll(long) {
		t.Fatal("the long item fits a poll")
	}
	hs := start(t, func(m bot.Message) bot.Reply {
		if m.Text == "/quiz" {
			return bot.QuizReply(long)
		}
		return b.Handle(context.Background(), m)
	})
	hs.fake.push(t, dm(61, "/quiz"))
	c := hs.fake.nextSent(t)
	var kb tgbotapi.InlineKeyboardMarkup
	if err := json.Unmarshal([]byte(c.form.Get("reply_markup")), &kb); err != nil || len(kb.InlineKeyboard) != 1 || len(kb.InlineKeyboard[0]) != len(long.Options) {
		t.Fatalf("keyboard %q: %v", c.form.Get("reply_markup"), err)
	}
	if !strings.Contains(c.form.Get("text"), "1. "+escape(long.Options[0])) {
		t.Errorf("options not numbered: %q", c.form.Get("text"))
	}
	press := kb.InlineKeyboard[0][long.Answer]
	if press.CallbackData == nil || len(*press.CallbackData) > 64 {
		t.Fatalf("button %+v", press)
	}
	hs.fake.push(t, tgbotapi.Update{CallbackQuery: &tgbotapi.CallbackQuery{
		ID: "cb-q", From: user(61), Data: *press.CallbackData,
		Message: &tgbotapi.Message{MessageID: 101, Chat: privateChat(61), From: &tgbotapi.User{ID: botID, IsBot: true}},
	}})
	reveal := hs.fake.nextSent(t).form.Get("text")
	if !strings.Contains(reveal, "Bonne réponse") || !strings.Contains(reveal, escape(long.Citation.Quote[:40])) {
		t.Errorf("reveal %q", reveal)
	}
	if len(hs.fake.callsOf("sendPoll")) != 0 {
		t.Error("a poll was sent for an item that does not fit one")
	}
}

func TestExplanationFits(t *testing.T) {
	it := quiz.Item{Options: []string{"a", strings.Repeat("b", 90)}, Answer: 1, Citation: quiz.Citation{
		Article: "x", Title: strings.Repeat("Un titre très long ", 20), Paragraph: 12, Sentence: 3, Quote: strings.Repeat("mot ", 100),
	}}
	ex := explanation(it)
	if n := utf8.RuneCountInString(ex); n > maxPollExplanation || !strings.Contains(ex, "§ 12, phrase 3") {
		t.Errorf("explanation (%d runes): %q", n, ex)
	}
}
