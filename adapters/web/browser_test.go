package web

import (
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"

	"github.com/citebot/citebot/bot"
)

// browserTimeout bounds each browser step sequence: generous, since CI
// shares two cores between Chromium, the race detector and the server.
const browserTimeout = 90 * time.Second

// chromiumPath finds Chromium: $CITEBOT_CHROMIUM, else the Debian package's
// binary, else chromium on the PATH.
func chromiumPath() string {
	if p := os.Getenv("CITEBOT_CHROMIUM"); p != "" {
		return p
	}
	for _, name := range []string{"/usr/bin/chromium", "chromium", "chromium-browser", "google-chrome"} {
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	return ""
}

// startBrowser launches a headless Chromium for the test, with a fresh
// profile. Without one it skips, saying why, except in CI (CI=true), where
// the browser tests must run.
func startBrowser(t *testing.T) context.Context {
	t.Helper()
	path := chromiumPath()
	if path == "" {
		if os.Getenv("CI") == "true" {
			t.Fatal("no Chromium found and CI=true: .ci/run installs the Debian package chromium; browser tests must not skip in CI")
		}
		t.Skip("browser tests skipped: no Chromium found (apt-get install chromium, or set CITEBOT_CHROMIUM to its path)")
	}
	alloc, cancelAlloc := chromedp.NewExecAllocator(context.Background(),
		chromedp.ExecPath(path),
		chromedp.UserDataDir(t.TempDir()),
		chromedp.Headless,
		chromedp.NoSandbox,
		chromedp.Flag("disable-gpu", true),
		chromedp.Flag("disable-quic", true),
		chromedp.Flag("no-first-run", true),
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true),
		chromedp.Flag("disable-dev-shm-usage", true),
		chromedp.Flag("force-color-profile", "srgb"),
		chromedp.WindowSize(1280, 800),
	)
	ctx, cancel := chromedp.NewContext(alloc)
	t.Cleanup(func() {
		cancel()
		cancelAlloc()
	})
	if err := chromedp.Do(ctx); err != nil {
		t.Fatalf("start Chromium (%s): %v", path, err)
	}
	return ctx
}

// cspWatch records Content-Security-Policy violations in window.__csp; it
// is injected by DevTools, so the page's own policy does not apply to it.
const cspWatch = `window.__csp = []; document.addEventListener('securitypolicyviolation', function (e) { window.__csp.push(e.violatedDirective + ' ' + e.blockedURI); });`

// newTab opens a tab in its own browser context (its own cookies), with
// or without JavaScript.
func newTab(t *testing.T, browser context.Context, javascript bool) context.Context {
	t.Helper()
	ctx, cancel := chromedp.NewContext(browser, chromedp.WithNewBrowserContext())
	t.Cleanup(cancel)
	ctx, cancelTimeout := context.WithTimeout(ctx, browserTimeout)
	t.Cleanup(cancelTimeout)
	err := chromedp.Do(ctx, chromedp.Func(func(ctx context.Context, tg *chromedp.Target) error {
		if !javascript {
			_, err := cdp.Call(ctx, tg, emulation.SetScriptExecutionDisabled, emulation.SetScriptExecutionDisabledParams{Value: true})
			return err
		}
		if _, err := cdp.Call(ctx, tg, page.AddScriptToEvaluateOnNewDocument, page.AddScriptToEvaluateOnNewDocumentParams{Source: cspWatch}); err != nil {
			return err
		}
		// Without smooth scrolling: a click computed before a new turn's
		// scroll ends would land beside its button and be lost (seen
		// under load as a 90 s wait for the reply it never asked for).
		_, err := cdp.Call(ctx, tg, emulation.SetEmulatedMedia, emulation.SetEmulatedMediaParams{
			Features: []*emulation.MediaFeature{{Name: "prefers-reduced-motion", Value: "reduce"}},
		})
		return err
	}))
	if err != nil {
		t.Fatalf("open a tab: %v", err)
	}
	return ctx
}

func run(t *testing.T, ctx context.Context, steps ...chromedp.Action[chromedp.Void]) {
	t.Helper()
	if err := chromedp.Do(ctx, steps...); err != nil {
		t.Fatal(err)
	}
}

func eval[T any](t *testing.T, ctx context.Context, expr string) T {
	t.Helper()
	v, err := chromedp.Run(ctx, chromedp.Evaluate[T](expr))
	if err != nil {
		t.Fatalf("evaluate %s: %v", expr, err)
	}
	return v
}

func text(t *testing.T, ctx context.Context, sel string) string {
	t.Helper()
	v, err := chromedp.Run(ctx, chromedp.Text(chromedp.CSS(sel)))
	if err != nil {
		t.Fatalf("text of %s: %v", sel, err)
	}
	return v
}

// screenshotDir is where the tests write their screenshots, to be looked
// at: $CITEBOT_SCREENSHOTS, else a temporary folder removed after the test.
func screenshotDir(t *testing.T) string {
	if d := os.Getenv("CITEBOT_SCREENSHOTS"); d != "" {
		if err := os.MkdirAll(d, 0o755); err != nil {
			t.Fatal(err)
		}
		return d
	}
	return t.TempDir()
}

func screenshot(t *testing.T, ctx context.Context, dir, name string, full bool) {
	t.Helper()
	var shot chromedp.Action[[]byte] = chromedp.CaptureScreenshot()
	if full {
		shot = chromedp.FullScreenshot(100)
	}
	png, err := chromedp.Run(ctx, shot)
	if err != nil {
		t.Fatalf("screenshot %s: %v", name, err)
	}
	p := filepath.Join(dir, name+".png")
	if err := os.WriteFile(p, png, 0o644); err != nil {
		t.Fatal(err)
	}
	t.Logf("screenshot: %s", p)
}

func squash(s string) string { return strings.Join(strings.Fields(s), " ") }

// contrastFailures lists the visible text whose colour contrast with its
// background is under 4.5:1 (WCAG AA for body text), as Lighthouse
// measures it: the text colour against the backgrounds behind it,
// composited up to the first opaque one.
const contrastFailures = `(() => {
  const parse = (c) => {
    const m = c.match(/rgba?\(([^)]+)\)/);
    if (!m) return null;
    const p = m[1].split(/[ ,\/]+/).filter(Boolean).map(parseFloat);
    return {r: p[0], g: p[1], b: p[2], a: p.length > 3 ? p[3] : 1};
  };
  const over = (top, under) => ({
    r: top.r * top.a + under.r * (1 - top.a),
    g: top.g * top.a + under.g * (1 - top.a),
    b: top.b * top.a + under.b * (1 - top.a), a: 1});
  const lum = (c) => {
    const f = (v) => { v /= 255; return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4); };
    return 0.2126 * f(c.r) + 0.7152 * f(c.g) + 0.0722 * f(c.b);
  };
  const background = (el) => {
    const layers = [];
    for (let e = el; e; e = e.parentElement) {
      const c = parse(getComputedStyle(e).backgroundColor);
      if (c && c.a > 0) { layers.push(c); if (c.a >= 1) break; }
    }
    let bg = {r: 255, g: 255, b: 255, a: 1};
    for (let i = layers.length - 1; i >= 0; i--) bg = over(layers[i], bg);
    return bg;
  };
  const bad = [];
  const walk = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let n = walk.nextNode(); n; n = walk.nextNode()) {
    if (!n.textContent.trim()) continue;
    const el = n.parentElement;
    const st = getComputedStyle(el);
    const box = el.getBoundingClientRect();
    if (st.visibility === 'hidden' || st.display === 'none' || box.width <= 1 || box.height <= 1) continue;
    const bg = background(el);
    const fg = over(parse(st.color), bg);
    const [hi, lo] = [lum(fg), lum(bg)].sort((a, b) => b - a);
    const ratio = (hi + 0.05) / (lo + 0.05);
    if (ratio < 4.5) bad.push(ratio.toFixed(2) + ' ' + st.color + ' on ' + JSON.stringify(bg) + ': ' + n.textContent.trim().slice(0, 40));
  }
  return bad;
})()`

// checkPage asserts what every page must hold in the browser: no
// Content-Security-Policy violation (so no inline script or style slipped
// in) and readable contrast.
func checkPage(t *testing.T, ctx context.Context, what string) {
	t.Helper()
	if csp := eval[[]string](t, ctx, "window.__csp || []"); len(csp) > 0 {
		t.Errorf("%s: Content-Security-Policy violations: %v", what, csp)
	}
	if bad := eval[[]string](t, ctx, contrastFailures); len(bad) > 0 {
		t.Errorf("%s: text with contrast under 4.5:1:\n%s", what, strings.Join(bad, "\n"))
	}
}

// The two screen sizes the pages are looked at in: a phone in a
// student's hand and a projector in a classroom.
var screens = []struct {
	name          string
	width, height int64
	scale         float64
	mobile        bool
}{
	{"phone", 390, 844, 2, true},
	{"projector", 1920, 1080, 1, false},
}

// shoot reloads the page at each screen size and writes its screenshots:
// what fits on the screen, and the whole page.
func shoot(t *testing.T, ctx context.Context, dir, name string) {
	t.Helper()
	for _, sc := range screens {
		opts := []chromedp.EmulateViewportOption{chromedp.EmulateScale(sc.scale)}
		if sc.mobile {
			opts = append(opts, chromedp.EmulateMobile, chromedp.EmulateTouch, chromedp.EmulatePortrait)
		}
		run(t, ctx, chromedp.EmulateViewport(sc.width, sc.height, opts...), chromedp.Reload())
		if strings.Contains(name, "reader") {
			// A reload may restore the old scroll position rather than
			// go to the fragment: the picture is of the cited sentence.
			eval[bool](t, ctx, "(document.querySelector(':target').scrollIntoView({block: 'start'}), true)")
			waitInView(t, ctx)
		}
		screenshot(t, ctx, dir, name+"-"+sc.name, false)
		if !strings.Contains(name, "reader") {
			screenshot(t, ctx, dir, name+"-"+sc.name+"-full", true)
		}
		noHorizontalScroll(t, ctx, name+" on a "+sc.name)
	}
	run(t, ctx, chromedp.ResetViewport())
}

func noHorizontalScroll(t *testing.T, ctx context.Context, what string) {
	t.Helper()
	if wide := eval[bool](t, ctx, "document.documentElement.scrollWidth > document.documentElement.clientWidth + 1"); wide {
		t.Errorf("%s: the page scrolls sideways", what)
	}
}

// waitInView waits until the sentence the URL points at (#p3s2) is the
// :target and on screen.
func waitInView(t *testing.T, ctx context.Context) {
	t.Helper()
	_, err := chromedp.Run(ctx, chromedp.Poll[bool](`(() => {
		const el = document.querySelector(':target');
		if (!el) return false;
		const r = el.getBoundingClientRect();
		// Fully on screen, or, for a sentence taller than a phone's
		// screen, starting in its upper half.
		return r.height > 0 && r.top >= 0 && (r.bottom <= window.innerHeight || r.top <= window.innerHeight / 2);
	})()`))
	if err != nil {
		t.Fatalf("the cited sentence never came into view: %v", err)
	}
}

func ask(t *testing.T, ctx context.Context, question string, n int) {
	t.Helper()
	run(t, ctx,
		chromedp.SendKeys(chromedp.CSS("#q"), question+kb.Enter),
		chromedp.WaitVisible(chromedp.CSS(fmt.Sprintf("#t%d .reply", n))))
}

// reference answers the same questions with a bot of its own, for the
// answers the page must show.
func reference(t *testing.T, site *Site, questions ...string) []bot.Reply {
	t.Helper()
	b := bot.New(site.opts.Base, bot.Options{})
	var out []bot.Reply
	for _, q := range questions {
		out = append(out, b.Handle(context.Background(), bot.Message{Platform: "test", UserID: "u", Conversation: "c", Text: q}))
	}
	return out
}

const (
	question = "Qui est Lu Wei ?"
	followUp = "Et que veut-il établir ?"
	// hostile holds markup and a mass mention; it must show as typed.
	hostile = `<script>window.__pwned = 1</script><img src=x onerror="window.__pwned = 2"> @everyone Qui est Lu Wei ?`
)

func TestBrowser(t *testing.T) {
	browser := startBrowser(t)
	site, srv := newSite(t, Options{})
	want := reference(t, site, question, followUp)
	for _, r := range want {
		if len(r.Citations) == 0 {
			t.Fatalf("the reference bot does not answer %q with a citation: %+v", question, r)
		}
	}
	shots := screenshotDir(t)

	t.Run("ask and read the cited sentence", func(t *testing.T) {
		ctx := newTab(t, browser, true)
		run(t, ctx, chromedp.Navigate(srv.URL+"/"))
		eval[bool](t, ctx, "window.__samePage = true")
		ask(t, ctx, question, 1)
		c := want[0].Citations[0]
		if got := squash(text(t, ctx, "#t1 .citation blockquote")); !strings.Contains(got, squash(c.Quote)) {
			t.Errorf("cited sentence shown: %q\nwant it to hold %q", got, c.Quote)
		}
		if got := text(t, ctx, "#t1 .short strong"); got != want[0].Answer {
			t.Errorf("short answer %q, want %q", got, want[0].Answer)
		}
		if !eval[bool](t, ctx, "window.__samePage === true") {
			t.Error("asking reloaded the page; the script should add the answer in place")
		}
		if v := eval[string](t, ctx, "document.getElementById('q').value"); v != "" {
			t.Errorf("the question box still holds %q after the answer", v)
		}
		if n := eval[int](t, ctx, "document.querySelectorAll('.feedback').length"); n != 0 {
			t.Errorf("%d feedback forms outside a classroom session: the buttons would record nothing", n)
		}
		checkPage(t, ctx, "ask page")
		shoot(t, ctx, shots, "ask")

		clickAndLoad(t, ctx, "#t1 .citation a")
		waitInView(t, ctx)
		id := sentenceID(c.Paragraph, c.Sentence)
		if got := eval[string](t, ctx, "document.querySelector(':target').id"); got != id {
			t.Errorf("target sentence %q, want %q", got, id)
		}
		if got := squash(text(t, ctx, ":target")); !strings.Contains(squash(c.Quote), got) && !strings.Contains(got, squash(c.Quote)) {
			t.Errorf("highlighted sentence %q, want %q", got, c.Quote)
		}
		bg := eval[string](t, ctx, "getComputedStyle(document.querySelector(':target')).backgroundColor")
		if bg != "rgb(255, 240, 160)" {
			t.Errorf("the cited sentence's background is %s: not highlighted", bg)
		}
		checkPage(t, ctx, "reader")
		shoot(t, ctx, shots, "reader")

		clickAndLoad(t, ctx, ".crumbs a")
		checkPage(t, ctx, "article list")
		shoot(t, ctx, shots, "articles")
	})

	t.Run("follow-up and more sources", func(t *testing.T) {
		ctx := newTab(t, browser, true)
		run(t, ctx, chromedp.Navigate(srv.URL+"/"))
		ask(t, ctx, question, 1)
		ask(t, ctx, followUp, 2)
		c := want[1].Citations[0]
		if got := squash(text(t, ctx, "#t2 .citation blockquote")); !strings.Contains(got, squash(c.Quote)) {
			t.Errorf("follow-up cited %q\nwant %q: the conversation was lost", got, c.Quote)
		}
		if len(want[1].Actions) == 0 {
			t.Fatalf("%q offers no more sources; choose a follow-up that does", followUp)
		}
		if n := eval[int](t, ctx, "document.querySelectorAll('#t1 form.more').length"); n != 0 {
			t.Error("an older answer still offers more sources")
		}
		run(t, ctx, chromedp.Click(chromedp.CSS("#t2 form.more button")), chromedp.WaitVisible(chromedp.CSS("#t3 .reply")))
		if got := text(t, ctx, "#t3 .question"); !strings.Contains(got, "Plus de sources") {
			t.Errorf("the more-sources turn shows the question %q", got)
		}
		if n := eval[int](t, ctx, "document.querySelectorAll('#t3 .citation').length"); n == 0 {
			t.Error("Plus de sources gave no citation")
		}
		// Every kind of reply, for the contrast check: an abstention,
		// help, an error.
		ask(t, ctx, "Quelle est la capitale de l'Australie ?", 4)
		ask(t, ctx, "/aide", 5)
		ask(t, ctx, "/inconnue", 6)
		for n, kind := range map[int]string{4: "abstain", 5: "info", 6: "error"} {
			if got := eval[string](t, ctx, fmt.Sprintf("document.getElementById('t%d').className", n)); got != "turn turn-"+kind {
				t.Errorf("turn %d is %q, want kind %s", n, got, kind)
			}
		}
		checkPage(t, ctx, "every kind of reply")
		screenshot(t, ctx, screenshotDir(t), "ask-kinds", true)
	})

	t.Run("markup and mentions are inert", func(t *testing.T) {
		for _, js := range []bool{true, false} {
			ctx := newTab(t, browser, js)
			run(t, ctx, chromedp.Navigate(srv.URL+"/"))
			if js {
				ask(t, ctx, hostile, 1)
			} else {
				submitWithoutScript(t, ctx, hostile, 1)
			}
			for _, reload := range []bool{false, true} {
				if reload {
					run(t, ctx, chromedp.Reload(), chromedp.WaitVisible(chromedp.CSS("#t1 .reply")))
				}
				what := fmt.Sprintf("javascript=%v reload=%v", js, reload)
				if got := strings.TrimPrefix(squash(text(t, ctx, "#t1 .question")), "Votre question : "); got != squash(hostile) {
					t.Errorf("%s: question shown as %q, want it verbatim", what, got)
				}
				if n := countNodes(t, ctx, "#conversation img, #conversation script"); n != 0 {
					t.Errorf("%s: the question became %d live elements", what, n)
				}
				if js && eval[bool](t, ctx, "window.__pwned !== undefined") {
					t.Errorf("%s: the question's script ran", what)
				}
			}
		}
	})

	t.Run("without JavaScript", func(t *testing.T) {
		ctx := newTab(t, browser, false)
		run(t, ctx, chromedp.Navigate(srv.URL+"/"))
		submitWithoutScript(t, ctx, question, 1)
		submitWithoutScript(t, ctx, followUp, 2)
		if got := squash(text(t, ctx, "#t2 .citation blockquote")); !strings.Contains(got, squash(want[1].Citations[0].Quote)) {
			t.Errorf("follow-up without JavaScript cited %q", got)
		}
		run(t, ctx, chromedp.Reload(), chromedp.WaitVisible(chromedp.CSS("#t2 .reply")))
		if n := countNodes(t, ctx, "#conversation > li"); n != 2 {
			t.Errorf("after a reload the page shows %d turns, want 2: a reload must not ask again", n)
		}
	})

	t.Run("keyboard only", func(t *testing.T) {
		ctx := newTab(t, browser, true)
		run(t, ctx, chromedp.Navigate(srv.URL+"/"), chromedp.KeyEvent(kb.Tab))
		if got := eval[string](t, ctx, "document.activeElement.className"); got != "skip" {
			t.Errorf("the first Tab reaches %q, want the skip link", got)
		}
		tabTo(t, ctx, "#q", 10)
		run(t, ctx, chromedp.KeyEvent(question+kb.Enter), chromedp.WaitVisible(chromedp.CSS("#t1 .citation")))
		if got := eval[string](t, ctx, "document.activeElement.id"); got != "q" {
			t.Errorf("after the answer the focus is on %q, want the question box", got)
		}
		run(t, ctx, chromedp.Navigate(srv.URL+"/"))
		tabTo(t, ctx, "#t1 .citation a", 20)
		if _, err := chromedp.Run(ctx, chromedp.WaitEvent(page.LoadEventFired, nil, chromedp.KeyEvent(kb.Enter))); err != nil {
			t.Fatal(err)
		}
		waitInView(t, ctx)
	})
}

// submitWithoutScript types a question and presses the button, then waits
// for the page the server redirects to.
func submitWithoutScript(t *testing.T, ctx context.Context, q string, n int) {
	t.Helper()
	run(t, ctx, chromedp.SendKeys(chromedp.CSS("#q"), q))
	clickAndLoad(t, ctx, "form.ask button[type=submit]")
	run(t, ctx, chromedp.WaitVisible(chromedp.CSS(fmt.Sprintf("#t%d .reply", n))))
	loc, err := chromedp.Run(ctx, chromedp.Location())
	if err != nil {
		t.Fatal(err)
	}
	if !strings.HasSuffix(loc, fmt.Sprintf("/#t%d", n)) {
		t.Errorf("after the form post the browser is at %s, want the page at #t%d", loc, n)
	}
}

func countNodes(t *testing.T, ctx context.Context, sel string) int {
	t.Helper()
	nodes, err := chromedp.Run(ctx, chromedp.Nodes(chromedp.CSSAll(sel), chromedp.AtLeast(0)))
	if err != nil {
		t.Fatalf("nodes %s: %v", sel, err)
	}
	return len(nodes)
}

// clickAndLoad clicks and waits for the page that the click loads.
func clickAndLoad(t *testing.T, ctx context.Context, sel string) {
	t.Helper()
	if _, err := chromedp.Run(ctx, chromedp.WaitEvent(page.LoadEventFired, nil, chromedp.Click(chromedp.CSS(sel)))); err != nil {
		t.Fatalf("click %s: %v", sel, err)
	}
}

// tabTo presses Tab until sel has the focus, at most max times.
func tabTo(t *testing.T, ctx context.Context, sel string, max int) {
	t.Helper()
	for range max {
		if eval[bool](t, ctx, fmt.Sprintf("document.activeElement === document.querySelector(%q)", sel)) {
			return
		}
		run(t, ctx, chromedp.KeyEvent(kb.Tab))
	}
	t.Fatalf("%s never got the focus with the keyboard", sel)
}
