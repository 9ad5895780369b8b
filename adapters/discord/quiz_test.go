package discord

import (
	"context"
	"encoding/json"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/citebot/citebot/bot"
	"github.com/citebot/citebot/knowledge"
	"github.com/citebot/citebot/knowledge/corpus"
)

func seedBot(t *testing.T) *bot.Bot {
	t.Helper()
	base, err := knowledge.Load(corpus.FS())
	if err != nil {
		t.Fatal(err)
	}
	return bot.New(base, bot.Options{})
}

// click is a press on a quiz button of message msg.
func click(id, user, msg, customID string) map[string]any {
	c := interaction(id, 3, "c1", user, map[string]any{"custom_id": customID, "component_type": 2})
	c["message"] = map[string]any{"id": msg, "channel_id": "c1", "content": "…", "timestamp": timestamp,
		"author": map[string]any{"id": botID, "username": "citebot", "bot": true}}
	return c
}

// callback is the response the adapter gave to interaction id.
func callback(t *testing.T, h *harness, id string) (typ int, flags int, content string) {
	t.Helper()
	r := h.f.waitRequests("POST", "/interactions/"+id+"/", 1)[0]
	var cb struct {
		Type int `json:"type"`
		Data struct {
			Content string `json:"content"`
			Flags   int    `json:"flags"`
		} `json:"data"`
	}
	if err := json.Unmarshal([]byte(r.Body), &cb); err != nil {
		t.Fatal(err)
	}
	return cb.Type, cb.Data.Flags, cb.Data.Content
}

// TestQuizRound: /quiz through the real bot posts the item with one button
// an option; each member's first click counts, privately acknowledged; at
// the end the buttons go and the results show who was right, the counts,
// the right option and its citation.
func TestQuizRound(t *testing.T) {
	t.Parallel()
	b := seedBot(t)
	h := start(t, newFakeBot(func(m bot.Message) bot.Reply { return b.Handle(context.Background(), m) }),
		func(o *Options) { o.QuizTime = time.Hour }) // the test closes the round itself
	h.f.dispatch("INTERACTION_CREATE", interaction("i1", 2, "c1", "u1", slash("quiz", option("article", "3", false))))
	if got := h.bot.next(t).Text; got != "/quiz 3" {
		t.Fatalf("handler got %q", got)
	}
	posted := h.f.waitRequests("PATCH", "/webhooks/"+appID+"/tok-i1/messages/@original", 1)[0]
	msg := sentID(t, posted)
	q := decode(t, posted)
	if len(q.Components) != 1 || len(q.Components[0].Components) < 3 || !strings.HasPrefix(q.Content, "**Quiz**") {
		t.Fatalf("quiz message %+v", q)
	}
	item, _, ok := parseQuizButton(q.Components[0].Components[0].CustomID)
	if !ok {
		t.Fatalf("custom id %q", q.Components[0].Components[0].CustomID)
	}
	it, ok := b.QuizItem(item)
	if !ok || it.Citation.Article != "002_53383375f12bf74e" {
		t.Fatalf("item %s: %+v", item, it)
	}
	for i, btn := range q.Components[0].Components {
		if btn.Label != strconv.Itoa(i+1) || !strings.Contains(q.Content, "**"+strconv.Itoa(i+1)+".** ") {
			t.Errorf("button %d: %+v", i, btn)
		}
	}
	wrong := (it.Answer + 1) % len(it.Options)
	press := func(id, user string, choice int) string {
		h.f.dispatch("INTERACTION_CREATE", click(id, user, msg, quizIDPrefix+it.ID+":"+strconv.Itoa(choice)))
		typ, flags, content := callback(t, h, id)
		if typ != 4 || flags != 64 {
			t.Errorf("click %s: callback type %d flags %d, want an ephemeral message", id, typ, flags)
		}
		return content
	}
	if c := press("k1", "u2", it.Answer); !strings.Contains(c, "enregistrée") {
		t.Errorf("first click: %q", c)
	}
	if c := press("k2", "u3", wrong); !strings.Contains(c, "enregistrée") {
		t.Errorf("other member: %q", c)
	}
	if c := press("k3", "u2", wrong); !strings.Contains(c, "déjà répondu") {
		t.Errorf("second click: %q", c)
	}

	closed := make(chan string, 1)
	h.a.rounds.mu.Lock()
	h.a.rounds.onClose = func(m string) { closed <- m }
	h.a.rounds.mu.Unlock()
	key := roundKey("c1", it.ID)
	// The adapter learns the message id from the response to its PATCH,
	// which the fake records before it answers: close only once known, as
	// the round's own timer does.
	for deadline := time.Now().Add(waitLimit); ; time.Sleep(5 * time.Millisecond) {
		h.a.rounds.mu.Lock()
		known := h.a.rounds.rounds[key] != nil && h.a.rounds.rounds[key].message != ""
		h.a.rounds.mu.Unlock()
		if known {
			break
		}
		if time.Now().After(deadline) {
			t.Fatal("the round never learnt its message id")
		}
	}
	h.a.closeRound(key)
	select {
	case m := <-closed:
		if m != key {
			t.Errorf("closed %q, want %q", m, key)
		}
	case <-time.After(waitLimit):
		t.Fatal("the round did not close")
	}
	edits := h.f.requests("PATCH", "/webhooks/"+appID+"/tok-i1/messages/@original", true)
	if len(edits) != 2 || len(decode(t, edits[1]).Components) != 0 {
		t.Errorf("buttons not removed: %d edits", len(edits))
	}
	res := decode(t, h.f.waitRequests("POST", "/channels/c1/messages", 1)[0])
	if !strings.Contains(res.Content, "2 réponses, 1 juste") || !strings.Contains(res.Content, "<@u2>") || strings.Contains(res.Content, "<@u3>") {
		t.Errorf("results: %q", res.Content)
	}
	if !strings.Contains(res.Content, strconv.Itoa(it.Answer+1)+". ") || res.Reference == nil || res.Reference.MessageID != msg {
		t.Errorf("results do not show the right option or reply to the quiz: %+v", res)
	}
	if len(res.Embeds) != 1 || !strings.Contains(res.Embeds[0].Description, it.Citation.Quote[:30]) {
		t.Errorf("results lack the citation: %+v", res.Embeds)
	}
	if c := press("k4", "u4", it.Answer); !strings.Contains(c, "terminé") {
		t.Errorf("click after the end: %q", c)
	}
}

// TestQuizTimeLimit: the round closes by itself when its time is up.
func TestQuizTimeLimit(t *testing.T) {
	t.Parallel()
	b := seedBot(t)
	h := start(t, newFakeBot(func(m bot.Message) bot.Reply { return b.Handle(context.Background(), m) }),
		func(o *Options) { o.QuizTime = 50 * time.Millisecond })
	h.f.dispatch("MESSAGE_CREATE", message("m1", "c1", "g1", "u1", "<@"+botID+"> /quiz", true))
	h.bot.next(t)
	quizMsg := h.f.waitRequests("POST", "/channels/c1/messages", 1)[0]
	if len(decode(t, quizMsg).Components) != 1 {
		t.Fatalf("no buttons: %s", quizMsg.Body)
	}
	res := decode(t, h.f.waitRequests("POST", "/channels/c1/messages", 2)[1])
	if !strings.Contains(res.Content, "Personne n'a répondu") || res.Reference == nil || res.Reference.MessageID != sentID(t, quizMsg) {
		t.Errorf("results: %+v", res)
	}
}

func TestParseQuizButton(t *testing.T) {
	for _, c := range []struct {
		in     string
		item   string
		choice int
		ok     bool
	}{
		{quizIDPrefix + "abc:2", "abc", 2, true},
		{quizIDPrefix + "abc:0", "abc", 0, true},
		{quizIDPrefix + "abc:-1", "", 0, false},
		{quizIDPrefix + "abc:02", "", 0, false},
		{quizIDPrefix + ":1", "", 0, false},
		{quizIDPrefix + "abc", "", 0, false},
		{"citebot:/plus", "", 0, false},
	} {
		item, choice, ok := parseQuizButton(c.in)
		if item != c.item || choice != c.choice || ok != c.ok {
			t.Errorf("parseQuizButton(%q) = %q, %d, %v", c.in, item, choice, ok)
		}
	}
}

func FuzzParseQuizButton(f *testing.F) {
	for _, s := range []string{quizIDPrefix + "abc:2", quizIDPrefix + "x:99999999999999999999", "citebot:/plus", quizIDPrefix + "::"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		item, choice, ok := parseQuizButton(s)
		if ok && (item == "" || choice < 0 || quizIDPrefix+item+":"+strconv.Itoa(choice) != s) {
			t.Fatalf("parseQuizButton(%q) = %q, %d", s, item, choice)
		}
	})
}

// TestQuizRoundInSession: in a channel with a classroom session, the
// members' first clicks reach the session (one answer each, right or
// wrong), and the session's leaderboard and summary count them.
func TestQuizRoundInSession(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	b := seedBot(t)
	recorded := make(chan string, 16)
	h := start(t, newFakeBot(func(m bot.Message) bot.Reply {
		r := b.Handle(ctx, m)
		if strings.HasPrefix(m.Text, "/reponse") {
			recorded <- m.UserID
		}
		return r
	}), func(o *Options) { o.QuizTime = time.Hour })
	started := b.Handle(ctx, bot.Message{Platform: platform, UserID: "prof", Room: room("c1"), Teacher: true, Text: "/session start Quiz en classe"})
	if started.Session == "" {
		t.Fatalf("session not started: %s", started.Text)
	}
	h.f.dispatch("INTERACTION_CREATE", interaction("i1", 2, "c1", "u1", slash("quiz", option("article", "3", false))))
	h.bot.next(t)
	posted := h.f.waitRequests("PATCH", "/webhooks/"+appID+"/tok-i1/messages/@original", 1)[0]
	msg := sentID(t, posted)
	item, _, ok := parseQuizButton(decode(t, posted).Components[0].Components[0].CustomID)
	if !ok {
		t.Fatal("no quiz button")
	}
	it, _ := b.QuizItem(item)
	wrong := (it.Answer + 1) % len(it.Options)
	for _, c := range []struct {
		id, user string
		choice   int
	}{{"k1", "u2", it.Answer}, {"k2", "u3", wrong}, {"k3", "u2", wrong}} {
		h.f.dispatch("INTERACTION_CREATE", click(c.id, c.user, msg, quizIDPrefix+it.ID+":"+strconv.Itoa(c.choice)))
		callback(t, h, c.id)
	}
	for range 2 { // u2's second click is refused by the round: it never reaches the bot
		select {
		case <-recorded:
		case <-time.After(waitLimit):
			t.Fatal("an accepted click did not reach the bot")
		}
	}
	sum, err := b.SessionSummary(ctx, started.Session)
	if err != nil {
		t.Fatal(err)
	}
	if len(sum.Quiz) != 1 || sum.Quiz[0].Item != it.ID || sum.Quiz[0].Answered != 2 || sum.Quiz[0].Correct != 1 {
		t.Fatalf("session quiz = %+v; want item %s with 2 answers, 1 right", sum.Quiz, it.ID)
	}
	if len(sum.Scores) != 2 || sum.Scores[0].Right != 1 || sum.Scores[1].Right != 0 {
		t.Errorf("scores = %+v", sum.Scores)
	}
	score := b.Handle(ctx, bot.Message{Platform: platform, UserID: "u2", Room: room("c1"), Text: "/classement"})
	// Students are numbered in the order their answers arrived, which two
	// clicks at once do not fix.
	if !regexp.MustCompile(`\n  1\. élève [12] — 1/1\n  2\. élève [12] — 0/1\nVous êtes élève [12] : 1 bonne\(s\) réponse\(s\) sur 1\.`).MatchString(score.Text) {
		t.Errorf("/classement:\n%s", score.Text)
	}
	select {
	case u := <-recorded:
		t.Errorf("%s's second click reached the bot", u)
	default:
	}
}
