package platform

import (
	"context"
	"errors"
	"io"
	"strings"
	"testing"
	"testing/iotest"
)

func TestLines(t *testing.T) {
	tests := []struct {
		name string
		in   string
		max  int
		want []Line
	}{
		{"empty input", "", 10, nil},
		{"one line no newline", "abc", 10, []Line{{N: 1, Text: "abc"}}},
		{"one line", "abc\n", 10, []Line{{N: 1, Text: "abc"}}},
		{"crlf", "a\r\nb\r\n", 10, []Line{{N: 1, Text: "a"}, {N: 2, Text: "b"}}},
		{"blank lines count", "\n\nx\n", 10, []Line{{N: 1}, {N: 2}, {N: 3, Text: "x"}}},
		{"exactly max", "12345\n", 5, []Line{{N: 1, Text: "12345"}}},
		{"exactly max crlf", "12345\r\n", 5, []Line{{N: 1, Text: "12345"}}},
		{"too long keeps prefix", "1234567\nok\n", 5, []Line{{N: 1, Text: "12345", TooLong: true}, {N: 2, Text: "ok"}}},
		{"too long last line", "1234567", 5, []Line{{N: 1, Text: "12345", TooLong: true}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []Line
			for l := range Lines(context.Background(), strings.NewReader(tt.in), tt.max) {
				got = append(got, l)
			}
			if len(got) != len(tt.want) {
				t.Fatalf("got %d lines %+v, want %+v", len(got), got, tt.want)
			}
			for i := range got {
				if got[i] != tt.want[i] {
					t.Errorf("line %d = %+v, want %+v", i, got[i], tt.want[i])
				}
			}
		})
	}
}

// TestLinesBeyondBuffer reads lines longer than the bufio buffer, one of
// them longer than the limit, in one-byte reads.
func TestLinesBeyondBuffer(t *testing.T) {
	long := strings.Repeat("é", 100_000) // 200,000 bytes: more than the 64 KiB buffer
	huge := strings.Repeat("x", 300_000)
	in := long + "\n" + huge + "\nfin"
	var got []Line
	for l := range Lines(context.Background(), iotest.HalfReader(strings.NewReader(in)), 250_000) {
		got = append(got, l)
	}
	if len(got) != 3 {
		t.Fatalf("got %d lines, want 3", len(got))
	}
	if got[0].Text != long || got[0].TooLong {
		t.Errorf("line 1: %d bytes, TooLong %v; want it whole", len(got[0].Text), got[0].TooLong)
	}
	if !got[1].TooLong || len(got[1].Text) != 250_000 {
		t.Errorf("line 2: %d bytes, TooLong %v; want the 250,000-byte prefix", len(got[1].Text), got[1].TooLong)
	}
	if got[2].Text != "fin" || got[2].N != 3 {
		t.Errorf("line 3 = %+v", got[2])
	}
}

func TestLinesReadError(t *testing.T) {
	boom := errors.New("disk on fire")
	r := io.MultiReader(strings.NewReader("a\nb"), iotest.ErrReader(boom))
	var got []Line
	for l := range Lines(context.Background(), r, 100) {
		got = append(got, l)
	}
	if len(got) != 2 || got[0].Text != "a" || !errors.Is(got[1].Err, boom) {
		t.Errorf("got %+v, want line a then the error", got)
	}
}
