package telegram

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"net/http/httptest"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/citebot/citebot/bot"
)

// floodWait is the Bot API's 429 with a retry_after.
func floodWait(seconds int) scripted {
	return scripted{429, fmt.Sprintf(`{"ok":false,"error_code":429,"description":"Too Many Requests: retry after %d","parameters":{"retry_after":%d}}`, seconds, seconds)}
}

// TestFloodWaitHoldsNoSlot is defect 5 of issue 7: eight chats told to
// wait must not keep a ninth from being answered. The waits block until
// the ninth chat's answer is sent; before the fix the ninth waited for a
// slot the eight held, and the test timed out.
func TestFloodWaitHoldsNoSlot(t *testing.T) {
	fake := newFakeAPI(t)
	const waiting = 8
	for range waiting {
		fake.fail("sendMessage", floodWait(10))
	}
	release := make(chan struct{})
	var once sync.Once
	var mu sync.Mutex
	blocked := 0
	allBlocked := make(chan struct{})
	wait := func(ctx context.Context, d time.Duration) error {
		mu.Lock()
		if blocked++; blocked == waiting {
			close(allBlocked)
		}
		mu.Unlock()
		select {
		case <-release:
			return nil
		case <-ctx.Done():
			return ctx.Err()
		}
	}
	hs := startOn(t, fake, echo, func(o *Options) { o.Wait = wait; o.MaxConcurrent = waiting })
	t.Cleanup(func() { once.Do(func() { close(release) }) })
	for chat := range int64(waiting) {
		fake.push(t, dm(100+chat, "Question "+strconv.FormatInt(chat, 10)))
	}
	select {
	case <-allBlocked:
	case <-time.After(20 * time.Second):
		t.Fatal("the eight chats never met their flood wait")
	}
	fake.push(t, dm(200, "La neuvième ?"))
	if got := hs.fake.nextSent(t).form.Get("text"); !strings.Contains(got, "La neuvième ?") {
		t.Fatalf("first answer sent %q, want the ninth chat's", got)
	}
	once.Do(func() { close(release) })
	for range waiting {
		hs.fake.nextSent(t)
	}
}

// TestOffsetConfirmedOnlyOnceAnswered is defect 6 of issue 7: while an
// answer is under way, getUpdates must not confirm its update, so that a
// crash leaves it to be delivered again; once sent, it is confirmed.
func TestOffsetConfirmedOnlyOnceAnswered(t *testing.T) {
	entered, release := make(chan struct{}), make(chan struct{})
	fake := newFakeAPI(t)
	fake.push(t, dm(31, "Lente"))
	hs := startOn(t, fake, func(m bot.Message) bot.Reply {
		close(entered)
		<-release
		return echo(m)
	})
	<-entered
	// Several polls happen while the answer is under way.
	for range 3 {
		fake.waitCall(t, "getUpdates")
	}
	for _, c := range fake.callsOf("getUpdates") {
		if off, _ := strconv.Atoi(c.form.Get("offset")); off > 1 {
			t.Fatalf("getUpdates confirmed offset %d while update 1 was still being answered", off)
		}
	}
	close(release)
	hs.fake.nextSent(t)
	for {
		confirmed := false
		for _, c := range fake.callsOf("getUpdates") {
			confirmed = confirmed || c.form.Get("offset") == "2"
		}
		if confirmed {
			break
		}
		fake.waitCall(t, "getUpdates")
	}
	if n := len(hs.h.seen()); n != 1 {
		t.Errorf("handler called %d times for one update, want 1", n)
	}
}

// TestWebhookRedeliveryAnsweredOnce is defect 6's webhook half: an update
// delivered three times (at once and later) is answered once, and every
// delivery gets its 200 only once the answer is sent.
func TestWebhookRedeliveryAnsweredOnce(t *testing.T) {
	const secret = "s3cr3t"
	hs := start(t, echo, func(o *Options) {
		o.WebhookURL = "https://bot.example.org/telegram/hook"
		o.WebhookSecret = secret
	})
	body := `{"update_id": 7, "message": {"message_id": 1, "date": 0, "text": "Trois fois ?", "chat": {"id": 72, "type": "private"}, "from": {"id": 72, "is_bot": false, "first_name": "A"}}}`
	post := func() int {
		req := httptest.NewRequest("POST", "/telegram/hook", strings.NewReader(body))
		req.Header.Set(secretHeader, secret)
		rec := httptest.NewRecorder()
		hs.a.WebhookHandler().ServeHTTP(rec, req)
		return rec.Code
	}
	var wg sync.WaitGroup
	codes := make([]int, 3)
	for i := range 2 {
		wg.Go(func() { codes[i] = post() })
	}
	wg.Wait()
	codes[2] = post()
	for i, c := range codes {
		if c != http.StatusOK {
			t.Errorf("delivery %d: %d, want 200", i+1, c)
		}
	}
	hs.fake.nextSent(t)
	if n := len(hs.h.seen()); n != 1 {
		t.Errorf("handler called %d times for an update delivered 3 times, want 1", n)
	}
	select {
	case c := <-hs.fake.sent:
		t.Errorf("answered twice: %v", c.form.Get("text"))
	default:
	}
}

func TestSeenUpdatesBounded(t *testing.T) {
	s := newSeenUpdates()
	for id := range 3 * maxRememberedUpdates {
		ch, isNew := s.first(id)
		if !isNew {
			t.Fatalf("update %d seen before", id)
		}
		close(ch)
	}
	if n := len(s.done); n != maxRememberedUpdates {
		t.Errorf("%d update ids remembered, want %d", n, maxRememberedUpdates)
	}
	if _, isNew := s.first(3*maxRememberedUpdates - 1); isNew {
		t.Error("a recent update taken as new")
	}
}

// TestLimitedUserToldOnce is from defect 8: a user over the limit gets one
// refusal, not one per message.
func TestLimitedUserToldOnce(t *testing.T) {
	var mu sync.Mutex
	n := 0
	hs := start(t, func(m bot.Message) bot.Reply {
		mu.Lock()
		defer mu.Unlock()
		n++
		if n == 1 {
			return echo(m)
		}
		r := bot.Reply{Kind: bot.KindRateLimited, Text: "Patientez.", Body: "Patientez.", Repeated: n > 2}
		return r
	})
	for i := range 5 {
		hs.fake.push(t, dm(41, fmt.Sprintf("Question %d", i)))
	}
	hs.fake.nextSent(t)
	if got := hs.fake.nextSent(t).form.Get("text"); got != "Patientez." {
		t.Errorf("refusal %q", got)
	}
	// The last update answered (silently) is confirmed after its
	// predecessors: once it is, nothing more will be sent.
	for {
		done := false
		for _, c := range hs.fake.callsOf("getUpdates") {
			done = done || c.form.Get("offset") == "6"
		}
		if done {
			break
		}
		hs.fake.waitCall(t, "getUpdates")
	}
	select {
	case c := <-hs.fake.sent:
		t.Errorf("a repeated refusal was sent: %q", c.form.Get("text"))
	default:
	}
}

// TestScrubHidesEveryFormOfTheToken is defect 4 of issue 7: with the
// token in the URL's host, the URL parser quoted its secret half alone.
func TestScrubHidesEveryFormOfTheToken(t *testing.T) {
	const token = "123456789:AAHsecretHALFsecretHALF_-x"
	a := &Adapter{opts: Options{Token: token}}
	for _, raw := range []string{
		`parse "http://123456789:AAHsecretHALFsecretHALF_-x/getMe": invalid port ":AAHsecretHALFsecretHALF_-x" after host`,
		`Post "https://api.telegram.org/bot123456789:AAHsecretHALFsecretHALF_-x/getMe": EOF`,
		`Post "https://api.telegram.org/bot123456789%3AAAHsecretHALFsecretHALF_-x/getMe": EOF`,
	} {
		got := a.scrub(fmt.Errorf("wrapped: %w", errors.New(raw))).Error()
		if strings.Contains(got, "secretHALF") || !strings.Contains(got, "[redacted]") {
			t.Errorf("scrub(%q) = %q", raw, got)
		}
	}
	if err := errors.New("no token here"); a.scrub(err) != err {
		t.Error("an error without the token was rewrapped")
	}
}
