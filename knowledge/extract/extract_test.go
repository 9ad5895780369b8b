package extract

import (
	"strings"
	"testing"

	"github.com/citebot/citebot/knowledge/article"
)

// FuzzExtract runs the extractors on any text cut into paragraphs (lines)
// and sentences (after ". "): they must not panic and every extracted text
// must stay verbatim. The cut is a plain one rather than splitSentences,
// which has its own fuzz target: the extractors must hold on any sentence.
func FuzzExtract(f *testing.F) {
	for _, s := range []string{
		"Le Premier ministre britannique, David Cameron, a salué l'Internet comme \"une force du bien\".",
		"Il affirme que le modèle chinois est celui du contrôle », a déclaré M. Nee d’Amnesty.",
		"«Nous connaissons», a-t-il déclaré. « pas fermé\n” ouvert ” « » “ ",
		"plus de 600 millions d’internautes, vingt-quatre heures sur vingt-quatre, 14,2 milliards, 100 000 et 50 %",
		"PARIS, 12 novembre (Reuters) - ce lundi, November 12, 2018, en 2012, hier, l’”appel de Paris”",
		"M. M. . « , a-t-il », selon « d’après »",
		"\x00\xff«",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		a := &article.Article{ID: "fuzz"}
		for _, line := range strings.Split(text, "\n") {
			p := &article.Paragraph{N: len(a.Paragraphs) + 1}
			for _, s := range strings.SplitAfter(line, ". ") {
				if s = strings.TrimSpace(s); s == "" {
					continue
				}
				p.Sentences = append(p.Sentences, &article.Sentence{Article: a, Paragraph: p.N, N: len(p.Sentences) + 1, Text: s})
			}
			if len(p.Sentences) > 0 {
				a.Paragraphs = append(a.Paragraphs, p)
			}
		}
		Article(a, Cut(a))
		checkInvariants(t, a)
	})
}
