package french

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Span is a word or a punctuation mark of a sentence as Segment cuts it,
// with its byte offsets so that every extracted text is a slice of the
// sentence.
type Span struct {
	Text       string
	Start, End int
	// Fold is the word folded (see Fold); a punctuation mark's Fold is
	// its text.
	Fold string
	// Word is false for punctuation; Cap is true when the word starts
	// with an upper-case letter.
	Word, Cap bool
}

// Segment cuts s into words and punctuation marks, the view of a sentence
// that extraction reads: unlike Tokenize, it keeps every punctuation mark
// as a span, keeps a word's inner hyphens and apostrophes
// ("vice-président", "a-t-il", "aujourd'hui"), and leaves numbers,
// acronyms and English clitics in their parts. It shares Tokenize's
// character classes and elision list: an elided article is a word of its
// own, with its apostrophe ("l’" of "l’Internet").
func Segment(s string) []Span {
	return AppendSegment(make([]Span, 0, len(s)/5+1), s)
}

// AppendSegment appends Segment(s) to spans: a caller that cuts many
// sentences one after the other reuses one slice.
func AppendSegment(spans []Span, s string) []Span {
	tz := tokenizer{s: s}
	var small [24]byte // folds short words on the stack for the elision look-up
	i := 0
	for i < len(s) {
		r, n, c := tz.at(i)
		if r == ' ' || unicode.IsSpace(r) || r == '\u00a0' || r == '\u202f' {
			i += n
			continue
		}
		if !isWordClass(c) {
			spans = append(spans, Span{Text: s[i : i+n], Start: i, End: i + n, Fold: s[i : i+n]})
			i += n
			continue
		}
		start := i
		i += n
		for i < len(s) {
			if c := s[i]; 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9' {
				i++ // the fast path: ASCII letters and digits
				continue
			}
			_, n, c := tz.at(i)
			if isWordClass(c) {
				i += n
				continue
			}
			if c == cHyphen || c == cApos {
				elided := c == cApos && isElision(appendFold(small[:0], s[start:i]))
				if _, _, next := tz.at(i + n); isWordClass(next) {
					i += n
					if elided {
						break
					}
					continue
				}
				if elided {
					i += n
				}
			}
			break
		}
		w := s[start:i]
		r, _ = utf8.DecodeRuneInString(w)
		spans = append(spans, Span{Text: w, Start: start, End: i, Fold: Fold(w), Word: true, Cap: unicode.IsUpper(r)})
	}
	return spans
}

// isWordClass reports the classes a word is made of.
func isWordClass(c int) bool { return c == cLetter || c == cDigit || c == cMark }

// IsAllCaps reports whether a word is written in capitals (at least two
// letters), as acronyms and shouted headings are.
func (t Span) IsAllCaps() bool {
	letters := 0
	for _, r := range t.Text {
		if unicode.IsLetter(r) && !unicode.IsUpper(r) {
			return false
		}
		if unicode.IsLetter(r) {
			letters++
		}
	}
	return letters >= 2
}

// Is reports whether the span is the punctuation mark or word (folded) p.
func (t Span) Is(p ...string) bool {
	for _, x := range p {
		if t.Fold == x {
			return true
		}
	}
	return false
}

// IsRoman reports a Roman numeral ("XVI", "II"): a regnal number or a
// century, never an organisation nor a surname.
func (t Span) IsRoman() bool {
	if t.Text == "" {
		return false
	}
	for _, r := range t.Text {
		if !strings.ContainsRune("IVXLCDM", r) {
			return false
		}
	}
	return true
}

// IsWordRune reports whether r is part of a word: a letter, a digit or a
// combining mark, as Tokenize and Segment see them.
func IsWordRune(r rune) bool { return isWordClass(classOf(r)) }

// IsApostrophe reports the apostrophes French is written with (' ’ ʼ ‘).
func IsApostrophe(r rune) bool { return classOf(r) == cApos }
