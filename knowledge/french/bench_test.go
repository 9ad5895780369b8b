package french

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// benchTexts returns the PIAF corpus when the shared data folder is beside
// the repository, else the bundled articles, split into lines (roughly
// paragraphs) as the index sees them.
func benchTexts(b *testing.B) []string {
	b.Helper()
	files, _ := filepath.Glob("../../../shared/data/piaf/corpus/*.txt")
	if len(files) == 0 {
		files, _ = filepath.Glob("../corpus/articles/*.txt")
	}
	if len(files) == 0 {
		b.Skip("no corpus found")
	}
	var lines []string
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		for line := range strings.Lines(string(data)) {
			if strings.TrimSpace(line) != "" {
				lines = append(lines, line)
			}
		}
	}
	return lines
}

// segmentAll cuts every text with Segment, as extraction does at load.
func segmentAll(texts []string) [][]Span {
	cuts := make([][]Span, len(texts))
	for i, t := range texts {
		cuts[i] = Segment(t)
	}
	return cuts
}

func bytesOf(texts []string) int64 {
	n := 0
	for _, t := range texts {
		n += len(t)
	}
	return int64(n)
}

func BenchmarkTokenize(b *testing.B) {
	texts := benchTexts(b)
	b.SetBytes(bytesOf(texts))
	b.ReportAllocs()
	for b.Loop() {
		for _, t := range texts {
			Tokenize(t)
		}
	}
}

// BenchmarkTokensOf reads the same tokens as BenchmarkTokenize off the
// texts as Segment cut them (cut beforehand): what load pays for the
// index's tokens now that extraction's cut feeds it.
func BenchmarkTokensOf(b *testing.B) {
	texts := benchTexts(b)
	cuts := segmentAll(texts)
	b.SetBytes(bytesOf(texts))
	b.ReportAllocs()
	for b.Loop() {
		for i, t := range texts {
			tokensOf(t, cuts[i])
		}
	}
}

func BenchmarkTokenizeSentence(b *testing.B) {
	s := "Le Premier ministre britannique, David Cameron, a-t-il déclaré jeudi que 600 millions d’internautes (20 %) l'utilisaient ?"
	b.SetBytes(int64(len(s)))
	b.ReportAllocs()
	for b.Loop() {
		Tokenize(s)
	}
}

func BenchmarkFold(b *testing.B) {
	words := []string{"Élysée", "président", "internet", "Œuvre", "E\u0301lyse\u0301e", "aujourd’hui"}
	b.ReportAllocs()
	for b.Loop() {
		for _, w := range words {
			Fold(w)
		}
	}
}

func BenchmarkAnalyze(b *testing.B) {
	texts := benchTexts(b)
	b.SetBytes(bytesOf(texts))
	b.ReportAllocs()
	for b.Loop() {
		for _, t := range texts {
			Analyze(t)
		}
	}
}

func BenchmarkAnalyzer(b *testing.B) {
	texts := benchTexts(b)
	b.SetBytes(bytesOf(texts))
	b.ReportAllocs()
	a := NewAnalyzer()
	for b.Loop() {
		for _, t := range texts {
			a.Analyze(t)
		}
	}
}

// BenchmarkAnalyzerSegmented is BenchmarkAnalyzer for texts already cut
// by Segment (cut beforehand, as extraction does at load): what the index's
// analysis costs at load.
func BenchmarkAnalyzerSegmented(b *testing.B) {
	texts := benchTexts(b)
	cuts := segmentAll(texts)
	b.SetBytes(bytesOf(texts))
	b.ReportAllocs()
	a := NewAnalyzer()
	for b.Loop() {
		for i, t := range texts {
			a.AnalyzeSegmented(t, cuts[i])
		}
	}
}

func benchVocabulary(b *testing.B) map[string]int {
	b.Helper()
	freq := make(map[string]int)
	for _, t := range benchTexts(b) {
		for _, tok := range Tokenize(t) {
			if tok.Kind == Word {
				freq[strings.Clone(tok.Fold)]++
			}
		}
	}
	return freq
}

func BenchmarkNewSpeller(b *testing.B) {
	freq := benchVocabulary(b)
	b.ReportAllocs()
	b.ReportMetric(float64(len(freq)), "words")
	for b.Loop() {
		NewSpeller(freq)
	}
}

func BenchmarkCorrect(b *testing.B) {
	sp := NewSpeller(benchVocabulary(b))
	queries := []string{"gouvernemnt", "presidnet", "chinne", "confience", "reglementasions", "xqzwv", "internet", "populasion"}
	b.ReportAllocs()
	for b.Loop() {
		for _, q := range queries {
			sp.Correct(q)
		}
	}
}

func BenchmarkNewLexicon(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		NewLexicon()
	}
}

// BenchmarkEnglishSpeller is what the first English word the glossary
// lacks costs a process: the speller is read from its file then, once.
func BenchmarkEnglishSpeller(b *testing.B) {
	l := NewLexicon()
	b.ReportAllocs()
	for b.Loop() {
		l.EnglishSpeller()
	}
}
