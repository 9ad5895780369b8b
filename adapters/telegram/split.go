package telegram

import (
	"strings"
	"unicode"

	"github.com/citebot/citebot/adapters/platform"
)

// u16len is the length of s in UTF-16 code units, as Telegram counts.
func u16len(s string) int { return platform.UTF16Len(s) }

// escapedWidth is a rune's length once escaped for the HTML parse mode.
func escapedWidth(r rune) int {
	switch r {
	case '&':
		return len("&amp;")
	case '<', '>':
		return len("&lt;")
	}
	return platform.RuneUTF16(r)
}

// part is the text of one segment placed in one message.
type part struct {
	seg  *segment
	text string
}

// pack fills messages of at most limit UTF-16 units with the segments'
// pieces, in order. Each message repeats the tags of the segments it
// holds, so no tag is ever left open across two messages.
func pack(segs []segment, limit int) []string {
	var out []string
	var chunk []part
	size := 0
	flush := func() {
		if s := render(chunk); s != "" {
			out = append(out, s)
		}
		chunk, size = nil, 0
	}
	for i := range segs {
		seg := &segs[i]
		tags := u16len(seg.open) + u16len(seg.close)
		for _, p := range pieces(seg.text, limit-tags) {
			n := u16len(escape(p))
			same := len(chunk) > 0 && chunk[len(chunk)-1].seg == seg
			add := n
			if !same {
				add += tags
				if len(chunk) > 0 {
					add += u16len(seg.sep)
				}
			}
			if size+add > limit && len(chunk) > 0 {
				flush()
				same, add = false, n+tags
			}
			if same {
				chunk[len(chunk)-1].text += p
			} else {
				chunk = append(chunk, part{seg: seg, text: p})
			}
			size += add
		}
	}
	flush()
	return out
}

// render writes one message, without whitespace at either end.
func render(chunk []part) string {
	if len(chunk) > 0 {
		chunk[0].text = strings.TrimLeftFunc(chunk[0].text, unicode.IsSpace)
		last := len(chunk) - 1
		chunk[last].text = strings.TrimRightFunc(chunk[last].text, unicode.IsSpace)
	}
	var b strings.Builder
	for _, p := range chunk {
		if p.text == "" {
			continue
		}
		if b.Len() > 0 {
			b.WriteString(p.seg.sep)
		}
		b.WriteString(p.seg.open)
		b.WriteString(escape(p.text))
		b.WriteString(p.seg.close)
	}
	return b.String()
}

// pieces cuts text into runs of at most limit UTF-16 units once escaped,
// where platform.Split cuts (sentence ends, then spaces, then between
// characters). Each piece keeps the whitespace that follows it, so that
// joined, the pieces are text.
func pieces(text string, limit int) []string {
	parts := platform.Split(text, limit, escapedWidth)
	out := make([]string, len(parts))
	start := 0
	for i, p := range parts {
		end := strings.Index(text[start:], p) + start + len(p)
		if i+1 < len(parts) {
			// The next part starts at the first non-space after this one.
			if next := strings.IndexFunc(text[end:], func(r rune) bool { return !unicode.IsSpace(r) }); next > 0 {
				end += next
			}
		} else {
			end = len(text)
		}
		out[i] = text[start:end]
		start = end
	}
	return out
}
