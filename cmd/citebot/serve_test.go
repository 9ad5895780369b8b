package main

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"regexp"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/citebot/citebot/bot"
	"github.com/citebot/citebot/config"
	"github.com/citebot/citebot/knowledge"
	"github.com/citebot/citebot/knowledge/corpus"
)

func serveBot(t *testing.T) *bot.Bot {
	t.Helper()
	base, err := knowledge.Load(corpus.FS())
	if err != nil {
		t.Fatal(err)
	}
	return bot.New(base, bot.Options{})
}

// lineSink hands each line written to it to the test.
type lineSink struct{ lines chan string }

func (s lineSink) Write(p []byte) (int, error) {
	for _, l := range strings.Split(strings.TrimRight(string(p), "\n"), "\n") {
		s.lines <- l
	}
	return len(p), nil
}

// startServe runs serve until the test ends and returns the start-up line.
func startServe(t *testing.T, cfg config.Config) string {
	t.Helper()
	sink := lineSink{lines: make(chan string, 100)}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- serve(ctx, cfg, serveBot(t), nil, sink) }()
	t.Cleanup(func() {
		cancel()
		if err := <-done; err != nil {
			t.Errorf("serve after cancel: %v", err)
		}
	})
	select {
	case l := <-sink.lines:
		return l
	case err := <-done:
		t.Fatalf("serve returned before serving: %v", err)
	case <-time.After(20 * time.Second):
		t.Fatal("serve printed no start-up line")
	}
	return ""
}

var httpURLRE = regexp.MustCompile(`http://127\.0\.0\.1:\d+`)

func get(t *testing.T, url string) string {
	t.Helper()
	resp, err := http.Get(url)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	b, err := io.ReadAll(resp.Body)
	if err != nil || resp.StatusCode != 200 {
		t.Fatalf("GET %s: %d %v", url, resp.StatusCode, err)
	}
	return string(b)
}

func TestServeNothingConfigured(t *testing.T) {
	err := serve(context.Background(), config.Config{}, serveBot(t), nil, io.Discard)
	if err == nil {
		t.Fatal("serve with nothing configured returned nil")
	}
	for _, v := range []string{"CITEBOT_DISCORD_TOKEN", "CITEBOT_TELEGRAM_TOKEN", "CITEBOT_HTTP_ADDR"} {
		if !strings.Contains(err.Error(), v) {
			t.Errorf("error %q does not name %s", err, v)
		}
	}
}

func TestServeWebhookNeedsHTTP(t *testing.T) {
	cfg := config.Config{Telegram: config.Telegram{Token: "1:x", WebhookURL: "https://x.org/tg", WebhookSecret: "s"}}
	err := serve(context.Background(), cfg, serveBot(t), nil, io.Discard)
	if err == nil || !strings.Contains(err.Error(), "CITEBOT_HTTP_ADDR") {
		t.Fatalf("webhook without HTTP server: %v", err)
	}
}

func TestServeHTTPOnly(t *testing.T) {
	line := startServe(t, config.Config{HTTPAddr: "127.0.0.1:0"})
	base := httpURLRE.FindString(line)
	if base == "" {
		t.Fatalf("start-up line names no address: %q", line)
	}
	if h := get(t, base+"/healthz"); !strings.Contains(h, `"status":"ok"`) {
		t.Errorf("healthz: %s", h)
	}
	resp, err := http.Post(base+"/v1/ask", "application/json", strings.NewReader(`{"id":"a","question":"Qui est Lu Wei ?"}`))
	if err != nil {
		t.Fatal(err)
	}
	var ans map[string]any
	err = json.NewDecoder(resp.Body).Decode(&ans)
	resp.Body.Close()
	if err != nil || ans["id"] != "a" || ans["text"] == "" {
		t.Fatalf("ask: %v %v", ans, err)
	}
	m := get(t, base+"/metrics")
	if !strings.Contains(m, `citebot_questions_total{platform="http"} 1`) || !strings.Contains(m, "go_goroutines") {
		t.Errorf("/metrics does not count the question or lacks runtime metrics:\n%.2000s", m)
	}
}

// fakeTelegram is the least of the Bot API that serve touches: one DM
// update, then getUpdates blocks until the poller goes away.
type fakeTelegram struct {
	once sync.Once
	sent chan string
}

func (f *fakeTelegram) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	_ = r.ParseForm()
	if !strings.HasPrefix(r.URL.Path, "/bot42:good/") {
		http.Error(w, `{"ok":false,"error_code":401,"description":"Unauthorized"}`, http.StatusUnauthorized)
		return
	}
	switch strings.TrimPrefix(r.URL.Path, "/bot42:good/") {
	case "getMe":
		fmt.Fprint(w, `{"ok":true,"result":{"id":42,"is_bot":true,"first_name":"C","username":"citebot_test_bot"}}`)
	case "getUpdates":
		first := false
		f.once.Do(func() { first = true })
		if first {
			fmt.Fprint(w, `{"ok":true,"result":[{"update_id":5,"message":{"message_id":1,"date":0,"text":"Qui est Lu Wei ?","chat":{"id":8,"type":"private"},"from":{"id":8,"is_bot":false,"first_name":"A"}}}]}`)
			return
		}
		if r.PostForm.Get("timeout") == "" {
			fmt.Fprint(w, `{"ok":true,"result":[]}`) // the confirming call at shutdown
			return
		}
		<-r.Context().Done()
	case "sendMessage":
		f.sent <- r.PostForm.Get("text")
		fmt.Fprint(w, `{"ok":true,"result":{"message_id":2,"date":0,"chat":{"id":8,"type":"private"}}}`)
	default:
		fmt.Fprint(w, `{"ok":true,"result":true}`)
	}
}

func TestServeTelegramAndHTTP(t *testing.T) {
	fake := &fakeTelegram{sent: make(chan string, 10)}
	api := httptest.NewServer(fake)
	t.Cleanup(api.Close) // after serve's cleanup has stopped the poller
	cfg := config.Config{HTTPAddr: "127.0.0.1:0", Telegram: config.Telegram{Token: "42:good", APIURL: api.URL + "/bot%s/%s"}}
	line := startServe(t, cfg)
	if !strings.Contains(line, "Telegram @citebot_test_bot (long polling)") {
		t.Errorf("start-up line %q", line)
	}
	select {
	case text := <-fake.sent:
		if strings.TrimSpace(text) == "" {
			t.Error("empty Telegram reply")
		}
	case <-time.After(20 * time.Second):
		t.Fatal("the Telegram question got no reply")
	}
	m := get(t, httpURLRE.FindString(line)+"/metrics")
	if !strings.Contains(m, `citebot_questions_total{platform="telegram"} 1`) {
		t.Errorf("/metrics does not count the Telegram question:\n%.2000s", m)
	}
}

func TestServeBadTelegramToken(t *testing.T) {
	api := httptest.NewServer(&fakeTelegram{})
	defer api.Close()
	cfg := config.Config{HTTPAddr: "127.0.0.1:0", Telegram: config.Telegram{Token: "42:bad-secret", APIURL: api.URL + "/bot%s/%s"}}
	err := serve(context.Background(), cfg, serveBot(t), nil, io.Discard)
	if err == nil || !strings.Contains(err.Error(), "refused") || strings.Contains(err.Error(), "bad-secret") {
		t.Fatalf("bad token: %v", err)
	}
}

func TestServeTelegramWebhook(t *testing.T) {
	fake := &fakeTelegram{sent: make(chan string, 10)}
	fake.once.Do(func() {}) // no update by polling: they come by webhook
	api := httptest.NewServer(fake)
	t.Cleanup(api.Close)
	cfg := config.Config{HTTPAddr: "127.0.0.1:0", Telegram: config.Telegram{
		Token: "42:good", APIURL: api.URL + "/bot%s/%s",
		WebhookURL: "https://bot.example.org/tg/hook", WebhookSecret: "hook-secret",
	}}
	line := startServe(t, cfg)
	if !strings.Contains(line, "webhook at /tg/hook") {
		t.Errorf("start-up line %q", line)
	}
	update := `{"update_id":1,"message":{"message_id":1,"date":0,"text":"Qui est Lu Wei ?","chat":{"id":8,"type":"private"},"from":{"id":8,"is_bot":false,"first_name":"A"}}}`
	post := func(secret string) int {
		req, err := http.NewRequest("POST", httpURLRE.FindString(line)+"/tg/hook", strings.NewReader(update))
		if err != nil {
			t.Fatal(err)
		}
		req.Header.Set("X-Telegram-Bot-Api-Secret-Token", secret)
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		resp.Body.Close()
		return resp.StatusCode
	}
	if code := post("wrong"); code != http.StatusUnauthorized {
		t.Errorf("wrong secret: %d, want 401", code)
	}
	if code := post("hook-secret"); code != http.StatusOK {
		t.Errorf("right secret: %d, want 200", code)
	}
	select {
	case text := <-fake.sent:
		if strings.TrimSpace(text) == "" {
			t.Error("empty Telegram reply")
		}
	case <-time.After(20 * time.Second):
		t.Fatal("the webhook update got no reply")
	}
}
