package knowledge

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/citebot/citebot/knowledge/french"
)

// findTitle picks the title among the headings and labels that come before
// the first paragraph of text: the first markdown heading if there is one,
// else the label with the most words (menus and bylines are shorter than a
// headline).
func findTitle(blocks []block) string {
	best, bestWords := "", 0
	for _, b := range blocks {
		switch b.kind {
		case content:
			return best
		case heading:
			return strings.TrimFunc(strings.TrimLeft(b.text, "#"), isSpace)
		case label:
			if n := len(strings.Fields(b.text)); n > bestWords {
				best, bestWords = b.text, n
			}
		}
	}
	return best
}

// findDate reads the article's date from the top of the text: the datelines
// and labels before the first paragraph, then the dateline of the first
// paragraph ("PARIS, 12 novembre 2018 (Reuters) - ..."). A date further down
// is an event in the story, not the date of the article.
func findDate(blocks []block) (iso, text string) {
	for _, b := range blocks {
		t := b.text
		if b.kind == content {
			if lead := leadOf(t); lead != "" {
				iso, text = french.ParseDate(lead)
			}
			return iso, text
		}
		if b.kind == dateline || b.kind == label {
			if iso, text = french.ParseDate(t); iso != "" {
				return iso, text
			}
		}
	}
	return "", ""
}

// leadOf returns the dateline of a news lead, the text before " - " when it
// is short ("PARIS, 12 novembre 2018 (Reuters) - ..."), or "".
func leadOf(p string) string {
	for _, sep := range []string{" - ", " — ", " – "} {
		if i := strings.Index(p, sep); i > 0 && utf8.RuneCountInString(p[:i]) <= 80 {
			return p[:i]
		}
	}
	return ""
}

// dedupe returns the content paragraphs in order, each once, and for each
// block how many of them stand above it. A page often prints a paragraph
// twice, the second copy cut off with "..." (003): a paragraph equal to an
// earlier one, or a truncated prefix of it, is dropped, and an earlier
// truncated copy gives way to the full text.
func dedupe(blocks []block) (paragraphs []string, above []int) {
	var out, folded []string
	seen := make(map[string]bool)
	var truncated []int // indexes in out of paragraphs that end with "..."
	above = make([]int, len(blocks))
	for i, b := range blocks {
		above[i] = len(out)
		if b.kind != content {
			continue
		}
		f, cut := foldParagraph(b.text)
		if seen[f] || cut && hasPrefixIn(folded, f) {
			continue
		}
		seen[f] = true
		if i := slices.IndexFunc(truncated, func(i int) bool { return strings.HasPrefix(f, folded[i]) }); i >= 0 {
			out[truncated[i]], folded[truncated[i]] = b.text, f
			truncated = slices.Delete(truncated, i, i+1)
			continue
		}
		if cut {
			truncated = append(truncated, len(out))
		}
		out = append(out, b.text)
		folded = append(folded, f)
	}
	return out, above
}

// headings returns the lines printed apart from the text that a reader
// may ask about: the title (the block findTitle chose), the intertitles
// (headings and labels with text above and below them: a label under the
// last paragraph is page furniture), the section (the last breadcrumb
// above the text, the nearest the headline) and the dateline. above
// counts the paragraphs above each block, n all of them. A heading
// printed twice is kept once.
func headings(blocks []block, above []int, title string, n int) []Heading {
	var out []Heading
	lastSection := ""
	for i, b := range blocks {
		h := Heading{Before: above[i]}
		switch b.kind {
		case dateline:
			h.Kind, h.Text = DatelineHeading, b.text
		case section:
			if above[i] == 0 {
				h.Kind, h.Text = SectionHeading, b.text
				lastSection = b.text
			}
		case heading, label:
			h.Text = strings.TrimFunc(strings.TrimLeft(b.text, "#"), isSpace)
			switch {
			case h.Text == title && !slices.ContainsFunc(out, isTitle):
				h.Kind = TitleHeading
			case above[i] > 0 && above[i] < n:
				h.Kind = Subheading
			}
		}
		if h.Kind == "" || h.Text == "" || utf8.RuneCountInString(h.Text) > MaxSentenceRunes {
			continue // a « # » line longer than a citation may be is no heading to quote
		}
		if !slices.ContainsFunc(out, func(o Heading) bool { return o.Kind == h.Kind && o.Text == h.Text }) {
			out = append(out, h)
		}
	}
	// Only the last breadcrumb names the section; those above it are menus.
	return slices.DeleteFunc(out, func(h Heading) bool {
		return h.Kind == SectionHeading && h.Text != lastSection
	})
}

func isTitle(h Heading) bool { return h.Kind == TitleHeading }

// hasPrefixIn reports whether one of the texts starts with prefix.
func hasPrefixIn(texts []string, prefix string) bool {
	return slices.ContainsFunc(texts, func(t string) bool { return strings.HasPrefix(t, prefix) })
}

// minTruncated is the shortest truncated copy that counts as a repeat: "Il
// a dit…" is too short to be a copy of anything.
const minTruncated = 20

// foldParagraph returns the paragraph with white space folded and, when it
// ends with an ellipsis and is long enough to be a cut copy, without the
// ellipsis and with cut set.
func foldParagraph(t string) (f string, cut bool) {
	f = foldWhitespace(t)
	if !isTruncated(f) {
		return f, false
	}
	stem := strings.TrimRightFunc(strings.TrimRight(strings.TrimSuffix(f, "…"), "."), isSpace)
	if utf8.RuneCountInString(stem) < minTruncated {
		return f, false
	}
	return stem, true
}

// foldWhitespace trims t and turns each run of white space into one space.
// Most paragraphs already are, and are returned without a copy.
func foldWhitespace(t string) string {
	folded, prevSpace := true, true
	for _, r := range t {
		if isSpace(r) && (r != ' ' || prevSpace) {
			folded = false
			break
		}
		prevSpace = r == ' '
	}
	if folded && !prevSpace {
		return t
	}
	return strings.Join(strings.FieldsFunc(t, isSpace), " ")
}

func isTruncated(t string) bool {
	return strings.HasSuffix(t, "...") || strings.HasSuffix(t, "…")
}

// isDateline reports a line that is a date with at most a time, a place or
// "a month ago" around it: "November 12, 2018 / 6:04 AM / a month ago",
// "Publié le 12/11/2018 à 14h30". Such a line dates the article; it says
// nothing a reader would quote.
func isDateline(t string, words int) bool {
	if words > 14 || strings.HasSuffix(t, ".") {
		return false
	}
	rest := t
	found := false
	for {
		_, text := french.ParseDate(rest)
		if text == "" {
			break
		}
		found = true
		rest = strings.Replace(rest, text, " ", 1)
	}
	if !found {
		return false
	}
	n := 0
	for _, w := range strings.Fields(rest) {
		if utf8.RuneCountInString(strings.TrimFunc(w, func(r rune) bool { return !unicode.IsLetter(r) })) >= 3 {
			n++
		}
	}
	return n <= 4
}
