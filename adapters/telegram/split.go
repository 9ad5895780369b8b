package telegram

import (
	"strings"
	"unicode"
	"unicode/utf16"
	"unicode/utf8"
)

// u16len is the length of s in UTF-16 code units, as Telegram counts.
func u16len(s string) int {
	n := 0
	for _, r := range s {
		if l := utf16.RuneLen(r); l > 0 {
			n += l
		} else {
			n++
		}
	}
	return n
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

// pieces cuts text into runs of at most max UTF-16 units once escaped:
// whole if it fits, else at sentence ends, then at spaces, then between
// characters. Joined, the pieces are text.
func pieces(text string, max int) []string {
	if text == "" {
		return nil
	}
	if u16len(escape(text)) <= max {
		return []string{text}
	}
	var out []string
	for _, s := range splitAfter(text, sentenceEnd) {
		if u16len(escape(s)) <= max {
			out = append(out, s)
			continue
		}
		for _, w := range splitAfter(s, wordEnd) {
			if u16len(escape(w)) <= max {
				out = append(out, w)
				continue
			}
			out = append(out, runeRuns(w, max)...)
		}
	}
	return out
}

// splitAfter cuts s after every run of whitespace that ends reports as a
// boundary, keeping the whitespace with the text before it.
func splitAfter(s string, ends func(before, after string) bool) []string {
	var out []string
	start := 0
	for i := 0; i < len(s); {
		r, w := utf8.DecodeRuneInString(s[i:])
		if !unicode.IsSpace(r) {
			i += w
			continue
		}
		j := i
		for j < len(s) {
			r, w := utf8.DecodeRuneInString(s[j:])
			if !unicode.IsSpace(r) {
				break
			}
			j += w
		}
		if j < len(s) && (strings.Contains(s[i:j], "\n") || ends(s[start:i], s[j:])) {
			out = append(out, s[start:j])
			start = j
		}
		i = j
	}
	if start < len(s) {
		out = append(out, s[start:])
	}
	return out
}

// sentenceEnd reports whether a sentence ends between before and after:
// before ends with a stop, question or exclamation mark or ellipsis,
// perhaps inside closing quotes, and after does not go on with a closing
// French quote ("« citée. »" keeps its » with it).
func sentenceEnd(before, after string) bool {
	if strings.HasPrefix(after, "»") || strings.HasPrefix(after, "”") {
		return false
	}
	before = strings.TrimRightFunc(before, func(r rune) bool {
		return unicode.IsSpace(r) || strings.ContainsRune("»”\"')]", r)
	})
	r, _ := utf8.DecodeLastRuneInString(before)
	return r == '.' || r == '!' || r == '?' || r == '…'
}

func wordEnd(_, _ string) bool { return true }

// runeRuns cuts a word longer than max into runs of whole characters.
func runeRuns(w string, max int) []string {
	var out []string
	start, size := 0, 0
	for i, r := range w {
		n := u16len(escape(string(r)))
		if size+n > max && i > start {
			out = append(out, w[start:i])
			start, size = i, 0
		}
		size += n
	}
	return append(out, w[start:])
}
