package knowledge

import (
	"strings"
	"testing"
)

// FuzzParseArticle runs the whole file parser (front matter, cleaning,
// sentences, extraction) on any bytes, with no recover in between: it
// fails with an error or gives an article whose every sentence is in the
// file verbatim (white space folded, as the scorer reads it). What
// extraction finds is checked on any sentence by knowledge/extract's own
// fuzz target.
func FuzzParseArticle(f *testing.F) {
	for _, s := range []string{
		"---\ntitle: Un titre\ndate: 2018-11-12\n---\nPARIS, 12 novembre (Reuters) - « Bonjour », a dit M. Macron.\n\nDeux paragraphes.",
		"---\ntitle: [unclosed\n---\ncorps",
		"---\n---\n",
		"# Titre\n\nTexte. Autre phrase ? Oui !",
		"\ufeff\xff\xfe",
		"---\ndate: 31 février 2018\n...\nx",
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, raw []byte) {
		a, _, err := parseArticle("fuzz.md", raw)
		if err != nil {
			if a != nil {
				t.Fatalf("an error and an article: %v", err)
			}
			return
		}
		for i, p := range a.Paragraphs {
			if p.N != i+1 || len(p.Sentences) == 0 {
				t.Fatalf("paragraph %d numbered %d with %d sentences", i+1, p.N, len(p.Sentences))
			}
			for j, s := range p.Sentences {
				if s.Text == "" || s.N != j+1 || s.Paragraph != p.N || s.Article != a {
					t.Fatalf("sentence %d.%d: %+v", p.N, j+1, s)
				}
				// Verbatim as the scorer reads it: a line break inside a
				// paragraph (a soft wrap) reads as a space.
				if !strings.Contains(foldSpace(string(raw)), foldSpace(s.Text)) {
					t.Fatalf("sentence %q is not verbatim in the file", s.Text)
				}
			}
		}
	})
}

// FuzzParseFrontMatter: the header parser alone, on any text: the body it
// returns is always a suffix of the text.
func FuzzParseFrontMatter(f *testing.F) {
	for _, s := range []string{"---\ntitle: x\n---\nbody", "---\na: [\n---\n", "---\nrule\n---", "---", "---\n...\n"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		_, body, err := parseFrontMatter(text)
		if err == nil && !strings.HasSuffix(text, body) {
			t.Fatalf("body %q is not the end of the text", body)
		}
	})
}
