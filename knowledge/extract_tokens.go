package knowledge

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// exToken is a word or a punctuation mark of a sentence, with its byte
// offsets so that every extracted text is a slice of the sentence.
type exToken struct {
	text       string
	start, end int
	// fold is the word lower-cased, without accents, with plain apostrophes.
	fold string
	// word is false for punctuation; cap is true when the word starts with
	// an upper-case letter.
	word, cap bool
}

// exElisions are the words that French writes with an apostrophe before a
// vowel; "l’Internet" is cut into "l’" and "Internet".
var exElisions = map[string]bool{
	"l": true, "d": true, "j": true, "m": true, "n": true, "s": true, "t": true, "c": true,
	"qu": true, "jusqu": true, "lorsqu": true, "puisqu": true, "quoiqu": true, "presqu": true,
}

func exIsApostrophe(r rune) bool { return r == '\'' || r == '’' || r == 'ʼ' }

func exIsWordRune(r rune) bool {
	if r < utf8.RuneSelf {
		return 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || '0' <= r && r <= '9'
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r)
}

// exTokenize cuts s into words and punctuation marks. Words keep their inner
// hyphens ("vice-président", "a-t-il") and lose an elided article.
func exTokenize(s string) []exToken {
	toks := make([]exToken, 0, len(s)/5+1)
	i := 0
	for i < len(s) {
		r, n := rune(s[i]), 1
		if r >= utf8.RuneSelf {
			r, n = utf8.DecodeRuneInString(s[i:])
		}
		if r == ' ' || unicode.IsSpace(r) || r == '\u00a0' || r == '\u202f' {
			i += n
			continue
		}
		if !exIsWordRune(r) {
			toks = append(toks, exToken{text: s[i : i+n], start: i, end: i + n, fold: s[i : i+n]})
			i += n
			continue
		}
		start := i
		i += n
		for i < len(s) {
			r, n := rune(s[i]), 1
			if r >= utf8.RuneSelf {
				r, n = utf8.DecodeRuneInString(s[i:])
			}
			if exIsWordRune(r) {
				i += n
				continue
			}
			if r == '-' || exIsApostrophe(r) {
				next, _ := utf8.DecodeRuneInString(s[i+n:])
				if exIsWordRune(next) {
					if exIsApostrophe(r) && exElisions[exFold(s[start:i])] {
						i += n
						break
					}
					i += n
					continue
				}
				if exIsApostrophe(r) && exElisions[exFold(s[start:i])] {
					i += n
				}
			}
			break
		}
		toks = append(toks, exMakeWord(s, start, i))
	}
	return toks
}

func exMakeWord(s string, start, end int) exToken {
	w := s[start:end]
	r, _ := utf8.DecodeRuneInString(w)
	return exToken{text: w, start: start, end: end, fold: exFold(w), word: true, cap: unicode.IsUpper(r)}
}

// isAllCaps reports whether a word is written in capitals (at least two
// letters), as acronyms and shouted headings are.
func (t exToken) isAllCaps() bool {
	letters := 0
	for _, r := range t.text {
		if unicode.IsLetter(r) && !unicode.IsUpper(r) {
			return false
		}
		if unicode.IsLetter(r) {
			letters++
		}
	}
	return letters >= 2
}

// is reports whether the token is the punctuation mark or word (folded) p.
func (t exToken) is(p ...string) bool {
	for _, x := range p {
		if t.fold == x {
			return true
		}
	}
	return false
}

// isRoman reports a Roman numeral ("XVI", "II"): a regnal number or a
// century, never an organisation nor a surname.
func (t exToken) isRoman() bool {
	if t.text == "" {
		return false
	}
	for _, r := range t.text {
		if !strings.ContainsRune("IVXLCDM", r) {
			return false
		}
	}
	return true
}
