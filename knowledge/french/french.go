// Package french analyses French text for search: it folds case, accents,
// ligatures and apostrophes, removes elisions, drops stop words and stems
// with the Snowball French stemmer.
package french

import (
	"strings"
	"unicode"

	"github.com/kljensen/snowball/french"
	"golang.org/x/text/runes"
	"golang.org/x/text/transform"
	"golang.org/x/text/unicode/norm"
)

// Token is one word of a text.
type Token struct {
	// Text is the word as written; Start and End are its byte offsets.
	Text       string
	Start, End int
	// Fold is the word lower-cased, without accents, elision removed
	// ("l'Internet" → "internet").
	Fold string
}

// Fold lower-cases s, removes accents, expands ligatures (œ → oe) and
// turns typographic apostrophes into '.
func Fold(s string) string {
	t := transform.Chain(norm.NFD, runes.Remove(runes.In(unicode.Mn)), norm.NFC)
	out, _, err := transform.String(t, s)
	if err != nil {
		out = s
	}
	out = strings.ToLower(out)
	return strings.NewReplacer("œ", "oe", "æ", "ae", "’", "'", "‘", "'", "ʼ", "'", "`", "'").Replace(out)
}

// Tokenize cuts s into words: runs of letters and digits, keeping inner
// hyphens ("vice-président") and splitting off elided articles ("l'", "qu'").
func Tokenize(s string) []Token {
	var toks []Token
	start := -1
	flush := func(end int) {
		if start < 0 {
			return
		}
		w := s[start:end]
		w = strings.Trim(w, "-")
		if w != "" {
			f := Fold(w)
			if i := strings.LastIndexByte(f, '\''); i >= 0 {
				f = f[i+1:]
			}
			if f != "" {
				toks = append(toks, Token{Text: w, Start: start, End: start + len(w), Fold: f})
			}
		}
		start = -1
	}
	for i, r := range s {
		if unicode.IsLetter(r) || unicode.IsDigit(r) || ((r == '-' || r == '\'' || r == '’') && start >= 0) {
			if start < 0 {
				start = i
			}
			continue
		}
		flush(i)
	}
	flush(len(s))
	return toks
}

// Stem returns the Snowball French stem of a folded word.
func Stem(fold string) string {
	return french.Stem(fold, true)
}
