package discord

import (
	"strings"
	"unicode"
	"unicode/utf8"

	contract "github.com/citebot/citebot/adapters/platform"
)

// Discord measures its limits in UTF-16 code units (it is a JavaScript
// service): width is the length of s as Discord counts it.
func width(s string) int { return contract.UTF16Len(s) }

// split cuts s into messages of at most limit UTF-16 units (see
// contract.Split).
func split(s string, limit int) []string { return contract.Split(s, limit, nil) }

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
	cut := contract.Fit(s, limit-width(ellipsis), nil)
	head := s[:cut]
	if i := strings.LastIndexFunc(head, contract.IsBreak); i > 0 {
		head = head[:i]
	}
	head = strings.TrimRightFunc(head, unicode.IsSpace)
	return contract.DropDanglingEscape(head) + ellipsis
}
