package httpapi

import (
	"context"
	"encoding/json"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"

	"github.com/citebot/citebot/bot"
	"github.com/citebot/citebot/knowledge"
	"github.com/citebot/citebot/knowledge/corpus"
)

// recorder answers every question with a fixed reply and remembers the
// messages it saw.
type recorder struct {
	mu    sync.Mutex
	msgs  []bot.Message
	reply bot.Reply
}

func (r *recorder) Handle(_ context.Context, m bot.Message) bot.Reply {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.msgs = append(r.msgs, m)
	return r.reply
}

func loadBase(t testing.TB) *knowledge.Base {
	t.Helper()
	base, err := knowledge.Load(corpus.FS())
	if err != nil {
		t.Fatal(err)
	}
	return base
}

func do(t *testing.T, h http.Handler, method, path, body string, header ...string) (*http.Response, map[string]any) {
	t.Helper()
	req := httptest.NewRequest(method, path, strings.NewReader(body))
	req.RemoteAddr = "192.0.2.7:51234"
	req.Header.Set("Content-Type", "application/json")
	for i := 0; i+1 < len(header); i += 2 {
		req.Header.Set(header[i], header[i+1])
	}
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, req)
	resp := rec.Result()
	var got map[string]any
	if method != http.MethodHead {
		if err := json.NewDecoder(resp.Body).Decode(&got); err != nil {
			t.Fatalf("%s %s: response is not JSON: %v", method, path, err)
		}
	}
	return resp, got
}

func TestAskRequests(t *testing.T) {
	h := &recorder{reply: bot.Reply{
		Kind: bot.KindAnswer, Answered: true, Answer: "Joe Biden", Text: "Joe Biden.\n« q »", Body: "Joe Biden.",
		Confidence: 0.8, Citations: []bot.Citation{{Article: "a", Title: "T", Paragraph: 1, Sentence: 2, Quote: "q"}},
	}}
	api := mustNew(t, Options{Handler: h, MaxBodyBytes: 1024})
	tests := []struct {
		name, method, body string
		status             int
		errPart            string // in the "detail" field when status is not 200
		header             []string
	}{
		{"question", "POST", `{"question": "Qui ?"}`, 200, "", nil},
		{"id echoed", "POST", `{"id": "q1", "question": "Qui ?", "conversation": "c"}`, 200, "", nil},
		{"numeric id echoed", "POST", `{"id": 7, "question": "Qui ?"}`, 200, "", nil},
		{"unknown fields ignored", "POST", `{"question": "Qui ?", "lang": "fr"}`, 200, "", nil},
		{"empty body", "POST", ``, 400, "empty", nil},
		{"not JSON", "POST", `Qui ?`, 400, "not valid JSON", nil},
		{"truncated", "POST", `{"question": "Qui`, 400, "ends in the middle", nil},
		{"wrong type", "POST", `{"question": 3}`, 400, `"question" must be a string`, nil},
		{"no question", "POST", `{"conversation": "c"}`, 400, `"question" is missing`, nil},
		{"blank question", "POST", `{"question": "  "}`, 400, `"question" is missing`, nil},
		{"two objects", "POST", `{"question": "a"} {"question": "b"}`, 400, "nothing after it", nil},
		{"array", "POST", `["Qui ?"]`, 400, "must be a JSON object", nil},
		{"too large", "POST", `{"question": "` + strings.Repeat("x", 2000) + `"}`, 413, "larger than 1024 bytes", nil},
		{"wrong method", "GET", ``, 405, "use POST", nil},
		{"JSON with charset", "POST", `{"question": "Qui ?"}`, 200, "", []string{"Content-Type", "application/json; charset=utf-8"}},
		// From defect 8 of issue 7: text/plain bodies were read as JSON.
		{"text/plain", "POST", `{"question": "Qui ?"}`, 415, "Content-Type: application/json (got text/plain)", []string{"Content-Type", "text/plain"}},
		{"form", "POST", `{"question": "Qui ?"}`, 415, "must be JSON", []string{"Content-Type", "application/x-www-form-urlencoded"}},
		{"no content type", "POST", `{"question": "Qui ?"}`, 415, "(got none)", []string{"Content-Type", ""}},
		{"conversation too long", "POST", `{"question": "Qui ?", "conversation": "` + strings.Repeat("c", MaxIDBytes+1) + `"}`, 400, `"conversation" is 129 bytes long; at most 128`, nil},
		{"user too long", "POST", `{"question": "Qui ?", "user": "` + strings.Repeat("u", MaxIDBytes+1) + `"}`, 400, `"user" is 129 bytes long`, nil},
		{"user with control", "POST", `{"question": "Qui ?", "user": "a\u0000b"}`, 400, `"user" must be printable`, nil},
		{"unknown key", "POST", `{"question": "Qui ?"}`, 401, "unknown API key", []string{"Authorization", "Bearer nope"}},
		{"basic auth of a proxy ignored", "POST", `{"question": "Qui ?"}`, 200, "", []string{"Authorization", "Basic dTpw"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			resp, got := do(t, api, tt.method, "/v1/ask", tt.body, tt.header...)
			if resp.StatusCode != tt.status {
				t.Fatalf("status %d, want %d: %v", resp.StatusCode, tt.status, got)
			}
			if tt.status == 401 && resp.Header.Get("WWW-Authenticate") == "" {
				t.Error("401 without WWW-Authenticate")
			}
			if tt.status != 200 {
				if ct := resp.Header.Get("Content-Type"); ct != "application/problem+json" {
					t.Errorf("Content-Type %q, want application/problem+json", ct)
				}
				if msg, _ := got["detail"].(string); !strings.Contains(msg, tt.errPart) || got["status"] != float64(tt.status) || got["title"] != http.StatusText(tt.status) || got["type"] != "about:blank" {
					t.Errorf("problem %v: want status %d and a detail with %q", got, tt.status, tt.errPart)
				}
				return
			}
			if ct := resp.Header.Get("Content-Type"); !strings.HasPrefix(ct, "application/json") {
				t.Errorf("Content-Type %q", ct)
			}
			if got["question"] != "Qui ?" || got["answered"] != true || got["answer"] != "Joe Biden" {
				t.Errorf("answer object: %v", got)
			}
			if _, ok := got["citations"].([]any); !ok {
				t.Errorf("citations not an array: %v", got["citations"])
			}
		})
	}
	if resp, _ := do(t, api, "GET", "/v1/ask", ""); resp.Header.Get("Allow") != "POST" {
		t.Errorf("405 without Allow: POST")
	}
}

func TestAskMessageAndIDs(t *testing.T) {
	h := &recorder{reply: bot.Reply{Kind: bot.KindAbstain, Text: "Non."}}
	api := mustNew(t, Options{Handler: h})
	_, got := do(t, api, "POST", "/v1/ask", `{"id": "q9", "question": " Et lui ? ", "conversation": "c1"}`)
	if got["id"] != "q9" || got["question"] != "Et lui ?" {
		t.Errorf("id/question not echoed: %v", got)
	}
	if c, ok := got["citations"].([]any); !ok || len(c) != 0 {
		t.Errorf("citations must be [] when the bot gives nil, got %v", got["citations"])
	}
	_, got = do(t, api, "POST", "/v1/ask", `{"question": "Qui ?"}`)
	if _, has := got["id"]; has {
		t.Errorf("id present though none was given: %v", got)
	}
	want := []bot.Message{
		{Platform: "http", UserID: "192.0.2.7", Conversation: "http:192.0.2.7:c1", Text: "Et lui ?"},
		{Platform: "http", UserID: "192.0.2.7", Conversation: "", Text: "Qui ?"},
	}
	if len(h.msgs) != len(want) {
		t.Fatalf("handler saw %d messages, want %d", len(h.msgs), len(want))
	}
	for i := range want {
		if h.msgs[i] != want[i] {
			t.Errorf("message %d = %+v, want %+v", i, h.msgs[i], want[i])
		}
	}
}

func TestArticlesHealthMetrics(t *testing.T) {
	base := loadBase(t)
	metrics := http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		io.WriteString(w, `{"metrics": true}`)
	})
	api := mustNew(t, Options{Handler: &recorder{}, Base: base, Metrics: metrics})

	resp, got := do(t, api, "GET", "/v1/articles", "")
	if resp.StatusCode != 200 {
		t.Fatalf("articles: status %d", resp.StatusCode)
	}
	arts, _ := got["articles"].([]any)
	if len(arts) != len(base.Articles) || got["count"] != float64(len(base.Articles)) {
		t.Fatalf("articles: %d listed, count %v, want %d", len(arts), got["count"], len(base.Articles))
	}
	for i, a := range arts {
		m := a.(map[string]any)
		if m["id"] != base.Articles[i].ID || m["title"] != base.Articles[i].Title {
			t.Errorf("article %d = %v", i, m)
		}
		if p, _ := m["paragraphs"].(float64); int(p) != len(base.Articles[i].Paragraphs) || p < 1 {
			t.Errorf("article %d paragraphs = %v", i, m["paragraphs"])
		}
	}

	if resp, got := do(t, api, "GET", "/healthz", ""); resp.StatusCode != 200 || got["status"] != "ok" {
		t.Errorf("healthz: %d %v", resp.StatusCode, got)
	}
	if resp, got := do(t, api, "GET", "/metrics", ""); resp.StatusCode != 200 || got["metrics"] != true {
		t.Errorf("metrics: %d %v", resp.StatusCode, got)
	}
	if resp, _ := do(t, api, "POST", "/healthz", "{}"); resp.StatusCode != 405 {
		t.Errorf("POST /healthz: %d, want 405", resp.StatusCode)
	}
	if resp, got := do(t, api, "GET", "/nope", ""); resp.StatusCode != 404 || got["detail"] == nil {
		t.Errorf("unknown path: %d %v", resp.StatusCode, got)
	}
	noMetrics := mustNew(t, Options{Handler: &recorder{}})
	if resp, _ := do(t, noMetrics, "GET", "/metrics", ""); resp.StatusCode != 404 {
		t.Errorf("/metrics without metrics: %d, want 404", resp.StatusCode)
	}
}

func mustNew(t testing.TB, opts Options) *API {
	t.Helper()
	api, err := New(opts)
	if err != nil {
		t.Fatal(err)
	}
	return api
}

func TestNewAndHandle(t *testing.T) {
	if _, err := New(Options{}); err == nil {
		t.Error("New without a Handler succeeded")
	}
	api := mustNew(t, Options{Handler: &recorder{}})
	hook := http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) { w.WriteHeader(http.StatusTeapot) })
	for _, bad := range []string{"/v1/ask", "/metrics", "/", "", "tg", "/a b", "/{x}"} {
		if err := api.Handle(bad, hook); err == nil {
			t.Errorf("Handle(%q) accepted", bad)
		}
	}
	if err := api.Handle("/telegram/hook", hook); err != nil {
		t.Fatal(err)
	}
	if err := api.Handle("/telegram/hook", hook); err == nil {
		t.Error("the same path mounted twice")
	}
	rec := httptest.NewRecorder()
	api.ServeHTTP(rec, httptest.NewRequest("POST", "/telegram/hook", nil))
	if rec.Code != http.StatusTeapot {
		t.Errorf("mounted handler not reached: %d", rec.Code)
	}
}

// TestAskRateLimited checks that the bot's per-user limit reaches HTTP
// clients as 429 with Retry-After, still with the answer object.
func TestAskRateLimited(t *testing.T) {
	b := bot.New(loadBase(t), bot.Options{RatePerMinute: 1, Burst: 1})
	api, err := New(Options{Handler: b, Base: b.Base()})
	if err != nil {
		t.Fatal(err)
	}
	body := `{"question":"Qui est Lu Wei ?"}`
	if resp, got := do(t, api, http.MethodPost, "/v1/ask", body); resp.StatusCode != http.StatusOK || got["answered"] != true {
		t.Fatalf("first question: %d %v", resp.StatusCode, got)
	}
	resp, got := do(t, api, http.MethodPost, "/v1/ask", body)
	if resp.StatusCode != http.StatusTooManyRequests || resp.Header.Get("Retry-After") == "" {
		t.Fatalf("second question at once: %d, Retry-After %q", resp.StatusCode, resp.Header.Get("Retry-After"))
	}
	if got["answered"] != false || !strings.Contains(got["text"].(string), "patientez") {
		t.Errorf("429 body: %v", got)
	}
}
