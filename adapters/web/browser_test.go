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
		_, err := cdp.Call(ctx, tg, page.AddScriptToEvaluateOnNewDocument, page.AddScriptToEvaluateOnNewDocumentParams{Source: cspWatch})
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

func TestBrowserSmoke(t *testing.T) {
	browser := startBrowser(t)
	_, srv := newSite(t, Options{})
	ctx := newTab(t, browser, true)
	run(t, ctx, chromedp.Navigate(srv.URL+"/"),
		chromedp.SendKeys(chromedp.CSS("#q"), "Qui est Lu Wei ?"+kb.Enter),
		chromedp.WaitVisible(chromedp.CSS("#t1 .citation")))
	fmt.Println(text(t, ctx, "#t1"))
	dir := screenshotDir(t)
	screenshot(t, ctx, dir, "smoke", true)
	fmt.Println(eval[[]string](t, ctx, "window.__csp"))
}
