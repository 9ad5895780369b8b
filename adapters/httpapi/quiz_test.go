package httpapi

import (
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"
	"net/url"
	"path"
	"strconv"
	"strings"
	"testing"

	"github.com/citebot/citebot/bot"
	"github.com/citebot/citebot/config"
)

func quizAPI(t testing.TB) (*API, *bot.Bot) {
	t.Helper()
	b := bot.New(loadBase(t), bot.Options{})
	api, err := New(Options{Handler: b, Base: b.Base(), Quiz: b})
	if err != nil {
		t.Fatal(err)
	}
	return api, b
}

func TestQuizEndpoints(t *testing.T) {
	api, b := quizAPI(t)
	resp, got := do(t, api, http.MethodGet, "/v1/quiz?conversation=c", "")
	if resp.StatusCode != http.StatusOK {
		t.Fatalf("GET /v1/quiz: %d %v", resp.StatusCode, got)
	}
	id, _ := got["id"].(string)
	opts, _ := got["options"].([]any)
	if id == "" || len(opts) < 3 || got["question"] == "" {
		t.Fatalf("GET /v1/quiz: %v", got)
	}
	for _, hidden := range []string{"answer", "citation"} {
		if _, ok := got[hidden]; ok {
			t.Errorf("the question gives away %q: %v", hidden, got)
		}
	}
	it, ok := b.QuizItem(id)
	if !ok {
		t.Fatalf("item %s unknown to the bot", id)
	}
	wrong := (it.Answer + 1) % len(it.Options)
	for _, c := range []struct {
		choice  int
		correct bool
	}{{it.Answer, true}, {wrong, false}} {
		resp, got := do(t, api, http.MethodPost, "/v1/quiz/"+id+"/answer", `{"answer": `+strconv.Itoa(c.choice)+`}`)
		if resp.StatusCode != http.StatusOK || got["correct"] != c.correct || got["answer"] != float64(it.Answer) ||
			got["right"] != it.Options[it.Answer] {
			t.Errorf("answer %d: %d %v", c.choice, resp.StatusCode, got)
		}
		cit, _ := got["citation"].(map[string]any)
		if cit["quote"] != it.Citation.Quote || cit["article"] != it.Citation.Article {
			t.Errorf("citation %v, want %+v", cit, it.Citation)
		}
		if text, _ := got["text"].(string); !strings.Contains(text, it.Citation.Quote) {
			t.Errorf("text %q lacks the quote", text)
		}
	}
	// The same conversation gets another item next time.
	if _, again := do(t, api, http.MethodGet, "/v1/quiz?conversation=c", ""); again["id"] == id {
		t.Errorf("the conversation got %s twice", id)
	}
	_, art := do(t, api, http.MethodGet, "/v1/quiz?article=003_2e12716d745a52f0", "")
	if art["article"] != "003_2e12716d745a52f0" {
		t.Errorf("?article: %v", art)
	}
	for _, c := range []struct {
		method, path, body string
		status             int
	}{
		{http.MethodGet, "/v1/quiz?article=nope", "", http.StatusNotFound},
		{http.MethodPost, "/v1/quiz", "", http.StatusMethodNotAllowed},
		{http.MethodGet, "/v1/quiz/" + id + "/answer", "", http.StatusMethodNotAllowed},
		{http.MethodPost, "/v1/quiz/ffffffffffff/answer", `{"answer": 0}`, http.StatusNotFound},
		{http.MethodPost, "/v1/quiz/" + id, `{"answer": 0}`, http.StatusNotFound},
		{http.MethodPost, "/v1/quiz/" + id + "/answer", ``, http.StatusBadRequest},
		{http.MethodPost, "/v1/quiz/" + id + "/answer", `{"answer": "b"}`, http.StatusBadRequest},
		{http.MethodPost, "/v1/quiz/" + id + "/answer", `{}`, http.StatusBadRequest},
		{http.MethodPost, "/v1/quiz/" + id + "/answer", `{"answer": 9}`, http.StatusBadRequest},
		{http.MethodPost, "/v1/quiz/" + id + "/answer", `{"answer": -1}`, http.StatusBadRequest},
		{http.MethodPost, "/v1/quiz/" + id + "/answer", `[1]`, http.StatusBadRequest},
	} {
		resp, got := do(t, api, c.method, c.path, c.body)
		if resp.StatusCode != c.status || got["error"] == "" {
			t.Errorf("%s %s %s: %d %v, want %d", c.method, c.path, c.body, resp.StatusCode, got, c.status)
		}
	}
}

func TestQuizOff(t *testing.T) {
	api, err := New(Options{Handler: &recorder{}})
	if err != nil {
		t.Fatal(err)
	}
	if resp, _ := do(t, api, http.MethodGet, "/v1/quiz", ""); resp.StatusCode != http.StatusNotFound {
		t.Errorf("GET /v1/quiz without a quiz source: %d", resp.StatusCode)
	}
}

// FuzzQuizAnswer: whatever the id and body, the answer endpoint replies
// with JSON and never fails on the server's side.
func FuzzQuizAnswer(f *testing.F) {
	api, b := quizAPI(f)
	id := b.Handle(f.Context(), bot.Message{Text: "/quiz"}).Quiz.ID
	for _, s := range []struct{ id, body string }{
		{id, `{"answer": 1}`}, {id, `{"answer": 1.5}`}, {id, `{"answer": 99999999999999999999}`},
		{"x/y", `{}`}, {id, "\xff"}, {"", `{"answer": 0}`},
	} {
		f.Add(s.id, s.body)
	}
	f.Fuzz(func(t *testing.T, id, body string) {
		p := "/v1/quiz/" + url.PathEscape(id) + "/answer"
		if path.Clean(p) != p {
			return // not a path a client sends, or one the router redirects
		}
		resp, got := do(t, api, http.MethodPost, p, body)
		if resp.StatusCode >= 500 || got == nil {
			t.Fatalf("%q %q: %d %v", id, body, resp.StatusCode, got)
		}
	})
}

// TestQuizInSession: an item asked with ?room= is a round of the session
// open there, and answers with "room" and "user" are recorded, one per
// user (a second is 409); the session's summary counts them.
func TestQuizInSession(t *testing.T) {
	b := bot.New(loadBase(t), bot.Options{})
	api := mustNew(t, Options{Handler: b, Sessions: b, Quiz: b, Access: AccessOptions{Keys: []Key{config.Secret(teacherKey)}}})
	_, started := do(t, api, "POST", "/v1/sessions", `{"room": "3eB", "title": "Quiz"}`, asTeacher()...)
	session, _ := started["session"].(string)
	if session == "" {
		t.Fatalf("start: %v", started)
	}
	_, got := do(t, api, http.MethodGet, "/v1/quiz?room=3eB", "")
	id, _ := got["id"].(string)
	it, ok := b.QuizItem(id)
	if !ok {
		t.Fatalf("GET /v1/quiz?room=3eB: %v", got)
	}
	wrong := (it.Answer + 1) % len(it.Options)
	for _, c := range []struct {
		user   string
		choice int
		status int
	}{{"lina", it.Answer, 200}, {"hugo", wrong, 200}, {"lina", wrong, http.StatusConflict}} {
		resp, got := do(t, api, http.MethodPost, "/v1/quiz/"+id+"/answer", fmt.Sprintf(`{"answer": %d, "room": "3eB", "user": %q}`, c.choice, c.user))
		if resp.StatusCode != c.status || c.status == 200 && got["session"] != session {
			t.Errorf("%s answers %d: %d %v; want %d", c.user, c.choice, resp.StatusCode, got, c.status)
		}
	}
	sum, err := b.SessionSummary(context.Background(), session)
	if err != nil {
		t.Fatal(err)
	}
	if len(sum.Quiz) != 1 || sum.Quiz[0].Answered != 2 || sum.Quiz[0].Correct != 1 {
		t.Errorf("session quiz %+v; want one item, 2 answers, 1 right", sum.Quiz)
	}
	req := httptest.NewRequest(http.MethodGet, "/v1/sessions/"+session+"/export?format=quiz", nil)
	req.Header.Set("Authorization", "Bearer "+teacherKey)
	rec := httptest.NewRecorder()
	api.ServeHTTP(rec, req)
	if body := rec.Body.String(); rec.Code != 200 || !strings.Contains(body, "success_rate") || !strings.Contains(body, ",2,1,0.500,") {
		t.Errorf("quiz export: %d %q", rec.Code, body)
	}
}
