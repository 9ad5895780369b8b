package french

import (
	_ "embed"
	"fmt"
	"slices"
	"strings"
)

// frenchWordsData holds the French words the lexicon's data files know,
// as addFrench finds them in the synonym files and the glossary's French
// side: folded, one a line, sorted. englishFoldedData is en-fr.tsv as
// loadEnglish reads it: folded, a word's lines merged. Tokenizing and
// folding those 4,000 entries was half of the matcher's start-up, on every
// start. TestLexiconTablesAreCurrent keeps both in step with the files
// they come from (-update rewrites them).
//
//go:embed data/french_words.txt
var frenchWordsData string

//go:embed data/en-fr.folded.tsv
var englishFoldedData string

// frenchSpellerData is the speller over the embedded lexicon's French
// words (Lexicon.FrenchSpeller), as a speller file. It is not under data/,
// which is embedded whole for the word lists.
//
//go:embed generated/french_speller.bin
var frenchSpellerData string

// readFrench reads the French words written by formatFrench. The words
// are kept as slices of data, not copied.
func (l *Lexicon) readFrench(data string) error {
	return eachDataLine(data, func(n int, line string) error {
		if strings.ContainsAny(line, " \t") {
			return fmt.Errorf("line %d: want one word, got %q", n, line)
		}
		l.french[line] = struct{}{}
		return nil
	})
}

// formatFrench writes the French words for readFrench, sorted.
func (l *Lexicon) formatFrench() string {
	var b strings.Builder
	b.WriteString("# The French words of synonyms.txt, institutions.txt and en-fr.tsv, folded.\n")
	b.WriteString("# Generated, do not edit: after editing those files, run\n")
	b.WriteString("# go test ./knowledge/french -run TestLexiconTablesAreCurrent -update\n")
	for _, w := range slices.Sorted(func(yield func(string) bool) {
		for w := range l.french {
			if !yield(w) {
				return
			}
		}
	}) {
		b.WriteString(w)
		b.WriteByte('\n')
	}
	return b.String()
}

// readEnglish reads the glossary written by formatEnglish: one
// "english<TAB>french1|french2" line per English word or phrase, all
// folded, the translations in the order loadEnglish met them.
func (l *Lexicon) readEnglish(data string) error {
	return eachDataLine(data, func(n int, line string) error {
		en, fr, ok := strings.Cut(line, "\t")
		if !ok || en == "" || fr == "" {
			return fmt.Errorf("line %d: want english<TAB>french1|french2, got %q", n, line)
		}
		if _, dup := l.english[en]; dup {
			return fmt.Errorf("line %d: %q listed twice", n, en)
		}
		tr := strings.Split(fr, "|")
		for i, f := range tr {
			if f == "" || slices.Contains(tr[:i], f) {
				return fmt.Errorf("line %d: the translations of %q must be distinct and none empty: %q", n, en, fr)
			}
		}
		l.english[en] = tr
		return nil
	})
}

// formatEnglish writes the glossary for readEnglish, English sides
// sorted.
func (l *Lexicon) formatEnglish() string {
	var b strings.Builder
	b.WriteString("# en-fr.tsv folded (english<TAB>french1|french2), a word's lines merged.\n")
	b.WriteString("# Generated, do not edit: after editing en-fr.tsv, run\n")
	b.WriteString("# go test ./knowledge/french -run TestLexiconTablesAreCurrent -update\n")
	ens := make([]string, 0, len(l.english))
	for en := range l.english {
		ens = append(ens, en)
	}
	slices.Sort(ens)
	for _, en := range ens {
		b.WriteString(en)
		b.WriteByte('\t')
		b.WriteString(strings.Join(l.english[en], "|"))
		b.WriteByte('\n')
	}
	return b.String()
}

// eachDataLine is eachLine over a string, without copying its lines: fn
// gets each trimmed line that is neither blank nor a # comment, and its
// 1-based line number.
func eachDataLine(data string, fn func(n int, line string) error) error {
	n := 0
	for line := range strings.Lines(data) {
		n++
		line = strings.TrimSpace(line)
		if line == "" || line[0] == '#' {
			continue
		}
		if err := fn(n, line); err != nil {
			return err
		}
	}
	return nil
}
