package knowledge

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
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
		a := &Article{ID: "fuzz"}
		for _, line := range strings.Split(text, "\n") {
			p := &Paragraph{N: len(a.Paragraphs) + 1}
			for _, s := range strings.SplitAfter(line, ". ") {
				if s = strings.TrimSpace(s); s == "" {
					continue
				}
				p.Sentences = append(p.Sentences, &Sentence{Article: a, Paragraph: p.N, N: len(p.Sentences) + 1, Text: s})
			}
			if len(p.Sentences) > 0 {
				a.Paragraphs = append(a.Paragraphs, p)
			}
		}
		extract(a)
		checkInvariants(t, a)
	})
}

// BenchmarkExtractPIAF measures the extractors alone over the 480 PIAF
// articles, already cleaned and split.
func BenchmarkExtractPIAF(b *testing.B) {
	files, _ := filepath.Glob(filepath.Join(piafDir, "*.txt"))
	if len(files) == 0 {
		b.Skip("PIAF corpus not found at " + piafDir)
	}
	var articles []*Article
	for _, p := range files {
		raw, err := os.ReadFile(p)
		if err != nil {
			b.Fatal(err)
		}
		a, err := parseArticle(filepath.Base(p), raw)
		if err != nil {
			b.Fatal(err)
		}
		articles = append(articles, a)
	}
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		for _, a := range articles {
			extract(a)
		}
	}
}

// BenchmarkExtractSeeds measures the extractors over the four seeds.
func BenchmarkExtractSeeds(b *testing.B) {
	bs, err := Load(os.DirFS(seedDir))
	if err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		for _, a := range bs.Articles {
			extract(a)
		}
	}
}
