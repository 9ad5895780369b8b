package main

import (
	"io"
	"net/http"
	"net/http/cookiejar"
	"net/http/httptest"
	"net/url"
	"regexp"
	"strings"
	"testing"

	"github.com/citebot/citebot/config"
)

var formTokenRE = regexp.MustCompile(`name="jeton" value="([^"]+)"`)

// TestServeTeacherPageLinksTelegram: with Telegram and the web pages
// served together, a class opened on the web shows its teacher the t.me
// link, under the bot's username as getMe gave it, that joins the class.
func TestServeTeacherPageLinksTelegram(t *testing.T) {
	fake := &fakeTelegram{sent: make(chan string, 10)}
	api := httptest.NewServer(fake)
	t.Cleanup(api.Close)
	cfg := config.Config{HTTPAddr: "127.0.0.1:0", Telegram: config.Telegram{Token: "42:good", APIURL: api.URL + "/bot%s/%s"}}
	base := httpURLRE.FindString(startServe(t, cfg))
	jar, err := cookiejar.New(nil)
	if err != nil {
		t.Fatal(err)
	}
	c := &http.Client{Jar: jar}
	read := func(resp *http.Response, err error) string {
		t.Helper()
		if err != nil {
			t.Fatal(err)
		}
		defer resp.Body.Close()
		b, err := io.ReadAll(resp.Body)
		if err != nil || resp.StatusCode != http.StatusOK {
			t.Fatalf("%s: %d %v\n%.500s", resp.Request.URL, resp.StatusCode, err, b)
		}
		return string(b)
	}
	m := formTokenRE.FindStringSubmatch(read(c.Get(base + "/classe")))
	if m == nil {
		t.Fatal("the class page has no form token")
	}
	prof := read(c.PostForm(base+"/classe", url.Values{"titre": {"4e C"}, "jeton": {m[1]}}))
	code := regexp.MustCompile(`<strong class="code">([A-Z2-9]{6})</strong>`).FindStringSubmatch(prof)
	if code == nil {
		t.Fatalf("the teacher's page shows no code:\n%.1500s", prof)
	}
	if want := `href="https://t.me/citebot_test_bot?start=classe_` + code[1] + `"`; !strings.Contains(prof, want) {
		t.Errorf("the teacher's page lacks %s:\n%.1500s", want, prof)
	}
}
