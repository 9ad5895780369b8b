package knowledge

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"unicode/utf8"
)

// FuzzClean checks the cleaner's promises on any text: it does not panic,
// every paragraph and heading is in the body (white space folded), every sentence of a
// paragraph is verbatim in it, in order, and a date is a real ISO date.
func FuzzClean(f *testing.F) {
	seeds, _ := filepath.Glob(filepath.Join(seedDir, "*.txt"))
	for _, p := range seeds {
		if raw, err := os.ReadFile(p); err == nil {
			f.Add(string(raw))
		}
	}
	for _, s := range []string{
		"",
		"Titre\n\n- a\n- b c\n\n  • x-y\n0 : 0\n&nbsp;\n",
		"# Titre\n\nUne ligne\ncoupée.\n\nUne ligne...\nUne ligne de plus.",
		"November 12, 2018 / 6:04 AM\n\nle 31/02/2018\n1er mai 2019 - Texte.",
		"Accueil > Monde > Asie\n\nUn texte… Un texte\n\nUn texte…",
	} {
		f.Add(s)
	}
	iso := regexp.MustCompile(`^\d{4}-\d{2}-\d{2}$`)
	f.Fuzz(func(t *testing.T, body string) {
		if !utf8.ValidString(body) {
			return // Load refuses such files before cleaning.
		}
		d := clean(body)
		folded := foldSpace(body)
		for i, p := range d.Paragraphs {
			if p == "" || !strings.Contains(folded, foldSpace(p)) {
				t.Fatalf("paragraph %d is empty or not in the body: %q", i+1, p)
			}
			checkSplit(t, p, splitSentences(p))
		}
		if d.Date != "" && !iso.MatchString(d.Date) {
			t.Fatalf("date %q is not ISO", d.Date)
		}
		if d.Date != "" && !strings.Contains(folded, foldSpace(d.DateText)) {
			t.Fatalf("date text %q is not in the body", d.DateText)
		}
		for _, h := range d.Headings {
			// A heading is cited: verbatim, and placed among the paragraphs.
			if h.Text == "" || !strings.Contains(folded, foldSpace(h.Text)) || h.Before < 0 || h.Before > len(d.Paragraphs) || utf8.RuneCountInString(h.Text) > MaxSentenceRunes {
				t.Fatalf("heading %+v is empty, not in the body or out of place (%d paragraphs)", h, len(d.Paragraphs))
			}
		}
		if len(d.Paragraphs) > 0 && d.Title == "" {
			t.Fatalf("%d paragraphs but no title", len(d.Paragraphs))
		}
	})
}

// FuzzSplitSentences checks the splitter's promises on any text: no panic,
// trimmed sentences found verbatim and in order, nothing but white space
// lost, and no sentence over the citation limit that could have been cut.
func FuzzSplitSentences(f *testing.F) {
	for _, s := range []string{
		"M. Robinson a parlé. Il est parti.",
		"«Ce n'est pas un sommet. Nous avons réuni l'industrie ». Fin.",
		"extrême », a déclaré M. Nee. Cette conférence s’achèvera.",
		"l’”appel de Paris”, dit-il… Puis (...) Rien. J. R. R. Tolkien, 3,2 % à 6:04.",
		"« a. « b. » c. » d. “e. ” f. \" g. \" h.",
		strings.Repeat("un mot, ", 100) + "; fin : " + strings.Repeat("x", 700) + ".",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, p string) {
		if !utf8.ValidString(p) {
			return // paragraphs come from files Load checked to be UTF-8.
		}
		checkSplit(t, p, splitSentences(p))
	})
}
