package discord

import (
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/gorilla/websocket"
)

// The fake Discord: REST API and gateway on 127.0.0.1, speaking just enough
// of both for the real discordgo client.

const (
	goodToken = "good-token"
	botID     = "900"
	appID     = "901"
	timestamp = "2026-11-22T10:00:00.000000+00:00"
	waitLimit = 15 * time.Second // bounds every wait; never reached when things work
)

// request is one REST call the fake received, with the status it answered.
type request struct {
	Method, Path string
	Body         string
	Status       int
	Response     string
}

// failure is an error response queued for a route.
type failure struct {
	status int
	header map[string]string
	body   string
}

// gwConn is one gateway connection; writes are serialised.
type gwConn struct {
	mu sync.Mutex
	ws *websocket.Conn
}

func (c *gwConn) write(v any) error {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.ws.WriteJSON(v)
}

// A dispatchedEvent is one event the fake gateway sent.
type dispatchedEvent struct {
	seq   int
	event string
	d     any
}

type fakeDiscord struct {
	t   *testing.T
	srv *httptest.Server

	mu         sync.Mutex
	changed    chan struct{} // closed and replaced at every change
	reqs       []request
	failures   map[string][]failure // "METHOD /path" → responses to give first
	nextID     int
	conn       *gwConn   // current gateway connection
	all        []*gwConn // every connection, closed at cleanup
	handshakes []int     // op of each handshake: 2 identify, 6 resume
	closed     int       // gateway connections closed by both ends
	intents    int
	shard      []int // the shard the last IDENTIFY named, if any
	seq        int
	// dispatched are the events dispatch sent, which a RESUME replays
	// from the client's last sequence number, as Discord does: an event
	// sent on a connection the client gave up is not lost.
	dispatched []dispatchedEvent
	// members are the roles of server g1's members, for the REST calls
	// that compute a member's permissions (session_test.go).
	members map[string][]string
}

func newFakeDiscord(t *testing.T) *fakeDiscord {
	t.Helper()
	f := &fakeDiscord{t: t, changed: make(chan struct{}), failures: map[string][]failure{}, nextID: 5000}
	f.srv = httptest.NewServer(http.HandlerFunc(f.serve))
	t.Cleanup(func() {
		f.mu.Lock()
		conns := f.all
		f.mu.Unlock()
		for _, c := range conns {
			c.ws.Close()
		}
		f.srv.Close()
	})
	return f
}

// client returns an HTTP client whose every request, whatever host
// discordgo's endpoint variables name, lands on the fake.
func (f *fakeDiscord) client() *http.Client {
	return &http.Client{
		Transport: rewriteHost{host: f.srv.Listener.Addr().String(), base: f.srv.Client().Transport},
		Timeout:   waitLimit,
	}
}

type rewriteHost struct {
	host string
	base http.RoundTripper
}

func (rt rewriteHost) RoundTrip(req *http.Request) (*http.Response, error) {
	r := req.Clone(req.Context())
	r.URL.Scheme = "http"
	r.URL.Host = rt.host
	r.Host = ""
	return rt.base.RoundTrip(r)
}

// notify wakes the waiters; f.mu must be held.
func (f *fakeDiscord) notify() {
	close(f.changed)
	f.changed = make(chan struct{})
}

// waitFor blocks until cond (called with f.mu held) is true, or fails the
// test after waitLimit.
func (f *fakeDiscord) waitFor(what string, cond func() bool) {
	f.t.Helper()
	deadline := time.NewTimer(waitLimit)
	defer deadline.Stop()
	for {
		f.mu.Lock()
		ok := cond()
		ch := f.changed
		f.mu.Unlock()
		if ok {
			return
		}
		select {
		case <-ch:
		case <-deadline.C:
			f.t.Fatalf("timed out waiting for %s; requests: %s", what, f.dump())
		}
	}
}

// requests returns the calls received so far matching method and a path
// prefix, answered with a 2xx when ok2xx is set.
func (f *fakeDiscord) requests(method, pathPrefix string, ok2xx bool) []request {
	f.mu.Lock()
	defer f.mu.Unlock()
	return f.match(method, pathPrefix, ok2xx)
}

func (f *fakeDiscord) match(method, pathPrefix string, ok2xx bool) []request {
	var out []request
	for _, r := range f.reqs {
		if r.Method == method && strings.HasPrefix(r.Path, pathPrefix) && (!ok2xx || r.Status < 300) {
			out = append(out, r)
		}
	}
	return out
}

// waitRequests waits until n successful calls match, and returns them.
func (f *fakeDiscord) waitRequests(method, pathPrefix string, n int) []request {
	f.t.Helper()
	f.waitFor(fmt.Sprintf("%d× %s %s", n, method, pathPrefix), func() bool {
		return len(f.match(method, pathPrefix, true)) >= n
	})
	return f.requests(method, pathPrefix, true)
}

func (f *fakeDiscord) dump() string {
	f.mu.Lock()
	defer f.mu.Unlock()
	var b strings.Builder
	for _, r := range f.reqs {
		fmt.Fprintf(&b, "\n  %s %s → %d", r.Method, r.Path, r.Status)
	}
	return b.String()
}

// fail queues responses for a route before it succeeds again.
func (f *fakeDiscord) fail(method, path string, fs ...failure) {
	f.mu.Lock()
	defer f.mu.Unlock()
	key := method + " " + path
	f.failures[key] = append(f.failures[key], fs...)
}

func (f *fakeDiscord) serve(w http.ResponseWriter, r *http.Request) {
	if r.URL.Path == "/gw/" || r.URL.Path == "/gw" {
		f.gateway(w, r)
		return
	}
	body, _ := io.ReadAll(r.Body)
	path := strings.TrimPrefix(r.URL.Path, "/api/v9")
	status, header, resp := f.route(r, path, body)
	f.mu.Lock()
	f.reqs = append(f.reqs, request{Method: r.Method, Path: path, Body: string(body), Status: status, Response: resp})
	f.notify()
	f.mu.Unlock()
	for k, v := range header {
		w.Header().Set(k, v)
	}
	if resp != "" {
		w.Header().Set("Content-Type", "application/json")
	}
	w.WriteHeader(status)
	io.WriteString(w, resp)
}

func (f *fakeDiscord) route(r *http.Request, path string, body []byte) (int, map[string]string, string) {
	if r.Header.Get("Authorization") != "Bot "+goodToken {
		return http.StatusUnauthorized, nil, `{"message": "401: Unauthorized", "code": 0}`
	}
	f.mu.Lock()
	key := r.Method + " " + path
	if q := f.failures[key]; len(q) > 0 {
		f.failures[key] = q[1:]
		f.mu.Unlock()
		return q[0].status, q[0].header, q[0].body
	}
	f.nextID++
	id := fmt.Sprint(f.nextID)
	f.mu.Unlock()

	ws := "ws://" + f.srv.Listener.Addr().String() + "/gw"
	parts := strings.Split(strings.Trim(path, "/"), "/")
	switch {
	case r.Method == "GET" && path == "/users/@me":
		return 200, nil, `{"id":"` + botID + `","username":"citebot","discriminator":"0","bot":true}`
	case r.Method == "GET" && path == "/gateway":
		return 200, nil, `{"url":"` + ws + `"}`
	case r.Method == "GET" && path == "/gateway/bot":
		return 200, nil, `{"url":"` + ws + `","shards":1}`
	case r.Method == "PUT" && strings.HasPrefix(path, "/applications/"+appID+"/"):
		return 200, nil, string(body)
	case r.Method == "POST" && len(parts) == 3 && parts[0] == "channels" && parts[2] == "messages":
		return 200, nil, sentMessage(id, parts[1], body)
	case r.Method == "POST" && len(parts) == 4 && parts[0] == "interactions" && parts[3] == "callback":
		return 204, nil, ""
	case r.Method == "PATCH" && len(parts) == 5 && parts[0] == "webhooks":
		return 200, nil, sentMessage(id, "c-interaction", body)
	case r.Method == "DELETE" && len(parts) == 5 && parts[0] == "webhooks":
		return 204, nil, ""
	case r.Method == "POST" && len(parts) == 3 && parts[0] == "webhooks":
		return 200, nil, sentMessage(id, "c-interaction", body)
	case r.Method == "GET" && (len(parts) == 2 && parts[0] == "channels" || len(parts) == 2 && parts[0] == "guilds" ||
		len(parts) == 4 && parts[0] == "guilds" && parts[2] == "members"):
		return f.permissionData(parts)
	}
	return 404, nil, `{"message": "Unknown route", "code": 0}`
}

// sentMessage is the message object Discord returns for what was sent.
func sentMessage(id, channel string, body []byte) string {
	var in struct {
		Content string `json:"content"`
	}
	json.Unmarshal(body, &in)
	out, _ := json.Marshal(map[string]any{
		"id": id, "channel_id": channel, "content": in.Content, "timestamp": timestamp,
		"author": map[string]any{"id": botID, "username": "citebot", "bot": true},
	})
	return string(out)
}

// gateway plays one gateway connection: HELLO, IDENTIFY or RESUME, READY or
// RESUMED, then heartbeat acknowledgements until the socket closes.
func (f *fakeDiscord) gateway(w http.ResponseWriter, r *http.Request) {
	var up websocket.Upgrader
	ws, err := up.Upgrade(w, r, nil)
	if err != nil {
		return
	}
	c := &gwConn{ws: ws}
	f.mu.Lock()
	f.all = append(f.all, c)
	f.mu.Unlock()
	defer func() {
		// Count the connection closed only when the client has closed the
		// socket itself, not merely sent its close frame.
		ws.NetConn().SetReadDeadline(time.Now().Add(waitLimit))
		io.Copy(io.Discard, ws.NetConn())
		ws.Close()
		f.mu.Lock()
		f.closed++
		f.notify()
		f.mu.Unlock()
	}()

	if c.write(map[string]any{"op": 10, "d": map[string]any{"heartbeat_interval": 45000}}) != nil {
		return
	}
	var hs struct {
		Op int `json:"op"`
		D  struct {
			Token     string `json:"token"`
			Intents   int    `json:"intents"`
			Shard     []int  `json:"shard"`
			SessionID string `json:"session_id"`
			Seq       int    `json:"seq"`
		} `json:"d"`
	}
	if ws.ReadJSON(&hs) != nil {
		return
	}
	// The client heartbeats at once; it may come before the handshake.
	for hs.Op == 1 {
		if c.write(map[string]any{"op": 11}) != nil || ws.ReadJSON(&hs) != nil {
			return
		}
	}
	f.mu.Lock()
	f.seq++
	seq := f.seq
	f.mu.Unlock()
	switch {
	case hs.Op == 2 && hs.D.Token == "Bot "+goodToken:
		f.mu.Lock()
		f.intents = hs.D.Intents
		f.shard = hs.D.Shard
		f.mu.Unlock()
		err = c.write(map[string]any{"op": 0, "t": "READY", "s": seq, "d": map[string]any{
			"v": 10, "session_id": "session-1",
			"resume_gateway_url": "ws://" + r.Host + "/gw",
			"user":               map[string]any{"id": botID, "username": "citebot", "bot": true},
			"application":        map[string]any{"id": appID, "flags": 0},
			"guilds":             []any{},
		}})
	case hs.Op == 6 && hs.D.SessionID == "session-1":
		// The events the client missed, then RESUMED.
		f.mu.Lock()
		var missed []dispatchedEvent
		for _, e := range f.dispatched {
			if e.seq > hs.D.Seq {
				missed = append(missed, e)
			}
		}
		f.mu.Unlock()
		for _, e := range missed {
			if err = c.write(map[string]any{"op": 0, "t": e.event, "s": e.seq, "d": e.d}); err != nil {
				return
			}
		}
		err = c.write(map[string]any{"op": 0, "t": "RESUMED", "s": seq, "d": map[string]any{}})
	default:
		ws.WriteMessage(websocket.CloseMessage, websocket.FormatCloseMessage(4004, "Authentication failed."))
		return
	}
	if err != nil {
		return
	}
	f.mu.Lock()
	f.conn = c
	f.handshakes = append(f.handshakes, hs.Op)
	f.notify()
	f.mu.Unlock()

	for {
		var msg struct {
			Op int `json:"op"`
		}
		if ws.ReadJSON(&msg) != nil {
			return
		}
		if msg.Op == 1 && c.write(map[string]any{"op": 11}) != nil {
			return
		}
	}
}

// dispatch sends an event on the current gateway connection.
func (f *fakeDiscord) dispatch(event string, d any) {
	f.t.Helper()
	f.waitFor("a gateway connection", func() bool { return f.conn != nil })
	f.mu.Lock()
	seq, c := f.record(event, d), f.conn
	f.mu.Unlock()
	if err := c.write(map[string]any{"op": 0, "t": event, "s": seq, "d": d}); err != nil {
		// The client is reconnecting: its RESUME will replay the event.
		f.t.Logf("dispatch %s: %v", event, err)
	}
}

// dispatchMissed records an event as sent on a connection the client lost
// before reading it: only a RESUME's replay delivers it.
func (f *fakeDiscord) dispatchMissed(event string, d any) {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.record(event, d)
}

// record numbers an event and keeps it for a RESUME's replay; called with
// f.mu held.
func (f *fakeDiscord) record(event string, d any) int {
	f.seq++
	f.dispatched = append(f.dispatched, dispatchedEvent{f.seq, event, d})
	return f.seq
}

// drop cuts the current gateway connection without a close frame, as a
// network failure would.
func (f *fakeDiscord) drop() {
	f.mu.Lock()
	c := f.conn
	f.conn = nil
	f.mu.Unlock()
	if c != nil {
		c.ws.NetConn().Close()
	}
}

// Event payloads.

func user(id string) map[string]any {
	return map[string]any{"id": id, "username": "user" + id, "discriminator": "0"}
}

// message is a MESSAGE_CREATE payload; guild "" makes it a DM.
func message(id, channel, guild, author, content string, mentionBot bool) map[string]any {
	m := map[string]any{
		"id": id, "channel_id": channel, "content": content, "timestamp": timestamp,
		"author": user(author), "mentions": []any{}, "type": 0,
	}
	if guild != "" {
		m["guild_id"] = guild
	}
	if mentionBot {
		m["mentions"] = []any{map[string]any{"id": botID, "username": "citebot", "bot": true}}
	}
	return m
}

// replyTo makes m a reply to the bot's message botMsg.
func replyTo(m map[string]any, botMsg string) map[string]any {
	m["type"] = 19
	m["message_reference"] = map[string]any{"message_id": botMsg, "channel_id": m["channel_id"]}
	m["referenced_message"] = map[string]any{
		"id": botMsg, "channel_id": m["channel_id"], "content": "…", "timestamp": timestamp,
		"author": map[string]any{"id": botID, "username": "citebot", "bot": true},
	}
	return m
}

// interaction is an INTERACTION_CREATE payload in guild g1.
func interaction(id string, typ int, channel, userID string, data map[string]any) map[string]any {
	return map[string]any{
		"id": id, "application_id": appID, "type": typ, "token": "tok-" + id,
		"channel_id": channel, "guild_id": "g1", "version": 1,
		"member": map[string]any{"user": user(userID)},
		"data":   data,
	}
}

func slash(name string, opts ...map[string]any) map[string]any {
	if opts == nil {
		opts = []map[string]any{}
	}
	return map[string]any{"id": "cmd-" + name, "name": name, "type": 1, "options": opts}
}

func option(name, value string, focused bool) map[string]any {
	return map[string]any{"name": name, "type": 3, "value": value, "focused": focused}
}
