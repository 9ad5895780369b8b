package console_test

import (
	"bytes"
	"context"
	"io"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/citebot/citebot/adapters/console"
	"github.com/citebot/citebot/bot"
)

// syncBuffer is a bytes.Buffer the console writes while the test reads.
type syncBuffer struct {
	mu   sync.Mutex
	buf  bytes.Buffer
	wake chan struct{}
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.wake == nil {
		s.wake = make(chan struct{}, 1)
	}
	select {
	case s.wake <- struct{}{}:
	default:
	}
	return s.buf.Write(p)
}

// prompts counts the prompts written so far and returns the text after
// the n-th one.
func (s *syncBuffer) after(n int) (string, bool) {
	s.mu.Lock()
	defer s.mu.Unlock()
	parts := strings.Split(s.buf.String(), prompt)
	if len(parts) <= n+1 {
		return "", false
	}
	return strings.TrimSpace(parts[n]), true
}

func (s *syncBuffer) signal() chan struct{} {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.wake == nil {
		s.wake = make(chan struct{}, 1)
	}
	return s.wake
}

// newFeeder returns the console's input and a function that types one
// line and returns the console's reply to it: the text between the
// prompt that line answered and the next prompt.
func newFeeder() (io.Reader, func(t *testing.T, out *syncBuffer, line string) string) {
	pr, pw := io.Pipe()
	lines := 0
	return pr, func(t *testing.T, out *syncBuffer, line string) string {
		t.Helper()
		lines++
		if _, err := io.WriteString(pw, line+"\n"); err != nil {
			t.Fatalf("write %q: %v", line, err)
		}
		if line == "/quitter" {
			_ = pw.Close()
			return ""
		}
		deadline := time.After(time.Minute)
		for {
			if r, ok := out.after(lines); ok {
				return r
			}
			select {
			case <-out.signal():
			case <-deadline:
				t.Fatalf("no reply to %q within a minute", line)
			}
		}
	}
}

// chat runs a console over b that writes exports to dir: say types a line
// and returns the reply to it, quit types /quitter and checks that the
// console ended well.
func chat(t *testing.T, b *bot.Bot, dir string) (say func(line string) string, quit func()) {
	in, feed := newFeeder()
	var out syncBuffer
	c := &console.Console{Bot: b, In: in, Out: &out, Prompt: prompt, ExportDir: dir}
	done := make(chan error, 1)
	go func() { done <- c.Run(context.Background()) }()
	say = func(line string) string {
		t.Helper()
		return feed(t, &out, line)
	}
	quit = func() {
		t.Helper()
		feed(t, &out, "/quitter")
		if err := <-done; err != nil {
			t.Fatal(err)
		}
	}
	return say, quit
}
