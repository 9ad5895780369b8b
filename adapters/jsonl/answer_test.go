package jsonl

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"

	"github.com/citebot/citebot/bot"
)

// TestWriterLines writes answers one after another through one Writer:
// each is one JSON line of its own (its buffer reused, nothing of the one
// before left in it), U+0085 escaped as Python's splitlines would break
// the line there, U+2028 too as encoding/json escapes it, and « & » and
// <b> left readable.
func TestWriterLines(t *testing.T) {
	texts := []string{
		"une réponse assez longue pour que la suivante, plus courte, laisse des restes dans le tampon si on l'oubliait",
		"court\u0085NEL",
		"A & B <b>gras</b>\u2028fin",
		"",
	}
	var out bytes.Buffer
	w := NewWriter(&out, true)
	for i, text := range texts {
		r := Record{ID: json.RawMessage(strings.Repeat("1", i+1)), Question: "q", Reply: bot.Reply{Text: text}}
		if err := w.Write(r); err != nil {
			t.Fatal(err)
		}
	}
	lines := strings.Split(strings.TrimSuffix(out.String(), "\n"), "\n")
	if len(lines) != len(texts) {
		t.Fatalf("%d lines for %d answers:\n%s", len(lines), len(texts), out.String())
	}
	for i, l := range lines {
		var rec struct {
			Text string `json:"text"`
		}
		if err := json.Unmarshal([]byte(l), &rec); err != nil || rec.Text != texts[i] {
			t.Errorf("line %d = %s (%v), want the text %q", i, l, err, texts[i])
		}
		if strings.ContainsAny(l, "\u0085\u2028") {
			t.Errorf("line %d holds a raw line break: %q", i, l)
		}
	}
	if !strings.Contains(lines[2], "A & B <b>gras</b>") {
		t.Errorf("markup escaped: %s", lines[2])
	}
}
