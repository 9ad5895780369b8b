package httpapi

import (
	"bytes"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"net/netip"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/citebot/citebot/bot"
	"github.com/citebot/citebot/config"
)

type clock struct {
	mu  sync.Mutex
	now time.Time
}

func (c *clock) Now() time.Time {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.now
}

func (c *clock) Add(d time.Duration) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.now = c.now.Add(d)
}

// limitedAPI is the API over the real bot limited as serve limits it by
// default (20 a minute, 5 at once per user), on a clock the test moves.
func limitedAPI(t *testing.T, access AccessOptions) (*API, *clock) {
	t.Helper()
	c := &clock{now: time.Unix(1_700_000_000, 0)}
	b := bot.New(loadBase(t), bot.Options{RatePerMinute: 20, Burst: 5, Now: c.Now})
	access.Now = c.Now
	return mustNew(t, Options{Handler: b, Base: b.Base(), Access: access}), c
}

// TestClassBehindOneAddress is defect 7 of issue 7: 30 users behind one
// school network, 5 questions each, are all answered (half tell who they
// are with the "user" field, half with the cookie). Before, the address
// shared one user's allowance and 145 of the 150 were refused.
func TestClassBehindOneAddress(t *testing.T) {
	api, _ := limitedAPI(t, AccessOptions{})
	for q := range 5 {
		for u := range 30 {
			name := "eleve-" + strconv.Itoa(u)
			var resp *http.Response
			var got map[string]any
			if u%2 == 0 {
				resp, got = do(t, api, "POST", "/v1/ask", `{"question": "Qui est Lu Wei ?", "user": "`+name+`"}`)
			} else {
				resp, got = do(t, api, "POST", "/v1/ask", `{"question": "Qui est Lu Wei ?"}`, "Cookie", UserCookie+"="+name)
			}
			if resp.StatusCode != http.StatusOK || got["answered"] != true {
				t.Fatalf("user %d, question %d: %d %v", u, q+1, resp.StatusCode, got)
			}
		}
	}
}

// TestFloodingUserGetsTruthfulRetryAfter: a user flooding is refused with
// a Retry-After that is neither early (still refused a second before) nor
// late (let through when it says).
func TestFloodingUserGetsTruthfulRetryAfter(t *testing.T) {
	api, clk := limitedAPI(t, AccessOptions{})
	ask := func() (*http.Response, map[string]any) {
		return do(t, api, "POST", "/v1/ask", `{"question": "Qui est Lu Wei ?", "user": "flood"}`)
	}
	for range 5 {
		if resp, _ := ask(); resp.StatusCode != http.StatusOK {
			t.Fatalf("within the burst: %d", resp.StatusCode)
		}
	}
	resp, got := ask()
	if resp.StatusCode != http.StatusTooManyRequests || resp.Header.Get("Content-Type") != problemType {
		t.Fatalf("sixth at once: %d %s", resp.StatusCode, resp.Header.Get("Content-Type"))
	}
	if got["answered"] != false || !strings.Contains(got["text"].(string), "patientez") || got["status"] != float64(429) {
		t.Errorf("429 body %v: want the problem and the answer object", got)
	}
	after, err := strconv.Atoi(resp.Header.Get("Retry-After"))
	if err != nil || after != 3 {
		t.Fatalf("Retry-After %q, want 3 (one question every 3 s at 20 a minute)", resp.Header.Get("Retry-After"))
	}
	clk.Add(time.Duration(after)*time.Second - 100*time.Millisecond)
	if resp, _ := ask(); resp.StatusCode != http.StatusTooManyRequests {
		t.Errorf("let through before Retry-After: %d", resp.StatusCode)
	}
	clk.Add(100 * time.Millisecond)
	if resp, _ := ask(); resp.StatusCode != http.StatusOK {
		t.Errorf("refused at Retry-After: %d", resp.StatusCode)
	}
	if resp, _ := do(t, api, "POST", "/v1/ask", `{"question": "Qui est Lu Wei ?", "user": "voisin"}`); resp.StatusCode != http.StatusOK {
		t.Errorf("another user of the address is refused: %d", resp.StatusCode)
	}
}

func TestAddressCeiling(t *testing.T) {
	api, clk := limitedAPI(t, AccessOptions{AddressRatePerMinute: 10})
	for u := range 10 {
		if resp, _ := do(t, api, "POST", "/v1/ask", `{"question": "Qui ?", "user": "u`+strconv.Itoa(u)+`"}`); resp.StatusCode != http.StatusOK {
			t.Fatalf("user %d: %d", u, resp.StatusCode)
		}
	}
	resp, got := do(t, api, "POST", "/v1/ask", `{"question": "Qui ?", "user": "u99"}`)
	if resp.StatusCode != http.StatusTooManyRequests || resp.Header.Get("Retry-After") != "6" || !strings.Contains(got["detail"].(string), "address") {
		t.Fatalf("eleventh user of the address: %d, Retry-After %q, %v", resp.StatusCode, resp.Header.Get("Retry-After"), got)
	}
	clk.Add(6 * time.Second)
	if resp, _ := do(t, api, "POST", "/v1/ask", `{"question": "Qui ?", "user": "u99"}`); resp.StatusCode != http.StatusOK {
		t.Errorf("after Retry-After: %d", resp.StatusCode)
	}
}

func TestAPIKeys(t *testing.T) {
	const k1, k2 = "first-key-0123456789", "second-key-0123456789"
	api, _ := limitedAPI(t, AccessOptions{Keys: []Key{config.Secret(k1), config.Secret(k2)}, KeyRatePerMinute: 30})
	// The key's limit replaces the user's: 30 at once, not 5.
	for i := range 30 {
		if resp, got := do(t, api, "POST", "/v1/ask", `{"question": "Qui est Lu Wei ?"}`, "Authorization", "Bearer "+k1); resp.StatusCode != http.StatusOK {
			t.Fatalf("question %d with a key: %d %v", i+1, resp.StatusCode, got)
		}
	}
	resp, got := do(t, api, "POST", "/v1/ask", `{"question": "Qui ?"}`, "Authorization", "Bearer "+k1)
	if resp.StatusCode != http.StatusTooManyRequests || resp.Header.Get("Retry-After") != "2" || !strings.Contains(got["detail"].(string), "API key") {
		t.Errorf("over the key's limit: %d, Retry-After %q, %v", resp.StatusCode, resp.Header.Get("Retry-After"), got)
	}
	if resp, _ := do(t, api, "POST", "/v1/ask", `{"question": "Qui ?"}`, "Authorization", "bearer "+k2); resp.StatusCode != http.StatusOK {
		t.Errorf("the other key shares the first's limit: %d", resp.StatusCode)
	}
	if resp, _ := do(t, api, "POST", "/v1/ask", `{"question": "Qui ?"}`, "Authorization", "Bearer "+k1+"x"); resp.StatusCode != http.StatusUnauthorized {
		t.Errorf("a wrong key: %d, want 401", resp.StatusCode)
	}
}

func TestConversationsScopedToCaller(t *testing.T) {
	h := &recorder{reply: bot.Reply{Kind: bot.KindAbstain, Text: "Non."}}
	const key = "scope-key-0123456789"
	api := mustNew(t, Options{Handler: h, Access: AccessOptions{Keys: []Key{config.Secret(key)}}})
	do(t, api, "POST", "/v1/ask", `{"question": "Q", "conversation": "c", "user": "ana"}`)
	do(t, api, "POST", "/v1/ask", `{"question": "Q", "conversation": "c"}`, "Cookie", UserCookie+"=bob")
	do(t, api, "POST", "/v1/ask", `{"question": "Q", "conversation": "c", "user": "ana"}`, "Authorization", "Bearer "+key)
	want := []bot.Message{
		{Platform: "http", UserID: "192.0.2.7 ana", Conversation: "http:192.0.2.7 ana:c", Text: "Q"},
		{Platform: "http", UserID: "192.0.2.7 bob", Conversation: "http:192.0.2.7 bob:c", Text: "Q"},
		{Platform: "http", UserID: "key 1", Conversation: "http:key 1:c", Text: "Q", OwnLimit: true},
	}
	for i, m := range h.msgs {
		if m != want[i] {
			t.Errorf("message %d = %+v, want %+v", i, m, want[i])
		}
	}
}

func TestClientAddrThroughTrustedProxies(t *testing.T) {
	ac := newAccess(AccessOptions{TrustedProxies: []netip.Prefix{netip.MustParsePrefix("10.0.0.0/8"), netip.MustParsePrefix("::1/128")}})
	tests := []struct {
		name, remote string
		xff          []string
		want         string
	}{
		{"direct", "198.51.100.4:1234", nil, "198.51.100.4"},
		{"untrusted peer's header ignored", "198.51.100.4:1234", []string{"203.0.113.9"}, "198.51.100.4"},
		{"one proxy", "10.0.0.1:1234", []string{"203.0.113.9"}, "203.0.113.9"},
		{"two proxies", "10.0.0.1:1234", []string{"203.0.113.9, 10.0.0.2"}, "203.0.113.9"},
		{"forged left entries", "10.0.0.1:1234", []string{"1.2.3.4, 203.0.113.9"}, "203.0.113.9"},
		{"several headers", "10.0.0.1:1234", []string{"1.2.3.4", "203.0.113.9, 10.9.9.9"}, "203.0.113.9"},
		{"garbled", "10.0.0.1:1234", []string{"203.0.113.9, nonsense"}, "10.0.0.1"},
		{"no header", "10.0.0.1:1234", nil, "10.0.0.1"},
		{"ipv6 proxy", "[::1]:1234", []string{"2001:db8::7"}, "2001:db8::7"},
		{"mapped v4", "[::ffff:198.51.100.4]:1234", nil, "198.51.100.4"},
	}
	for _, tt := range tests {
		r := httptest.NewRequest("GET", "/", nil)
		r.RemoteAddr = tt.remote
		for _, v := range tt.xff {
			r.Header.Add("X-Forwarded-For", v)
		}
		if got := ac.clientAddr(r); got != tt.want {
			t.Errorf("%s: clientAddr = %q, want %q", tt.name, got, tt.want)
		}
	}
}

// TestPanicRecoveredWithStack is from defect 8 of issue 7: a panic in a
// handler is answered with a 500 problem and logged with its stack.
func TestPanicRecoveredWithStack(t *testing.T) {
	var logs bytes.Buffer
	api := mustNew(t, Options{Handler: &recorder{}, Logger: slog.New(slog.NewTextHandler(&logs, nil))})
	if err := api.Handle("/boom", http.HandlerFunc(func(http.ResponseWriter, *http.Request) { panic("boom") })); err != nil {
		t.Fatal(err)
	}
	resp, got := do(t, api, "GET", "/boom", "")
	if resp.StatusCode != http.StatusInternalServerError || got["detail"] != bot.Apology {
		t.Errorf("panic: %d %v", resp.StatusCode, got)
	}
	if l := logs.String(); !strings.Contains(l, "panic=boom") || !strings.Contains(l, "goroutine") || !strings.Contains(l, "identity_test.go") {
		t.Errorf("panic logged without its stack:\n%s", l)
	}
}
