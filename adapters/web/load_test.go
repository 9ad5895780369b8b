package web

import (
	"context"
	"fmt"
	"net/http"
	"net/url"
	"runtime"
	"strings"
	"sync"
	"testing"
	"time"
)

// The load test's size: a class of 200 with their boards open, 300
// questions asked by 30 of them.
const (
	loadBoards    = 200
	loadStudents  = 30
	loadQuestions = 300
	// loadTimeout bounds the whole run; the issue allows ten minutes on
	// one core.
	loadTimeout = 5 * time.Minute
	// loadHeapGrowth bounds what 300 questions may add to the heap.
	loadHeapGrowth = 32 << 20
)

// loadQuestionsText are asked in turn, numbered so that the class asks
// each a few times: repeats fold into one question on the board, which
// still counts as one event.
var loadQuestionsText = []string{
	"Qui est Lu Wei ?", "Combien de pays ont signé l'appel de Paris ?", "Qui a organisé la conférence ?",
	"Où se déroule la conférence mondiale sur Internet ?", "Qu'a déclaré William Nee ?",
	"Quelle est la capitale de l'Australie ?", "Quand l'appel de Paris a-t-il été lancé ?",
	"Que demande le G8 aux entreprises ?", "Qui a qualifié Internet de force du bien ?",
	"Quels sites sont bloqués en Chine ?",
}

// TestBoardLoad: 200 open boards and 300 questions on 127.0.0.1: every
// board receives every question's event, and the heap does not grow with
// the questions.
func TestBoardLoad(t *testing.T) {
	if testing.Short() {
		t.Skip("load test skipped with -short")
	}
	_, _, srv := newClassSite(t, nil)
	teacher := newClient(t, srv)
	code := openClass(t, teacher, "Charge", nil)
	ctx, cancel := context.WithTimeout(context.Background(), loadTimeout)
	defer cancel()

	streams, stop := context.WithCancel(ctx)
	baseGoroutines := runtime.NumGoroutine()
	counts := make([]map[string]int, loadBoards)
	var wg sync.WaitGroup
	got := make(chan int, loadBoards)
	for i := range loadBoards {
		events := openStream(t, streams, srv.URL+"/classe/"+code+"/direct")
		counts[i] = map[string]int{}
		wg.Add(1)
		go func() {
			defer wg.Done()
			n := 0
			for ev := range events {
				if ev.name == "entree" {
					counts[i][ev.id]++
					if n++; n == loadQuestions {
						got <- i
					}
				}
			}
		}()
	}
	before := heapInUse()

	students := make([]*client, loadStudents)
	for i := range students {
		students[i] = newClientWithPage(t, srv, "/classe/"+code)
	}
	var ask sync.WaitGroup
	errs := make(chan error, loadQuestions)
	for s, c := range students {
		ask.Add(1)
		go func() {
			defer ask.Done()
			for k := range loadQuestions / loadStudents {
				q := loadQuestionsText[(s+k)%len(loadQuestionsText)]
				if err := c.postQuiet("/classe/"+code, url.Values{"q": {q}}); err != nil {
					errs <- err
					return
				}
			}
		}()
	}
	ask.Wait()
	close(errs)
	for err := range errs {
		t.Fatal(err)
	}
	for range loadBoards {
		select {
		case <-got:
		case <-ctx.Done():
			stop()
			wg.Wait()
			short := 0
			for _, c := range counts {
				if total(c) < loadQuestions {
					short++
				}
			}
			t.Fatalf("%d of %d boards missed events after %v", short, loadBoards, loadTimeout)
		}
	}
	after := heapInUse()
	stop()
	wg.Wait()
	for i, c := range counts[1:] {
		if fmt.Sprint(c) != fmt.Sprint(counts[0]) {
			t.Fatalf("board %d received other events than board 0", i+1)
		}
	}
	t.Logf("%d boards × %d questions: %d distinct questions on the board; heap in use %d KiB before, %d KiB after",
		loadBoards, loadQuestions, len(counts[0]), before>>10, after>>10)
	if after > before+loadHeapGrowth {
		t.Errorf("the heap grew by %d MiB over %d questions", (after-before)>>20, loadQuestions)
	}
	// Every stream's goroutine ends once its board leaves (the server
	// notices the closed connection on its own schedule: polled, bounded).
	http.DefaultTransport.(*http.Transport).CloseIdleConnections()
	deadline := time.Now().Add(30 * time.Second)
	for runtime.NumGoroutine() > baseGoroutines+10 && time.Now().Before(deadline) {
		time.Sleep(10 * time.Millisecond)
	}
	if n := runtime.NumGoroutine(); n > baseGoroutines+10 {
		t.Errorf("%d goroutines after the boards left, %d before they came", n, baseGoroutines)
	}
}

func total(m map[string]int) int {
	n := 0
	for _, v := range m {
		n += v
	}
	return n
}

func heapInUse() uint64 {
	runtime.GC()
	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	return m.HeapInuse
}

// postQuiet posts a form as the board's script does and reports a refusal.
func (c *client) postQuiet(path string, form url.Values) error {
	form.Set(tokenField, c.token)
	req, err := http.NewRequest(http.MethodPost, c.base+path, strings.NewReader(form.Encode()))
	if err != nil {
		return err
	}
	req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	req.Header.Set("Sec-Fetch-Site", "same-origin")
	req.Header.Set(fragmentHeader, "1")
	resp, err := c.hc.Do(req)
	if err != nil {
		return err
	}
	resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return fmt.Errorf("POST %s %v: status %d", path, form.Get("q"), resp.StatusCode)
	}
	return nil
}
