package main

import (
	"encoding/json"
	"fmt"
	"net/http"
	"net/http/httptest"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"
)

// tgToken is the token the scripted Bot API accepts; its secret half must
// never reach any output.
const tgToken = "4242:AAHtokenSECRETpartTOKENsecretPART"

// tgReply is a scripted answer to one sendMessage: a status and a body.
type tgReply struct {
	status int
	body   string
}

func tgFlood(seconds int) tgReply {
	return tgReply{429, fmt.Sprintf(`{"ok":false,"error_code":429,"description":"Too Many Requests: retry after %d","parameters":{"retry_after":%d}}`, seconds, seconds)}
}

var tgBadGateway = tgReply{502, `<html><body>502 Bad Gateway</body></html>`}

// tgSent is one message the fake accepted.
type tgSent struct {
	chat int64
	text string
	at   time.Time
}

// tgFake is a scripted Telegram Bot API on 127.0.0.1, as `citebot serve`
// meets it: getUpdates honours offsets (an offset confirms every earlier
// update, the rest come back) and long-polls; sendMessage can be told to
// fail for a chat; every accepted message is recorded. It outlives the
// processes that use it, so a restarted citebot sees what the killed one
// left unconfirmed.
type tgFake struct {
	srv *httptest.Server

	mu        sync.Mutex
	updates   []tgUpdate
	lastID    int
	confirmed int // highest offset a getUpdates carried
	arrived   chan struct{}
	failures  map[int64][]tgReply // per chat, used in order
	failed    int                 // scripted failures served
	sent      []tgSent
	changed   chan struct{} // closed and replaced on every change
	refusing  bool          // getUpdates answers 502, parked polls too
}

// refuse makes getUpdates fail (true), polls under way included, or work
// again (false).
func (f *tgFake) refuse(on bool) {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.refusing = on
	f.notify()
}

type tgUpdate struct {
	id  int
	raw string
}

func newTGFake(t *testing.T) *tgFake {
	t.Helper()
	f := &tgFake{arrived: make(chan struct{}), changed: make(chan struct{}), failures: map[int64][]tgReply{}}
	f.srv = httptest.NewServer(http.HandlerFunc(f.serve))
	t.Cleanup(f.srv.Close)
	return f
}

// apiURL is CITEBOT_TELEGRAM_API_URL for the fake.
func (f *tgFake) apiURL() string { return f.srv.URL + "/bot%s/%s" }

// notify wakes waiters; called with f.mu held.
func (f *tgFake) notify() {
	close(f.changed)
	f.changed = make(chan struct{})
}

// push queues an update whose message JSON is msg, and returns its id.
func (f *tgFake) push(msg string) int {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.lastID++
	f.updates = append(f.updates, tgUpdate{f.lastID, fmt.Sprintf(`{"update_id":%d,"message":%s}`, f.lastID, msg)})
	close(f.arrived)
	f.arrived = make(chan struct{})
	f.notify()
	return f.lastID
}

// dmText is a private message from user id (its chat has the same id).
func dmText(id int64, text string) string {
	q, _ := json.Marshal(text)
	return fmt.Sprintf(`{"message_id":%d,"date":0,"text":%s,"chat":{"id":%d,"type":"private"},"from":{"id":%d,"is_bot":false,"first_name":"U"}}`,
		time.Now().UnixNano()%1e6, q, id, id)
}

// failNext makes the next sendMessage calls to chat answer rs, in order.
func (f *tgFake) failNext(chat int64, rs ...tgReply) {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.failures[chat] = append(f.failures[chat], rs...)
}

// waitFor returns once cond (called with f.mu held) holds; the bound only
// guards against a hang.
func (f *tgFake) waitFor(t *testing.T, what string, cond func() bool) {
	t.Helper()
	deadline := time.NewTimer(60 * time.Second)
	defer deadline.Stop()
	for {
		f.mu.Lock()
		ok, ch := cond(), f.changed
		f.mu.Unlock()
		if ok {
			return
		}
		select {
		case <-ch:
		case <-deadline.C:
			f.mu.Lock()
			defer f.mu.Unlock()
			t.Fatalf("timed out waiting for %s; sent %d messages, confirmed offset %d, %d updates", what, len(f.sent), f.confirmed, f.lastID)
		}
	}
}

// sentTo returns the messages accepted for chat, with f.mu held.
func (f *tgFake) sentTo(chat int64) []tgSent {
	var out []tgSent
	for _, s := range f.sent {
		if s.chat == chat {
			out = append(out, s)
		}
	}
	return out
}

func (f *tgFake) snapshot() []tgSent {
	f.mu.Lock()
	defer f.mu.Unlock()
	return append([]tgSent(nil), f.sent...)
}

func tgWrite(w http.ResponseWriter, status int, body string) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	fmt.Fprint(w, body)
}

func (f *tgFake) serve(w http.ResponseWriter, r *http.Request) {
	_ = r.ParseForm()
	token, method, _ := strings.Cut(strings.TrimPrefix(r.URL.Path, "/bot"), "/")
	if token != tgToken {
		tgWrite(w, 401, `{"ok":false,"error_code":401,"description":"Unauthorized"}`)
		return
	}
	switch method {
	case "getMe":
		tgWrite(w, 200, `{"ok":true,"result":{"id":4242,"is_bot":true,"first_name":"C","username":"citebot_test_bot"}}`)
	case "getUpdates":
		f.getUpdates(w, r)
	case "sendMessage":
		chat, _ := strconv.ParseInt(r.PostForm.Get("chat_id"), 10, 64)
		f.mu.Lock()
		if rs := f.failures[chat]; len(rs) > 0 {
			f.failures[chat] = rs[1:]
			f.failed++
			f.notify()
			f.mu.Unlock()
			tgWrite(w, rs[0].status, rs[0].body)
			return
		}
		f.sent = append(f.sent, tgSent{chat: chat, text: r.PostForm.Get("text"), at: time.Now()})
		id := len(f.sent)
		f.notify()
		f.mu.Unlock()
		tgWrite(w, 200, fmt.Sprintf(`{"ok":true,"result":{"message_id":%d,"date":0,"chat":{"id":%d,"type":"private"}}}`, id, chat))
	default: // setMyCommands, deleteWebhook
		tgWrite(w, 200, `{"ok":true,"result":true}`)
	}
}

func (f *tgFake) getUpdates(w http.ResponseWriter, r *http.Request) {
	offset, _ := strconv.Atoi(r.PostForm.Get("offset"))
	limit, _ := strconv.Atoi(r.PostForm.Get("limit"))
	timeout, _ := strconv.Atoi(r.PostForm.Get("timeout"))
	deadline := time.NewTimer(time.Duration(timeout) * time.Second)
	defer deadline.Stop()
	for {
		f.mu.Lock()
		if f.refusing {
			f.mu.Unlock()
			tgWrite(w, 502, `{"ok":false,"error_code":502,"description":"Bad Gateway"}`)
			return
		}
		if offset > f.confirmed {
			f.confirmed = offset
			f.notify()
		}
		// As Telegram does, an offset confirms every earlier update.
		for len(f.updates) > 0 && f.updates[0].id < f.confirmed {
			f.updates = f.updates[1:]
		}
		batch := f.updates
		if limit > 0 && len(batch) > limit {
			batch = batch[:limit]
		}
		parts := make([]string, len(batch))
		for i, u := range batch {
			parts[i] = u.raw
		}
		arrived, changed := f.arrived, f.changed
		f.mu.Unlock()
		if len(parts) > 0 || timeout == 0 {
			tgWrite(w, 200, `{"ok":true,"result":[`+strings.Join(parts, ",")+`]}`)
			return
		}
		select {
		case <-arrived:
		case <-changed:
		case <-deadline.C:
			tgWrite(w, 200, `{"ok":true,"result":[]}`)
			return
		case <-r.Context().Done():
			return
		}
	}
}
