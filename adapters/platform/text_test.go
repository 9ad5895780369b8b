package platform

import (
	"context"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/citebot/citebot/bot"
)

func TestUTF16Len(t *testing.T) {
	tests := []struct {
		in   string
		want int
	}{{"abc", 3}, {"été", 3}, {"«»", 2}, {"😀", 2}, {"a😀b", 4}}
	for _, tt := range tests {
		if got := UTF16Len(tt.in); got != tt.want {
			t.Errorf("UTF16Len(%q) = %d, want %d", tt.in, got, tt.want)
		}
	}
}

func TestSplit(t *testing.T) {
	tests := []struct {
		name  string
		in    string
		limit int
		want  []string
	}{
		{"fits", "Une phrase.", 20, []string{"Une phrase."}},
		{"empty", "   ", 20, nil},
		{"sentences", "Première phrase. Deuxième phrase. Troisième.", 35, []string{"Première phrase. Deuxième phrase.", "Troisième."}},
		{"question marks", "Qui ? Lui ! Et alors…", 12, []string{"Qui ? Lui !", "Et alors…"}},
		{"closing quote", "« Nous agirons. » Puis il partit.", 20, []string{"« Nous agirons. »", "Puis il partit."}},
		{"not next to quotes", "Il dit « Nous agirons. » Puis partit.", 22, []string{"Il dit « Nous", "agirons. »", "Puis partit."}},
		{"line break", "ligne un\nligne deux", 14, []string{"ligne un", "ligne deux"}},
		{"words when no sentence end", "un deux trois quatre cinq", 10, []string{"un deux", "trois", "quatre", "cinq"}},
		{"stub sentence avoided", "Oui. et puis encore beaucoup de mots", 20, []string{"Oui. et puis encore", "beaucoup de mots"}},
		{"hard cut", "abcdefghij", 4, []string{"abcd", "efgh", "ij"}},
		{"escape pair kept", `ab\*cd`, 3, []string{"ab", `\*c`, "d"}},
		{"emoji", "😀😀😀", 3, []string{"😀", "😀", "😀"}},
		{"no-break space kept", "Pourquoi\u00a0? Parce que.", 12, []string{"Pourquoi\u00a0?", "Parce que."}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := Split(tt.in, tt.limit, nil)
			if !slices.Equal(got, tt.want) {
				t.Errorf("Split(%q, %d) = %q, want %q", tt.in, tt.limit, got, tt.want)
			}
		})
	}
}

// checkSplit asserts the properties every split must have: parts within the
// limit, none empty, and the same words in the same order.
func checkSplit(t *testing.T, s string, limit int) {
	t.Helper()
	parts := Split(s, limit, nil)
	for i, p := range parts {
		if UTF16Len(p) > limit {
			t.Fatalf("part %d of Split(%q, %d) has width %d", i, s, limit, UTF16Len(p))
		}
		if strings.TrimSpace(p) == "" {
			t.Fatalf("part %d of Split(%q, %d) is blank", i, s, limit)
		}
	}
	if got, want := stripSpaces(strings.Join(parts, "")), stripSpaces(s); got != want {
		t.Fatalf("Split(%q, %d) = %q lost or reordered text", s, limit, parts)
	}
}

// stripSpaces removes the spaces, which a split may drop at a cut.
func stripSpaces(s string) string {
	return strings.Join(strings.Fields(s), "")
}

func FuzzSplit(f *testing.F) {
	f.Add("Première phrase. Deuxième phrase ! Et la troisième ?", 20)
	f.Add("abcdefghij", 3)
	f.Add(`\\\*\*`, 2)
	f.Add("😀 a\u00a0b\nc", 1)
	f.Fuzz(func(t *testing.T, s string, limit int) {
		if !utf8.ValidString(s) || limit < 2 || limit > 3000 {
			t.Skip() // a limit of 1 cannot hold an emoji; Discord's is 2000
		}
		checkSplit(t, s, limit)
	})
}

// TestSplitWidth splits by a width other than UTF-16: Telegram's, where
// "<" takes four units once escaped.
func TestSplitWidth(t *testing.T) {
	esc := func(r rune) int {
		if r == '<' || r == '>' {
			return 4
		}
		return RuneUTF16(r)
	}
	got := Split("a < b. c > d.", 9, esc)
	want := []string{"a < b.", "c > d."}
	if !slices.Equal(got, want) {
		t.Errorf("Split = %q, want %q", got, want)
	}
}

func TestHandlerFunc(t *testing.T) {
	var h Handler = HandlerFunc(func(_ context.Context, m bot.Message) bot.Reply { return bot.Reply{Text: m.Text} })
	if r := h.Handle(context.Background(), bot.Message{Text: "x"}); r.Text != "x" {
		t.Errorf("got %q", r.Text)
	}
}
