package extract

import (
	"strings"
	"testing"

	"github.com/citebot/citebot/knowledge/article"
)

// articleOf builds an article from paragraphs of already split sentences and
// runs the extractors on it, so that a test controls the sentences exactly.
func articleOf(paras ...[]string) *article.Article {
	a := &article.Article{ID: "test"}
	for _, sents := range paras {
		p := &article.Paragraph{N: len(a.Paragraphs) + 1}
		for _, s := range sents {
			p.Sentences = append(p.Sentences, &article.Sentence{Article: a, Paragraph: p.N, N: len(p.Sentences) + 1, Text: s})
		}
		a.Paragraphs = append(a.Paragraphs, p)
	}
	Article(a, Cut(a))
	return a
}

// checkInvariants verifies what every consumer of the extractors relies on:
// each quotation, number and date is a verbatim slice of its sentence, each
// entity's name or an alias stands in every sentence that mentions it, and
// a term has no speaker.
func checkInvariants(t testing.TB, a *article.Article) {
	t.Helper()
	for _, q := range a.Quotes {
		if q.Sentence == nil || q.Text == "" || !strings.Contains(q.Sentence.Text, q.Text) {
			t.Errorf("%s: quote %q is not in its sentence", a.ID, q.Text)
		}
		if q.Term && q.Speaker != "" {
			t.Errorf("%s: term %q has speaker %q", a.ID, q.Text, q.Speaker)
		}
	}
	for _, n := range a.Numbers {
		if n.Sentence == nil || n.Text == "" || !strings.Contains(n.Sentence.Text, n.Text) {
			t.Errorf("%s: number %q is not in its sentence", a.ID, n.Text)
		}
	}
	for _, d := range a.Dates {
		if d.Sentence == nil || d.Text == "" || !strings.Contains(d.Sentence.Text, d.Text) {
			t.Errorf("%s: date %q is not in its sentence", a.ID, d.Text)
		}
	}
	for _, e := range a.Entities {
		if e.Name == "" || len(e.Mentions) == 0 {
			t.Errorf("%s: entity %+v has no name or no mention", a.ID, e)
		}
		for _, s := range e.Mentions {
			found := strings.Contains(s.Text, e.Name)
			for _, al := range e.Aliases {
				found = found || strings.Contains(s.Text, al)
			}
			if !found {
				t.Errorf("%s: entity %q (aliases %q) is not named in %q", a.ID, e.Name, e.Aliases, s.Text)
			}
		}
	}
}

// entityNamed returns the entity of the article with that name, or nil.
func entityNamed(a *article.Article, name string) *article.Entity {
	for i := range a.Entities {
		if a.Entities[i].Name == name {
			return &a.Entities[i]
		}
	}
	return nil
}
