package discord

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"log/slog"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/bwmarrin/discordgo"

	"github.com/citebot/citebot/bot"
)

// End-to-end tests: the real discordgo client against the fake Discord.

// fakeBot records the messages it is asked and answers with reply.
type fakeBot struct {
	msgs  chan bot.Message
	reply func(bot.Message) bot.Reply
}

func newFakeBot(reply func(bot.Message) bot.Reply) *fakeBot {
	if reply == nil {
		reply = echo
	}
	return &fakeBot{msgs: make(chan bot.Message, 64), reply: reply}
}

func (b *fakeBot) Handle(_ context.Context, m bot.Message) bot.Reply {
	b.msgs <- m
	return b.reply(m)
}

func (b *fakeBot) next(t *testing.T) bot.Message {
	t.Helper()
	select {
	case m := <-b.msgs:
		return m
	case <-time.After(waitLimit):
		t.Fatal("the handler was not called")
		return bot.Message{}
	}
}

var testCitation = bot.Citation{
	Article: "hague-syrie", Title: "Syrie : Londres et Washington haussent le ton",
	Paragraph: 2, Sentence: 3,
	Quote:   "« Nous ne resterons pas les bras croisés », a déclaré William Hague.",
	Speaker: "William Hague",
}

// echo answers with the question in its body, one citation and a button.
func echo(m bot.Message) bot.Reply {
	body := "Vous avez demandé : " + m.Text
	return bot.Reply{
		Kind: bot.KindAnswer, Answered: true, Answer: "William Hague",
		Body: body, Text: body + "\n[hague-syrie §2.3] …",
		Citations: []bot.Citation{testCitation},
		Actions:   []bot.Action{{Label: "Plus de sources", Command: "/plus"}},
	}
}

// errCounter is the ErrorReporter of the tests.
type errCounter struct {
	mu  sync.Mutex
	ops []string
	// changed is closed and replaced at each report.
	changed chan struct{}
}

func newErrCounter() *errCounter { return &errCounter{changed: make(chan struct{})} }

func (e *errCounter) PlatformError(platform, op string) {
	e.mu.Lock()
	defer e.mu.Unlock()
	e.ops = append(e.ops, platform+":"+op)
	close(e.changed)
	e.changed = make(chan struct{})
}

// waitCount returns once op has been reported n times. discordgo runs
// event handlers (onDisconnect among them) in goroutines of their own, so
// a report may land after later events have been handled: tests wait for
// it rather than assume an order.
func (e *errCounter) waitCount(t *testing.T, op string, n int) {
	t.Helper()
	deadline := time.NewTimer(waitLimit)
	defer deadline.Stop()
	for {
		e.mu.Lock()
		ch := e.changed
		e.mu.Unlock()
		if got := e.count(op); got >= n {
			if got > n {
				t.Errorf("%s reported %d times, want %d", op, got, n)
			}
			return
		}
		select {
		case <-ch:
		case <-deadline.C:
			t.Fatalf("%s reported %d times, want %d", op, e.count(op), n)
		}
	}
}

func (e *errCounter) count(op string) int {
	e.mu.Lock()
	defer e.mu.Unlock()
	n := 0
	for _, o := range e.ops {
		if o == "discord:"+op {
			n++
		}
	}
	return n
}

// logBuffer collects the adapter's logs, to check no token is in them.
type logBuffer struct {
	mu  sync.Mutex
	buf bytes.Buffer
}

func (l *logBuffer) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.buf.Write(p)
}

func (l *logBuffer) String() string {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.buf.String()
}

type harness struct {
	f    *fakeDiscord
	a    *Adapter
	bot  *fakeBot
	errs *errCounter
	logs *logBuffer
	// remembered lists the bot messages the adapter has recorded (guarded
	// by f.mu); a reply to one may only be sent once it is there.
	remembered []string
	stop       func() // cancels Run and waits for it to return
}

// start runs an adapter against a fake Discord until the test ends, and
// returns once its slash commands are registered.
func start(t *testing.T, b *fakeBot, configure func(*Options)) *harness {
	t.Helper()
	return startWith(t, newFakeDiscord(t), b, configure)
}

// startWith is start on a fake prepared by the test.
func startWith(t *testing.T, f *fakeDiscord, b *fakeBot, configure func(*Options)) *harness {
	t.Helper()
	h := &harness{f: f, bot: b, errs: newErrCounter(), logs: &logBuffer{}}
	opts := Options{
		Token:        goodToken,
		GuildID:      "g1",
		Handler:      b,
		Names:        func() []string { return []string{"William Hague", "David Cameron", "Joe Biden", "Ban Ki-moon"} },
		Logger:       slog.New(slog.NewTextHandler(h.logs, &slog.HandlerOptions{Level: slog.LevelDebug})),
		Errors:       h.errs,
		HTTPClient:   h.f.client(),
		RetryBackoff: time.Millisecond,
		StartTimeout: waitLimit,
	}
	if configure != nil {
		configure(&opts)
	}
	a, err := New(opts)
	if err != nil {
		t.Fatalf("New: %v", err)
	}
	h.a = a
	a.threads.onRemember = func(id, _ string) {
		h.f.mu.Lock()
		defer h.f.mu.Unlock()
		h.remembered = append(h.remembered, id)
		h.f.notify()
	}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- a.Run(ctx) }()
	var once sync.Once
	h.stop = func() {
		once.Do(func() {
			cancel()
			select {
			case err := <-done:
				if err != nil {
					t.Errorf("Run: %v", err)
				}
			case <-time.After(waitLimit):
				t.Error("Run did not return after cancel")
			}
			if logs := h.logs.String(); strings.Contains(logs, goodToken) {
				t.Errorf("the token is in the logs:\n%s", logs)
			}
		})
	}
	t.Cleanup(h.stop)
	h.f.waitRequests("PUT", "/applications/"+appID+"/guilds/g1/commands", 1)
	return h
}

// sent is the JSON of a message we sent, as Discord reads it.
type sent struct {
	Content string `json:"content"`
	Embeds  []struct {
		Title       string `json:"title"`
		Description string `json:"description"`
		Fields      []struct {
			Name  string `json:"name"`
			Value string `json:"value"`
		} `json:"fields"`
		Footer *struct {
			Text string `json:"text"`
		} `json:"footer"`
	} `json:"embeds"`
	Components []struct {
		Components []struct {
			Label    string `json:"label"`
			CustomID string `json:"custom_id"`
		} `json:"components"`
	} `json:"components"`
	AllowedMentions *struct {
		Parse []string `json:"parse"`
	} `json:"allowed_mentions"`
	Reference *struct {
		MessageID string `json:"message_id"`
	} `json:"message_reference"`
	Nonce string `json:"nonce"`
}

func decode(t *testing.T, r request) sent {
	t.Helper()
	var s sent
	if err := json.Unmarshal([]byte(r.Body), &s); err != nil {
		t.Fatalf("%s %s: bad JSON %q: %v", r.Method, r.Path, r.Body, err)
	}
	if !strings.Contains(r.Body, `"parse":[]`) {
		t.Errorf("%s %s: no \"parse\":[] in %s", r.Method, r.Path, r.Body)
	}
	return s
}

// waitRemembered waits until the adapter knows the conversation of message id.
func (h *harness) waitRemembered(id string) {
	h.f.t.Helper()
	h.f.waitFor("message "+id+" remembered", func() bool { return slices.Contains(h.remembered, id) })
}

// sentID is the id Discord gave a message we sent.
func sentID(t *testing.T, r request) string {
	t.Helper()
	var m struct {
		ID string `json:"id"`
	}
	if err := json.Unmarshal([]byte(r.Response), &m); err != nil || m.ID == "" {
		t.Fatalf("no message id in %q", r.Response)
	}
	return m.ID
}

func wantMessage(t *testing.T, got, want bot.Message) {
	t.Helper()
	// Every message names its room, the channel, and its author's name
	// (session_test.go checks them).
	if want.Room == "" {
		channel := strings.Split(want.Conversation, ":")[1]
		want.Room, want.UserName = "discord:channel:"+channel, got.UserName
	}
	if got != want {
		t.Errorf("handler got %+v, want %+v", got, want)
	}
}

func TestMentionAnsweredWithCitation(t *testing.T) {
	t.Parallel()
	h := start(t, newFakeBot(nil), nil)
	h.f.dispatch("MESSAGE_CREATE", message("m1", "c1", "g1", "u1", "<@"+botID+"> Qui a parlé de la Syrie ?", true))

	wantMessage(t, h.bot.next(t), bot.Message{Platform: "discord", UserID: "u1", Conversation: "discord:c1:u1", Text: "Qui a parlé de la Syrie ?"})
	s := decode(t, h.f.waitRequests("POST", "/channels/c1/messages", 1)[0])
	if s.Content != "Vous avez demandé : Qui a parlé de la Syrie ?" {
		t.Errorf("content = %q", s.Content)
	}
	if s.Reference == nil || s.Reference.MessageID != "m1" {
		t.Errorf("not a reply to the question: %+v", s.Reference)
	}
	if s.Nonce == "" {
		t.Error("no nonce: a retried send could post twice")
	}
	if len(s.Embeds) != 1 {
		t.Fatalf("%d embeds, want 1", len(s.Embeds))
	}
	e := s.Embeds[0]
	if e.Title != testCitation.Title {
		t.Errorf("embed title = %q", e.Title)
	}
	wantDesc := "§ 2, phrase 3\n> « Nous ne resterons pas les bras croisés », a déclaré William Hague."
	if e.Description != wantDesc {
		t.Errorf("embed description = %q, want %q", e.Description, wantDesc)
	}
	if len(e.Fields) != 1 || e.Fields[0].Value != "William Hague" {
		t.Errorf("speaker field = %+v", e.Fields)
	}
	if e.Footer == nil || e.Footer.Text != "hague-syrie" {
		t.Errorf("footer = %+v", e.Footer)
	}
	if len(s.Components) != 1 || len(s.Components[0].Components) != 1 ||
		s.Components[0].Components[0].CustomID != "citebot:/plus" || s.Components[0].Components[0].Label != "Plus de sources" {
		t.Errorf("buttons = %+v", s.Components)
	}
	h.f.mu.Lock()
	intents := discordgo.Intent(h.f.intents)
	h.f.mu.Unlock()
	if want := discordgo.IntentsGuildMessages | discordgo.IntentsDirectMessages | discordgo.IntentMessageContent; intents != want {
		t.Errorf("intents = %b, want %b", intents, want)
	}
}

func TestReplyToBotContinuesConversation(t *testing.T) {
	t.Parallel()
	h := start(t, newFakeBot(nil), nil)
	h.f.dispatch("MESSAGE_CREATE", message("m1", "c1", "g1", "u1", "<@!"+botID+"> Qui est Hague ?", true))
	h.bot.next(t)
	answer := sentID(t, h.f.waitRequests("POST", "/channels/c1/messages", 1)[0])
	h.waitRemembered(answer)

	// Another user replies to the bot's answer, without mentioning it.
	h.f.dispatch("MESSAGE_CREATE", replyTo(message("m2", "c1", "g1", "u2", "Et qu'a-t-il dit ?", false), answer))
	wantMessage(t, h.bot.next(t), bot.Message{Platform: "discord", UserID: "u2", Conversation: "discord:c1:u1", Text: "Et qu'a-t-il dit ?"})
	second := h.f.waitRequests("POST", "/channels/c1/messages", 2)[1]
	if s := decode(t, second); s.Reference == nil || s.Reference.MessageID != "m2" {
		t.Errorf("follow-up answer is not a reply to m2: %+v", s.Reference)
	}

	// A reply to the follow-up's answer stays in the same conversation.
	h.waitRemembered(sentID(t, second))
	h.f.dispatch("MESSAGE_CREATE", replyTo(message("m3", "c1", "g1", "u3", "Quand ?", false), sentID(t, second)))
	wantMessage(t, h.bot.next(t), bot.Message{Platform: "discord", UserID: "u3", Conversation: "discord:c1:u1", Text: "Quand ?"})
	h.f.waitRequests("POST", "/channels/c1/messages", 3)
}

func TestDirectMessage(t *testing.T) {
	t.Parallel()
	h := start(t, newFakeBot(nil), nil)
	h.f.dispatch("MESSAGE_CREATE", message("m1", "dm1", "", "u7", "Combien de pays ?", false))
	wantMessage(t, h.bot.next(t), bot.Message{Platform: "discord", UserID: "u7", Conversation: "discord:dm1:u7", Text: "Combien de pays ?"})
	s := decode(t, h.f.waitRequests("POST", "/channels/dm1/messages", 1)[0])
	if s.Content != "Vous avez demandé : Combien de pays ?" {
		t.Errorf("content = %q", s.Content)
	}
}

func TestSlashCommandDeferredThenEdited(t *testing.T) {
	t.Parallel()
	h := start(t, newFakeBot(nil), nil)
	h.f.dispatch("INTERACTION_CREATE", interaction("i1", 2, "c1", "u1", slash("question", option("question", "Qui a parlé ?", false))))
	wantMessage(t, h.bot.next(t), bot.Message{Platform: "discord", UserID: "u1", Conversation: "discord:c1:u1", Text: "Qui a parlé ?"})
	edit := h.f.waitRequests("PATCH", "/webhooks/"+appID+"/tok-i1/messages/@original", 1)[0]

	h.f.mu.Lock()
	var order []string
	for _, r := range h.f.reqs {
		if strings.Contains(r.Path, "i1") {
			order = append(order, r.Method+" "+r.Path)
		}
	}
	h.f.mu.Unlock()
	want := []string{"POST /interactions/i1/tok-i1/callback", "PATCH /webhooks/" + appID + "/tok-i1/messages/@original"}
	if !slices.Equal(order, want) {
		t.Errorf("calls = %q, want %q", order, want)
	}
	var cb struct {
		Type int `json:"type"`
	}
	json.Unmarshal([]byte(h.f.requests("POST", "/interactions/i1/", true)[0].Body), &cb)
	if cb.Type != int(discordgo.InteractionResponseDeferredChannelMessageWithSource) {
		t.Errorf("callback type = %d, want 5 (deferred)", cb.Type)
	}
	s := decode(t, edit)
	if s.Content != "Vous avez demandé : Qui a parlé ?" || len(s.Embeds) != 1 || len(s.Components) != 1 {
		t.Errorf("edit = %+v", s)
	}
}

// TestSlashCommandsLocalized: the commands registered are French, with
// English names and descriptions for English clients, /question bounded as
// the bot bounds a question, and the message command; each becomes the
// bot command it names.
func TestSlashCommandsLocalized(t *testing.T) {
	t.Parallel()
	h := start(t, newFakeBot(nil), nil)
	var cmds []struct {
		Type                     int               `json:"type"`
		Name                     string            `json:"name"`
		NameLocalizations        map[string]string `json:"name_localizations"`
		Description              string            `json:"description"`
		DescriptionLocalizations map[string]string `json:"description_localizations"`
		Options                  []struct {
			Name              string            `json:"name"`
			NameLocalizations map[string]string `json:"name_localizations"`
			MaxLength         int               `json:"max_length"`
			Autocomplete      bool              `json:"autocomplete"`
		} `json:"options"`
	}
	if err := json.Unmarshal([]byte(h.f.requests("PUT", "/applications/", true)[0].Body), &cmds); err != nil {
		t.Fatal(err)
	}
	want := []struct {
		typ                 int
		name, english, desc string
	}{
		{1, "question", "ask", "Poser une question sur les articles"},
		{1, "sources", "sources", "Les articles que je connais"},
		{1, "citer", "quote", "Ce qu'a dit une personne dans les articles"},
		{1, "quiz", "quiz", "Une question à choix multiples sur les articles"},
		{1, "classement", "score", "Le classement du quiz de la séance"},
		{1, "aide", "help", "Comment me poser des questions"},
		{3, "Demander à citebot", "Ask citebot", ""},
	}
	if len(cmds) != len(want) {
		t.Fatalf("registered %d commands: %+v", len(cmds), cmds)
	}
	for n, w := range want {
		c := cmds[n]
		if c.Type != w.typ || c.Name != w.name || c.NameLocalizations["en-US"] != w.english || c.NameLocalizations["en-GB"] != w.english || c.Description != w.desc {
			t.Errorf("command %d = %+v, want %+v", n, c, w)
		}
		if w.typ == 1 && c.DescriptionLocalizations["en-US"] == "" {
			t.Errorf("/%s has no English description", c.Name)
		}
	}
	if q := cmds[0].Options; len(q) != 1 || q[0].MaxLength != bot.MaxQuestionRunes {
		t.Errorf("/question options = %+v, want max_length %d", q, bot.MaxQuestionRunes)
	}
	if p := cmds[2].Options; len(p) != 1 || p[0].Name != "personne" || p[0].NameLocalizations["en-US"] != "person" || !p[0].Autocomplete || p[0].MaxLength == 0 {
		t.Errorf("/citer options = %+v", p)
	}

	tests := []struct {
		id   string
		data map[string]any
		want string
	}{
		{"i1", slash("sources"), "/sources"},
		{"i2", slash("aide"), "/aide"},
		{"i3", slash("citer", option("personne", "William Hague", false)), "/quote William Hague"},
		{"i4", slash("question", option("question", "Qui ?", false)), "Qui ?"},
		{"i5", slash("quiz", option("article", "2", false)), "/quiz 2"},
		{"i6", slash("classement"), "/score"},
	}
	for n, tt := range tests {
		h.f.dispatch("INTERACTION_CREATE", interaction(tt.id, 2, "c1", "u1", tt.data))
		if got := h.bot.next(t).Text; got != tt.want {
			t.Errorf("%v: text = %q, want %q", tt.data["name"], got, tt.want)
		}
		h.f.waitRequests("PATCH", "/webhooks/", n+1)
	}
}

func TestQuoteAutocomplete(t *testing.T) {
	t.Parallel()
	h := start(t, newFakeBot(nil), nil)
	h.f.dispatch("INTERACTION_CREATE", interaction("i9", 4, "c1", "u1", slash("citer", option("personne", "hag", true))))
	r := h.f.waitRequests("POST", "/interactions/i9/tok-i9/callback", 1)[0]
	var cb struct {
		Type int `json:"type"`
		Data struct {
			Choices []struct {
				Name  string `json:"name"`
				Value string `json:"value"`
			} `json:"choices"`
		} `json:"data"`
	}
	if err := json.Unmarshal([]byte(r.Body), &cb); err != nil {
		t.Fatal(err)
	}
	if cb.Type != int(discordgo.InteractionApplicationCommandAutocompleteResult) {
		t.Errorf("type = %d, want 8", cb.Type)
	}
	if len(cb.Data.Choices) == 0 || cb.Data.Choices[0].Name != "William Hague" || cb.Data.Choices[0].Value != "William Hague" {
		t.Errorf("choices = %+v, want William Hague first", cb.Data.Choices)
	}
	select {
	case m := <-h.bot.msgs:
		t.Errorf("autocomplete reached the handler: %+v", m)
	default:
	}
}

// TestMoreSourcesButton: a click is acknowledged without a new message,
// the button is disabled by editing the message that holds it (its other
// buttons stay), and the sources follow in the answer's conversation.
func TestMoreSourcesButton(t *testing.T) {
	t.Parallel()
	h := start(t, newFakeBot(nil), nil)
	h.f.dispatch("MESSAGE_CREATE", message("m1", "c1", "g1", "u1", "<@"+botID+"> Qui ?", true))
	h.bot.next(t)
	answer := sentID(t, h.f.waitRequests("POST", "/channels/c1/messages", 1)[0])
	h.waitRemembered(answer)

	click := interaction("i5", 3, "c1", "u2", map[string]any{"custom_id": "citebot:/plus", "component_type": 2})
	click["message"] = map[string]any{"id": answer, "channel_id": "c1", "content": "…", "timestamp": timestamp,
		"author": map[string]any{"id": botID, "username": "citebot", "bot": true},
		"components": []any{map[string]any{"type": 1, "components": []any{
			map[string]any{"type": 2, "style": 2, "label": "Plus de sources", "custom_id": "citebot:/plus"},
			map[string]any{"type": 2, "style": 5, "label": "Lire l'article", "url": "https://example.org/a"},
		}}}}
	h.f.dispatch("INTERACTION_CREATE", click)

	wantMessage(t, h.bot.next(t), bot.Message{Platform: "discord", UserID: "u2", Conversation: "discord:c1:u1", Text: "/plus"})
	edit := h.f.waitRequests("PATCH", "/webhooks/"+appID+"/tok-i5/messages/@original", 1)[0]
	var used struct {
		Components []struct {
			Components []struct {
				Label    string `json:"label"`
				CustomID string `json:"custom_id"`
				URL      string `json:"url"`
				Disabled bool   `json:"disabled"`
			} `json:"components"`
		} `json:"components"`
	}
	if err := json.Unmarshal([]byte(edit.Body), &used); err != nil {
		t.Fatal(err)
	}
	if len(used.Components) != 1 || len(used.Components[0].Components) != 2 {
		t.Fatalf("edited components = %s", edit.Body)
	}
	if b := used.Components[0].Components; !b[0].Disabled || b[0].CustomID != "citebot:/plus" || b[1].Disabled || b[1].URL == "" {
		t.Errorf("after the click the buttons are %+v, want the first disabled, the link kept", b)
	}
	if strings.Contains(edit.Body, `"content"`) || strings.Contains(edit.Body, `"embeds"`) {
		t.Errorf("the edit touches more than the buttons: %s", edit.Body)
	}
	s := decode(t, h.f.waitRequests("POST", "/webhooks/"+appID+"/tok-i5", 1)[0])
	if s.Content != "Vous avez demandé : /plus" {
		t.Errorf("follow-up = %+v", s)
	}
	var cb struct {
		Type int `json:"type"`
	}
	json.Unmarshal([]byte(h.f.requests("POST", "/interactions/i5/", true)[0].Body), &cb)
	if cb.Type != int(discordgo.InteractionResponseDeferredMessageUpdate) {
		t.Errorf("callback type = %d, want 6 (deferred update)", cb.Type)
	}
}

func TestLongAnswerSplit(t *testing.T) {
	t.Parallel()
	var body strings.Builder
	for i := 0; body.Len() < 9000; i++ {
		body.WriteString("Le ministre a précisé que la phrase numéro ")
		body.WriteString(strings.Repeat("très ", i%7))
		body.WriteString("longue se termine ici. ")
	}
	cits := make([]bot.Citation, 12)
	for i := range cits {
		cits[i] = testCitation
		cits[i].Quote = strings.Repeat("Une citation assez longue pour peser. ", 30)
	}
	reply := func(bot.Message) bot.Reply {
		return bot.Reply{Kind: bot.KindAnswer, Body: body.String(), Text: body.String(), Citations: cits,
			Actions: []bot.Action{{Label: "Plus de sources", Command: "/plus"}}}
	}
	h := start(t, newFakeBot(reply), nil)
	h.f.dispatch("MESSAGE_CREATE", message("m1", "dm2", "", "u1", "Raconte.", false))
	h.bot.next(t)
	h.stop() // Run returns once every part is sent

	reqs := h.f.requests("POST", "/channels/dm2/messages", true)
	if len(reqs) < 5 {
		t.Fatalf("%d messages, want at least 5 (9000 characters, 12 embeds)", len(reqs))
	}
	var contents []string
	embeds := 0
	for i, r := range reqs {
		s := decode(t, r)
		if w := width(s.Content); w > maxContent {
			t.Errorf("message %d: %d characters", i, w)
		}
		if s.Content != "" {
			contents = append(contents, s.Content)
			if !strings.HasSuffix(s.Content, ".") {
				t.Errorf("message %d not cut at a sentence end: …%q", i, s.Content[max(0, len(s.Content)-20):])
			}
		}
		if len(s.Embeds) > maxEmbeds {
			t.Errorf("message %d: %d embeds", i, len(s.Embeds))
		}
		embeds += len(s.Embeds)
		if (i == 0) != (s.Reference != nil) {
			t.Errorf("message %d: reference %+v (only the first replies)", i, s.Reference)
		}
		if (i == len(reqs)-1) != (len(s.Components) > 0) {
			t.Errorf("message %d: components %+v (only the last has buttons)", i, s.Components)
		}
	}
	if embeds != len(cits) {
		t.Errorf("%d embeds sent, want %d", embeds, len(cits))
	}
	if got, want := strings.Fields(strings.Join(contents, " ")), strings.Fields(safeText(body.String())); !slices.Equal(got, want) {
		t.Errorf("text lost or reordered in the split: %d words sent, %d in the answer", len(got), len(want))
	}
}

func TestMentionsAndMarkdownNeutralised(t *testing.T) {
	t.Parallel()
	h := start(t, newFakeBot(nil), nil)
	q := "@everyone @here <@&123> <@456> **gras** __souligné__ `code` [lien](https://exemple.fr) ||spoiler||"
	h.f.dispatch("MESSAGE_CREATE", message("m1", "c1", "g1", "u1", "<@"+botID+"> "+q, true))
	h.bot.next(t)
	h.f.dispatch("INTERACTION_CREATE", interaction("i1", 2, "c1", "u1", slash("question", option("question", q, false))))
	h.bot.next(t)
	h.f.waitRequests("PATCH", "/webhooks/", 1)

	for _, r := range append(h.f.requests("POST", "/channels/", true), h.f.requests("PATCH", "/webhooks/", true)...) {
		s := decode(t, r) // checks "parse":[]
		for _, bad := range []string{"@everyone", "@here", "<@&123>", "<@456>", "**gras**", "__souligné__", "[lien]("} {
			if strings.Contains(s.Content, bad) {
				t.Errorf("%s %s: %q not neutralised in %q", r.Method, r.Path, bad, s.Content)
			}
		}
		for _, good := range []string{"@\u200beveryone", "@\u200bhere", "<@\u200b&123>", "<@\u200b456>", `\*\*gras\*\*`, `\_\_souligné\_\_`, "\\`code\\`", `\|\|spoiler\|\|`} {
			if !strings.Contains(s.Content, good) {
				t.Errorf("%s %s: want %q in %q", r.Method, r.Path, good, s.Content)
			}
		}
	}
}

func TestRateLimitRetriedOnce(t *testing.T) {
	t.Parallel()
	h := start(t, newFakeBot(nil), nil)
	h.f.fail("POST", "/channels/c1/messages", failure{
		status: 429,
		header: map[string]string{"Retry-After": "1", "X-RateLimit-Limit": "5", "X-RateLimit-Remaining": "0",
			"X-RateLimit-Reset-After": "0.05", "X-RateLimit-Bucket": "b1", "X-RateLimit-Scope": "user"},
		body: `{"message": "You are being rate limited.", "retry_after": 0.05, "global": false}`,
	})
	h.f.dispatch("MESSAGE_CREATE", message("m1", "c1", "g1", "u1", "<@"+botID+"> Qui ?", true))
	h.bot.next(t)
	h.f.waitRequests("POST", "/channels/c1/messages", 1)
	h.stop()

	all := h.f.requests("POST", "/channels/c1/messages", false)
	if len(all) != 2 || all[0].Status != 429 || all[1].Status != 200 {
		t.Errorf("calls = %+v, want a 429 then one 200", all)
	}
	if n := h.errs.count("rate_limit"); n != 1 {
		t.Errorf("rate limits reported = %d, want 1", n)
	}
}

func TestServerErrorsSurvived(t *testing.T) {
	t.Parallel()
	h := start(t, newFakeBot(nil), nil)
	h.f.fail("POST", "/channels/c1/messages",
		failure{status: 500, body: `{"message": "500: Internal Server Error", "code": 0}`},
		failure{status: 503, body: `upstream connect error`})
	h.f.dispatch("MESSAGE_CREATE", message("m1", "c1", "g1", "u1", "<@"+botID+"> Qui ?", true))
	h.bot.next(t)
	h.f.waitRequests("POST", "/channels/c1/messages", 1)

	all := h.f.requests("POST", "/channels/c1/messages", false)
	if len(all) != 3 || all[2].Status != 200 {
		t.Fatalf("calls = %+v, want 500, 503, 200", all)
	}
	if n0, n2 := decode(t, all[0]).Nonce, decode(t, all[2]).Nonce; n0 == "" || n0 != n2 {
		t.Errorf("retry nonce %q ≠ first nonce %q: Discord could post twice", n2, n0)
	}
	if n := h.errs.count("send"); n != 2 {
		t.Errorf("send errors reported = %d, want 2", n)
	}

	// An edit that keeps failing is given up after the retries; the adapter
	// goes on answering.
	for range 4 {
		h.f.fail("PATCH", "/webhooks/"+appID+"/tok-i1/messages/@original", failure{status: 502, body: `bad gateway`})
		h.f.fail("PATCH", "/webhooks/"+appID+"/tok-i1/messages/@original", failure{status: 500, body: `{"message": "oops"}`})
	}
	h.f.dispatch("INTERACTION_CREATE", interaction("i1", 2, "c1", "u1", slash("sources")))
	h.bot.next(t)
	h.f.dispatch("MESSAGE_CREATE", message("m2", "c1", "g1", "u1", "<@"+botID+"> Et après ?", true))
	h.bot.next(t)
	h.f.waitRequests("POST", "/channels/c1/messages", 2)
	h.stop()
	if n := h.errs.count("edit"); n != 4 {
		t.Errorf("edit errors reported = %d, want 4 (one try and three retries)", n)
	}
	if !strings.Contains(h.logs.String(), "answer not delivered") {
		t.Error("the lost answer was not logged")
	}
}

func TestGatewayOutageAtStartSurvived(t *testing.T) {
	t.Parallel()
	f := newFakeDiscord(t)
	f.fail("GET", "/users/@me", failure{status: 500, body: `{"message": "oops"}`})
	f.fail("GET", "/gateway", failure{status: 503, body: `no healthy upstream`}, failure{status: 500, body: `{"message": "oops"}`})
	h := startWith(t, f, newFakeBot(nil), nil) // returns once commands are registered
	h.f.dispatch("MESSAGE_CREATE", message("m1", "dm1", "", "u1", "Enfin ?", false))
	h.bot.next(t)
	h.f.waitRequests("POST", "/channels/dm1/messages", 1)
	if n, m := h.errs.count("gateway"), h.errs.count("me"); n != 2 || m != 1 {
		t.Errorf("errors reported: %d gateway, %d me; want 2 and 1", n, m)
	}
}

func TestGatewayDropSurvived(t *testing.T) {
	t.Parallel()
	h := start(t, newFakeBot(nil), nil)
	h.f.dispatch("MESSAGE_CREATE", message("m1", "c1", "g1", "u1", "<@"+botID+"> Avant ?", true))
	h.bot.next(t)
	h.f.waitRequests("POST", "/channels/c1/messages", 1)

	h.f.drop()
	h.f.waitFor("the client to reconnect", func() bool { return len(h.f.handshakes) == 2 })
	h.f.mu.Lock()
	hs := slices.Clone(h.f.handshakes)
	h.f.mu.Unlock()
	if !slices.Equal(hs, []int{2, 6}) {
		t.Errorf("handshakes = %v, want identify then resume", hs)
	}

	h.f.dispatch("MESSAGE_CREATE", message("m2", "c1", "g1", "u1", "<@"+botID+"> Après ?", true))
	wantMessage(t, h.bot.next(t), bot.Message{Platform: "discord", UserID: "u1", Conversation: "discord:c1:u1", Text: "Après ?"})
	h.f.waitRequests("POST", "/channels/c1/messages", 2)
	// Defect 8 of issue 7: checking the count here raced the Disconnect
	// handler's goroutine.
	h.errs.waitCount(t, "gateway", 1)
}

// TestResumeReplayAnswered: a message sent while the connection was down,
// which Discord replays before RESUMED, is answered like any other.
func TestResumeReplayAnswered(t *testing.T) {
	t.Parallel()
	h := start(t, newFakeBot(nil), nil)
	h.f.dispatch("MESSAGE_CREATE", message("m1", "c1", "g1", "u1", "<@"+botID+"> Avant ?", true))
	h.bot.next(t)
	h.f.drop()
	h.f.dispatchMissed("MESSAGE_CREATE", message("m2", "c1", "g1", "u1", "<@"+botID+"> Pendant ?", true))
	wantMessage(t, h.bot.next(t), bot.Message{Platform: "discord", UserID: "u1", Conversation: "discord:c1:u1", Text: "Pendant ?"})
	h.f.waitRequests("POST", "/channels/c1/messages", 2)
}

func TestPanicInHandlerRecovered(t *testing.T) {
	t.Parallel()
	h := start(t, newFakeBot(func(m bot.Message) bot.Reply {
		if m.Text == "boom" {
			panic("matcher bug")
		}
		return echo(m)
	}), nil)
	h.f.dispatch("MESSAGE_CREATE", message("m1", "dm1", "", "u1", "boom", false))
	h.bot.next(t)
	if s := decode(t, h.f.waitRequests("POST", "/channels/dm1/messages", 1)[0]); s.Content != safeText(apology) {
		t.Errorf("after a panic the user got %q, want the apology", s.Content)
	}
	h.f.dispatch("MESSAGE_CREATE", message("m2", "dm1", "", "u1", "encore", false))
	h.bot.next(t)
	h.f.waitRequests("POST", "/channels/dm1/messages", 2)
	if n := h.errs.count("panic"); n != 1 {
		t.Errorf("panics reported = %d, want 1", n)
	}
}

// TestPanicInEventApologises: a panic while reading a message, outside
// the Handler, is logged with its stack and the user gets the apology.
func TestPanicInEventApologises(t *testing.T) {
	t.Parallel()
	h := start(t, newFakeBot(nil), nil)
	mc := &discordgo.MessageCreate{Message: &discordgo.Message{ID: "m1", ChannelID: "dm7"}}
	func() {
		defer h.a.recoverMessage(mc)
		panic("route bug")
	}()
	if s := decode(t, h.f.waitRequests("POST", "/channels/dm7/messages", 1)[0]); s.Content != safeText(apology) {
		t.Errorf("after a panic the user got %q, want the apology", s.Content)
	}
	h.errs.waitCount(t, "panic", 1)
	if l := h.logs.String(); !strings.Contains(l, "route bug") || !strings.Contains(l, "goroutine") {
		t.Errorf("panic logged without its stack:\n%s", l)
	}
}

func TestShutdownWaitsForAnswers(t *testing.T) {
	t.Parallel()
	release := make(chan struct{})
	h := start(t, newFakeBot(func(m bot.Message) bot.Reply {
		<-release
		return echo(m)
	}), nil)
	h.f.dispatch("MESSAGE_CREATE", message("m1", "dm1", "", "u1", "Lente ?", false))
	h.bot.next(t) // the answer is under way

	stopped := make(chan struct{})
	go func() { h.stop(); close(stopped) }()
	// Once the gateway is closed Run is waiting for the answer; let it go.
	h.f.waitFor("the gateway to close", func() bool { return h.f.closed == 1 })
	close(release)
	<-stopped
	if n := len(h.f.requests("POST", "/channels/dm1/messages", true)); n != 1 {
		t.Errorf("Run returned with %d answers sent, want 1", n)
	}
}

func TestBadTokenRefused(t *testing.T) {
	t.Parallel()
	f := newFakeDiscord(t)
	_, err := New(Options{Token: "Bot wrong-token-123", Handler: newFakeBot(nil), HTTPClient: f.client()})
	if !errors.Is(err, ErrBadToken) {
		t.Fatalf("err = %v, want ErrBadToken", err)
	}
	if msg := err.Error(); !strings.Contains(msg, "401") || !strings.Contains(msg, "CITEBOT_DISCORD_TOKEN") || strings.Contains(msg, "wrong-token-123") {
		t.Errorf("unclear or leaky error: %q", msg)
	}
	if got := len(f.requests("GET", "/gateway", false)); got != 0 {
		t.Errorf("the gateway was contacted %d times with a bad token", got)
	}

	for _, opts := range []Options{{Token: "", Handler: newFakeBot(nil)}, {Token: "  Bot  ", Handler: newFakeBot(nil)}, {Token: "x"}} {
		if _, err := New(opts); err == nil {
			t.Errorf("New(%+v) accepted", opts)
		}
	}
}
