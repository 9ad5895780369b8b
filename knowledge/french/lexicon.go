package french

import (
	"strings"

	"github.com/citebot/citebot/knowledge/strtab"
)

// maxPhrase is the longest English phrase of the glossary, in words, that
// TranslateEnglish tries to match.
const maxPhrase = 3

// Lexicon holds general lexical relations: groups of related French words
// (synonyms, derivations, demonyms and their countries) and an English →
// French glossary. It is immutable once built and safe for concurrent use.
// Slices it returns are shared: callers must not modify them.
type Lexicon struct {
	// related maps a stem to the stems related to it, sorted, without itself.
	related wordLists
	// derived maps a stem to those derivations.txt relates to it, also
	// in related.
	derived wordLists
	// capital maps the stem of a word written with a capital to the
	// stems it is related to as a name (RelatedCapital).
	capital wordLists
	// english maps a folded English word or phrase to folded French words
	// or phrases.
	english wordLists
	// englishFunction holds English function words; french holds folded
	// French words the data files know, both for LooksEnglish.
	englishFunction strtab.Table
	french          strtab.Table
	// spellerFile is the speller file of the French words when they are
	// the embedded ones (FrenchSpeller), else ""; englishSpellerFile the
	// English words' (EnglishSpeller).
	spellerFile, englishSpellerFile string
}

// NewLexicon returns the Lexicon that loadLexicon builds from the data
// files of the package (see README.md): synonyms.txt, institutions.txt,
// derivations.txt and en-fr.tsv. Its tables are compiled in as static
// data (lexicon_generated.go): stemming and folding the entries took most
// of the matcher's start-up, and filling maps with their entries (9,700
// before the derivations) still a tenth of a start. The tests check the
// tables (TestLexiconTablesAreCurrent), so nothing can fail here.
func NewLexicon() *Lexicon {
	l := newLexicon()
	l.related, l.derived, l.capital, l.english, l.french = compiledRelated, compiledDerived, compiledCapital, compiledEnglish, compiledFrench
	l.spellerFile, l.englishSpellerFile = frenchSpellerData, englishSpellerData
	return l
}

func newLexicon() *Lexicon {
	return &Lexicon{englishFunction: compiledWords.englishFunction}
}

// KnowsFrench reports whether the folded word is a French word of the
// lexicon's data: a real word, not a misspelling to correct.
func (l *Lexicon) KnowsFrench(fold string) bool {
	return l.french.Has(fold)
}

// FrenchSpeller is a speller over the lexicon's French words: a typo of
// a word the synonym groups know (« fnoction ») is that word, whose
// relatives may be in the articles though it is not.
//
// The embedded lexicon's speller is read from generated/french_speller.bin
// (TestLexiconTablesAreCurrent keeps it in step): indexing the words again
// took 5 ms and 4 MB of fresh memory, at the first misspelling of every
// process. Another lexicon's is built.
func (l *Lexicon) FrenchSpeller() *Speller {
	if l.spellerFile != "" {
		if ix, err := ParseSpellerIndex(l.spellerFile); err == nil && ix.Words.Len() == len(l.french.Strs) {
			if sp, err := SpellerFromIndex(ix); err == nil {
				return sp
			}
		}
	}
	return l.buildFrenchSpeller()
}

// buildFrenchSpeller indexes the lexicon's French words.
func (l *Lexicon) buildFrenchSpeller() *Speller {
	freq := make(map[string]int, len(l.french.Strs))
	for _, w := range l.french.Strs {
		freq[w] = 1
	}
	return NewSpeller(freq)
}

// Related returns the stems related to a stem by the synonym groups
// (synonyms, derivations, demonym ↔ country), sorted. A related entry of
// several words is its stems joined by spaces ("premi ministr"); a compound
// keeps its hyphen ("royaum-uni"). The slice is shared: do not modify it.
func (l *Lexicon) Related(stem string) []string {
	return l.related.get(stem)
}

// RelatedCapital returns the stems related to a stem as a name, written
// with a capital (« Net » → « internet »), sorted; Related holds the
// word's own relations, whatever its case. The slice is shared: do not
// modify it.
func (l *Lexicon) RelatedCapital(stem string) []string {
	return l.capital.get(stem)
}

// RelatedKey is Related for a stem, or stems joined by spaces, written in
// a byte buffer: the look-up does not copy it.
func (l *Lexicon) RelatedKey(stem []byte) []string {
	return l.related.get(string(stem))
}

// Derived returns the stems related to a stem by derivation only
// (derivations.txt: « sign » → « signatair », « signatur »), sorted: the
// nouns of a verb's act or agent, the verb of such a noun and its other
// nouns; words of one root, unlike the synonyms of Related, which may
// even say the opposite. The slice is shared: do not modify it.
func (l *Lexicon) Derived(stem string) []string {
	return l.derived.get(stem)
}

// RelatedWord is Related for a folded word rather than its stem.
func (l *Lexicon) RelatedWord(fold string) []string {
	return l.related.get(Stem(fold))
}

// EnglishToFrench returns the usual French translations of a folded English
// word or phrase ("how many" → ["combien", "nombre"]), folded, or nil. The
// slice is shared: do not modify it.
func (l *Lexicon) EnglishToFrench(fold string) []string {
	if fr := l.english.get(fold); fr != nil {
		return fr
	}
	for _, base := range EnglishBases(fold) {
		if fr := l.english.get(base); fr != nil {
			return fr
		}
	}
	return nil
}

// EnglishBases guesses the dictionary forms of an inflected English word
// (countries → country, attended → attend, hosting → host, stopped → stop)
// so that the glossary needs only one form per word.
func EnglishBases(w string) []string {
	var out []string
	add := func(suffix, repl string) {
		if len(w) > len(suffix)+2 && strings.HasSuffix(w, suffix) {
			out = append(out, w[:len(w)-len(suffix)]+repl)
		}
	}
	add("ies", "y")
	add("es", "")
	add("s", "")
	add("ied", "y")
	add("ed", "")
	add("ed", "e")
	add("ing", "")
	add("ing", "e")
	// A doubled final consonant: stopped → stop, planning → plan.
	for _, suf := range []string{"ed", "ing"} {
		if n := len(w) - len(suf); n > 3 && strings.HasSuffix(w, suf) && w[n-1] == w[n-2] {
			out = append(out, w[:n-1])
		}
	}
	return out
}

// Translation is an English word or phrase of a text and its French
// translations.
type Translation struct {
	// English is the folded English word or phrase; First and Last are the
	// indexes of its first and last words in the input.
	English     string
	First, Last int
	French      []string
}

// TranslateEnglish translates a sequence of folded English words, preferring
// the longest phrase the glossary knows at each position ("prime minister"
// before "prime" and "minister"), and the dictionary form of inflected
// words (EnglishToFrench). Words it does not know are left out.
func (l *Lexicon) TranslateEnglish(folds []string) []Translation {
	var out []Translation
	for i := 0; i < len(folds); {
		n := min(maxPhrase, len(folds)-i)
		for ; n > 0; n-- {
			key := folds[i]
			if n > 1 {
				key = strings.Join(folds[i:i+n], " ")
			}
			fr := l.english.get(key)
			if n == 1 {
				fr = l.EnglishToFrench(key)
			}
			if fr != nil {
				out = append(out, Translation{English: key, First: i, Last: i + n - 1, French: fr})
				break
			}
		}
		i += max(n, 1)
	}
	return out
}

// EnglishFunction reports an English function or question word ("the",
// "which"): it carries no content once a question is translated.
func (l *Lexicon) EnglishFunction(fold string) bool {
	return l.englishFunction.Has(fold)
}

// LooksEnglish reports whether tokens (of a question) read as English rather
// than French: English function words and glossary words outnumber French
// function words, accented words and words the French data knows. Words both
// languages share ("a", "on", "internet", "police") do not count, nor do
// names and numbers.
func (l *Lexicon) LooksEnglish(tokens []Token) bool {
	en, fr := 0, 0
	for i, t := range tokens {
		// Each token adds at most 2 to either side: once one side leads
		// by more than the tokens left can give the other, it wins.
		if left := 2 * (len(tokens) - i); fr >= en+left || en > fr+left {
			break
		}
		switch t.Kind {
		case Clitic:
			en += 2
			continue
		case Elision:
			fr += 2
			continue
		case Word:
		default:
			continue
		}
		if i > 0 && t.Flags&Capitalized != 0 {
			continue // a name says nothing about the language
		}
		// Each test is made only when the ones before it do not settle
		// the word: an accent or a function word settles most of a
		// question's words before the word lists are looked up.
		if hasAccent(t.Text) {
			fr += 2
			continue
		}
		enFunc := l.englishFunction.Has(t.Fold)
		frFunc := IsStopWord(t.Fold) || IsQuestionWord(t.Fold)
		switch {
		case enFunc && !frFunc:
			en += 2
			continue
		case frFunc && !enFunc:
			fr += 2
			continue
		}
		enWord := l.english.keys.Has(t.Fold)
		frWord := l.french.Has(t.Fold)
		switch {
		case enWord && !frWord && !frFunc:
			en++
		case frWord && !enWord && !enFunc:
			fr++
		}
	}
	return en > fr
}

// hasAccent reports a letter with a diacritic or a French ligature, which
// English text almost never has.
func hasAccent(s string) bool {
	for _, r := range s {
		if r >= 0xC0 && r < 0x250 {
			return true
		}
		if isMark(r) {
			return true
		}
	}
	return false
}

// EnglishSpeller is a speller over the glossary's English words and the
// English function words: an English question's typo (« dipatch »,
// « Lndon ») is the word the glossary translates, which the articles hold
// in French. The embedded lexicon's is read from
// generated/english_speller.bin, as FrenchSpeller's; another lexicon's is
// built.
func (l *Lexicon) EnglishSpeller() *Speller {
	if l.englishSpellerFile != "" {
		if ix, err := ParseSpellerIndex(l.englishSpellerFile); err == nil {
			if sp, err := SpellerFromIndex(ix); err == nil {
				return sp
			}
		}
	}
	return l.buildEnglishSpeller()
}

// buildEnglishSpeller indexes the glossary's English words.
func (l *Lexicon) buildEnglishSpeller() *Speller {
	freq := make(map[string]int, len(l.english.keys.Strs))
	for _, key := range l.english.keys.Strs {
		for _, w := range strings.Fields(key) {
			freq[w] = 1
		}
	}
	for _, w := range l.englishFunction.Strs {
		freq[w] = 1
	}
	return NewSpeller(freq)
}
