package main

import (
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"unicode/utf8"
)

func TestSplitSentences(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []string
	}{
		{"plain", "Il pleut. Le vent souffle ! Pourquoi ? Parce que.",
			[]string{"Il pleut.", "Le vent souffle !", "Pourquoi ?", "Parce que."}},
		{"lower case after dot", "Vers 3 h. du matin il part.", []string{"Vers 3 h. du matin il part."}},
		{"quote opens", "Il a dit. « Venez. » Puis il est parti.",
			[]string{"Il a dit.", "« Venez. »", "Puis il est parti."}},
		{"closing quote", "Il a dit « assez ! » Le public applaudit.",
			[]string{"Il a dit « assez ! »", "Le public applaudit."}},
		{"initial", "Selon J. Dupont et M. Martin, rien. Fin.",
			[]string{"Selon J. Dupont et M. Martin, rien.", "Fin."}},
		{"line break", "Un titre\nLe texte suit. Et continue.",
			[]string{"Un titre", "Le texte suit.", "Et continue."}},
		{"decimal", "Il mesure 3.5 m. Voilà.", []string{"Il mesure 3.5 m.", "Voilà."}},
		{"empty", "   ", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := splitSentences(tt.in)
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("splitSentences(%q) = %q, want %q", tt.in, got, tt.want)
			}
			for _, s := range got {
				if !strings.Contains(tt.in, s) {
					t.Errorf("sentence %q is not a substring of the input", s)
				}
			}
		})
	}
}

func TestSplitSentencesCapsLength(t *testing.T) {
	long := strings.Repeat("mot é ", 200) + "fin."
	got := splitSentences(long)
	if len(got) != 1 || utf8.RuneCountInString(got[0]) > maxQuote || !strings.HasPrefix(long, got[0]) {
		t.Fatalf("got %d sentences, first of %d runes", len(got), utf8.RuneCountInString(got[0]))
	}
}

func TestArticleSentences(t *testing.T) {
	raw := "---\ntitle: \"Sport\"\nlang: fr\n---\n\nPremier paragraphe. Deuxième phrase.\n\n \nSecond paragraphe.\n"
	got := articleSentences("piaf000-sport", raw)
	want := []sentence{
		{"piaf000-sport", "Sport", 1, 1, "Premier paragraphe."},
		{"piaf000-sport", "Sport", 1, 2, "Deuxième phrase."},
		{"piaf000-sport", "Sport", 2, 1, "Second paragraphe."},
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("got %+v\nwant %+v", got, want)
	}
	noFM := articleSentences("a", "--- pas de front matter\nTexte.")
	if len(noFM) != 2 || noFM[0].Title != "a" {
		t.Errorf("without front matter: %+v", noFM)
	}
}

func TestSearcherFindsSentence(t *testing.T) {
	dir := t.TempDir()
	files := map[string]string{
		"a.txt": "---\ntitle: A\n---\n\nLes chats dorment beaucoup. Les chiens aboient.\n",
		"b.md":  "La capitale de la France est Paris.\n",
		"c.csv": "ignoré",
	}
	for name, body := range files {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	sents, err := loadCorpus(dir)
	if err != nil {
		t.Fatal(err)
	}
	for _, kind := range []string{kindMemOnly, kindScorch} {
		t.Run(kind, func(t *testing.T) {
			s, err := newSearcher(sents, kind)
			if err != nil {
				t.Fatal(err)
			}
			defer s.Close()
			for q, want := range map[string]string{
				"Quelle est la capitale de la France ?": "La capitale de la France est Paris.",
				"Est-ce que le chien aboie ?":           "Les chiens aboient.",
			} {
				got, _, ok, err := s.best(q)
				if err != nil || !ok || got.Text != want {
					t.Errorf("best(%q) = %q, %v, %v; want %q", q, got.Text, ok, err, want)
				}
			}
			if _, _, ok, _ := s.best("xyzzy"); ok {
				t.Error("a question sharing no term should have no hit")
			}
		})
	}
	if _, err := newSearcher(sents, "bolt"); err == nil {
		t.Error("an unknown index kind should be an error")
	}
}
