package telegram

import (
	"context"
	"errors"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"reflect"
	"strings"
	"sync"
	"testing"
	"time"

	tgbotapi "github.com/go-telegram-bot-api/telegram-bot-api/v5"
	"golang.org/x/time/rate"

	"github.com/citebot/citebot/bot"
	"github.com/citebot/citebot/knowledge"
	"github.com/citebot/citebot/knowledge/corpus"
)

// harness runs an adapter against a fake Bot API until the test ends.
type harness struct {
	fake  *fakeAPI
	h     *script
	a     *Adapter
	waits *waits
	logs  *lockedBuffer
}

func start(t *testing.T, reply func(bot.Message) bot.Reply, tweak ...func(*Options)) *harness {
	t.Helper()
	return startOn(t, newFakeAPI(t), reply, tweak...)
}

// startOn starts the adapter on a fake the test has already scripted, so
// that scripted failures meet the very first calls.
func startOn(t *testing.T, fake *fakeAPI, reply func(bot.Message) bot.Reply, tweak ...func(*Options)) *harness {
	t.Helper()
	hs := &harness{fake: fake, h: &script{reply: reply}, waits: &waits{}, logs: &lockedBuffer{}}
	opts := Options{
		Token: testToken, APIURL: hs.fake.endpoint(), Handler: hs.h,
		Logger:      slog.New(slog.NewTextHandler(hs.logs, &slog.HandlerOptions{Level: slog.LevelDebug})),
		HTTPClient:  hs.fake.srv.Client(),
		PollTimeout: 5 * time.Second,
		Wait:        hs.waits.wait,
	}
	for _, f := range tweak {
		f(&opts)
	}
	a, err := New(opts)
	if err != nil {
		t.Fatal(err)
	}
	hs.a = a
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- a.Run(ctx) }()
	t.Cleanup(func() {
		cancel()
		if err := <-done; err != nil {
			t.Errorf("Run: %v", err)
		}
		if logs := hs.logs.String(); strings.Contains(logs, testToken) {
			t.Errorf("the token reached the log:\n%s", logs)
		}
	})
	return hs
}

// unpaced lifts the pace of these chats: a group's 20 messages a minute,
// a private chat's one a second, would make a test last minutes (pace.go
// has its own tests).
func (hs *harness) unpaced(chats ...int64) {
	hs.a.pace.mu.Lock()
	defer hs.a.pace.mu.Unlock()
	for _, c := range chats {
		hs.a.pace.chats[c] = &chatPace{lim: rate.NewLimiter(rate.Inf, 1), seen: time.Now().Add(time.Hour)}
	}
}

func dm(chat int64, text string) tgbotapi.Update {
	return tgbotapi.Update{Message: textMsg(1, privateChat(chat), user(chat), text)}
}

func TestDMQuestionAnsweredWithCitation(t *testing.T) {
	hs := start(t, func(m bot.Message) bot.Reply {
		return bot.Reply{
			Kind: bot.KindAnswer, Answered: true, Answer: "Joe Biden",
			Body: "C'est Joe Biden.", Text: "C'est Joe Biden.\n…",
			Citations: []bot.Citation{{
				Article: "000_01", Title: "Cyber & <sécurité>", Paragraph: 3, Sentence: 2,
				Quote: "Il a dit « a < b » & plus.", Speaker: "Joe Biden",
			}},
			Actions: []bot.Action{{Label: "Plus de sources", Command: "/plus"}},
		}
	})
	hs.fake.push(t, dm(42, "Qui a repris les propos ?"))
	got := hs.fake.nextSent(t).form

	if got.Get("parse_mode") != "HTML" || got.Get("chat_id") != "42" {
		t.Errorf("parse_mode %q chat_id %q", got.Get("parse_mode"), got.Get("chat_id"))
	}
	want := "C'est Joe Biden.\n\n<b>Cyber &amp; &lt;sécurité&gt;</b> — § 3, phrase 2\n" +
		"<blockquote>« Il a dit « a &lt; b » &amp; plus. »</blockquote>\n<i>— Joe Biden</i>"
	if got.Get("text") != want {
		t.Errorf("text:\n%s\nwant:\n%s", got.Get("text"), want)
	}
	if kb := got.Get("reply_markup"); !strings.Contains(kb, `"callback_data":"/plus"`) || !strings.Contains(kb, "Plus de sources") {
		t.Errorf("reply_markup = %s", kb)
	}
	wantMsg := bot.Message{Platform: "telegram", UserID: "42", Conversation: "telegram:chat:42", Text: "Qui a repris les propos ?",
		Room: "telegram:chat:42", UserName: "U42"}
	if seen := hs.h.seen(); len(seen) != 1 || seen[0] != wantMsg {
		t.Errorf("handler saw %+v, want %+v", seen, wantMsg)
	}
}

func TestFollowUpKeepsConversation(t *testing.T) {
	hs := start(t, echo)
	hs.fake.push(t, dm(7, "Qui est Lu Wei ?"))
	hs.fake.push(t, dm(7, "Et qu'a-t-il dit ?"))
	group := groupChat(-100)
	hs.fake.push(t, tgbotapi.Update{Message: textMsg(5, group, user(1), "/ask Question de un")})
	hs.fake.push(t, tgbotapi.Update{Message: textMsg(6, group, user(2), "/ask Question de deux")})
	for range 4 {
		hs.fake.nextSent(t)
	}
	convs := map[string]string{}
	for _, m := range hs.h.seen() {
		convs[m.Text] = m.Conversation
	}
	want := map[string]string{
		"Qui est Lu Wei ?":   "telegram:chat:7",
		"Et qu'a-t-il dit ?": "telegram:chat:7",
		"Question de un":     "telegram:chat:-100:user:1",
		"Question de deux":   "telegram:chat:-100:user:2",
	}
	if !reflect.DeepEqual(convs, want) {
		t.Errorf("conversations %v, want %v", convs, want)
	}
	// Follow-ups in one chat are answered in order.
	var order []string
	for _, m := range hs.h.seen() {
		if strings.HasPrefix(m.Conversation, "telegram:chat:7") {
			order = append(order, m.Text)
		}
	}
	if !reflect.DeepEqual(order, []string{"Qui est Lu Wei ?", "Et qu'a-t-il dit ?"}) {
		t.Errorf("chat 7 answered in order %q", order)
	}
	// The offset confirmed each update: no update was handed out twice.
	if n := len(hs.h.seen()); n != 4 {
		t.Errorf("handler called %d times, want 4", n)
	}
}

func TestLongAnswerSplitWithinLimit(t *testing.T) {
	var body strings.Builder
	for i := range 150 {
		body.WriteString("La phrase numéro ")
		body.WriteString(strings.Repeat("é", i%7))
		body.WriteString(" dit que A & B < C, et rien ne doit se perdre en route. ")
	}
	long := strings.TrimSpace(body.String())
	hs := start(t, func(m bot.Message) bot.Reply {
		r := echo(m)
		r.Body = long
		r.Citations[0].Quote = strings.Repeat("Une citation longue. ", 300)
		return r
	})
	hs.fake.push(t, dm(9, "Raconte tout"))

	var texts []string
	for {
		c := hs.fake.nextSent(t)
		texts = append(texts, c.form.Get("text"))
		if u16len(c.form.Get("text")) > MaxMessageLength {
			t.Errorf("message %d is %d long", len(texts), u16len(c.form.Get("text")))
		}
		if c.form.Get("reply_markup") != "" {
			break // the keyboard rides on the last message
		}
	}
	if len(texts) < 3 {
		t.Fatalf("%d messages for %d characters", len(texts), len(long)+300*21)
	}
	for i, txt := range texts {
		checkTags(t, txt)
		if i < len(texts)-1 && !strings.Contains(txt, "<b>") && !strings.HasSuffix(strings.TrimSuffix(txt, "</blockquote>"), ".") {
			t.Errorf("message %d not cut at a sentence end: …%s", i, txt[len(txt)-20:])
		}
	}
	got := strings.Join(strings.Fields(unescape(stripTags(strings.Join(texts, " ")))), " ")
	if !strings.Contains(got, strings.Join(strings.Fields(long), " ")) {
		t.Error("body text lost or altered across the split")
	}
	if q := strings.Count(got, "Une citation longue."); q != 300 {
		t.Errorf("quote sentences delivered: %d, want 300", q)
	}
}

func TestUserTextNeutralised(t *testing.T) {
	hs := start(t, func(m bot.Message) bot.Reply {
		return bot.Reply{Kind: bot.KindAbstain, Text: "Pas de réponse à « " + m.Text + " ».", Body: "Pas de réponse à « " + m.Text + " »."}
	})
	hs.fake.push(t, dm(3, "<b>gras</b> @everyone & @admin ?"))
	got := hs.fake.nextSent(t).form.Get("text")
	want := "Pas de réponse à « &lt;b&gt;gras&lt;/b&gt; @\u2060everyone &amp; @\u2060admin ? »."
	if got != want {
		t.Errorf("text %q\nwant %q", got, want)
	}
}

func TestFloodWaitRetried(t *testing.T) {
	fake := newFakeAPI(t)
	fake.fail("sendMessage", scripted{429, `{"ok":false,"error_code":429,"description":"Too Many Requests: retry after 7","parameters":{"retry_after":7}}`})
	fake.push(t, dm(11, "Question ?"))
	hs := startOn(t, fake, echo)
	got := hs.fake.nextSent(t).form.Get("text")
	if !strings.Contains(got, "Réponse à : Question ?") {
		t.Errorf("text %q", got)
	}
	if n := len(hs.fake.callsOf("sendMessage")); n != 2 {
		t.Errorf("sendMessage called %d times, want 2 (429, then success)", n)
	}
	if w := hs.waits.all(); len(w) != 1 || w[0] != 7*time.Second {
		t.Errorf("waits %v, want [7s] as retry_after said", w)
	}
	select {
	case c := <-hs.fake.sent:
		t.Errorf("reply sent twice: %v", c)
	default:
	}
}

func TestServerAndNetworkErrorsSurvived(t *testing.T) {
	fake := newFakeAPI(t)
	fake.fail("getUpdates",
		scripted{502, `<html>502 Bad Gateway</html>`},
		scripted{500, `{"ok":false,"error_code":500,"description":"Internal Server Error"}`},
		scripted{dropConnection, ""},
		scripted{429, `{"ok":false,"error_code":429,"description":"Too Many Requests: retry after 3","parameters":{"retry_after":3}}`})
	fake.fail("sendMessage", scripted{503, `{"ok":false,"error_code":503,"description":"Service Unavailable"}`})
	fake.push(t, dm(12, "Encore là ?"))
	hs := startOn(t, fake, echo)
	if got := hs.fake.nextSent(t).form.Get("text"); !strings.Contains(got, "Encore là ?") {
		t.Errorf("text %q", got)
	}
	want := []time.Duration{time.Second, 2 * time.Second, 4 * time.Second, 3 * time.Second, time.Second}
	if w := hs.waits.all(); !reflect.DeepEqual(w, want) {
		t.Errorf("waits %v, want %v: getUpdates backing off (502, 500, dropped), retry_after 3, then sendMessage's 503", w, want)
	}
}

func TestConflictReportedAndRetried(t *testing.T) {
	fake := newFakeAPI(t)
	fake.fail("getUpdates", scripted{409, `{"ok":false,"error_code":409,"description":"Conflict: terminated by other getUpdates request; make sure that only one bot instance is running"}`})
	fake.push(t, dm(13, "Après le conflit ?"))
	hs := startOn(t, fake, echo)
	hs.fake.nextSent(t)
	if logs := hs.logs.String(); !strings.Contains(logs, "409 Conflict: another process is polling with this token") {
		t.Errorf("no clear 409 message in the log:\n%s", logs)
	}
	if w := hs.waits.all(); len(w) != 1 || w[0] < 4*time.Second {
		t.Errorf("waits %v, want one back-off of several seconds", w)
	}
}

func TestGroupAddressing(t *testing.T) {
	hs := start(t, echo)
	g := groupChat(-200)
	u := user(5)
	botMsg := &tgbotapi.Message{MessageID: 50, From: &tgbotapi.User{ID: botID, IsBot: true, UserName: botName}, Chat: g, Text: "Réponse"}
	otherMsg := &tgbotapi.Message{MessageID: 51, From: user(6), Chat: g, Text: "Bonjour"}
	replyToBot := textMsg(14, g, u, "Et ensuite ?")
	replyToBot.ReplyToMessage = botMsg
	replyToOther := textMsg(15, g, u, "Moi aussi")
	replyToOther.ReplyToMessage = otherMsg
	for _, m := range []*tgbotapi.Message{
		textMsg(10, g, u, "/ask@otherbot Pour un autre bot"),
		textMsg(11, g, u, "Bavardage entre membres"),
		textMsg(12, g, u, "/ask@OurBot Pour nous"),
		textMsg(13, g, u, "@ourbot Qui est Lu Wei ?"),
		replyToOther,
		replyToBot,
		textMsg(16, g, u, "/sources@otherbot"),
		textMsg(17, g, u, "/start@otherbot"),
		textMsg(18, g, u, "/sources"),
	} {
		hs.fake.push(t, tgbotapi.Update{Message: m})
	}
	for range 4 {
		c := hs.fake.nextSent(t)
		if c.form.Get("reply_to_message_id") == "" {
			t.Errorf("group answer not threaded under its question: %v", c.form)
		}
	}
	var texts []string
	for _, m := range hs.h.seen() {
		texts = append(texts, m.Text)
	}
	want := []string{"Pour nous", "Qui est Lu Wei ?", "Et ensuite ?", "/sources"}
	if !reflect.DeepEqual(texts, want) {
		t.Errorf("handler saw %q, want %q", texts, want)
	}
}

func TestNonTextUpdatesIgnored(t *testing.T) {
	hs := start(t, echo)
	chat := privateChat(21)
	sticker := &tgbotapi.Message{MessageID: 1, From: user(21), Chat: chat, Sticker: &tgbotapi.Sticker{FileID: "s"}}
	photo := &tgbotapi.Message{MessageID: 2, From: user(21), Chat: chat, Caption: "une photo", Photo: []tgbotapi.PhotoSize{{FileID: "p"}}}
	join := &tgbotapi.Message{MessageID: 3, From: user(21), Chat: groupChat(-5), NewChatMembers: []tgbotapi.User{*user(22)}}
	for _, u := range []tgbotapi.Update{
		{Message: sticker},
		{Message: photo},
		{Message: join},
		{EditedMessage: textMsg(4, chat, user(21), "question modifiée")},
		{ChannelPost: textMsg(5, &tgbotapi.Chat{ID: -9, Type: "channel"}, nil, "post")},
		{Message: &tgbotapi.Message{MessageID: 6, Chat: chat, Text: "sans expéditeur"}},
		{Message: textMsg(7, chat, &tgbotapi.User{ID: 77, IsBot: true}, "d'un autre bot")},
		{Message: textMsg(8, chat, user(21), "La vraie question")},
	} {
		hs.fake.push(t, u)
	}
	hs.fake.nextSent(t)
	seen := hs.h.seen()
	if len(seen) != 1 || seen[0].Text != "La vraie question" {
		t.Errorf("handler saw %+v, want only the text message", seen)
	}
}

func TestCallbackButton(t *testing.T) {
	hs := start(t, echo)
	chat := privateChat(31)
	hs.fake.push(t, tgbotapi.Update{CallbackQuery: &tgbotapi.CallbackQuery{
		ID: "cb-1", From: user(31), Data: "/plus",
		Message: &tgbotapi.Message{MessageID: 77, Chat: chat, From: &tgbotapi.User{ID: botID, IsBot: true}},
	}})
	hs.fake.nextSent(t)
	if acks := hs.fake.callsOf("answerCallbackQuery"); len(acks) != 1 || acks[0].form.Get("callback_query_id") != "cb-1" {
		t.Errorf("answerCallbackQuery calls %v", acks)
	}
	if edits := hs.fake.callsOf("editMessageReplyMarkup"); len(edits) != 1 || edits[0].form.Get("message_id") != "77" {
		t.Errorf("button not removed: %v", edits)
	}
	// In a group, the press continues the conversation of whoever asked
	// the question that the answer replies to; the presser is rate limited.
	g := groupChat(-300)
	question := textMsg(5, g, user(32), "/ask Qui ?")
	answer := &tgbotapi.Message{MessageID: 78, Chat: g, From: &tgbotapi.User{ID: botID, IsBot: true}, ReplyToMessage: question}
	hs.fake.push(t, tgbotapi.Update{CallbackQuery: &tgbotapi.CallbackQuery{ID: "cb-2", From: user(33), Data: "/plus", Message: answer}})
	hs.fake.nextSent(t)
	want := []bot.Message{
		{Platform: "telegram", UserID: "31", Conversation: "telegram:chat:31", Text: "/plus", Room: "telegram:chat:31", UserName: "U31"},
		{Platform: "telegram", UserID: "33", Conversation: "telegram:chat:-300:user:32", Text: "/plus", Room: "telegram:chat:-300", UserName: "U33"},
	}
	if seen := hs.h.seen(); !reflect.DeepEqual(seen, want) {
		t.Errorf("handler saw %+v, want %+v", seen, want)
	}
}

func TestAskAlonePromptsForQuestion(t *testing.T) {
	hs := start(t, echo)
	hs.fake.push(t, dm(41, "/ask"))
	c := hs.fake.nextSent(t)
	if c.form.Get("text") != askPrompt || !strings.Contains(c.form.Get("reply_markup"), `"force_reply":true`) {
		t.Errorf("prompt: %v", c.form)
	}
	if n := len(hs.h.seen()); n != 0 {
		t.Errorf("handler called %d times for a bare /ask", n)
	}
}

func TestPanicGetsApology(t *testing.T) {
	hs := start(t, func(m bot.Message) bot.Reply {
		if m.Text == "boum" {
			panic("matcher exploded")
		}
		return echo(m)
	})
	hs.fake.push(t, dm(51, "boum"))
	hs.fake.push(t, dm(51, "et après ?"))
	if got := hs.fake.nextSent(t).form.Get("text"); got != apology {
		t.Errorf("first reply %q, want the apology", got)
	}
	if got := hs.fake.nextSent(t).form.Get("text"); !strings.Contains(got, "et après ?") {
		t.Errorf("the chat did not survive the panic: %q", got)
	}
}

func TestShutdownFinishesInFlightAnswer(t *testing.T) {
	entered, release := make(chan struct{}), make(chan struct{})
	fake := newFakeAPI(t)
	h := &script{reply: func(m bot.Message) bot.Reply {
		close(entered)
		<-release
		return echo(m)
	}}
	a, err := New(Options{Token: testToken, APIURL: fake.endpoint(), Handler: h, HTTPClient: fake.srv.Client(), PollTimeout: 5 * time.Second})
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- a.Run(ctx) }()
	fake.push(t, dm(61, "Lente question"))
	<-entered
	cancel()
	close(release)
	if err := <-done; err != nil {
		t.Fatal(err)
	}
	select {
	case c := <-fake.sent:
		if !strings.Contains(c.form.Get("text"), "Lente question") {
			t.Errorf("text %q", c.form.Get("text"))
		}
	default:
		t.Fatal("Run returned before the in-flight answer was sent")
	}
	// The last offset was confirmed so that a restart does not answer again.
	confirmed := false
	for _, c := range fake.callsOf("getUpdates") {
		confirmed = confirmed || (c.form.Get("offset") == "2" && c.form.Get("limit") == "1" && c.form.Get("timeout") == "")
	}
	if !confirmed {
		t.Errorf("no confirming getUpdates (offset 2, limit 1, no timeout) in %v", fake.callsOf("getUpdates"))
	}
}

func TestWebhook(t *testing.T) {
	const secret = "s3cr3t-Token_1"
	hs := start(t, echo, func(o *Options) {
		o.WebhookURL = "https://bot.example.org/telegram/hook"
		o.WebhookSecret = secret
	})
	if hs.a.WebhookPath() != "/telegram/hook" {
		t.Fatalf("WebhookPath %q", hs.a.WebhookPath())
	}
	body := `{"update_id": 1, "message": {"message_id": 1, "date": 0, "text": "Par webhook ?", "chat": {"id": 71, "type": "private"}, "from": {"id": 71, "is_bot": false, "first_name": "A"}}}`
	post := func(header string, set bool) int {
		req := httptest.NewRequest("POST", "/telegram/hook", strings.NewReader(body))
		if set {
			req.Header.Set(secretHeader, header)
		}
		rec := httptest.NewRecorder()
		hs.a.WebhookHandler().ServeHTTP(rec, req)
		return rec.Code
	}
	if code := post("", false); code != http.StatusUnauthorized {
		t.Errorf("no secret: %d, want 401", code)
	}
	if code := post("wrong", true); code != http.StatusUnauthorized {
		t.Errorf("wrong secret: %d, want 401", code)
	}
	if code := post(secret+"x", true); code != http.StatusUnauthorized {
		t.Errorf("longer secret: %d, want 401", code)
	}
	if n := len(hs.h.seen()); n != 0 {
		t.Fatalf("refused requests reached the handler %d times", n)
	}
	req := httptest.NewRequest("GET", "/telegram/hook", nil)
	req.Header.Set(secretHeader, secret)
	rec := httptest.NewRecorder()
	hs.a.WebhookHandler().ServeHTTP(rec, req)
	if rec.Code != http.StatusMethodNotAllowed {
		t.Errorf("GET: %d, want 405", rec.Code)
	}
	req = httptest.NewRequest("POST", "/telegram/hook", strings.NewReader("{not json"))
	req.Header.Set(secretHeader, secret)
	rec = httptest.NewRecorder()
	hs.a.WebhookHandler().ServeHTTP(rec, req)
	if rec.Code != http.StatusBadRequest {
		t.Errorf("bad JSON: %d, want 400", rec.Code)
	}
	if code := post(secret, true); code != http.StatusOK {
		t.Errorf("right secret: %d, want 200", code)
	}
	if got := hs.fake.nextSent(t).form.Get("text"); !strings.Contains(got, "Par webhook ?") {
		t.Errorf("text %q", got)
	}
	hs.fake.waitCall(t, "setWebhook")
	hooks := hs.fake.callsOf("setWebhook")
	if f := hooks[0].form; f.Get("url") != "https://bot.example.org/telegram/hook" || f.Get("secret_token") != secret {
		t.Errorf("setWebhook form %v", f)
	}
	if n := len(hs.fake.callsOf("getUpdates")); n != 0 {
		t.Errorf("webhook mode polled %d times", n)
	}
}

func TestBadTokenRefusedAtNew(t *testing.T) {
	fake := newFakeAPI(t)
	const bad = "654321:wrong-token-XYZ"
	_, err := New(Options{Token: bad, APIURL: fake.endpoint(), Handler: &script{reply: echo}, HTTPClient: fake.srv.Client()})
	if err == nil {
		t.Fatal("New accepted a bad token")
	}
	msg := err.Error()
	if strings.Contains(msg, bad) || !strings.Contains(msg, "refused") || !strings.Contains(msg, "CITEBOT_TELEGRAM_TOKEN") {
		t.Errorf("error %q should say the token was refused, name the variable, and not show the token", msg)
	}

	// Unreachable API: the library's error holds the URL, token included.
	closed := httptest.NewServer(http.NotFoundHandler())
	url := closed.URL
	closed.Close()
	_, err = New(Options{Token: bad, APIURL: url + "/bot%s/%s", Handler: &script{reply: echo}})
	if err == nil {
		t.Fatal("New succeeded against a closed server")
	}
	if strings.Contains(err.Error(), bad) || !strings.Contains(err.Error(), "[redacted]") {
		t.Errorf("error %q leaks the token or lost the redacted URL", err)
	}
	var opErr interface{ Timeout() bool }
	if !errors.As(err, &opErr) {
		t.Errorf("the network error is no longer reachable with errors.As: %v", err)
	}

	for _, tt := range []struct {
		name string
		opts Options
		want string
	}{
		{"no token", Options{Handler: &script{}}, "CITEBOT_TELEGRAM_TOKEN"},
		{"bad API URL", Options{Token: bad, APIURL: "http://127.0.0.1:1/bot", Handler: &script{}}, "two %s"},
		{"token in the host", Options{Token: bad, APIURL: "http://%s/%s", Handler: &script{}}, "two %s in its path"},
		{"webhook without secret", Options{Token: bad, WebhookURL: "https://x.org/hook", Handler: &script{}}, "CITEBOT_TELEGRAM_WEBHOOK_SECRET"},
		{"webhook without path", Options{Token: bad, WebhookURL: "https://x.org", WebhookSecret: "s", Handler: &script{}}, "needs a path"},
		{"webhook secret with a space", Options{Token: bad, WebhookURL: "https://x.org/hook", WebhookSecret: "a b", Handler: &script{}}, "CITEBOT_TELEGRAM_WEBHOOK_SECRET"},
		{"webhook secret too long", Options{Token: bad, WebhookURL: "https://x.org/hook", WebhookSecret: strings.Repeat("a", 257), Handler: &script{}}, "CITEBOT_TELEGRAM_WEBHOOK_SECRET"},
	} {
		if _, err := New(tt.opts); err == nil || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("%s: error %v, want one mentioning %q", tt.name, err, tt.want)
		}
	}
}

// TestValidWebhookSecret holds the check to what Telegram accepts as a
// secret_token: 1 to 256 of A-Z, a-z, 0-9, _ and -.
func TestValidWebhookSecret(t *testing.T) {
	for _, tt := range []struct {
		secret string
		ok     bool
	}{
		{"", false},
		{"s", true},
		{"Az09_-", true},
		{strings.Repeat("x", 256), true},
		{strings.Repeat("x", 257), false},
		{"a b", false},
		{"é", false},
		{"a.b", false},
		{"a/b", false},
		{"secret\n", false},
	} {
		if got := validWebhookSecret(tt.secret); got != tt.ok {
			t.Errorf("validWebhookSecret(%q) = %v, want %v", tt.secret, got, tt.ok)
		}
	}
}

func TestHTMLRefusedFallsBackToPlainText(t *testing.T) {
	fake := newFakeAPI(t)
	fake.fail("sendMessage", scripted{400, `{"ok":false,"error_code":400,"description":"Bad Request: can't parse entities: unexpected end tag at byte offset 12"}`})
	fake.push(t, dm(81, "Question & <réponse>"))
	startOn(t, fake, echo)
	got := fake.nextSent(t).form
	if got.Get("parse_mode") != "" || !strings.Contains(got.Get("text"), "Réponse à : Question & <réponse>") {
		t.Errorf("fallback message %v, want the plain text without parse_mode", got)
	}
	if !strings.Contains(got.Get("reply_markup"), "/plus") {
		t.Errorf("fallback lost the keyboard: %v", got)
	}
}

// TestRealBotOverBundledArticles answers with the real bot: whatever it
// replies, the Telegram message carries the same first citation, escaped.
func TestRealBotOverBundledArticles(t *testing.T) {
	base, err := knowledge.Load(corpus.FS())
	if err != nil {
		t.Fatal(err)
	}
	const q = "Quel vice-président américain a repris les propos de David Cameron ?"
	direct := bot.New(base, bot.Options{}).Handle(context.Background(), bot.Message{Platform: Platform, UserID: "91", Text: q})

	fake := newFakeAPI(t)
	fake.push(t, dm(91, q))
	startOn(t, fake, nil, func(o *Options) { o.Handler = bot.New(base, bot.Options{}) })
	got := fake.nextSent(t).form.Get("text")
	checkTags(t, got)
	if len(direct.Citations) == 0 {
		if !strings.Contains(got, escape(strings.Fields(direct.Text)[0])) {
			t.Errorf("abstention %q not in %q", direct.Text, got)
		}
		return
	}
	c := direct.Citations[0]
	if !strings.Contains(got, "<blockquote>"+escape(neutralise("« "+c.Quote+" »"))+"</blockquote>") ||
		!strings.Contains(got, "<b>"+escape(neutralise(c.Title))+"</b>") {
		t.Errorf("Telegram text lacks the citation %+v:\n%s", c, got)
	}
}

// errorCounts records PlatformError calls.
type errorCounts struct {
	mu sync.Mutex
	n  map[string]int
}

func (e *errorCounts) PlatformError(platform, op string) {
	e.mu.Lock()
	defer e.mu.Unlock()
	if e.n == nil {
		e.n = map[string]int{}
	}
	e.n[platform+"/"+op]++
}

func TestRevokedTokenStopsRun(t *testing.T) {
	fake := newFakeAPI(t)
	fake.fail("getUpdates", scripted{502, "bad gateway"}, scripted{401, `{"ok":false,"error_code":401,"description":"Unauthorized"}`})
	errs := &errorCounts{}
	w := &waits{}
	a, err := New(Options{Token: testToken, APIURL: fake.endpoint(), Handler: &script{reply: echo},
		HTTPClient: fake.srv.Client(), Errors: errs, Wait: w.wait})
	if err != nil {
		t.Fatal(err)
	}
	err = a.Run(context.Background())
	if err == nil || !strings.Contains(err.Error(), "revoked") || strings.Contains(err.Error(), testToken) {
		t.Fatalf("Run with a revoked token: %v", err)
	}
	if got := errs.n["telegram/getUpdates"]; got != 2 {
		t.Errorf("getUpdates errors counted %d, want 2", got)
	}
}

func TestWebhookAfterShutdownAsksForRedelivery(t *testing.T) {
	fake := newFakeAPI(t)
	a, err := New(Options{Token: testToken, APIURL: fake.endpoint(), Handler: &script{reply: echo}, HTTPClient: fake.srv.Client(),
		WebhookURL: "https://x.org/hook", WebhookSecret: "s"})
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if err := a.Run(ctx); err != nil {
		t.Fatal(err)
	}
	req := httptest.NewRequest("POST", "/hook", strings.NewReader(`{"update_id":1,"message":{"message_id":1,"date":0,"text":"Qui ?","chat":{"id":1,"type":"private"},"from":{"id":1,"first_name":"A"}}}`))
	req.Header.Set(secretHeader, "s")
	rec := httptest.NewRecorder()
	a.WebhookHandler().ServeHTTP(rec, req)
	if rec.Code != http.StatusServiceUnavailable {
		t.Errorf("update after shutdown: %d, want 503 so that Telegram delivers it again", rec.Code)
	}
}
