package telegram

import (
	"regexp"
	"strings"
	"testing"

	"github.com/citebot/citebot/bot"
)

var tagRE = regexp.MustCompile(`</?(b|i|blockquote)>`)

func stripTags(s string) string { return tagRE.ReplaceAllString(s, " ") }

// checkTags fails if html opens a tag it does not close, closes one it
// did not open, or holds a bare < or > outside the tags we write.
func checkTags(t *testing.T, html string) {
	t.Helper()
	var stack []string
	for _, m := range tagRE.FindAllStringSubmatch(html, -1) {
		name := m[1]
		if strings.HasPrefix(m[0], "</") {
			if len(stack) == 0 || stack[len(stack)-1] != name {
				t.Errorf("unbalanced </%s> in %q", name, html)
				return
			}
			stack = stack[:len(stack)-1]
		} else {
			stack = append(stack, name)
		}
	}
	if len(stack) > 0 {
		t.Errorf("unclosed %v in %q", stack, html)
	}
	if rest := tagRE.ReplaceAllString(html, ""); strings.ContainsAny(rest, "<>") {
		t.Errorf("unescaped < or > in %q", html)
	}
}

func TestNeutralise(t *testing.T) {
	tests := []struct{ in, want string }{
		{"@everyone", "@\u2060everyone"},
		{"salut @here et @role_1", "salut @\u2060here et @\u2060role_1"},
		{"écrire à x@exemple.fr", "écrire à x@exemple.fr"},
		{"(@Admin)", "(@\u2060Admin)"},
		{"@ seul", "@ seul"},
		{"fin@", "fin@"},
		{"bad \xff utf8", "bad \uFFFD utf8"},
	}
	for _, tt := range tests {
		if got := neutralise(tt.in); got != tt.want {
			t.Errorf("neutralise(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestPiecesPreferSentenceEnds(t *testing.T) {
	text := "Première phrase. Deuxième « citée. » Troisième ? Quatrième sans fin"
	got := pieces(text, 30)
	want := []string{"Première phrase. ", "Deuxième « citée. » ", "Troisième ? Quatrième sans fin"}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("pieces = %q, want %q", got, want)
	}
	// A sentence longer than the limit is cut at spaces, a word at runes.
	got = pieces("aaaa bbbb cccccccccc", 5)
	want = []string{"aaaa ", "bbbb ", "ccccc", "ccccc"}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("pieces = %q, want %q", got, want)
	}
	// Escaping counts: "&" becomes five characters.
	for _, p := range pieces(strings.Repeat("& ", 10), 10) {
		if n := u16len(escape(p)); n > 10 {
			t.Errorf("piece %q is %d long escaped", p, n)
		}
	}
}

func TestPackKeepsTagsAndText(t *testing.T) {
	r := bot.Reply{
		Body: strings.Repeat("Le corps dit A & B. ", 20),
		Citations: []bot.Citation{
			{Title: "Un <titre>", Paragraph: 1, Sentence: 2, Quote: strings.Repeat("Cité mot à mot. ", 15), Speaker: "X"},
			{Title: "Autre", Paragraph: 4, Sentence: 1, Quote: "Court."},
		},
	}
	for _, limit := range []int{60, 100, 250, 4096} {
		msgs := renderHTML(r, limit)
		var all []string
		for _, m := range msgs {
			if n := u16len(m); n > limit {
				t.Errorf("limit %d: message of %d", limit, n)
			}
			checkTags(t, m)
			all = append(all, m)
		}
		got := strings.Fields(unescape(stripTags(strings.Join(all, " "))))
		want := strings.Fields(unescape(stripTags(strings.Join(renderHTML(r, 1<<20), " "))))
		if strings.Join(got, " ") != strings.Join(want, " ") {
			t.Errorf("limit %d: text changed by the split:\n%q\nwant\n%q", limit, got, want)
		}
	}
	if msgs := renderHTML(r, 4096); len(msgs) != 1 {
		t.Errorf("a short reply took %d messages", len(msgs))
	}
}

func TestRenderFallsBackToText(t *testing.T) {
	got := renderHTML(bot.Reply{Text: "Aide : tapez <question>."}, 4096)
	if len(got) != 1 || got[0] != "Aide : tapez &lt;question&gt;." {
		t.Errorf("renderHTML = %q", got)
	}
	if got := renderHTML(bot.Reply{}, 4096); len(got) != 0 {
		t.Errorf("empty reply rendered as %q", got)
	}
}

func FuzzPack(f *testing.F) {
	f.Add("Une phrase. Une autre ! Et « une citée. »", "Titre & co", "Cité <mot> à mot.", 50)
	f.Add("@everyone <b>", "", "", 20)
	f.Add(strings.Repeat("é😀", 100), "t", "q", 33)
	f.Fuzz(func(t *testing.T, body, title, quote string, limit int) {
		if limit < 40 || limit > 5000 {
			return
		}
		r := bot.Reply{Body: body, Citations: []bot.Citation{{Title: title, Quote: quote, Paragraph: 1, Sentence: 1}}}
		msgs := renderHTML(r, limit)
		for _, m := range msgs {
			if n := u16len(m); n > limit {
				t.Fatalf("message of %d > %d", n, limit)
			}
			if strings.TrimSpace(m) == "" {
				t.Fatalf("empty message")
			}
			checkTags(t, m)
		}
		got := strings.Join(strings.Fields(unescape(stripTags(strings.Join(msgs, " ")))), "")
		want := strings.Join(strings.Fields(unescape(stripTags(strings.Join(renderHTML(r, 1<<30), " ")))), "")
		if got != want {
			t.Fatalf("text changed by the split:\n%q\nwant\n%q", got, want)
		}
	})
}
