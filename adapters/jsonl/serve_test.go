package jsonl

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"strings"
	"sync"
	"testing"

	"github.com/citebot/citebot/adapters/platform"
	"github.com/citebot/citebot/bot"
)

// TestServeOrder answers 200 lines on 8 workers: the answers come out in
// input order, and the lines of one conversation reach the handler in
// order.
func TestServeOrder(t *testing.T) {
	var mu sync.Mutex
	seen := map[string][]string{}
	h := platform.HandlerFunc(func(_ context.Context, m bot.Message) bot.Reply {
		mu.Lock()
		seen[m.Conversation] = append(seen[m.Conversation], m.Text)
		mu.Unlock()
		return bot.Reply{Kind: bot.KindInfo, Text: "re: " + m.Text, Body: "re: " + m.Text}
	})
	var in strings.Builder
	for i := range 200 {
		fmt.Fprintf(&in, `{"id": %d, "question": "q%d", "conversation": "c%d"}`+"\n", i, i, i%3)
	}
	var out bytes.Buffer
	if err := Serve(context.Background(), Asker{Handler: h}, strings.NewReader(in.String()), NewWriter(&out, true), 8); err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimSpace(out.String()), "\n")
	if len(lines) != 200 {
		t.Fatalf("%d answers, want 200", len(lines))
	}
	for i, l := range lines {
		var rec struct {
			ID   int    `json:"id"`
			Text string `json:"text"`
		}
		if err := json.Unmarshal([]byte(l), &rec); err != nil || rec.ID != i || rec.Text != fmt.Sprintf("re: q%d", i) {
			t.Fatalf("answer %d = %s (%v)", i, l, err)
		}
	}
	for c, qs := range seen {
		for k := 1; k < len(qs); k++ {
			var a, b int
			fmt.Sscanf(qs[k-1], "q%d", &a)
			fmt.Sscanf(qs[k], "q%d", &b)
			if a >= b {
				t.Fatalf("conversation %s answered out of order: %v", c, qs)
			}
		}
	}
}

// TestServeAnswersEachLineAtOnce feeds questions one at a time, as a
// program in a dialogue with citebot does: each answer must be readable
// before the next question is sent, though Serve flushes only when no
// other answer is ready.
func TestServeAnswersEachLineAtOnce(t *testing.T) {
	h := platform.HandlerFunc(func(_ context.Context, m bot.Message) bot.Reply {
		return bot.Reply{Kind: bot.KindInfo, Text: "re: " + m.Text, Body: "re: " + m.Text}
	})
	inR, inW := io.Pipe()
	outR, outW := io.Pipe()
	done := make(chan error, 1)
	go func() {
		done <- Serve(context.Background(), Asker{Handler: h}, inR, NewWriter(outW, true), 2)
		outW.Close()
	}()
	answers := bufio.NewScanner(outR)
	for i := range 5 {
		if _, err := fmt.Fprintf(inW, `{"id": %d, "question": "q%d"}`+"\n", i, i); err != nil {
			t.Fatal(err)
		}
		// Without a flush the answer would wait in the buffer and this
		// read would block until the test's deadline.
		if !answers.Scan() {
			t.Fatalf("no answer to question %d: %v", i, answers.Err())
		}
		if want := fmt.Sprintf(`"text":"re: q%d"`, i); !strings.Contains(answers.Text(), want) {
			t.Fatalf("answer %d = %s, want it to hold %s", i, answers.Text(), want)
		}
	}
	inW.Close()
	if err := <-done; err != nil {
		t.Fatal(err)
	}
	if answers.Scan() {
		t.Fatalf("an answer too many: %s", answers.Text())
	}
}
