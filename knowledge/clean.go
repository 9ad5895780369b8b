package knowledge

import (
	"fmt"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"time"
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
	boilerplate      // menus, buttons, breadcrumbs, CSS names: never text
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
	d.Paragraphs = dedupe(blocks)
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
		return boilerplate
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
		case boilerplate, dateline:
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
		_, text := parseDate(rest)
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

// titleFrom makes a title from the first sentence of a text that has none:
// cut at a word boundary, with "…" when cut.
func titleFrom(p string) string {
	s := p
	if ss := splitSentences(p); len(ss) > 0 {
		s = ss[0]
	}
	if utf8.RuneCountInString(s) <= titleRunes {
		return s
	}
	cut := 0
	n := 0
	for i, r := range s {
		if n >= titleRunes {
			break
		}
		if isSpace(r) {
			cut = i
		}
		n++
	}
	if cut == 0 {
		return s
	}
	return strings.TrimRightFunc(s[:cut], func(r rune) bool {
		return isSpace(r) || r == ',' || r == ';' || r == ':'
	}) + "…"
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
				iso, text = parseDate(lead)
			}
			return iso, text
		}
		if b.kind == dateline || b.kind == label {
			if iso, text = parseDate(t); iso != "" {
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

// dedupe returns the content paragraphs in order, each once. A page often
// prints a paragraph twice, the second copy cut off with "..." (003): a
// paragraph equal to an earlier one, or a truncated prefix of it, is dropped,
// and an earlier truncated copy gives way to the full text.
func dedupe(blocks []block) []string {
	var out, folded []string
	seen := make(map[string]bool)
	var truncated []int // indexes in out of paragraphs that end with "..."
	for _, b := range blocks {
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
	return out
}

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

// Date patterns: a day, a month name and a year in either order (English
// "November 12, 2018", French "12 novembre 2018", "1er mai 2019"), the French
// numeric "12/11/2018" (day first) and ISO "2018-11-12".
var (
	monthDayYear = regexp.MustCompile(`\b(\pL+)\.? (\d{1,2})(?:st|nd|rd|th)?,? (\d{4})\b`)
	dayMonthYear = regexp.MustCompile(`\b(\d{1,2})(?:er|st|nd|rd|th)? (\pL+)\.?,? (\d{4})\b`)
	numericDate  = regexp.MustCompile(`\b(\d{1,2})[/.](\d{1,2})[/.](\d{4})\b`)
	isoDate      = regexp.MustCompile(`\b(\d{4})-(\d{2})-(\d{2})(?:$|[^\d])`)
)

// months maps English and French month names and their usual abbreviations
// to their number.
var months = map[string]int{
	"january": 1, "jan": 1, "janvier": 1, "janv": 1,
	"february": 2, "feb": 2, "février": 2, "fevrier": 2, "févr": 2, "fevr": 2,
	"march": 3, "mar": 3, "mars": 3,
	"april": 4, "apr": 4, "avril": 4, "avr": 4,
	"may": 5, "mai": 5,
	"june": 6, "jun": 6, "juin": 6,
	"july": 7, "jul": 7, "juillet": 7, "juil": 7,
	"august": 8, "aug": 8, "août": 8, "aout": 8,
	"september": 9, "sep": 9, "sept": 9, "septembre": 9,
	"october": 10, "oct": 10, "octobre": 10,
	"november": 11, "nov": 11, "novembre": 11,
	"december": 12, "dec": 12, "décembre": 12, "decembre": 12, "déc": 12,
}

// parseDate finds the first full date in s and returns it as ISO 8601 and as
// written, or two empty strings.
func parseDate(s string) (iso, text string) {
	if !hasYear(s) {
		return "", "" // every form has a year: skip the regular expressions
	}
	at := len(s) + 1
	try := func(m []int, year, month, day int) {
		if m[0] >= at || !validDate(year, month, day) {
			return
		}
		at = m[0]
		iso = fmt.Sprintf("%04d-%02d-%02d", year, month, day)
		text = s[m[0]:m[1]]
	}
	group := func(m []int, g int) string { return s[m[2*g]:m[2*g+1]] }
	for _, m := range monthDayYear.FindAllStringSubmatchIndex(s, -1) {
		if mo, ok := months[strings.ToLower(group(m, 1))]; ok {
			try(m, atoi(group(m, 3)), mo, atoi(group(m, 2)))
		}
	}
	for _, m := range dayMonthYear.FindAllStringSubmatchIndex(s, -1) {
		if mo, ok := months[strings.ToLower(group(m, 2))]; ok {
			try(m, atoi(group(m, 3)), mo, atoi(group(m, 1)))
		}
	}
	for _, m := range numericDate.FindAllStringSubmatchIndex(s, -1) {
		try(m, atoi(group(m, 3)), atoi(group(m, 2)), atoi(group(m, 1)))
	}
	for _, m := range isoDate.FindAllStringSubmatchIndex(s, -1) {
		// The match may hold the character after the date ("T06:04").
		m[1] = m[7]
		try(m, atoi(group(m, 1)), atoi(group(m, 2)), atoi(group(m, 3)))
	}
	return iso, text
}

// hasYear reports whether s holds four digits in a row.
func hasYear(s string) bool {
	run := 0
	for i := 0; i < len(s); i++ {
		if s[i] >= '0' && s[i] <= '9' {
			if run++; run == 4 {
				return true
			}
		} else {
			run = 0
		}
	}
	return false
}

// validDate rejects "31/02/2018" and years no news article has.
func validDate(year, month, day int) bool {
	if year < 1000 || year > 2999 || month < 1 || month > 12 || day < 1 {
		return false
	}
	t := time.Date(year, time.Month(month), day, 0, 0, 0, 0, time.UTC)
	return t.Day() == day && int(t.Month()) == month
}

func atoi(s string) int {
	n, err := strconv.Atoi(s)
	if err != nil {
		return 0
	}
	return n
}
