package telegram

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	tgbotapi "github.com/go-telegram-bot-api/telegram-bot-api/v5"

	"github.com/citebot/citebot/bot"
)

const (
	testToken = "123456:AAH-secret_token-value"
	botID     = 999
	botName   = "ourbot"
)

// call is one Bot API request the fake received.
type call struct {
	method string
	form   url.Values
}

// dropConnection as a scripted status closes the connection without an
// answer, as a network failure would.
const dropConnection = -1

// scripted is a response the fake gives instead of the normal one.
type scripted struct {
	status int
	body   string
}

// fakeAPI is a Bot API server on 127.0.0.1: form-encoded POSTs to
// /bot<token>/<method>, getUpdates honouring offset and blocking until an
// update arrives or its timeout passes.
type fakeAPI struct {
	srv *httptest.Server

	mu       sync.Mutex
	updates  []json.RawMessage // pending, in update_id order
	ids      []int
	lastID   int
	arrived  chan struct{} // closed and replaced when an update is pushed
	calls    []call
	failures map[string][]scripted
	nextID   int
	// polls are the ids of the polls sent, in order.
	polls []string

	sent   chan call   // every sendMessage, in order
	called chan string // every method called, in order

	admins map[int64]bool  // group members getChatMember calls administrators
	docs   chan sentFile   // every sendDocument, in order
	toasts chan url.Values // every answerCallbackQuery with a text
}

func newFakeAPI(t *testing.T) *fakeAPI {
	t.Helper()
	f := &fakeAPI{arrived: make(chan struct{}), failures: map[string][]scripted{}, nextID: 100, sent: make(chan call, 1000), called: make(chan string, 10000),
		admins: map[int64]bool{}, docs: make(chan sentFile, 100), toasts: make(chan url.Values, 1000)}
	f.srv = httptest.NewServer(http.HandlerFunc(f.serve))
	t.Cleanup(f.srv.Close)
	return f
}

// endpoint is the APIURL that points the library at the fake.
func (f *fakeAPI) endpoint() string { return f.srv.URL + "/bot%s/%s" }

// fail makes the next calls of method answer with these responses.
func (f *fakeAPI) fail(method string, rs ...scripted) {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.failures[method] = append(f.failures[method], rs...)
}

// push queues an update; its update_id is assigned in order from 1.
func (f *fakeAPI) push(t *testing.T, u tgbotapi.Update) int {
	t.Helper()
	f.mu.Lock()
	defer f.mu.Unlock()
	f.lastID++
	u.UpdateID = f.lastID
	raw, err := json.Marshal(u)
	if err != nil {
		t.Fatal(err)
	}
	f.updates = append(f.updates, raw)
	f.ids = append(f.ids, u.UpdateID)
	close(f.arrived)
	f.arrived = make(chan struct{})
	return u.UpdateID
}

func (f *fakeAPI) callsOf(method string) []call {
	f.mu.Lock()
	defer f.mu.Unlock()
	var out []call
	for _, c := range f.calls {
		if c.method == method {
			out = append(out, c)
		}
	}
	return out
}

// nextSent returns the next sendMessage, failing the test if none comes:
// the bound is a guard against a hang, not a synchronisation.
func (f *fakeAPI) nextSent(t *testing.T) call {
	t.Helper()
	select {
	case c := <-f.sent:
		return c
	case <-time.After(20 * time.Second):
		t.Fatal("no sendMessage reached the fake Bot API")
		return call{}
	}
}

// waitCall returns once method has been called.
func (f *fakeAPI) waitCall(t *testing.T, method string) {
	t.Helper()
	for {
		select {
		case m := <-f.called:
			if m == method {
				return
			}
		case <-time.After(20 * time.Second):
			t.Fatalf("%s never reached the fake Bot API", method)
		}
	}
}

func writeAPI(w http.ResponseWriter, status int, body string) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	fmt.Fprint(w, body)
}

func (f *fakeAPI) serve(w http.ResponseWriter, r *http.Request) {
	token, method, ok := strings.Cut(strings.TrimPrefix(r.URL.Path, "/bot"), "/")
	if !ok || r.Method != http.MethodPost {
		writeAPI(w, 404, `{"ok":false,"error_code":404,"description":"Not Found"}`)
		return
	}
	if err := r.ParseForm(); err != nil {
		writeAPI(w, 400, `{"ok":false,"error_code":400,"description":"bad form"}`)
		return
	}
	if token != testToken {
		writeAPI(w, 401, `{"ok":false,"error_code":401,"description":"Unauthorized"}`)
		return
	}
	f.mu.Lock()
	f.calls = append(f.calls, call{method: method, form: r.PostForm})
	f.called <- method
	if rs := f.failures[method]; len(rs) > 0 {
		f.failures[method] = rs[1:]
		f.mu.Unlock()
		if rs[0].status == dropConnection {
			conn, _, err := w.(http.Hijacker).Hijack()
			if err == nil {
				conn.Close()
			}
			return
		}
		// Read an upload whole before refusing it, as Telegram does:
		// answering mid-upload breaks the client's pipe instead.
		io.Copy(io.Discard, r.Body)
		writeAPI(w, rs[0].status, rs[0].body)
		return
	}
	f.mu.Unlock()

	switch method {
	case "getMe":
		writeAPI(w, 200, fmt.Sprintf(`{"ok":true,"result":{"id":%d,"is_bot":true,"first_name":"Citebot","username":%q}}`, botID, botName))
	case "getUpdates":
		f.getUpdates(w, r)
	case "sendMessage":
		f.mu.Lock()
		f.nextID++
		id := f.nextID
		f.mu.Unlock()
		chat, _ := strconv.ParseInt(r.PostForm.Get("chat_id"), 10, 64)
		res, _ := json.Marshal(map[string]any{
			"message_id": id, "date": 0, "text": r.PostForm.Get("text"),
			"chat": map[string]any{"id": chat, "type": "private"},
			"from": map[string]any{"id": botID, "is_bot": true, "first_name": "Citebot", "username": botName},
		})
		writeAPI(w, 200, `{"ok":true,"result":`+string(res)+`}`)
		f.sent <- call{method: method, form: r.PostForm}
	case "sendPoll":
		f.mu.Lock()
		f.nextID++
		id := f.nextID
		f.polls = append(f.polls, "poll-"+strconv.Itoa(id))
		f.mu.Unlock()
		chat, _ := strconv.ParseInt(r.PostForm.Get("chat_id"), 10, 64)
		res, _ := json.Marshal(map[string]any{
			"message_id": id, "date": 0,
			"chat": map[string]any{"id": chat, "type": "supergroup"},
			"poll": map[string]any{"id": "poll-" + strconv.Itoa(id), "question": r.PostForm.Get("question"), "type": "quiz"},
		})
		writeAPI(w, 200, `{"ok":true,"result":`+string(res)+`}`)
	case "getChatMember":
		f.chatMember(w, r)
	case "sendDocument":
		f.document(w, r)
	default: // setMyCommands, deleteWebhook, setWebhook, answerCallbackQuery, edits
		if method == "answerCallbackQuery" && r.PostForm.Get("text") != "" {
			f.toasts <- r.PostForm
		}
		writeAPI(w, 200, `{"ok":true,"result":true}`)
	}
}

func (f *fakeAPI) getUpdates(w http.ResponseWriter, r *http.Request) {
	offset, _ := strconv.Atoi(r.PostForm.Get("offset"))
	limit, _ := strconv.Atoi(r.PostForm.Get("limit"))
	timeout, _ := strconv.Atoi(r.PostForm.Get("timeout"))
	deadline := time.After(time.Duration(timeout) * time.Second)
	for {
		f.mu.Lock()
		// As Telegram does, an offset confirms every earlier update.
		for len(f.ids) > 0 && f.ids[0] < offset {
			f.ids, f.updates = f.ids[1:], f.updates[1:]
		}
		batch := f.updates
		if limit <= 0 || limit > 100 {
			limit = 100 // as Telegram does
		}
		if len(batch) > limit {
			batch = batch[:limit]
		}
		arrived := f.arrived
		f.mu.Unlock()
		if len(batch) > 0 || timeout == 0 {
			parts := make([]string, len(batch))
			for i, u := range batch {
				parts[i] = string(u)
			}
			writeAPI(w, 200, `{"ok":true,"result":[`+strings.Join(parts, ",")+`]}`)
			return
		}
		select {
		case <-arrived:
		case <-deadline:
			writeAPI(w, 200, `{"ok":true,"result":[]}`)
			return
		case <-r.Context().Done():
			return
		}
	}
}

// --- test doubles ---

// script is a Handler that records messages and answers with reply(m).
type script struct {
	mu    sync.Mutex
	msgs  []bot.Message
	reply func(bot.Message) bot.Reply
}

func (s *script) Handle(_ context.Context, m bot.Message) bot.Reply {
	s.mu.Lock()
	s.msgs = append(s.msgs, m)
	s.mu.Unlock()
	return s.reply(m)
}

func (s *script) seen() []bot.Message {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([]bot.Message(nil), s.msgs...)
}

// echo answers every message with its own text, a citation and the
// "Plus de sources" action.
func echo(m bot.Message) bot.Reply {
	return bot.Reply{
		Kind: bot.KindAnswer, Answered: true, Answer: m.Text,
		Body: "Réponse à : " + m.Text, Text: "Réponse à : " + m.Text,
		Citations: []bot.Citation{{Article: "000_x", Title: "Titre", Paragraph: 1, Sentence: 1, Quote: "Une phrase."}},
		Actions:   []bot.Action{{Label: "Plus de sources", Command: "/plus"}},
	}
}

// waits records the retry delays the adapter asked for without spending
// them.
type waits struct {
	mu sync.Mutex
	ds []time.Duration
}

func (w *waits) wait(ctx context.Context, d time.Duration) error {
	w.mu.Lock()
	w.ds = append(w.ds, d)
	w.mu.Unlock()
	return ctx.Err()
}

func (w *waits) all() []time.Duration {
	w.mu.Lock()
	defer w.mu.Unlock()
	return append([]time.Duration(nil), w.ds...)
}

// lockedBuffer collects log output from several goroutines.
type lockedBuffer struct {
	mu sync.Mutex
	b  strings.Builder
}

func (l *lockedBuffer) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.Write(p)
}

func (l *lockedBuffer) String() string {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.String()
}

// --- update builders ---

func user(id int64) *tgbotapi.User {
	return &tgbotapi.User{ID: id, FirstName: "U" + strconv.FormatInt(id, 10)}
}

func privateChat(id int64) *tgbotapi.Chat { return &tgbotapi.Chat{ID: id, Type: "private"} }
func groupChat(id int64) *tgbotapi.Chat   { return &tgbotapi.Chat{ID: id, Type: "supergroup"} }

// textMsg builds a message; a leading "/command" gets its bot_command
// entity and "@name" words their mention entities, as Telegram sends them.
func textMsg(id int, chat *tgbotapi.Chat, from *tgbotapi.User, text string) *tgbotapi.Message {
	m := &tgbotapi.Message{MessageID: id, From: from, Chat: chat, Text: text}
	offset := 0
	for i, word := range strings.Split(text, " ") {
		n := u16len(word)
		switch {
		case i == 0 && strings.HasPrefix(word, "/"):
			m.Entities = append(m.Entities, tgbotapi.MessageEntity{Type: "bot_command", Offset: 0, Length: n})
		case strings.HasPrefix(word, "@") && n > 1:
			// The mention is the username only, without trailing punctuation.
			name := strings.TrimRightFunc(word, func(r rune) bool { return !isWordRune(r) })
			m.Entities = append(m.Entities, tgbotapi.MessageEntity{Type: "mention", Offset: offset, Length: u16len(name)})
		}
		offset += n + 1
	}
	return m
}

// pollIDs are the ids of the polls the fake created, in order.
func (f *fakeAPI) pollIDs() []string {
	f.mu.Lock()
	defer f.mu.Unlock()
	return append([]string(nil), f.polls...)
}
