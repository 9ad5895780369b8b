package knowledge

import (
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/citebot/citebot/knowledge/french"
)

// lexicon holds the word lists, keyed by folded form (see exFold).
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
		lx.givenNames[exFold(l)] = true
	}
	for _, l := range lexiconLines("roles.txt") {
		lx.roles[exFold(l)] = true
	}
	for _, l := range lexiconLines("function_words.txt") {
		lx.function[exFold(l)] = true
	}
	for _, l := range lexiconLines("places.txt") {
		names, demonyms, _ := strings.Cut(l, "\t")
		lx.addNames(lx.places, names)
		for _, d := range strings.Split(demonyms, ",") {
			if d = strings.TrimSpace(d); d != "" {
				lx.demonyms[exFold(d)] = true
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
		words := exNameWords(v)
		if len(words) == 0 {
			continue
		}
		m[strings.Join(words, " ")] = canon
		if len(words) > lx.maxWords {
			lx.maxWords = len(words)
		}
	}
}

// exNameWords folds a name and cuts it into the words the tokenizer would
// produce, so that gazetteer keys and sentence tokens compare equal.
func exNameWords(name string) []string {
	var out []string
	for _, t := range exTokenize(name) {
		if t.word {
			out = append(out, t.fold)
		}
	}
	return out
}

// lexiconLines returns the lines of a word list of knowledge/french/data:
// general word lists (given names, places, well-known organisations, role
// nouns, speech verbs, function words), never facts about one corpus.
func lexiconLines(name string) []string { return french.DataLines(name) }

// exFold lower-cases a word, removes accents and makes apostrophes plain,
// quickly: the extractors fold every token of every article.
func exFold(s string) string {
	ascii := true
	for i := 0; i < len(s); i++ {
		if c := s[i]; c >= utf8.RuneSelf || ('A' <= c && c <= 'Z') {
			ascii = false
			break
		}
	}
	if ascii {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	for _, r := range s {
		switch r {
		case 'à', 'â', 'ä', 'á', 'ã', 'å', 'À', 'Â', 'Ä', 'Á', 'Ã', 'Å':
			b.WriteByte('a')
		case 'ç', 'Ç':
			b.WriteByte('c')
		case 'é', 'è', 'ê', 'ë', 'É', 'È', 'Ê', 'Ë':
			b.WriteByte('e')
		case 'î', 'ï', 'í', 'ì', 'Î', 'Ï', 'Í', 'Ì':
			b.WriteByte('i')
		case 'ô', 'ö', 'ó', 'ò', 'õ', 'Ô', 'Ö', 'Ó', 'Ò', 'Õ':
			b.WriteByte('o')
		case 'ù', 'û', 'ü', 'ú', 'Ù', 'Û', 'Ü', 'Ú':
			b.WriteByte('u')
		case 'ÿ', 'ý', 'Ÿ', 'Ý':
			b.WriteByte('y')
		case 'ñ', 'Ñ':
			b.WriteByte('n')
		case 'œ', 'Œ':
			b.WriteString("oe")
		case 'æ', 'Æ':
			b.WriteString("ae")
		case '’', '‘', 'ʼ', '`':
			b.WriteByte('\'')
		default:
			b.WriteRune(unicode.ToLower(r))
		}
	}
	return b.String()
}
