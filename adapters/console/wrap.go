package console

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Wrap breaks each line of text longer than width runes at the last space
// that fits, so that a terminal never cuts a word in two; a continuation
// keeps its line's indentation. A word longer than the width stays whole.
// width ≤ 0 leaves text as it is.
func Wrap(text string, width int) string {
	if width <= 0 {
		return text
	}
	lines := strings.Split(text, "\n")
	var b strings.Builder
	for i, line := range lines {
		if i > 0 {
			b.WriteByte('\n')
		}
		wrapLine(&b, line, width)
	}
	return b.String()
}

func wrapLine(b *strings.Builder, line string, width int) {
	indent := line[:len(line)-len(strings.TrimLeftFunc(line, unicode.IsSpace))]
	if utf8.RuneCountInString(indent) >= width/2 {
		indent = ""
	}
	col := 0
	for i, word := range glued(strings.Fields(line)) {
		n := utf8.RuneCountInString(word)
		switch {
		case i == 0:
			b.WriteString(line[:len(line)-len(strings.TrimLeftFunc(line, unicode.IsSpace))])
			col = utf8.RuneCountInString(line) - utf8.RuneCountInString(strings.TrimLeftFunc(line, unicode.IsSpace))
		case col+1+n > width:
			b.WriteByte('\n')
			b.WriteString(indent)
			col = utf8.RuneCountInString(indent)
		default:
			b.WriteByte(' ')
			col++
		}
		b.WriteString(word)
		col += n
	}
}

// glued keeps French punctuation with its word, as a non-breaking space
// would: "»", ":", "?", "!", ";" never start a line, "«" never ends one.
func glued(words []string) []string {
	var out []string
	open := false
	for _, w := range words {
		switch {
		case open:
			out[len(out)-1] += " " + w
			open = false
		case len(out) > 0 && (w == "»" || w == ":" || w == "?" || w == "!" || w == ";"):
			out[len(out)-1] += " " + w
		default:
			out = append(out, w)
		}
		open = w == "«"
	}
	return out
}
