package knowledge

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// document is the cleaned body of an article: its paragraphs verbatim and
// what the cleaner learned about its title and date.
type document struct {
	Title    string
	Date     string
	DateText string
	// Paragraphs are the content paragraphs, each an exact substring of the
	// body or several hard-wrapped lines of it joined by one space.
	Paragraphs []string
	// Headings are the title, intertitles, section and dateline, each
	// verbatim; a heading's Before counts the Paragraphs above it.
	Headings []Heading
}

// The thresholds of the rules below, in characters or words.
const (
	// wrapMin and wrapMax bound the lines of hard-wrapped prose: a block
	// whose lines are longer than wrapMax has one paragraph a line (the
	// seeds), and a line shorter than wrapMin stands on its own (a title
	// above its text, a menu word).
	wrapMin = 40
	wrapMax = 120
	// labelWords is the most words a heading, title or caption has. A
	// longer line without a final full stop is still prose (a quotation, a
	// paragraph whose end the scraper lost).
	labelWords = 20
	// titleRunes is the length of a title made from the first sentence.
	titleRunes = 80
)

// kind is what a candidate paragraph turned out to be.
type kind int

const (
	content     kind = iota
	label            // heading, title, caption: text but not a sentence
	question         // a short question: a heading when text follows it
	heading          // a markdown "#" heading
	dateline         // "November 12, 2018 / 6:04 AM": the date, not text
	section          // a breadcrumb, "Actualités - CONFERENCES INTERNATIONALES": the site's section, not text
	boilerplate      // menus, buttons, CSS names: never text
)

// block is one candidate paragraph of the body.
type block struct {
	text string
	kind kind
	// list is set for a list item: its text is content even when short.
	list bool
}

// clean finds the content paragraphs of a raw scraped body and infers its
// title and date. It never rewrites text: a paragraph is kept verbatim or
// dropped, so that every sentence cut from it can be quoted.
func clean(body string) document {
	blocks := paragraphs(body)
	for i := range blocks {
		blocks[i].kind = classify(blocks[i])
	}
	resolveQuestions(blocks)
	var d document
	d.Title = findTitle(blocks)
	d.Date, d.DateText = findDate(blocks)
	var above []int
	d.Paragraphs, above = dedupe(blocks)
	d.Headings = headings(blocks, above, d.Title, len(d.Paragraphs))
	if d.Title == "" && len(d.Paragraphs) > 0 {
		d.Title = titleFrom(d.Paragraphs[0])
	}
	return d
}

// paragraphs cuts the body into candidate paragraphs. Blank lines (white
// space only, no-break spaces and lone HTML entities included) separate
// blocks. Inside a block, lines of hard-wrapped prose are joined with one
// space (markdown), while a block with long lines has one paragraph a line
// (plain text saved from a page, like the seeds). List items and "#"
// headings always stand alone.
func paragraphs(body string) []block {
	var out []block
	var lines []string
	flush := func() {
		out = append(out, groupLines(lines)...)
		lines = lines[:0]
	}
	for line := range strings.SplitSeq(body, "\n") {
		t := strings.TrimFunc(line, isSpace)
		if isBlankLine(t) {
			flush()
			continue
		}
		lines = append(lines, t)
	}
	flush()
	return out
}

// groupLines turns the trimmed lines of one block into candidate paragraphs.
func groupLines(lines []string) []block {
	prose := true
	for _, l := range lines[:max(len(lines)-1, 0)] {
		if utf8.RuneCountInString(l) > wrapMax {
			prose = false
		}
	}
	var out []block
	var cur []string
	list := false
	flush := func() {
		if len(cur) > 0 {
			out = append(out, block{text: strings.Join(cur, " "), list: list})
			cur, list = cur[:0], false
		}
	}
	for _, l := range lines {
		if isMarkdownHeading(l) || !hasLetter(l) {
			// Headings, and rules such as a setext underline ("====="),
			// are lines of their own.
			flush()
			out = append(out, block{text: l})
			continue
		}
		if item, ok := listItem(l); ok {
			// An item starts a paragraph; the wrapped lines after it
			// continue it.
			flush()
			l, list = item, true
		}
		cur = append(cur, l)
		if !prose || utf8.RuneCountInString(l) < wrapMin {
			flush()
		}
	}
	flush()
	return out
}

// isBlankLine reports a line with nothing to read: white space, or only HTML
// space entities left by the scraper ("&nbsp;").
func isBlankLine(t string) bool {
	for t != "" {
		switch {
		case strings.HasPrefix(t, "&nbsp;"):
			t = t[len("&nbsp;"):]
		case strings.HasPrefix(t, "&#160;"):
			t = t[len("&#160;"):]
		default:
			return strings.TrimFunc(t, isSpace) == ""
		}
		t = strings.TrimLeftFunc(t, isSpace)
	}
	return true
}

// listItem returns the text of a list item ("- empêcher ...", "• ...",
// "1. ...", "2) ...") without its marker, which is not part of any sentence.
func listItem(l string) (string, bool) {
	for _, m := range []string{"- ", "* ", "+ ", "• ", "· ", "– ", "— ", "▪ ", "◦ "} {
		if rest, ok := strings.CutPrefix(l, m); ok {
			return strings.TrimFunc(rest, isSpace), true
		}
	}
	// Numbered items: up to three digits, then ". " or ") ".
	i := 0
	for i < len(l) && i < 3 && l[i] >= '0' && l[i] <= '9' {
		i++
	}
	if i > 0 && i+1 < len(l) && (l[i] == '.' || l[i] == ')') && l[i+1] == ' ' {
		return strings.TrimFunc(l[i+2:], isSpace), true
	}
	return "", false
}

// isMarkdownHeading reports an ATX heading: one to six "#" and a space.
func isMarkdownHeading(l string) bool {
	n := len(l) - len(strings.TrimLeft(l, "#"))
	return n >= 1 && n <= 6 && len(l) > n && l[n] == ' '
}

// classify applies the cleaning rules to one candidate paragraph, most
// certain first.
func classify(b block) kind {
	t := b.text
	n := countWords(t, labelWords+1)
	switch {
	case isMarkdownHeading(t):
		return heading
	case !hasLetter(t):
		// "0 : 0", "***", "|", "12/11": counters, rules and separators.
		return boilerplate
	case n == 1 && !endsSentence(t):
		// One word is a menu entry ("Rechercher"), a caption or tag
		// ("sécurité") or a CSS class name in a breakpoint list
		// ("narrow-browser-and-phone"), never a sentence.
		return boilerplate
	case n <= 4 && isUILink(strings.Fields(t)):
		return boilerplate
	case isLegalNotice(t, n):
		return boilerplate
	case b.list:
		// A list item with words is content however short: it completes
		// the line before it ("Ils s'engagent à oeuvrer pour :"), and a
		// dated item is a timeline entry, not a dateline.
		return content
	case n > labelWords:
		// Too long for a heading, a dateline or a breadcrumb: prose.
		return content
	case isDateline(t, n):
		// Before the breadcrumb rule: "November 12, 2018 / 6:04 AM / a
		// month ago" has the shape of a trail but holds the date.
		return dateline
	case isBreadcrumb(t):
		return section
	case hasInnerSentenceEnd(t):
		return content
	case strings.HasSuffix(t, "?"):
		return question
	case endsSentence(t):
		return content
	}
	return label
}

// resolveQuestions decides what a short question is: a heading ("Une
// volonté de démocratiser ... ?") when text follows it, or when it comes
// before any text (a title); otherwise it is part of the text.
func resolveQuestions(blocks []block) {
	seenContent := false
	for i := range blocks {
		switch blocks[i].kind {
		case content:
			seenContent = true
		case question:
			blocks[i].kind = content
			if !seenContent || nextIsContent(blocks[i+1:]) {
				blocks[i].kind = label
			}
		}
	}
}

// nextIsContent reports whether the next block that is not boilerplate is
// body text.
func nextIsContent(rest []block) bool {
	for _, b := range rest {
		switch b.kind {
		case boilerplate, dateline, section:
			continue
		case content, question:
			return true
		}
		return false
	}
	return false
}

// countWords counts the white-space separated words of s, up to limit.
func countWords(s string, limit int) int {
	n := 0
	inWord := false
	for _, r := range s {
		switch {
		case isSpace(r):
			inWord = false
		case !inWord:
			inWord = true
			n++
			if n >= limit {
				return n
			}
		}
	}
	return n
}

func hasLetter(s string) bool {
	return strings.IndexFunc(s, unicode.IsLetter) >= 0
}

// endsSentence reports text that ends like a sentence, closing quotes and
// brackets aside: ". ", "!", "?", "…", or ":" before a list.
func endsSentence(t string) bool {
	t = strings.TrimRightFunc(t, func(r rune) bool { return isSpace(r) || isCloser(r) })
	r, _ := utf8.DecodeLastRuneInString(t)
	return isTerminal(r) || r == ':'
}

// hasInnerSentenceEnd reports text that holds more than one sentence, which
// no heading does.
func hasInnerSentenceEnd(t string) bool {
	return len(splitSentences(t)) > 1
}

// isUILink reports a short line that is a button or a link: "Partager >>",
// "Lire la suite »", "« Retour", "Suivant →".
func isUILink(words []string) bool {
	if len(words) > 4 {
		return false
	}
	first, last := words[0], words[len(words)-1]
	switch last {
	case ">>", "»", "›", "→", ">", "»»":
		return !strings.Contains(strings.Join(words, " "), "«")
	}
	switch first {
	case "<<", "«", "‹", "←", "<":
		return !strings.Contains(strings.Join(words, " "), "»")
	}
	return strings.HasSuffix(last, ">>") || strings.HasPrefix(first, "<<")
}

// isLegalNotice reports a short copyright line ("© AFP 2018", "Copyright
// Reuters. Tous droits réservés."): page furniture even when it ends with a
// full stop.
func isLegalNotice(t string, words int) bool {
	if words > 12 {
		return false
	}
	lower := strings.ToLower(t)
	return strings.Contains(t, "©") || strings.HasPrefix(lower, "copyright") || strings.Contains(lower, "droits réservés") || strings.Contains(lower, "all rights reserved")
}

// breadcrumbSeparators join the parts of a navigation trail.
var breadcrumbSeparators = []string{" - ", " > ", " › ", " » ", " / ", " | ", " — ", " – "}

// isBreadcrumb reports a navigation trail ("Actualités - CONFERENCES
// INTERNATIONALES", "Accueil > Monde > Asie"): short parts joined by a
// separator, either three or more of them or one written in capitals (a
// section name). A headline joins longer parts ("Cybercriminalité -
// Combattre le crime high-tech Le G8 appelle ...").
func isBreadcrumb(t string) bool {
	for _, sep := range breadcrumbSeparators {
		parts := strings.Split(t, sep)
		if len(parts) < 2 {
			continue
		}
		shouting := false
		short := true
		for _, p := range parts {
			n := len(strings.Fields(p))
			if n == 0 || n > 3 {
				short = false
				break
			}
			if isCapitals(p) {
				shouting = true
			}
		}
		if short && (shouting || len(parts) >= 3) {
			return true
		}
	}
	return false
}

// isCapitals reports text whose letters are all capitals, with at least two.
func isCapitals(s string) bool {
	n := 0
	for _, r := range s {
		if unicode.IsLower(r) {
			return false
		}
		if unicode.IsLetter(r) {
			n++
		}
	}
	return n >= 2
}
