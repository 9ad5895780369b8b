package extract

import (
	"strings"
	"sync"

	"github.com/citebot/citebot/knowledge/french"
)

// lexicon holds the word lists, keyed by folded form (see french.Fold).
type lexicon struct {
	givenNames map[string]bool
	roles      map[string]bool
	function   map[string]bool
	// places and orgs map a folded multi-word name (words joined by one
	// space) to its canonical spelling; maxWords is the longest name.
	places   map[string]string
	orgs     map[string]string
	demonyms map[string]bool
	maxWords int
}

// extractorWords returns one list of french.ExtractorWords, read the
// first time it is asked for. A start that reads an index file extracts
// nothing, so it reads none of the lists: reading them all whenever the
// package is loaded cost every process about 1 ms
// (GODEBUG=inittrace=1).
func extractorWords(list string) func() map[string]bool {
	return sync.OnceValue(func() map[string]bool { return french.ExtractorWords(list) })
}

// numberWordList is extractorWords for a list of french.NumberWords.
func numberWordList(list string) func() map[string]float64 {
	return sync.OnceValue(func() map[string]float64 { return french.NumberWords(list) })
}

// theLexicon parses the embedded lists once; it is read-only afterwards,
// so concurrent loads share it safely.
var theLexicon = sync.OnceValue(newLexicon)

func newLexicon() *lexicon {
	lx := &lexicon{
		givenNames: map[string]bool{},
		roles:      map[string]bool{},
		function:   map[string]bool{},
		places:     map[string]string{},
		orgs:       map[string]string{},
		demonyms:   map[string]bool{},
	}
	for _, l := range lexiconLines("given_names.txt") {
		lx.givenNames[french.Fold(l)] = true
	}
	for _, l := range lexiconLines("roles.txt") {
		lx.roles[french.Fold(l)] = true
	}
	for _, w := range french.FunctionWords() {
		lx.function[w] = true
	}
	for _, l := range lexiconLines("places.txt") {
		names, rest, _ := strings.Cut(l, "\t")
		demonyms, _, _ := strings.Cut(rest, "\t")
		lx.addNames(lx.places, names)
		for _, d := range strings.Split(demonyms, ",") {
			if d = strings.TrimSpace(d); d != "" {
				lx.demonyms[french.Fold(d)] = true
			}
		}
	}
	for _, l := range lexiconLines("organisations.txt") {
		lx.addNames(lx.orgs, l)
	}
	return lx
}

// addNames records "Name|variant|..." under each variant's folded words,
// all pointing to the first spelling.
func (lx *lexicon) addNames(m map[string]string, line string) {
	variants := strings.Split(line, "|")
	canon := strings.TrimSpace(variants[0])
	for _, v := range variants {
		words := nameWords(v)
		if len(words) == 0 {
			continue
		}
		m[strings.Join(words, " ")] = canon
		if len(words) > lx.maxWords {
			lx.maxWords = len(words)
		}
	}
}

// nameWords folds a name and cuts it into the words the tokenizer would
// produce, so that gazetteer keys and sentence tokens compare equal.
func nameWords(name string) []string {
	var out []string
	for _, t := range french.Segment(name) {
		if t.Word {
			out = append(out, t.Fold)
		}
	}
	return out
}

// lexiconLines returns the lines of a word list of knowledge/french/data:
// general word lists (given names, places, well-known organisations, role
// nouns, speech verbs), never facts about one corpus.
func lexiconLines(name string) []string { return french.DataLines(name) }
