package console_test

import (
	"bytes"
	"io"
	"strings"
	"sync"
	"testing"
	"time"
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
