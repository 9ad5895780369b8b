package discord

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Discord measures its limits in UTF-16 code units (it is a JavaScript
// service), so a rune outside the Basic Multilingual Plane counts twice.
// Counting that way keeps every message under the limit whatever the script.

// width is the length of s as Discord counts it.
func width(s string) int {
	n := 0
	for _, r := range s {
		n += runeWidth(r)
	}
	return n
}

func runeWidth(r rune) int {
	if r >= 0x10000 {
		return 2
	}
	return 1
}

// zeroWidthSpace is inserted after every "@" so that no text we send can
// form @everyone, @here, <@id> or <@&role>, whatever AllowedMentions says.
const zeroWidthSpace = "\u200b"

// neutralise makes s unable to mention anyone: Discord parses a mention only
// when "@" is directly followed by its name or id.
func neutralise(s string) string {
	return strings.ReplaceAll(s, "@", "@"+zeroWidthSpace)
}

// inlineMarkdown are the characters that Discord markdown gives a meaning to
// anywhere in a line (emphasis, strike, code, spoiler, masked links, escape).
const inlineMarkdown = "\\*_~`|[]"

// escapeMarkdown makes plain text display verbatim in Discord: the bot's
// replies are plain text (the console shows them as they are) and may echo
// what the user typed, so "**" in a question must not turn into bold, nor a
// "# " at the start of a line into a title. Discord, like CommonMark, drops a
// backslash in front of any ASCII punctuation, so over-escaping is invisible.
func escapeMarkdown(s string) string {
	var b strings.Builder
	b.Grow(len(s) + len(s)/8)
	lineStart := true
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		if lineStart && r != ' ' && r != '\t' {
			lineStart = false
			if n := blockMarker(s[i:]); n > 0 {
				b.WriteString(s[i : i+n-1])
				b.WriteByte('\\')
				b.WriteByte(s[i+n-1])
				i += n
				continue
			}
		}
		if r == '\n' {
			lineStart = true
		}
		if r < utf8.RuneSelf && strings.ContainsRune(inlineMarkdown, r) {
			b.WriteByte('\\')
		}
		b.WriteString(s[i : i+size])
		i += size
	}
	return b.String()
}

// blockMarker returns the length of a line-start markdown marker at the start
// of s (headings "#", quotes ">", lists "-", "+", "1."), the last byte of
// which is the one to escape, or 0.
func blockMarker(s string) int {
	if s == "" {
		return 0
	}
	switch s[0] {
	case '#', '>', '-', '+':
		return 1
	}
	n := 0
	for n < len(s) && s[n] >= '0' && s[n] <= '9' {
		n++
	}
	if n > 0 && n < len(s) && (s[n] == '.' || s[n] == ')') {
		return n + 1
	}
	return 0
}

// safeText is how any text reaches Discord: markdown escaped, then mentions
// made impossible.
func safeText(s string) string {
	return neutralise(escapeMarkdown(s))
}

// ellipsis marks text cut to fit a limit.
const ellipsis = "…"

// truncate shortens s to at most limit UTF-16 units, cutting on a word
// boundary when there is one and ending with "…".
func truncate(s string, limit int) string {
	if width(s) <= limit {
		return s
	}
	if limit <= 0 {
		return ""
	}
	cut := prefixFitting(s, limit-width(ellipsis))
	head := s[:cut]
	if i := strings.LastIndexFunc(head, isBreak); i > 0 {
		head = head[:i]
	}
	head = strings.TrimRightFunc(head, unicode.IsSpace)
	return dropDanglingEscape(head) + ellipsis
}

// prefixFitting returns the byte length of the longest prefix of s whose
// width is at most limit, never splitting a rune.
func prefixFitting(s string, limit int) int {
	w := 0
	for i, r := range s {
		w += runeWidth(r)
		if w > limit {
			return i
		}
	}
	return len(s)
}

// dropDanglingEscape removes a backslash left alone at the end of a cut text,
// which would otherwise escape whatever Discord puts after it.
func dropDanglingEscape(s string) string {
	n := 0
	for n < len(s) && s[len(s)-1-n] == '\\' {
		n++
	}
	if n%2 == 1 {
		return s[:len(s)-1]
	}
	return s
}

// split cuts s into pieces of at most limit UTF-16 units, in order, at the
// last sentence end that fits, else the last space, else anywhere (never
// inside a rune or an escape pair). The whitespace at a cut is dropped, as
// Discord would trim it anyway; no other character is lost.
func split(s string, limit int) []string {
	var parts []string
	s = strings.TrimSpace(s)
	for s != "" {
		if width(s) <= limit {
			parts = append(parts, s)
			break
		}
		fit := prefixFitting(s, limit)
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
		if r, size := utf8.DecodeRuneInString(s[fit:]); isBreak(r) {
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
	if dropped := dropDanglingEscape(s[:cut]); len(dropped) > 0 {
		cut = len(dropped)
	}
	return cut
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
		if !isBreak(r) || !goodBreak(s, i, size) {
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
		if isBreak(r) && goodBreak(s, i, size) {
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

// isBreak reports whether a line may break at r: any space except the
// no-break ones French puts before "?", "!", ":" and inside numbers.
func isBreak(r rune) bool {
	switch r {
	case '\u00a0', '\u202f', '\u2007':
		return false
	}
	return unicode.IsSpace(r)
}
