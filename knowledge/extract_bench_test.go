package knowledge

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/citebot/citebot/knowledge/extract"
)

// BenchmarkExtractPIAF measures the extractors alone over the 480 PIAF
// articles, already cleaned and split (the cut of each sentence included).
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
		a, _, err := parseArticle(filepath.Base(p), raw)
		if err != nil {
			b.Fatal(err)
		}
		articles = append(articles, a)
	}
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		for _, a := range articles {
			extract.Article(a, extract.Cut(a))
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
			extract.Article(a, extract.Cut(a))
		}
	}
}
