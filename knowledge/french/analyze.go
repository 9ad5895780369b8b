package french

import (
	"strings"
	"sync"
)

// Term is one content word of a text, ready for indexing or matching.
type Term struct {
	// Fold is the word folded; Stem its stem, the key to compare.
	Fold, Stem string
	// Start and End are byte offsets of the word (or compound part) in the
	// analysed text.
	Start, End int
	Kind       Kind
	// Flags come from the word as written: Capitalized and AllCaps mark
	// proper-noun and acronym candidates.
	Flags Flags
	// First is set on the first word of the text or of a sentence in it,
	// where a capital says nothing about proper nouns.
	First bool
	// Part is set on the parts of a compound, which follow the compound
	// itself ("vice-président", then "vice", "président") so that a search
	// for either finds it.
	Part bool
}

// ProperNoun reports whether the term was capitalised where a common word
// would not be: a candidate name.
func (t Term) ProperNoun() bool {
	return t.Flags&(Capitalized|AllCaps) != 0 && (!t.First || t.Flags&AllCaps != 0)
}

// Analyze returns the content terms of text: words and numbers, without
// elisions, clitics, symbols, stop words, question words and single letters.
// Corpus sentences and questions go through the same function, so the same
// word always gives the same term. For repeated use prefer an Analyzer,
// which caches stems.
func Analyze(text string) []Term {
	if len(text) > 4096 {
		// Long texts repeat words: a cache for this call pays for itself.
		return NewAnalyzer().Analyze(text)
	}
	return analyze(text, Stem)
}

// Analyzer analyses texts like Analyze but remembers stems, which makes
// indexing a corpus and answering questions several times faster (Snowball
// allocates and dominates the cost of analysis). It is safe for concurrent
// use; its cache stops growing at maxStemCache words so that a stream of
// garbage questions cannot exhaust memory.
type Analyzer struct {
	mu    sync.RWMutex
	stems map[string]string
	// known gives the stems of the words a corpus holds (NewAnalyzerOf),
	// asked before the cache: they are not stemmed nor cached again.
	known func(fold string) (string, bool)
}

// maxStemCache bounds the words an Analyzer remembers: several times the
// vocabulary of a large corpus.
const maxStemCache = 1 << 18

// MaxCachedWord bounds the length in bytes of a word a cache of words
// remembers: French words are far shorter, and a question of a thousand
// characters could otherwise fill a cache with one long junk word after
// another (a quarter of a gigabyte for this one).
const MaxCachedWord = 64

// NewAnalyzer returns an Analyzer with an empty stem cache.
func NewAnalyzer() *Analyzer {
	return &Analyzer{stems: make(map[string]string)}
}

// NewAnalyzerOf returns an Analyzer that takes the stems known gives
// (which must be Stem's: a corpus index's, say, made by an Analyzer) and
// caches the others.
func NewAnalyzerOf(known func(fold string) (string, bool)) *Analyzer {
	return &Analyzer{stems: make(map[string]string), known: known}
}

// Analyze is the package's Analyze with cached stems.
func (a *Analyzer) Analyze(text string) []Term {
	return analyze(text, a.Stem)
}

// AnalyzeSegmented is Analyze for a text already cut by Segment (spans
// is Segment(text)): the same terms, read off the spans rather than from
// a second cut of the text. Load cuts each sentence once and gives the
// spans to extraction and, through this, to the index.
func (a *Analyzer) AnalyzeSegmented(text string, spans []Span) []Term {
	return analyzeTokens(text, tokensOf(text, spans), a.Stem)
}

// Stem is the package's Stem, cached.
func (a *Analyzer) Stem(fold string) string {
	if a.known != nil {
		if s, ok := a.known(fold); ok {
			return s
		}
	}
	a.mu.RLock()
	s, ok := a.stems[fold]
	a.mu.RUnlock()
	if ok {
		return s
	}
	s = Stem(fold)
	a.mu.Lock()
	if len(a.stems) < maxStemCache && len(fold) <= MaxCachedWord {
		// Folds may point into a whole sentence's buffer: keep only the word.
		a.stems[strings.Clone(fold)] = strings.Clone(s)
	}
	a.mu.Unlock()
	return s
}

// IsContent reports whether a folded word carries content: not a stop word,
// not a question word, not a single letter.
func IsContent(fold string) bool {
	if len(fold) <= 1 {
		return fold >= "0" && fold <= "9"
	}
	return !compiledWords.noContent.Has(fold)
}

func analyze(text string, stem func(string) string) []Term {
	return analyzeTokens(text, Tokenize(text), stem)
}

// analyzeTokens returns the content terms of text from its tokens.
func analyzeTokens(text string, toks []Token, stem func(string) string) []Term {
	terms := make([]Term, 0, len(toks))
	first := true
	prevEnd := 0
	for _, t := range toks {
		if sentenceBreak(text[prevEnd:t.Start]) {
			first = true
		}
		prevEnd = t.End
		switch t.Kind {
		case Elision:
			continue
		case Clitic, Symbol:
			first = false
			continue
		case Number:
			terms = append(terms, Term{Fold: t.Fold, Stem: t.Fold, Start: t.Start, End: t.End, Kind: Number, Flags: t.Flags, First: first})
			first = false
			continue
		}
		isFirst := first
		first = false
		if !IsContent(t.Fold) {
			continue
		}
		terms = append(terms, Term{Fold: t.Fold, Stem: stem(t.Fold), Start: t.Start, End: t.End, Kind: t.Kind, Flags: t.Flags, First: isFirst})
		if t.Flags&Compound != 0 {
			terms = appendParts(terms, t, isFirst, stem)
		}
	}
	return terms
}

// appendParts appends the content parts of a compound token.
func appendParts(terms []Term, t Token, first bool, stem func(string) string) []Term {
	fold, text := t.Fold, t.Text
	start := t.Start
	for k := 0; ; k++ {
		fi := strings.IndexByte(fold, '-')
		ti := indexHyphen(text)
		pf, pt := fold, text
		if fi >= 0 && ti >= 0 {
			pf, pt = fold[:fi], text[:ti]
		}
		if IsContent(pf) {
			terms = append(terms, Term{Fold: pf, Stem: stem(pf), Start: start, End: start + len(pt), Kind: Word,
				Flags: flagsOf(pt), First: first && k == 0, Part: true})
		}
		if fi < 0 || ti < 0 {
			return terms
		}
		hl := hyphenLen(text[ti:])
		fold, text = fold[fi+1:], text[ti+hl:]
		start += ti + hl
	}
}

// indexHyphen finds the first hyphen of any kind in s.
func indexHyphen(s string) int {
	return strings.IndexFunc(s, isHyphen)
}

func hyphenLen(s string) int {
	if s[0] == '-' {
		return 1
	}
	return len("‐")
}

// sentenceBreak reports whether the text between two tokens ends a
// sentence or starts a quotation or line, after which a capital is
// expected.
func sentenceBreak(gap string) bool {
	return strings.ContainsAny(gap, ".!?…:«\"“\n")
}
