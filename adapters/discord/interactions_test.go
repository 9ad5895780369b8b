package discord

import (
	"context"
	"encoding/json"
	"log/slog"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/bwmarrin/discordgo"

	"github.com/citebot/citebot/bot"
)

// flagsOf reads the flags of a callback ("data.flags") or a message.
func flagsOf(t *testing.T, r request) int {
	t.Helper()
	var v struct {
		Flags int `json:"flags"`
		Data  *struct {
			Flags int `json:"flags"`
		} `json:"data"`
	}
	if err := json.Unmarshal([]byte(r.Body), &v); err != nil {
		t.Fatalf("%s %s: %v", r.Method, r.Path, err)
	}
	if v.Data != nil {
		return v.Data.Flags
	}
	return v.Flags
}

// TestHelpIsPrivate: /aide is acknowledged privately (flag 64) and the
// help edits that acknowledgement, so the channel sees nothing.
func TestHelpIsPrivate(t *testing.T) {
	t.Parallel()
	h := start(t, newFakeBot(func(bot.Message) bot.Reply {
		return bot.Reply{Kind: bot.KindInfo, Text: "Aide.", Body: "Aide."}
	}), nil)
	h.f.dispatch("INTERACTION_CREATE", interaction("i1", 2, "c1", "u1", slash("aide")))
	h.bot.next(t)
	h.f.waitRequests("PATCH", "/webhooks/"+appID+"/tok-i1/messages/@original", 1)
	cb := h.f.requests("POST", "/interactions/i1/", true)[0]
	if got := flagsOf(t, cb); got != int(discordgo.MessageFlagsEphemeral) {
		t.Errorf("acknowledgement flags = %d, want 64: %s", got, cb.Body)
	}
	if n := len(h.f.requests("POST", "/channels/", false)); n != 0 {
		t.Errorf("%d messages posted in the channel", n)
	}
}

// TestErrorsAndLimitsArePrivate: a reply the channel need not see (an
// error, a rate-limit notice) to a public command replaces the public
// acknowledgement with a private follow-up flagged 64; a repeated notice
// is still given, privately, rather than leaving "thinking…" forever.
func TestErrorsAndLimitsArePrivate(t *testing.T) {
	t.Parallel()
	for _, r := range []bot.Reply{
		{Kind: bot.KindError, Text: "Votre message est trop long.", Body: "Votre message est trop long."},
		{Kind: bot.KindRateLimited, Repeated: true, Text: "Doucement : réessayez dans 12 s.", Body: "Doucement : réessayez dans 12 s."},
	} {
		t.Run(string(r.Kind), func(t *testing.T) {
			t.Parallel()
			h := start(t, newFakeBot(func(bot.Message) bot.Reply { return r }), nil)
			h.f.dispatch("INTERACTION_CREATE", interaction("i1", 2, "c1", "u1", slash("question", option("question", "Qui ?", false))))
			h.bot.next(t)
			f := h.f.waitRequests("POST", "/webhooks/"+appID+"/tok-i1", 1)[0]
			if got := flagsOf(t, f); got != int(discordgo.MessageFlagsEphemeral) {
				t.Errorf("follow-up flags = %d, want 64: %s", got, f.Body)
			}
			if s := decode(t, f); s.Content != r.Body {
				t.Errorf("follow-up = %q, want %q", s.Content, r.Body)
			}
			if del := h.f.requests("DELETE", "/webhooks/"+appID+"/tok-i1/messages/@original", true); len(del) != 1 {
				t.Errorf("the public acknowledgement was not deleted: %s", h.f.dump())
			}
			if got := flagsOf(t, h.f.requests("POST", "/interactions/i1/", true)[0]); got != 0 {
				t.Errorf("acknowledgement flags = %d, want public", got)
			}
		})
	}
}

// TestAnswersArePublic: an answer edits the public acknowledgement.
func TestAnswersArePublic(t *testing.T) {
	t.Parallel()
	h := start(t, newFakeBot(nil), nil)
	h.f.dispatch("INTERACTION_CREATE", interaction("i1", 2, "c1", "u1", slash("question", option("question", "Qui ?", false))))
	h.bot.next(t)
	edit := h.f.waitRequests("PATCH", "/webhooks/"+appID+"/tok-i1/messages/@original", 1)[0]
	if got := flagsOf(t, edit); got != 0 {
		t.Errorf("answer flags = %d", got)
	}
	if n := len(h.f.requests("DELETE", "/webhooks/", false)); n != 0 {
		t.Errorf("%d deletions", n)
	}
}

// TestAskAboutMessage: the message command asks the text of the message
// it is used on; on a message without text it says so, privately, without
// asking the bot.
func TestAskAboutMessage(t *testing.T) {
	t.Parallel()
	h := start(t, newFakeBot(nil), nil)
	target := func(content string) map[string]any {
		return map[string]any{"id": "cmd-ask", "name": "Demander à citebot", "type": 3, "target_id": "m7",
			"resolved": map[string]any{"messages": map[string]any{"m7": map[string]any{
				"id": "m7", "channel_id": "c1", "content": content, "timestamp": timestamp, "author": user("u3")}}}}
	}
	h.f.dispatch("INTERACTION_CREATE", interaction("i1", 2, "c1", "u1", target("Qui a ouvert la conférence ?")))
	wantMessage(t, h.bot.next(t), bot.Message{Platform: "discord", UserID: "u1", Conversation: "discord:c1:u1", Text: "Qui a ouvert la conférence ?"})
	h.f.waitRequests("PATCH", "/webhooks/"+appID+"/tok-i1/messages/@original", 1)

	h.f.dispatch("INTERACTION_CREATE", interaction("i2", 2, "c1", "u1", target("")))
	cb := h.f.waitRequests("POST", "/interactions/i2/", 1)[0]
	if got := flagsOf(t, cb); got != int(discordgo.MessageFlagsEphemeral) || !strings.Contains(cb.Body, "pas de texte") {
		t.Errorf("reply to a message without text = %s", cb.Body)
	}
	select {
	case m := <-h.bot.msgs:
		t.Errorf("the bot was asked %+v", m)
	default:
	}
}

// TestSharding: a shard identifies to the gateway as its shard, and only
// shard 0 registers the commands; a shard id past the count is refused.
func TestSharding(t *testing.T) {
	t.Parallel()
	f := newFakeDiscord(t)
	logs := &waitLine{line: "commands are registered by shard 0", seen: make(chan struct{})}
	a, err := New(Options{Token: goodToken, Handler: newFakeBot(nil), HTTPClient: f.client(), ShardID: 1, ShardCount: 2,
		RetryBackoff: time.Millisecond, StartTimeout: waitLimit, Logger: slog.New(slog.NewTextHandler(logs, nil))})
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- a.Run(ctx) }()
	f.waitFor("an IDENTIFY", func() bool { return len(f.handshakes) > 0 })
	f.mu.Lock()
	shard := f.shard
	f.mu.Unlock()
	// Run logs that it leaves the commands to shard 0 where shard 0
	// registers them: past that point a registration would be recorded.
	select {
	case <-logs.seen:
	case <-time.After(waitLimit):
		t.Fatal("shard 1 never got past registration")
	}
	cancel()
	if err := <-done; err != nil {
		t.Fatal(err)
	}
	if !slices.Equal(shard, []int{1, 2}) {
		t.Errorf("IDENTIFY shard = %v, want [1 2]", shard)
	}
	if n := len(f.requests("PUT", "/applications/", false)); n != 0 {
		t.Errorf("shard 1 registered the commands %d times", n)
	}
	if _, err := New(Options{Token: goodToken, Handler: newFakeBot(nil), HTTPClient: f.client(), ShardID: 2, ShardCount: 2}); err == nil {
		t.Error("shard 2 of 2 accepted")
	}
}

func TestInviteURL(t *testing.T) {
	u := InviteURL("901")
	for _, want := range []string{"client_id=901", "scope=bot+applications.commands", "permissions=274877991936"} {
		if !strings.Contains(u, want) {
			t.Errorf("invite URL %s lacks %s", u, want)
		}
	}
}

// TestCitationLinksToArticle: a citation whose article has a URL and a
// date links its embed title there, shows the date, and gets a link
// button; a citation without one gets neither.
func TestCitationLinksToArticle(t *testing.T) {
	t.Parallel()
	h := start(t, newFakeBot(func(m bot.Message) bot.Reply {
		r := echo(m)
		linked := testCitation
		linked.URL, linked.Date = "https://example.org/syrie", "2011-05-26"
		r.Citations = []bot.Citation{linked, {Article: "g8", Title: "G8", Paragraph: 1, Sentence: 1, Quote: "Une phrase."}}
		return r
	}), nil)
	h.f.dispatch("MESSAGE_CREATE", message("m1", "c1", "g1", "u1", "<@"+botID+"> Qui ?", true))
	h.bot.next(t)
	body := h.f.waitRequests("POST", "/channels/c1/messages", 1)[0].Body
	var m struct {
		Embeds []struct {
			URL    string `json:"url"`
			Footer struct {
				Text string `json:"text"`
			} `json:"footer"`
		} `json:"embeds"`
		Components []struct {
			Components []struct {
				Style int    `json:"style"`
				URL   string `json:"url"`
				Label string `json:"label"`
			} `json:"components"`
		} `json:"components"`
	}
	if err := json.Unmarshal([]byte(body), &m); err != nil {
		t.Fatal(err)
	}
	if len(m.Embeds) != 2 || m.Embeds[0].URL != "https://example.org/syrie" || !strings.Contains(m.Embeds[0].Footer.Text, "2011-05-26") || m.Embeds[1].URL != "" {
		t.Errorf("embeds = %+v", m.Embeds)
	}
	var links []string
	for _, row := range m.Components {
		for _, b := range row.Components {
			if b.Style == int(discordgo.LinkButton) {
				links = append(links, b.URL)
			}
		}
	}
	if len(links) != 1 || links[0] != "https://example.org/syrie" {
		t.Errorf("link buttons = %q", links)
	}
}

// waitLine closes seen once a log line containing line is written.
type waitLine struct {
	line string
	seen chan struct{}
	once sync.Once
}

func (w *waitLine) Write(p []byte) (int, error) {
	if strings.Contains(string(p), w.line) {
		w.once.Do(func() { close(w.seen) })
	}
	return len(p), nil
}
