package web

import (
	"io"
	"net/http"
	"net/http/cookiejar"
	"net/http/httptest"
	"net/url"
	"regexp"
	"strings"
	"testing"

	"github.com/citebot/citebot/bot"
	"github.com/citebot/citebot/internal/seeds"
	"github.com/citebot/citebot/knowledge"
)

func loadBase(t testing.TB) *knowledge.Base { return seeds.Base(t) }

// newSite serves the bundled articles with a real bot; opts may set the
// handler, a feedback sink or limits.
// httptestServer is the test server type, named for the helpers.
type httptestServer = httptest.Server

func newSite(t testing.TB, opts Options) (*Site, *httptest.Server) {
	t.Helper()
	if opts.Base == nil {
		opts.Base = loadBase(t)
	}
	if opts.Handler == nil {
		opts.Handler = bot.New(opts.Base, bot.Options{})
	}
	site, err := New(opts)
	if err != nil {
		t.Fatal(err)
	}
	srv := httptest.NewServer(site)
	t.Cleanup(srv.Close)
	return site, srv
}

// client is a browser without a browser: a cookie jar, no redirects
// followed, and the form token of the last page it read.
type client struct {
	t     *testing.T
	base  string
	hc    *http.Client
	token string
}

func newClient(t *testing.T, srv *httptest.Server) *client {
	t.Helper()
	jar, err := cookiejar.New(nil)
	if err != nil {
		t.Fatal(err)
	}
	return &client{t: t, base: srv.URL, hc: &http.Client{
		Jar:           jar,
		CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse },
	}}
}

var tokenRE = regexp.MustCompile(`name="jeton" value="([^"]+)"`)

func (c *client) do(req *http.Request) (*http.Response, string) {
	c.t.Helper()
	resp, err := c.hc.Do(req)
	if err != nil {
		c.t.Fatal(err)
	}
	defer resp.Body.Close()
	b, err := io.ReadAll(resp.Body)
	if err != nil {
		c.t.Fatal(err)
	}
	if m := tokenRE.FindStringSubmatch(string(b)); m != nil {
		c.token = m[1]
	}
	return resp, string(b)
}

func (c *client) get(path string) (*http.Response, string) {
	c.t.Helper()
	req, err := http.NewRequest(http.MethodGet, c.base+path, nil)
	if err != nil {
		c.t.Fatal(err)
	}
	return c.do(req)
}

// post sends a form as the page does (same origin), with the client's
// token unless form sets one; fragment asks for the turn alone, as the
// script does.
func (c *client) post(path string, form url.Values, fragment bool) (*http.Response, string) {
	c.t.Helper()
	if _, ok := form[tokenField]; !ok {
		form.Set(tokenField, c.token)
	}
	req, err := http.NewRequest(http.MethodPost, c.base+path, strings.NewReader(form.Encode()))
	if err != nil {
		c.t.Fatal(err)
	}
	req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	req.Header.Set("Origin", c.base)
	req.Header.Set("Sec-Fetch-Site", "same-origin")
	if fragment {
		req.Header.Set(fragmentHeader, "1")
	}
	return c.do(req)
}

// ask posts a question and returns the page or fragment that follows.
func (c *client) ask(q string) string {
	c.t.Helper()
	resp, body := c.post("/", url.Values{"q": {q}}, false)
	if resp.StatusCode != http.StatusSeeOther {
		c.t.Fatalf("POST / %q: status %d, want 303\n%s", q, resp.StatusCode, body)
	}
	_, page := c.get("/")
	return page
}
