package french

import (
	"bufio"
	"fmt"
	"io"
	"maps"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/citebot/citebot/knowledge/strtab"
)

// This file reads a Lexicon from its text files: the synonym groups, the
// derivations and the English glossary.

// LoadLexicon builds a Lexicon from other data in the same formats: synonyms
// has one comma-separated group of French words per line (a group whose
// first word has a capital relates it only as a name: RelatedCapital),
// english one "english<TAB>french1|french2" entry per line; blank lines
// and # comments are skipped. It lets a deployment add a larger thesaurus.
func LoadLexicon(synonyms, english io.Reader) (*Lexicon, error) {
	return loadLexicon(synonyms, nil, english)
}

// loadLexicon is LoadLexicon with derived groups as well (derivations.txt,
// the dictionary's derivations: nil for none), read as synonyms but for
// the French words: most of them are rare words that a misspelt question
// word should not be corrected to.
func loadLexicon(synonyms, derived, english io.Reader) (*Lexicon, error) {
	b := lexiconMaps{english: map[string][]string{}, french: map[string]struct{}{}, capital: map[string][]string{}}
	groups, derivedGroups := make(map[string]map[string]struct{}), make(map[string]map[string]struct{})
	if err := b.loadSynonyms(synonyms, true, groups); err != nil {
		return nil, fmt.Errorf("french: synonyms: %w", err)
	}
	if derived != nil {
		if err := b.loadSynonyms(derived, false, groups, derivedGroups); err != nil {
			return nil, fmt.Errorf("french: derivations: %w", err)
		}
	}
	b.related, b.derived = relations(groups), relations(derivedGroups)
	if err := b.loadEnglish(english); err != nil {
		return nil, fmt.Errorf("french: english glossary: %w", err)
	}
	l := newLexicon()
	l.related, l.derived, l.capital = listsOf(b.related), listsOf(b.derived), listsOf(b.capital)
	l.english, l.french = listsOf(b.english), strtab.New(slices.Sorted(maps.Keys(b.french)))
	return l, nil
}

// lexiconMaps is a Lexicon being loaded.
type lexiconMaps struct {
	related, derived, english, capital map[string][]string
	french                             map[string]struct{}
}

// loadSynonyms adds each group's stems to the others' in every one of
// groups, and its words to the French words when known. A group whose
// first word is written with a capital (« Net, internet ») is a name's:
// see capitalGroup.
func (l *lexiconMaps) loadSynonyms(r io.Reader, known bool, groups ...map[string]map[string]struct{}) error {
	return eachLine(r, func(n int, line string) error {
		if first, _ := utf8.DecodeRuneInString(strings.TrimSpace(line)); unicode.IsUpper(first) {
			return l.capitalGroup(n, line)
		}
		var stems []string
		for _, entry := range strings.Split(line, ",") {
			if s := phraseStem(entry); s != "" {
				stems = append(stems, s)
			}
			if known {
				l.addFrench(entry)
			}
		}
		if len(stems) < 2 {
			return fmt.Errorf("line %d: a group needs two words with content: %q", n, line)
		}
		for _, g := range groups {
			for _, s := range stems {
				set := g[s]
				if set == nil {
					set = make(map[string]struct{})
					g[s] = set
				}
				for _, o := range stems {
					if o != s {
						set[o] = struct{}{}
					}
				}
			}
		}
		return nil
	})
}

// capitalGroup relates the first word of the group to the others only
// where a question writes it with a capital, as a name: « le Net » is the
// Internet, « un bénéfice net » is not. The first word is no French word
// a misspelling may be corrected to by this: it is one already, or a name.
func (l *lexiconMaps) capitalGroup(n int, line string) error {
	entries := strings.Split(line, ",")
	name, stems := phraseStem(entries[0]), l.capital[phraseStem(entries[0])]
	for _, entry := range entries[1:] {
		if s := phraseStem(entry); s != "" && s != name {
			stems = append(stems, s)
		}
	}
	if name == "" || len(stems) == 0 {
		return fmt.Errorf("line %d: a group needs two words with content: %q", n, line)
	}
	slices.Sort(stems)
	l.capital[name] = slices.Compact(stems)
	return nil
}

// relations are the sorted lists of the groups read.
func relations(groups map[string]map[string]struct{}) map[string][]string {
	out := make(map[string][]string, len(groups))
	for s, set := range groups {
		if len(set) > 0 {
			out[s] = slices.Sorted(maps.Keys(set))
		}
	}
	return out
}

func (l *lexiconMaps) loadEnglish(r io.Reader) error {
	return eachLine(r, func(n int, line string) error {
		en, fr, ok := strings.Cut(line, "\t")
		en = strings.Join(strings.Fields(Fold(en)), " ")
		if !ok || en == "" || strings.TrimSpace(fr) == "" {
			return fmt.Errorf("line %d: want english<TAB>french1|french2, got %q", n, line)
		}
		for _, f := range strings.Split(fr, "|") {
			f = strings.Join(strings.Fields(Fold(f)), " ")
			if f == "" || slices.Contains(l.english[en], f) {
				continue
			}
			l.english[en] = append(l.english[en], f)
			l.addFrench(f)
		}
		return nil
	})
}

// addFrench records the words of a French entry as known French words.
func (l *lexiconMaps) addFrench(entry string) {
	for _, t := range Tokenize(entry) {
		if t.Kind == Word {
			l.french[strings.Clone(t.Fold)] = struct{}{}
		}
	}
}

// phraseStem returns the stems of an entry's content words joined by
// spaces ("Premier ministre" → "premi ministr"), or "" if it has none.
func phraseStem(entry string) string {
	var stems []string
	for _, t := range Analyze(entry) {
		if !t.Part {
			stems = append(stems, t.Stem)
		}
	}
	return strings.Join(stems, " ")
}

// eachLine calls fn with each trimmed line of r that is neither blank nor a
// # comment, and its 1-based line number.
func eachLine(r io.Reader, fn func(n int, line string) error) error {
	sc := bufio.NewScanner(r)
	for n := 1; sc.Scan(); n++ {
		line := strings.TrimSpace(sc.Text())
		if line == "" || line[0] == '#' {
			continue
		}
		if err := fn(n, line); err != nil {
			return err
		}
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("read: %w", err)
	}
	return nil
}
