package web

import (
	"context"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"
)

func TestBrowserBoard(t *testing.T) {
	browser := startBrowser(t)
	_, _, srv := newClassSite(t, nil)
	shots := screenshotDir(t)

	teacher := newTab(t, browser, true)
	run(t, teacher, chromedp.Navigate(srv.URL+"/classe"))
	checkPage(t, teacher, "class home")
	shoot(t, teacher, shots, "classe")
	run(t, teacher, chromedp.SendKeys(chromedp.CSS("#titre"), "3e B : l'Internet mondial"))
	clickAndLoad(t, teacher, `form[action="/classe"] button`)
	code := eval[string](t, teacher, "document.querySelector('.code').textContent")
	if roomCode(code) == "" {
		t.Fatalf("the teacher's page shows no room code: %q", code)
	}

	board := newTab(t, browser, true)
	run(t, board, chromedp.Navigate(srv.URL+"/classe/"+code), chromedp.WaitVisible(chromedp.CSS("#empty")))
	student := newTab(t, browser, true)
	run(t, student, chromedp.Navigate(srv.URL+"/classe/"+code))

	// A question reaches the open board, with its answer, by the board's
	// stream: the page is not loaded again. How long it takes is logged,
	// not asserted: a wall-clock bound fails on a loaded machine (it took
	// 1.06 s once, when another build ran beside the tests).
	eval[bool](t, board, "window.__sameBoard = true")
	run(t, student, chromedp.SendKeys(chromedp.CSS("#q"), question))
	start := time.Now()
	run(t, student, chromedp.SendKeys(chromedp.CSS("#q"), kb.Enter))
	run(t, board, chromedp.WaitVisible(chromedp.CSS("#queue li.entry blockquote")))
	t.Logf("sent, answered and on the open board in %v", time.Since(start))
	if !eval[bool](t, board, "window.__sameBoard === true") {
		t.Error("the board was loaded again to show the question, not sent it")
	}
	if got := text(t, board, "#queue li.entry .entry-q"); got != question {
		t.Errorf("board shows %q", got)
	}
	first := eval[string](t, board, "document.querySelector('#queue li.entry').dataset.id")

	run(t, student, chromedp.SendKeys(chromedp.CSS("#q"), "Quelle est la capitale de l'Australie ?"+kb.Enter))
	run(t, board, chromedp.WaitVisible(chromedp.CSS("#queue li.entry-open")))
	second := eval[string](t, board, "document.querySelector('#queue li.entry-open').dataset.id")
	if order := boardIDs(t, board); strings.Join(order, ",") != first+","+second {
		t.Fatalf("board order %v, want [%s %s]", order, first, second)
	}
	run(t, student, chromedp.SendKeys(chromedp.CSS("#q"), hostile+kb.Enter))
	waitFor(t, board, "document.querySelectorAll('#queue li.entry').length === 3")
	if n := countNodes(t, board, "#queue img, #queue script"); n != 0 || eval[bool](t, board, "window.__pwned !== undefined") {
		t.Error("markup in a question came alive on the board")
	}

	// A student's support puts the open question first.
	run(t, student, chromedp.WaitVisible(chromedp.CSS("#e"+second+" [data-vote]")),
		chromedp.Click(chromedp.CSS("#e"+second+" [data-vote]")))
	waitFor(t, board, fmt.Sprintf("document.querySelector('#queue li.entry').id === 'e%s'", second))
	run(t, student, chromedp.WaitVisible(chromedp.CSS("#e"+second+` [data-vote][aria-pressed="true"]`)))

	// The teacher hides the first question: it leaves the board.
	run(t, teacher, chromedp.WaitVisible(chromedp.CSS("#e"+first+` button[value="masquer"]`)),
		chromedp.Click(chromedp.CSS("#e"+first+` button[value="masquer"]`)))
	waitFor(t, board, fmt.Sprintf("!document.getElementById('e%s')", first))
	run(t, teacher, chromedp.WaitVisible(chromedp.CSS("#e"+first+".entry-hidden")))

	// On the ask page the student is in the class: the answer goes to the
	// board and takes their 👍.
	run(t, student, chromedp.Navigate(srv.URL+"/"), chromedp.WaitVisible(chromedp.CSS(".class-banner")))
	ask(t, student, "Qui a organisé la conférence ?", 1)
	waitFor(t, board, "document.querySelectorAll('#queue li.entry').length === 3")
	run(t, student, chromedp.Click(chromedp.CSS("#t1 .feedback button.vote")),
		chromedp.WaitVisible(chromedp.CSS(`#t1 .feedback button.vote[aria-pressed="true"]`)))
	checkPage(t, student, "ask page in a class")
	shoot(t, student, shots, "ask-class")

	checkPage(t, board, "board")
	checkPage(t, teacher, "teacher's page")
	shoot(t, board, shots, "board")
	shoot(t, teacher, shots, "prof")
}

func boardIDs(t *testing.T, ctx context.Context) []string {
	t.Helper()
	return eval[[]string](t, ctx, "Array.from(document.querySelectorAll('#queue li.entry')).map(li => li.dataset.id)")
}

// waitFor waits until the expression holds in the page.
func waitFor(t *testing.T, ctx context.Context, expr string) {
	t.Helper()
	if _, err := chromedp.Run(ctx, chromedp.Poll[bool](expr)); err != nil {
		t.Fatalf("waiting for %s: %v", expr, err)
	}
}
