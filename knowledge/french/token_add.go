package french

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// add appends the token s[start:end]; its fold is that of s[fs:fe] (the
// text without an elision's apostrophe).
func (tz *tokenizer) add(start, end int, kind Kind, fs, fe int) {
	text := tz.s[start:end]
	tok := Token{Text: text, Start: start, End: end, Kind: kind, Flags: flagsOf(text)}
	src := tz.s[fs:fe]
	var scratch [64]byte
	var f []byte
	switch {
	case kind == Number:
		f = appendNumber(scratch[:0], src)
	case tok.Flags&AllCaps != 0 && strings.IndexByte(src, '.') >= 0:
		// Dotted acronym: fold without the dots, its letters as any
		// word's (« É.U. » is « eu »).
		f = appendFold(scratch[:0], strings.ReplaceAll(src, ".", ""))
	case isFolded(src):
		tok.Fold = src
	default:
		f = appendFold(scratch[:0], src)
	}
	if f != nil && len(f) == 0 {
		// Nothing but marks that folding drops (U+FF9E, a halfwidth
		// sound mark, standing alone): no word to compare or index.
		return
	}
	if f != nil {
		if string(f) == src {
			tok.Fold = src
		} else {
			tok.Fold = tz.saveFold(f)
		}
	}
	tz.toks = append(tz.toks, tok)
}

// addWord appends the plain word s[start:end] (no joiner, not a number),
// with a single pass for ASCII words, the great majority.
func (tz *tokenizer) addWord(start, end int) {
	text := tz.s[start:end]
	flags, _, uppers, ok := asciiWord(text)
	if !ok {
		tz.add(start, end, Word, start, end)
		return
	}
	tok := Token{Text: text, Start: start, End: end, Kind: Word, Flags: flags}
	if uppers == 0 {
		tok.Fold = text
	} else {
		var scratch [64]byte
		f := scratch[:0]
		for i := 0; i < len(text); i++ {
			f = append(f, foldASCII(text[i]))
		}
		tok.Fold = tz.saveFold(f)
	}
	tz.toks = append(tz.toks, tok)
}

// asciiWord reads a word of ASCII letters and digits in one pass: its
// flags and its count of letters and of upper-case letters; ok is false
// when the word holds any other byte.
func asciiWord(text string) (flags Flags, letters, uppers int, ok bool) {
	digit := false
	for i := 0; i < len(text); i++ {
		switch c := text[i]; {
		case 'a' <= c && c <= 'z':
			letters++
		case 'A' <= c && c <= 'Z':
			letters++
			uppers++
		case '0' <= c && c <= '9':
			digit = true
		default:
			return 0, 0, 0, false
		}
	}
	if c := text[0]; 'A' <= c && c <= 'Z' {
		flags |= Capitalized
	}
	if digit {
		flags |= HasDigit
	}
	if letters > 0 && uppers == letters && (letters >= 2 || digit) {
		flags |= AllCaps
	}
	return flags, letters, uppers, true
}

// saveFold returns f as a string held in the one that holds all the
// text's folds. A string the builder returned stays valid as it grows
// (it never writes over the bytes it has handed out), so each fold
// points into it at once.
func (tz *tokenizer) saveFold(f []byte) string {
	if tz.folds.Cap() == 0 {
		tz.folds.Grow(len(tz.s) - len(tz.s)/4)
	}
	b0 := tz.folds.Len()
	tz.folds.Write(f)
	return tz.folds.String()[b0:]
}

// appendNumber appends the digits of a number without thousand separators,
// with '.' as decimal separator.
func appendNumber(dst []byte, s string) []byte {
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case '0' <= c && c <= '9':
			dst = append(dst, c)
		case c == ',' || c == '.':
			dst = append(dst, '.')
		case c >= utf8.RuneSelf:
			r, size := utf8.DecodeRuneInString(s[i:])
			if unicode.IsDigit(r) {
				dst = utf8.AppendRune(dst, r)
			}
			i += size - 1
		}
	}
	return dst
}

// flagsOf computes the flags of a token's text.
func flagsOf(text string) Flags {
	var f Flags
	letters, uppers, first := 0, 0, true
	for _, r := range text {
		switch {
		case r < utf8.RuneSelf && 'a' <= r && r <= 'z':
			letters++
		case r < utf8.RuneSelf && 'A' <= r && r <= 'Z':
			letters++
			uppers++
			if first {
				f |= Capitalized
			}
		case r < utf8.RuneSelf && '0' <= r && r <= '9':
			f |= HasDigit
		case r == '-' || r == '‐' || r == '‑':
			f |= Compound
		case r >= utf8.RuneSelf && unicode.IsLetter(r):
			letters++
			if unicode.IsUpper(r) {
				uppers++
				if first {
					f |= Capitalized
				}
			}
		case r >= utf8.RuneSelf && unicode.IsDigit(r):
			f |= HasDigit
		default:
			continue
		}
		first = false
	}
	if letters > 0 && uppers == letters && (letters >= 2 || f&HasDigit != 0) {
		f |= AllCaps
	}
	return f
}

// isElision reports the folded forms that French elides before a vowel.
func isElision(f []byte) bool { return compiledWords.elisions.HasBytes(f) }

// isClitic reports the English clitics split off a word ("'s", "'ll").
func isClitic(f []byte) bool { return compiledWords.clitics.HasBytes(f) }

// isPronoun reports the pronouns that follow a verb after a hyphen in
// questions and imperatives ("a-t-il", "dites-le-moi", "allez-y").
func isPronoun(f []byte) bool { return compiledWords.pronouns.HasBytes(f) }
