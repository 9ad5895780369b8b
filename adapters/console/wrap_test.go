package console

import (
	"strings"
	"testing"
	"unicode/utf8"
)

func TestWrap(t *testing.T) {
	tests := []struct {
		text  string
		width int
		want  string
	}{
		{"Une phrase courte.", 40, "Une phrase courte."},
		{"« Nous ne resterons pas les bras croisés », a déclaré William Hague.", 30,
			"« Nous ne resterons pas les\nbras croisés », a déclaré\nWilliam Hague."},
		{"  — « Titre », paragraphe 3, phrase 2 [article]", 24,
			"  — « Titre »,\n  paragraphe 3, phrase 2\n  [article]"},
		{"un\n\ndeux", 10, "un\n\ndeux"},
		{"a dit « oui » ici ?", 9, "a dit\n« oui »\nici ?"},
		{"anticonstitutionnellement oui", 10, "anticonstitutionnellement\noui"},
		{"sans largeur", 0, "sans largeur"},
	}
	for _, tt := range tests {
		got := Wrap(tt.text, tt.width)
		if got != tt.want {
			t.Errorf("Wrap(%q, %d) =\n%s\nwant\n%s", tt.text, tt.width, got, tt.want)
		}
		if tt.width == 0 {
			continue
		}
		for _, l := range strings.Split(got, "\n") {
			if utf8.RuneCountInString(l) > tt.width && strings.Contains(strings.TrimSpace(l), " ") {
				t.Errorf("line %q is wider than %d", l, tt.width)
			}
		}
		if strings.Join(strings.Fields(got), " ") != strings.Join(strings.Fields(tt.text), " ") {
			t.Errorf("Wrap(%q) lost or changed words: %q", tt.text, got)
		}
	}
}

func FuzzWrap(f *testing.F) {
	f.Add("« Nous ne resterons pas les bras croisés », a déclaré William Hague.", 20)
	f.Fuzz(func(t *testing.T, text string, width int) {
		if !utf8.ValidString(text) || width > 500 {
			return
		}
		got := Wrap(text, width)
		if width > 0 && strings.Join(strings.Fields(got), " ") != strings.Join(strings.Fields(text), " ") {
			t.Errorf("Wrap(%q, %d) changed the words: %q", text, width, got)
		}
	})
}
