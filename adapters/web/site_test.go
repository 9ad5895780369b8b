package web

import (
	"context"
	"fmt"
	"html"
	"io"
	"net/http"
	"net/url"
	"regexp"
	"strings"
	"sync"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/citebot/citebot/bot"
)

// recorder answers every message with a fixed reply and keeps the messages.
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

func (r *recorder) count() int {
	r.mu.Lock()
	defer r.mu.Unlock()
	return len(r.msgs)
}

func (r *recorder) last() bot.Message {
	r.mu.Lock()
	defer r.mu.Unlock()
	return r.msgs[len(r.msgs)-1]
}

var turnRE = regexp.MustCompile(`<li class="turn turn-[a-z_]+" id="t(\d+)">`)

var tagRE = regexp.MustCompile(`<[^>]*>`)

// visibleText is a page's text without its markup, entities decoded.
func visibleText(page string) string {
	return html.UnescapeString(tagRE.ReplaceAllString(page, ""))
}

func turnIDs(page string) []string {
	var out []string
	for _, m := range turnRE.FindAllStringSubmatch(page, -1) {
		out = append(out, m[1])
	}
	return out
}

func TestAskPostRedirectGet(t *testing.T) {
	site, srv := newSite(t, Options{})
	want := reference(t, site, question, followUp)
	c := newClient(t, srv)
	c.get("/")
	for i, q := range []string{question, followUp} {
		resp, _ := c.post("/", url.Values{"q": {q}}, false)
		if resp.StatusCode != http.StatusSeeOther || resp.Header.Get("Location") != fmt.Sprintf("/#t%d", i+1) {
			t.Fatalf("POST %q: %d to %q, want 303 to /#t%d", q, resp.StatusCode, resp.Header.Get("Location"), i+1)
		}
	}
	_, page := c.get("/")
	if got := turnIDs(page); strings.Join(got, ",") != "1,2" {
		t.Errorf("turns on the page: %v, want 1,2", got)
	}
	for i, r := range want {
		c := r.Citations[0]
		if !strings.Contains(visibleText(page), "« "+c.Quote) {
			t.Errorf("turn %d does not cite %q", i+1, c.Quote)
		}
		if href := fmt.Sprintf(`href="/articles/%s#p%ds%d"`, c.Article, c.Paragraph, c.Sentence); !strings.Contains(page, href) {
			t.Errorf("turn %d has no link %s to the reader", i+1, href)
		}
	}
	// Reloading shows the same turns and asks nothing again.
	_, again := c.get("/")
	if got := turnIDs(again); strings.Join(got, ",") != "1,2" {
		t.Errorf("after a reload: turns %v", got)
	}
}

func TestAskFragment(t *testing.T) {
	_, srv := newSite(t, Options{})
	c := newClient(t, srv)
	c.get("/")
	resp, body := c.post("/", url.Values{"q": {question}}, true)
	if resp.StatusCode != http.StatusOK || !strings.HasPrefix(resp.Header.Get("Content-Type"), "text/html") {
		t.Fatalf("fragment: %d %s", resp.StatusCode, resp.Header.Get("Content-Type"))
	}
	if !strings.HasPrefix(body, `<li class="turn turn-answer" id="t1">`) || strings.Contains(body, "<html") {
		t.Errorf("fragment is not one turn:\n%s", body)
	}
}

// TestFormsRefuseForgery: every state-changing form is refused, and the
// bot never asked, without the browser's token or from another site.
func TestFormsRefuseForgery(t *testing.T) {
	rec := &recorder{reply: bot.Reply{Kind: bot.KindAnswer, Body: "Oui.", Text: "Oui."}}
	_, srv := newSite(t, Options{Handler: rec})
	victim := newClient(t, srv)
	victim.get("/")
	victim.ask("Première ?")
	other := newClient(t, srv)
	other.get("/")
	asked := rec.count()

	tests := []struct {
		name    string
		token   string
		headers map[string]string
		cookie  bool
		want    int
	}{
		{"no token", "", nil, true, http.StatusForbidden},
		{"wrong token", "AAAA", nil, true, http.StatusForbidden},
		{"another browser's token", other.token, nil, true, http.StatusForbidden},
		{"no cookie", victim.token, nil, false, http.StatusForbidden},
		{"cross-site fetch", victim.token, map[string]string{"Sec-Fetch-Site": "cross-site", "Origin": "https://evil.example"}, true, http.StatusForbidden},
		{"cross-origin, old browser", victim.token, map[string]string{"Origin": "https://evil.example"}, true, http.StatusForbidden},
	}
	for _, path := range []string{"/", "/nouvelle"} {
		for _, tt := range tests {
			form := url.Values{tokenField: {tt.token}, "q": {"Forgée ?"}}
			req, _ := http.NewRequest(http.MethodPost, srv.URL+path, strings.NewReader(form.Encode()))
			req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
			if tt.headers == nil {
				req.Header.Set("Sec-Fetch-Site", "same-origin")
			}
			for k, v := range tt.headers {
				req.Header.Set(k, v)
			}
			if tt.cookie {
				for _, ck := range victim.hc.Jar.Cookies(req.URL) {
					req.AddCookie(ck)
				}
			}
			resp, err := http.DefaultClient.Do(req)
			if err != nil {
				t.Fatal(err)
			}
			body, _ := io.ReadAll(resp.Body)
			resp.Body.Close()
			if resp.StatusCode != tt.want {
				t.Errorf("%s %s: status %d, want %d", path, tt.name, resp.StatusCode, tt.want)
			}
			if !strings.Contains(string(body), "<h1>") {
				t.Errorf("%s %s: the refusal is not a page that says why", path, tt.name)
			}
		}
	}
	if rec.count() != asked {
		t.Errorf("the bot was asked %d forged questions", rec.count()-asked)
	}
	if _, page := victim.get("/"); len(turnIDs(page)) != 1 {
		t.Errorf("forged forms changed the victim's page: turns %v", turnIDs(page))
	}
}

// TestExpiredFormKeepsTheQuestion: a form whose token no longer holds (a
// restart, blocked cookies) is refused with a message, the question still
// in its box, and a fresh token that works.
func TestExpiredFormKeepsTheQuestion(t *testing.T) {
	_, srv := newSite(t, Options{})
	c := newClient(t, srv)
	resp, page := c.post("/", url.Values{"q": {"Qui est <b>Lu Wei</b> ?"}}, false)
	if resp.StatusCode != http.StatusForbidden {
		t.Fatalf("status %d, want 403", resp.StatusCode)
	}
	if !strings.Contains(page, `value="Qui est &lt;b&gt;Lu Wei&lt;/b&gt; ?"`) || !strings.Contains(page, "expiré") {
		t.Errorf("the refusal lost the question or did not say why:\n%s", page)
	}
	if got := c.ask(question); len(turnIDs(got)) != 1 {
		t.Errorf("resending with the fresh token: turns %v", turnIDs(got))
	}
	_, body := c.post("/", url.Values{"q": {question}, tokenField: {"stale"}}, true)
	if !strings.Contains(body, "expiré") || strings.Contains(body, "<") {
		t.Errorf("the script's refusal should be a plain message: %q", body)
	}
}

func TestBadQuestions(t *testing.T) {
	_, srv := newSite(t, Options{})
	c := newClient(t, srv)
	c.get("/")

	resp, page := c.post("/", url.Values{"q": {"   "}}, false)
	if resp.StatusCode != http.StatusBadRequest || !strings.Contains(page, "Posez-moi une question") || len(turnIDs(page)) != 0 {
		t.Errorf("empty question: %d, turns %v", resp.StatusCode, turnIDs(page))
	}

	long := strings.Repeat("é", 5000)
	page = c.ask(long)
	if !strings.Contains(page, "trop long") {
		t.Error("a 5,000-character question is not refused by the bot's message")
	}
	if strings.Contains(page, strings.Repeat("é", maxQuestionRunes+1)) || !strings.Contains(page, strings.Repeat("é", maxQuestionRunes)+"…") {
		t.Error("the page does not keep the long question cut at the box's limit")
	}

	page = c.ask("Qui est Lu \xffWei ?")
	if !utf8.ValidString(page) || !strings.Contains(page, "Lu \uFFFDWei") {
		t.Error("invalid UTF-8 in a question reached the page")
	}

	resp, _ = c.post("/", url.Values{"q": {strings.Repeat("x", maxFormBytes)}}, false)
	if resp.StatusCode != http.StatusRequestEntityTooLarge {
		t.Errorf("a form over %d bytes: status %d, want 413", maxFormBytes, resp.StatusCode)
	}
}

func TestRateLimitedTurn(t *testing.T) {
	base := loadBase(t)
	b := bot.New(base, bot.Options{RatePerMinute: 1, Burst: 1})
	_, srv := newSite(t, Options{Base: base, Handler: b})
	c := newClient(t, srv)
	c.get("/")
	if resp, _ := c.post("/", url.Values{"q": {question}}, true); resp.StatusCode != http.StatusOK {
		t.Fatalf("first question: %d", resp.StatusCode)
	}
	resp, body := c.post("/", url.Values{"q": {followUp}}, true)
	if resp.StatusCode != http.StatusTooManyRequests || !strings.Contains(body, "turn-rate_limited") || !strings.Contains(body, "patientez") {
		t.Errorf("over the limit: %d\n%s", resp.StatusCode, body)
	}
}

func TestMoreSources(t *testing.T) {
	site, srv := newSite(t, Options{})
	if len(reference(t, site, question)[0].Actions) == 0 {
		t.Fatalf("%q offers no more sources; pick a question that does", question)
	}
	c := newClient(t, srv)
	c.get("/")
	page := c.ask(question)
	if n := strings.Count(page, `name="action" value="/plus"`); n != 1 {
		t.Fatalf("%d more-sources buttons, want 1", n)
	}
	page = c.ask2(url.Values{"action": {"/plus"}})
	if !strings.Contains(page, `Votre question : </span>Plus de sources</p>`) {
		t.Error("the more-sources turn is not labelled with its button")
	}
	for _, action := range []string{"/plus", "/quitter", "/sources"} {
		if resp, _ := c.post("/", url.Values{"action": {action}}, false); resp.StatusCode != http.StatusConflict {
			t.Errorf("action %s not offered by the latest answer: status %d, want 409", action, resp.StatusCode)
		}
	}
}

// ask2 posts any form to / and returns the page it redirects to.
func (c *client) ask2(form url.Values) string {
	c.t.Helper()
	resp, body := c.post("/", form, false)
	if resp.StatusCode != http.StatusSeeOther {
		c.t.Fatalf("POST / %v: %d\n%s", form, resp.StatusCode, body)
	}
	_, page := c.get("/")
	return page
}

func TestNewConversation(t *testing.T) {
	rec := &recorder{reply: bot.Reply{Kind: bot.KindAnswer, Body: "Oui.", Text: "Oui."}}
	_, srv := newSite(t, Options{Handler: rec})
	c := newClient(t, srv)
	c.get("/")
	c.ask("Une ?")
	first := rec.last().Conversation
	if !strings.HasPrefix(first, Platform+":") {
		t.Errorf("conversation key %q", first)
	}
	resp, _ := c.post("/nouvelle", url.Values{}, false)
	if resp.StatusCode != http.StatusSeeOther {
		t.Fatalf("/nouvelle: %d", resp.StatusCode)
	}
	_, page := c.get("/")
	if len(turnIDs(page)) != 0 {
		t.Errorf("a new conversation still shows turns %v", turnIDs(page))
	}
	c.ask("Deux ?")
	if second := rec.last().Conversation; second == first {
		t.Errorf("the bot still sees conversation %q", first)
	}
	if rec.last().UserID == "" || rec.last().Platform != Platform {
		t.Errorf("message %+v", rec.last())
	}
}

func TestHistoryBounds(t *testing.T) {
	rec := &recorder{reply: bot.Reply{Kind: bot.KindInfo, Body: "Bien.", Text: "Bien."}}
	_, srv := newSite(t, Options{Handler: rec})
	c := newClient(t, srv)
	c.get("/")
	for i := 1; i <= maxTurns+5; i++ {
		c.post("/", url.Values{"q": {fmt.Sprintf("Question %d ?", i)}}, true)
	}
	_, page := c.get("/")
	ids := turnIDs(page)
	if len(ids) != maxTurns || ids[0] != "6" || ids[len(ids)-1] != fmt.Sprint(maxTurns+5) {
		t.Errorf("kept turns %v..., want the last %d", ids[:3], maxTurns)
	}

	now := time.Unix(1e9, 0)
	var mu sync.Mutex
	clock := func() time.Time { mu.Lock(); defer mu.Unlock(); return now }
	hs := newHistories(3, time.Hour, clock)
	for i := range 5 {
		_, unlock := hs.get(fmt.Sprint(i))
		unlock()
	}
	if hs.len() != 3 {
		t.Errorf("%d histories kept, want at most 3", hs.len())
	}
	mu.Lock()
	now = now.Add(2 * time.Hour)
	mu.Unlock()
	_, unlock := hs.get("fresh")
	unlock()
	if hs.len() != 1 {
		t.Errorf("%d histories after they went idle, want only the fresh one", hs.len())
	}
}

func TestSecurityHeaders(t *testing.T) {
	_, srv := newSite(t, Options{})
	c := newClient(t, srv)
	for _, path := range []string{"/", "/articles", articleURL(loadBase(t).Articles[0].ID), "/nope"} {
		resp, _ := c.get(path)
		csp := resp.Header.Get("Content-Security-Policy")
		for _, want := range []string{"default-src 'none'", "script-src 'self'", "style-src 'self'", "frame-ancestors 'none'", "form-action 'self'"} {
			if !strings.Contains(csp, want) {
				t.Errorf("%s: CSP %q lacks %q", path, csp, want)
			}
		}
		if strings.Contains(csp, "unsafe") {
			t.Errorf("%s: CSP allows %q", path, csp)
		}
		if resp.Header.Get("X-Content-Type-Options") != "nosniff" {
			t.Errorf("%s: no nosniff", path)
		}
	}
	resp, _ := c.get("/")
	for _, ck := range resp.Cookies() {
		if ck.Name == browserCookie && (!ck.HttpOnly || ck.SameSite != http.SameSiteLaxMode) {
			t.Errorf("cookie %+v: want HttpOnly and SameSite=Lax", ck)
		}
	}
}

func TestStaticFiles(t *testing.T) {
	site, srv := newSite(t, Options{})
	c := newClient(t, srv)
	for name, ctype := range map[string]string{"site.css": "text/css", "site.js": "text/javascript", "icon.svg": "image/svg+xml"} {
		u, err := site.static.URL(name)
		if err != nil {
			t.Fatal(err)
		}
		resp, body := c.get(u)
		if resp.StatusCode != http.StatusOK || !strings.HasPrefix(resp.Header.Get("Content-Type"), ctype) || body == "" {
			t.Errorf("%s: %d %s", u, resp.StatusCode, resp.Header.Get("Content-Type"))
		}
		if !strings.Contains(resp.Header.Get("Cache-Control"), "immutable") {
			t.Errorf("%s: versioned file not cached: %q", u, resp.Header.Get("Cache-Control"))
		}
		req, _ := http.NewRequest(http.MethodGet, srv.URL+u, nil)
		req.Header.Set("If-None-Match", resp.Header.Get("ETag"))
		if resp, _ := c.do(req); resp.StatusCode != http.StatusNotModified {
			t.Errorf("%s with its ETag: %d, want 304", u, resp.StatusCode)
		}
		if resp, _ := c.get("/static/" + name); resp.Header.Get("Cache-Control") != "no-cache" {
			t.Errorf("/static/%s without version: Cache-Control %q", name, resp.Header.Get("Cache-Control"))
		}
	}
	if resp, _ := c.get("/static/nope.js"); resp.StatusCode != http.StatusNotFound {
		t.Errorf("missing static file: %d", resp.StatusCode)
	}
	if _, err := site.static.URL("nope.css"); err == nil {
		t.Error("a template naming a missing static file must fail")
	}
}

func TestNewNeedsHandlerAndBase(t *testing.T) {
	if _, err := New(Options{}); err == nil {
		t.Error("New without a handler or a base succeeded")
	}
}

// TestAddressCeiling: with the API's per-address ceiling reached, a page's
// question is refused with the wait, and the bot is not asked.
func TestAddressCeiling(t *testing.T) {
	rec := &recorder{reply: bot.Reply{Kind: bot.KindAnswer, Body: "Oui.", Text: "Oui."}}
	full := func(*http.Request) bot.Verdict { return bot.Verdict{Wait: 3 * time.Second} }
	_, srv := newSite(t, Options{Handler: rec, Admit: full})
	c := newClient(t, srv)
	c.get("/")
	resp, body := c.post("/", url.Values{"q": {question}}, true)
	if resp.StatusCode != http.StatusTooManyRequests || !strings.Contains(body, "3 secondes") || rec.count() != 0 {
		t.Errorf("over the address ceiling: %d, asked %d\n%s", resp.StatusCode, rec.count(), body)
	}
}

// TestUnsureAnswer: a short answer the bot is not sure of is labelled so,
// once (the body that only says it again is not shown, one that says more
// is); a sure one is not.
func TestUnsureAnswer(t *testing.T) {
	cit := bot.Citation{Article: "000_01ced38fed6e86f1", Title: "Les représentants", Paragraph: 1, Sentence: 1, Quote: "La conférence s'achèvera vendredi."}
	for _, tt := range []struct {
		reply  bot.Reply
		shown  string // must be on the page
		hidden string // must not
	}{
		{bot.Reply{Answer: "vendredi", Body: "Vendredi."}, "Réponse vendredi", "incertaine"},
		{bot.Reply{Answer: "vendredi", Body: bot.UnsurePrefix + "vendredi.", Unsure: true}, "Réponse incertaine vendredi", "pas sûr"},
		{bot.Reply{Answer: "vendredi", Body: "Déjà posée (2 fois dans cette séance) : « Quand ? »\n" + bot.UnsurePrefix + "vendredi.", Unsure: true},
			"Réponse incertaine vendredi Déjà posée", ""},
	} {
		r := tt.reply
		r.Kind, r.Answered, r.Text, r.Citations = bot.KindAnswer, true, r.Body, []bot.Citation{cit}
		_, srv := newSite(t, Options{Handler: &recorder{reply: r}})
		c := newClient(t, srv)
		c.get("/")
		_, page := c.post("/", url.Values{"q": {"Quand la conférence s'achèvera-t-elle ?"}}, true)
		text := strings.Join(strings.Fields(visibleText(page)), " ")
		if !strings.Contains(text, tt.shown) || tt.hidden != "" && strings.Contains(text, tt.hidden) {
			t.Errorf("body %q: turn reads %q; want %q and not %q", r.Body, text, tt.shown, tt.hidden)
		}
	}
}
