package french

import (
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// Fold lower-cases s, removes accents and other combining marks (NFC and NFD
// input alike), expands ligatures (œ → oe, ﬁ → fi), maps typographic
// apostrophes (’ ‘ ʼ) to ' and dashes that join words (‐ ‑) to -, and turns
// invalid UTF-8 into U+FFFD. Search compares folded forms so that "Élysée",
// "elysee" and "E\u0301lyse\u0301e" meet.
func Fold(s string) string {
	if isFolded(s) {
		return s
	}
	return string(appendFold(make([]byte, 0, len(s)), s))
}

// isFolded reports whether s is already in folded form (ASCII, no capitals,
// no backquote), the common case that needs no copy.
func isFolded(s string) bool {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= utf8.RuneSelf || ('A' <= c && c <= 'Z') || c == '`' {
			return false
		}
	}
	return true
}

// appendFold appends the folded form of s to dst.
func appendFold(dst []byte, s string) []byte {
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			dst = append(dst, foldASCII(c))
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		i += size
		dst = appendFoldRune(dst, r)
	}
	return dst
}

// foldASCII lower-cases an ASCII byte and maps the backquote, often typed
// for an apostrophe, to '.
func foldASCII(c byte) byte {
	switch {
	case 'A' <= c && c <= 'Z':
		return c + 'a' - 'A'
	case c == '`':
		return '\''
	}
	return c
}

// appendFoldRune appends the folded form of one non-ASCII rune.
func appendFoldRune(dst []byte, r rune) []byte {
	if out, ok := appendSpecial(dst, r); ok {
		return out
	}
	if isMark(r) {
		return dst
	}
	if hangulFirst <= r && r <= hangulLast {
		return appendHangul(dst, r)
	}
	var buf [utf8.UTFMax]byte
	n := utf8.EncodeRune(buf[:], r)
	d := norm.NFKD.Properties(buf[:n]).Decomposition()
	if d == nil {
		if lr := unicode.ToLower(r); lr != r {
			// The lower-case form may decompose or be special (ẞ → ß → ss).
			return appendFoldRune(dst, lr)
		}
		return utf8.AppendRune(dst, r)
	}
	for len(d) > 0 {
		dr, size := utf8.DecodeRune(d)
		d = d[size:]
		if dr < utf8.RuneSelf {
			dst = append(dst, foldASCII(byte(dr)))
			continue
		}
		if out, ok := appendSpecial(dst, dr); ok {
			dst = out
			continue
		}
		if !isMark(dr) {
			dst = appendFoldRune(dst, dr)
		}
	}
	return dst
}

// appendSpecial folds the runes that decomposition does not: apostrophes,
// hyphens, ligatures and letters with a stroke.
func appendSpecial(dst []byte, r rune) ([]byte, bool) {
	switch r {
	case '’', '‘', 'ʼ', '´', '′':
		return append(dst, '\''), true
	case '‐', '‑':
		return append(dst, '-'), true
	case 'œ', 'Œ':
		return append(dst, 'o', 'e'), true
	case 'æ', 'Æ':
		return append(dst, 'a', 'e'), true
	case 'ß':
		return append(dst, 's', 's'), true
	case 'ø', 'Ø':
		return append(dst, 'o'), true
	case 'đ', 'Đ':
		return append(dst, 'd'), true
	case 'ł', 'Ł':
		return append(dst, 'l'), true
	case utf8.RuneError:
		return utf8.AppendRune(dst, utf8.RuneError), true
	}
	return dst, false
}

// isMark reports combining marks, which folding drops and which continue a
// word in NFD text.
func isMark(r rune) bool {
	return r >= 0x300 && (unicode.Is(unicode.Mn, r) || unicode.Is(unicode.Me, r))
}

// Hangul syllables decompose by arithmetic, not through the normalisation
// tables, so they are spelt out here to make NFC and NFD input fold alike.
const (
	hangulFirst = 0xAC00
	hangulLast  = 0xD7A3
	jamoL       = 0x1100
	jamoV       = 0x1161
	jamoT       = 0x11A7
	jamoTCount  = 28
	jamoNCount  = 21 * jamoTCount
)

func appendHangul(dst []byte, r rune) []byte {
	s := r - hangulFirst
	dst = utf8.AppendRune(dst, jamoL+s/jamoNCount)
	dst = utf8.AppendRune(dst, jamoV+(s%jamoNCount)/jamoTCount)
	if t := s % jamoTCount; t != 0 {
		dst = utf8.AppendRune(dst, jamoT+t)
	}
	return dst
}
