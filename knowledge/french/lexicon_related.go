package french

import (
	_ "embed"
	"fmt"
	"slices"
	"strings"
)

// relatedData is the synonym groups' relations by stem, as LoadLexicon
// computes them from synonyms.txt and institutions.txt: stemming those
// 2,000 entries took three quarters of the matcher's start-up, on every
// start. TestLexiconTablesAreCurrent keeps it in step (-update rewrites it).
//
//go:embed data/related.tsv
var relatedData string

// readRelated reads the relations by stem written by formatRelated: one
// "stem<TAB>related1|related2" line per stem, the related stems sorted.
func (l *Lexicon) readRelated(data string) error {
	return eachDataLine(data, func(n int, line string) error {
		stem, rel, ok := strings.Cut(line, "\t")
		if !ok || stem == "" || rel == "" {
			return fmt.Errorf("line %d: want stem<TAB>related1|related2, got %q", n, line)
		}
		if _, dup := l.related[stem]; dup {
			return fmt.Errorf("line %d: %q listed twice", n, stem)
		}
		stems := strings.Split(rel, "|")
		if slices.Contains(stems, "") || slices.Contains(stems, stem) || !slices.IsSorted(stems) {
			return fmt.Errorf("line %d: the related stems of %q must be sorted, none empty nor itself: %q", n, stem, rel)
		}
		l.related[stem] = stems
		return nil
	})
}

// formatRelated writes the relations by stem for readRelated, stems
// sorted.
func (l *Lexicon) formatRelated() string {
	stems := make([]string, 0, len(l.related))
	for s := range l.related {
		stems = append(stems, s)
	}
	slices.Sort(stems)
	var b strings.Builder
	b.WriteString("# The synonym groups of synonyms.txt and institutions.txt by Snowball stem:\n")
	b.WriteString("# stem<TAB>related stems, sorted. Generated, do not edit: after editing either\n")
	b.WriteString("# file, run go test ./knowledge/french -run TestLexiconTablesAreCurrent -update\n")
	for _, s := range stems {
		b.WriteString(s)
		b.WriteByte('\t')
		b.WriteString(strings.Join(l.related[s], "|"))
		b.WriteByte('\n')
	}
	return b.String()
}
