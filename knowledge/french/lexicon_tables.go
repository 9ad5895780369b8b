package french

import (
	_ "embed"
	"maps"
	"slices"

	"github.com/citebot/citebot/knowledge/strtab"
)

// wordLists maps words to lists of words: a word's list is at its position
// in keys. Unlike a map, it is flat arrays that a Go composite literal of
// constants compiles in (lexicon_generated.go).
type wordLists struct {
	keys  strtab.Table
	lists [][]string
}

// get returns the list of k, or nil.
func (w wordLists) get(k string) []string {
	if i, ok := w.keys.Find(k); ok {
		return w.lists[i]
	}
	return nil
}

// listsOf lays m out as wordLists, its keys sorted. Every list must have
// a word.
func listsOf(m map[string][]string) wordLists {
	keys := slices.Sorted(maps.Keys(m))
	lists := make([][]string, len(keys))
	for i, k := range keys {
		lists[i] = m[k]
	}
	return wordLists{keys: strtab.New(keys), lists: lists}
}

// frenchSpellerData is the speller over the embedded lexicon's French
// words (Lexicon.FrenchSpeller), as a speller file. It is not under data/,
// which is embedded whole for the word lists.
//
//go:embed generated/french_speller.bin
var frenchSpellerData string

// englishSpellerData is the same for the glossary's English words
// (Lexicon.EnglishSpeller): indexing them took 16 ms and 3.7 MB at the
// first English typo of every process, reading the file 1.3 ms.
//
//go:embed generated/english_speller.bin
var englishSpellerData string
