package telegram

import (
	"context"
	"encoding/json"
	"strconv"
	"strings"
	"testing"
	"time"
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

// TestQuizPollInSession: in a group with a classroom session, the quiz
// poll names its voters, and each vote (poll_answer) reaches the session
// as the voter's answer: the session's quiz counts them.
func TestQuizPollInSession(t *testing.T) {
	ctx := context.Background()
	b := seedBot(t)
	voted := make(chan string, 8)
	hs := start(t, func(m bot.Message) bot.Reply {
		r := b.Handle(ctx, m)
		if strings.HasPrefix(m.Text, "/reponse") {
			voted <- m.UserID
		}
		return r
	})
	group := groupChat(-500)
	started := b.Handle(ctx, bot.Message{Platform: Platform, UserID: "prof", Room: room(group), Teacher: true, Text: "/session start Quiz"})
	if started.Session == "" {
		t.Fatalf("session not started: %s", started.Text)
	}
	hs.fake.push(t, tgbotapi.Update{Message: textMsg(7, group, user(51), "/quiz")})
	hs.fake.waitCall(t, "sendPoll")
	f := hs.fake.callsOf("sendPoll")[0].form
	if f.Get("is_anonymous") != "false" || f.Get("type") != "quiz" {
		t.Fatalf("a session's poll: %v; want a quiz that is not anonymous", f)
	}
	right, _ := strconv.Atoi(f.Get("correct_option_id"))
	// Votes come once the poll is out: wait until the adapter has read
	// its id from sendPoll's response, as a member's vote would.
	var pollID string
	for deadline := time.Now().Add(20 * time.Second); pollID == ""; time.Sleep(5 * time.Millisecond) {
		if ids := hs.fake.pollIDs(); len(ids) == 1 {
			hs.a.polls.mu.Lock()
			if _, ok := hs.a.polls.byID[ids[0]]; ok {
				pollID = ids[0]
			}
			hs.a.polls.mu.Unlock()
		}
		if time.Now().After(deadline) {
			t.Fatalf("the adapter never kept the poll (created: %v)", hs.fake.pollIDs())
		}
	}
	for _, v := range []struct {
		user   int64
		choice int
	}{{51, right}, {52, (right + 1) % 3}, {53, right}} {
		hs.fake.push(t, tgbotapi.Update{PollAnswer: &tgbotapi.PollAnswer{PollID: pollID, User: *user(v.user), OptionIDs: []int{v.choice}}})
	}
	// A vote on a poll the adapter never sent is not passed on.
	hs.fake.push(t, tgbotapi.Update{PollAnswer: &tgbotapi.PollAnswer{PollID: "poll-other", User: *user(54), OptionIDs: []int{0}}})
	for range 3 {
		select {
		case <-voted:
		case <-time.After(20 * time.Second):
			t.Fatal("a vote did not reach the bot")
		}
	}
	sum, err := b.SessionSummary(ctx, started.Session)
	if err != nil {
		t.Fatal(err)
	}
	if len(sum.Quiz) != 1 || sum.Quiz[0].Answered != 3 || sum.Quiz[0].Correct != 2 || len(sum.Scores) != 3 {
		t.Errorf("session quiz %+v, scores %+v; want one item, 3 answers, 2 right, 3 students", sum.Quiz, sum.Scores)
	}
	if n := len(hs.fake.callsOf("sendMessage")); n != 0 {
		t.Errorf("%d messages sent for the votes; Telegram shows the result itself", n)
	}
}

// TestQuizButtonsInGroupSession: in a group with a session, an item sent
// with buttons is answered by each presser privately (a notification), the
// buttons stay for the class, and each first answer is recorded.
func TestQuizButtonsInGroupSession(t *testing.T) {
	ctx := context.Background()
	b := seedBot(t)
	g, _ := b.Quizzes()
	long := g.Items()[0]
	long.Question = strings.Repeat("Une question très longue, ", 15) + long.Question
	group := groupChat(-700)
	hs := start(t, func(m bot.Message) bot.Reply {
		if m.Text == "/quiz" {
			return bot.QuizReply(long)
		}
		return b.Handle(ctx, m)
	})
	started := b.Handle(ctx, bot.Message{Platform: Platform, UserID: "prof", Room: room(group), Teacher: true, Text: "/session start Quiz"})
	hs.fake.push(t, tgbotapi.Update{Message: textMsg(9, group, user(61), "/quiz")})
	c := hs.fake.nextSent(t)
	var kb tgbotapi.InlineKeyboardMarkup
	if err := json.Unmarshal([]byte(c.form.Get("reply_markup")), &kb); err != nil || len(kb.InlineKeyboard) != 1 {
		t.Fatalf("keyboard %q: %v", c.form.Get("reply_markup"), err)
	}
	press := func(id string, who int64, choice int) string {
		hs.fake.push(t, tgbotapi.Update{CallbackQuery: &tgbotapi.CallbackQuery{
			ID: id, From: user(who), Data: *kb.InlineKeyboard[0][choice].CallbackData,
			Message: &tgbotapi.Message{MessageID: 101, Chat: group, From: &tgbotapi.User{ID: botID, IsBot: true}},
		}})
		return hs.fake.nextToast(t)
	}
	wrong := (long.Answer + 1) % len(long.Options)
	if got := press("cb-1", 61, long.Answer); !strings.Contains(got, "Réponse enregistrée") || !strings.Contains(got, "Bonne réponse") {
		t.Errorf("first press: %q", got)
	}
	if got := press("cb-2", 62, wrong); !strings.Contains(got, "Ce n'est pas cela") {
		t.Errorf("second member: %q", got)
	}
	if got := press("cb-3", 61, wrong); !strings.Contains(got, "déjà répondu") {
		t.Errorf("a second press: %q", got)
	}
	if n := len(hs.fake.callsOf("editMessageReplyMarkup")); n != 0 {
		t.Errorf("the buttons were taken away (%d edits)", n)
	}
	sum, err := b.SessionSummary(ctx, started.Session)
	if err != nil || len(sum.Quiz) != 1 || sum.Quiz[0].Answered != 2 || sum.Quiz[0].Correct != 1 {
		t.Errorf("session quiz %+v, %v; want 2 answers, 1 right", sum.Quiz, err)
	}
}
