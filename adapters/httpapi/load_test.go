package httpapi

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"reflect"
	"strings"
	"sync"
	"testing"

	"github.com/citebot/citebot/bot"
	"github.com/citebot/citebot/config"
)

func readQuestions(t testing.TB) []string {
	t.Helper()
	f, err := os.Open("testdata/questions.txt")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var qs []string
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		if q := strings.TrimSpace(sc.Text()); q != "" {
			qs = append(qs, q)
		}
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	if len(qs) < 10 {
		t.Fatalf("testdata/questions.txt holds %d questions, want at least 10", len(qs))
	}
	return qs
}

// TestLoad sends 1,000 questions with one API key from 50 concurrent
// clients, all from one address, to the real bot over the bundled
// articles, limited as serve limits chat users, and checks that none is
// refused and every HTTP answer is the very object the bot gives for that
// question asked directly (what `citebot ask --json` prints).
func TestLoad(t *testing.T) {
	const total, clients = 1000, 50
	const key = "load-test-key-0123456789"
	questions := readQuestions(t)
	b := bot.New(loadBase(t), bot.Options{RatePerMinute: 20, Burst: 5})

	want := make(map[string]any, len(questions))
	for _, q := range questions {
		r := b.Handle(context.Background(), bot.Message{Platform: Platform, Text: q, OwnLimit: true})
		want[q] = roundTrip(t, NewAskResponse(nil, q, r))
	}

	srv := httptest.NewServer(mustNew(t, Options{Handler: b, Access: AccessOptions{
		Keys: []Key{config.Secret(key)}, KeyRatePerMinute: total,
	}}))
	defer srv.Close()
	client := srv.Client()
	client.Transport.(*http.Transport).MaxIdleConnsPerHost = clients

	jobs := make(chan int)
	errs := make(chan error, total)
	var wg sync.WaitGroup
	for range clients {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range jobs {
				q := questions[i%len(questions)]
				got, err := askOnce(client, srv.URL, key, i, q)
				if err != nil {
					errs <- err
					continue
				}
				w := want[q].(map[string]any)
				if got["id"] != fmt.Sprint(i) {
					errs <- fmt.Errorf("request %d: id %v", i, got["id"])
					continue
				}
				delete(got, "id")
				if !reflect.DeepEqual(got, w) {
					errs <- fmt.Errorf("request %d (%q): got %v, want %v", i, q, got, w)
				}
			}
		}()
	}
	for i := range total {
		jobs <- i
	}
	close(jobs)
	wg.Wait()
	close(errs)
	n := 0
	for err := range errs {
		if n < 5 {
			t.Error(err)
		}
		n++
	}
	if n > 0 {
		t.Fatalf("%d of %d requests failed", n, total)
	}
}

func askOnce(c *http.Client, url, key string, i int, q string) (map[string]any, error) {
	body, err := json.Marshal(AskRequest{ID: json.RawMessage(fmt.Sprintf("%q", fmt.Sprint(i))), Question: q})
	if err != nil {
		return nil, err
	}
	req, err := http.NewRequest(http.MethodPost, url+"/v1/ask", bytes.NewReader(body))
	if err != nil {
		return nil, err
	}
	req.Header.Set("Content-Type", "application/json")
	req.Header.Set("Authorization", "Bearer "+key)
	resp, err := c.Do(req)
	if err != nil {
		return nil, fmt.Errorf("request %d: %w", i, err)
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return nil, fmt.Errorf("request %d: status %s", i, resp.Status)
	}
	var got map[string]any
	if err := json.NewDecoder(resp.Body).Decode(&got); err != nil {
		return nil, fmt.Errorf("request %d: %w", i, err)
	}
	return got, nil
}

// roundTrip is v as a decoded JSON object, the form responses compare in.
func roundTrip(t testing.TB, v any) any {
	t.Helper()
	b, err := json.Marshal(v)
	if err != nil {
		t.Fatal(err)
	}
	var out map[string]any
	if err := json.Unmarshal(b, &out); err != nil {
		t.Fatal(err)
	}
	return out
}

// BenchmarkAsk measures one question through the HTTP stack and the real
// bot.
func BenchmarkAsk(b *testing.B) {
	questions := readQuestions(b)
	api := mustNew(b, Options{Handler: bot.New(loadBase(b), bot.Options{})})
	for i := 0; b.Loop(); i++ {
		body, _ := json.Marshal(AskRequest{Question: questions[i%len(questions)]})
		req := httptest.NewRequest("POST", "/v1/ask", bytes.NewReader(body))
		req.Header.Set("Content-Type", "application/json")
		rec := httptest.NewRecorder()
		api.ServeHTTP(rec, req)
		if rec.Code != 200 {
			b.Fatal(rec.Code)
		}
	}
}
