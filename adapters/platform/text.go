package platform

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// UTF16Len is the length of s in UTF-16 code units, as Discord and
// Telegram count their limits: a rune outside the Basic Multilingual Plane
// counts twice (an invalid byte counts once, as its replacement does).
func UTF16Len(s string) int {
	n := 0
	for _, r := range s {
		n += RuneUTF16(r)
	}
	return n
}

// RuneUTF16 is the UTF-16 length of one rune.
func RuneUTF16(r rune) int {
	if r >= 0x10000 {
		return 2
	}
	return 1
}

// Width measures one rune of a text for a platform's limit: RuneUTF16, or
// the length the rune takes once escaped (Telegram's HTML).
type Width func(r rune) int

// Fit returns the byte length of the longest prefix of s whose width is at
// most limit, never splitting a rune. A nil width is RuneUTF16.
func Fit(s string, limit int, width Width) int {
	if width == nil {
		width = RuneUTF16
	}
	w := 0
	for i, r := range s {
		w += width(r)
		if w > limit {
			return i
		}
	}
	return len(s)
}

// Split cuts s into pieces of at most limit (measured with width; nil is
// UTF-16), in order, at the last sentence end or line break that fits,
// else the last space, else anywhere (never inside a rune, nor between a
// backslash and the character it escapes). The whitespace at a cut is
// dropped; no other character is lost.
func Split(s string, limit int, width Width) []string {
	if width == nil {
		width = RuneUTF16
	}
	var parts []string
	s = strings.TrimSpace(s)
	for s != "" {
		fit := Fit(s, limit, width)
		if fit == len(s) {
			parts = append(parts, s)
			break
		}
		cut := cutPoint(s, fit)
		parts = append(parts, strings.TrimRightFunc(s[:cut], unicode.IsSpace))
		s = strings.TrimLeftFunc(s[cut:], unicode.IsSpace)
	}
	return parts
}

// cutPoint chooses where to cut s so that s[:cut] fits in fit bytes: after a
// line break or sentence end, else at a space, else at fit itself.
func cutPoint(s string, fit int) int {
	head := s[:fit]
	// Cutting exactly at a space that follows the limit keeps a whole word.
	if fit < len(s) {
		if r, size := utf8.DecodeRuneInString(s[fit:]); IsBreak(r) {
			head = s[:fit+size]
		}
	}
	// A sentence end in the first half would leave a stub of a message;
	// a word boundary further on reads better.
	if i := lastSentenceEnd(s, len(head)); i > 0 && i >= len(head)/2 {
		return i
	}
	if i := lastWordEnd(s, len(head)); i > 0 {
		return i
	}
	cut := fit
	if cut == 0 {
		_, cut = utf8.DecodeRuneInString(s) // a limit below one rune: still progress
	}
	if kept := DropDanglingEscape(s[:cut]); len(kept) > 0 {
		cut = len(kept)
	}
	return cut
}

// DropDanglingEscape removes a backslash left alone at the end of a cut
// text, which would otherwise escape whatever the platform puts after it.
func DropDanglingEscape(s string) string {
	n := 0
	for n < len(s) && s[len(s)-1-n] == '\\' {
		n++
	}
	if n%2 == 1 {
		return s[:len(s)-1]
	}
	return s
}

// lastSentenceEnd returns the index of the last break in s[:n] that follows
// a sentence end ("." "!" "?" "…" ":" ";", then maybe closing quotes or
// brackets, spaced the French way or not) and does not come before a
// closing quote; or of the last line break; or 0.
func lastSentenceEnd(s string, n int) int {
	best := strings.LastIndexByte(s[:n], '\n')
	for i := n; i > 0; {
		r, size := utf8.DecodeLastRuneInString(s[:i])
		i -= size
		if i <= best {
			break
		}
		if !IsBreak(r) || !goodBreak(s, i, size) {
			continue
		}
		if endsSentence(s[:i]) {
			return i
		}
	}
	if best > 0 && strings.TrimSpace(s[:best]) != "" {
		return best
	}
	return 0
}

// lastWordEnd returns the index of the last good break in s[:n], or 0.
func lastWordEnd(s string, n int) int {
	for i := n; i > 0; {
		r, size := utf8.DecodeLastRuneInString(s[:i])
		i -= size
		if IsBreak(r) && goodBreak(s, i, size) {
			return i
		}
	}
	return 0
}

// goodBreak reports whether s may be cut at the break s[i:i+size]: not
// at the very start, not after an opening quote or bracket ("« Nous") and
// not before a closing one ("agirons. »").
func goodBreak(s string, i, size int) bool {
	head := strings.TrimRightFunc(s[:i], unicode.IsSpace)
	if head == "" {
		return false
	}
	last, _ := utf8.DecodeLastRuneInString(head)
	return !strings.ContainsRune(openers, last) && !startsWithCloser(s[i+size:])
}

// openers open a quotation or a bracket.
const openers = "«“(["

// closers close a quotation or a bracket after the end of a sentence.
const closers = "»\"”')]"

// startsWithCloser reports whether s, after spaces, goes on with a closer:
// "agirons. »" must not be cut before its "»".
func startsWithCloser(s string) bool {
	s = strings.TrimLeftFunc(s, unicode.IsSpace)
	r, _ := utf8.DecodeRuneInString(s)
	return s != "" && strings.ContainsRune(closers, r)
}

// endsSentence reports whether s ends a sentence, closers and the spaces
// before them aside.
func endsSentence(s string) bool {
	for s != "" {
		r, size := utf8.DecodeLastRuneInString(s)
		switch {
		case strings.ContainsRune(".!?…:;", r):
			return true
		case strings.ContainsRune(closers, r):
			s = strings.TrimRightFunc(s[:len(s)-size], unicode.IsSpace)
		default:
			return false
		}
	}
	return false
}

// IsBreak reports whether a line may break at r: any space except the
// no-break ones French puts before "?", "!", ":" and inside numbers.
func IsBreak(r rune) bool {
	switch r {
	case '\u00a0', '\u202f', '\u2007':
		return false
	}
	return unicode.IsSpace(r)
}
