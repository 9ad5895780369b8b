package knowledge

import (
	"cmp"
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/citebot/citebot/knowledge/french"
)

// MaxSentenceRunes is the longest sentence, in characters, that a citation may
// quote (the answer contract's limit). Longer sentences are cut.
const MaxSentenceRunes = 600

// splitSentences cuts a paragraph into sentences. Each sentence is a
// verbatim substring of p with its surrounding space trimmed, the sentences
// come in text order, and only the white space between them is lost, so that
// any sentence can be quoted as it stands in the source.
func splitSentences(p string) []string {
	quoted := quotedSpans(p)
	var out []string
	start := 0
	for i := 0; i < len(p); {
		r, size := utf8.DecodeRuneInString(p[i:])
		if !isTerminal(r) {
			i += size
			continue
		}
		end, next, ok := sentenceEnd(p, i, quoted)
		if ok {
			out = appendSentence(out, p[start:end])
			start = next
		}
		i = max(end, i+size)
	}
	return appendSentence(out, p[start:])
}

// appendSentence adds a trimmed sentence, cut to the citation limit.
func appendSentence(out []string, s string) []string {
	s = strings.TrimFunc(s, isSpace)
	if s == "" {
		return out
	}
	return cutLong(out, s)
}

// sentenceEnd decides whether the terminal mark at p[i] ends a sentence. It
// returns where the sentence ends (after the run of terminal marks and the
// closing quotes or brackets that follow) and where the next one starts.
func sentenceEnd(p string, i int, quoted []span) (end, next int, ok bool) {
	end = markRunEnd(p, i)
	next = skipSpace(p, end)
	switch {
	case next == end || next >= len(p):
		// No space after the marks ("14.5", "6:04", "www.x.fr"), or the
		// paragraph ends here anyway.
		return end, next, false
	case !startsSentence(p[next:]):
		// ", a déclaré X", "etc. et", "(...) nous": the sentence goes on.
		return end, next, false
	case inQuotation(quoted, i, end):
		// A balanced quotation is one sentence, however many full stops it
		// holds: «Ce n'est pas ... gouvernements. Nous avons ...».
		return end, next, false
	}
	ellipsis := strings.HasPrefix(p[i:], "…") || strings.HasPrefix(p[i:], "...")
	if !ellipsis && p[i] == '.' && isAbbreviation(wordBefore(p, i), p[next:]) {
		return end, next, false
	}
	if ellipsis && i > 0 {
		// "(...)" and "[…]" mark words left out of a quotation.
		if prev, _ := utf8.DecodeLastRuneInString(p[:i]); prev == '(' || prev == '[' {
			return end, next, false
		}
	}
	return end, next, true
}

// markRunEnd returns the end of the run of marks that starts at p[i]: "?!",
// "...", "!»", ". »" (French typography puts a space before a closing
// guillemet, so a space may come before a closing mark).
func markRunEnd(p string, i int) int {
	end := i
	for j := i; j < len(p); {
		r, size := utf8.DecodeRuneInString(p[j:])
		if isTerminal(r) || closesHere(p, j) {
			j += size
			end = j
			continue
		}
		if !isSpace(r) {
			break
		}
		k := skipSpace(p, j)
		if k >= len(p) || !closesHere(p, k) {
			break
		}
		j = k
	}
	return end
}

// isTerminal reports a mark that can end a sentence.
func isTerminal(r rune) bool {
	return r == '.' || r == '!' || r == '?' || r == '…'
}

// isCloser reports a closing quotation mark or bracket, which belongs to the
// sentence it closes.
func isCloser(r rune) bool {
	switch r {
	case '»', '”', '"', ')', ']', '’', '›':
		return true
	}
	return false
}

// isSpace is the white space that separates words, no-break spaces of
// French typography included. It matches what Python's str.isspace calls
// space (the scorer folds that), so that joining or trimming at it never
// makes a quote that the scorer cannot find.
func isSpace(r rune) bool { return unicode.IsSpace(r) || r >= 0x1c && r <= 0x1f }

func skipSpace(p string, i int) int {
	for i < len(p) {
		r, size := utf8.DecodeRuneInString(p[i:])
		if !isSpace(r) {
			break
		}
		i += size
	}
	return i
}

// startsSentence reports whether s can begin a new sentence: a capital, a
// digit, an opening quotation mark, or a dialogue dash. A small letter after
// a full stop means an abbreviation or a typo, not a new sentence; a bracket
// after a full stop opens an aside or a credit about the sentence before it
// ("... les signataires. (Michel Rose, édité par Arthur Connan)"), so it
// stays with that sentence.
func startsSentence(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	switch r {
	case '«', '“', '„', '"', '-', '–', '—', '¿', '¡', '‹':
		return true
	}
	return unicode.IsUpper(r) || unicode.IsDigit(r)
}

// wordBefore returns the token that ends at p[i] (the word an abbreviation
// dot follows), back to a space or an opening bracket.
func wordBefore(p string, i int) string {
	j := i
	for j > 0 {
		r, size := utf8.DecodeLastRuneInString(p[:j])
		if isSpace(r) || r == '(' || r == '[' || r == '«' || r == '“' || r == '"' || r == '\'' || r == '’' {
			break
		}
		j -= size
	}
	return p[j:i]
}

// titles and abbreviations end with a full stop that does not end the
// sentence. Titles always precede a name (which starts with a capital, so
// they need a list); the abbreviations are usually followed by a small
// letter anyway, but a capital or a number after "cf." or "et al." must not
// cut either. "etc." is left out on purpose: it often ends a sentence.
var abbreviations = markedWords("abbreviations.tsv", "abbreviation")

// numberAbbreviations stand before a number ("vol. 3", "no. 5", "art. 12").
// They are also plain words ("le vol.", "l'art."), so they only hold the
// sentence together when a number follows.
var numberAbbreviations = markedWords("abbreviations.tsv", "number-abbreviation")

// markedWords returns one list of french.MarkedWords, read the first time
// it is asked for: a start that reads an index file cleans and splits
// nothing, so it reads none of the cleaner's lists.
func markedWords(file, list string) func() map[string]bool {
	return sync.OnceValue(func() map[string]bool { return french.MarkedWords(file, list) })
}

// isAbbreviation reports whether the word w before a full stop, with next
// the text after the following space, makes the stop an abbreviation point
// rather than a sentence end.
func isAbbreviation(w, next string) bool {
	if abbreviations()[w] {
		return true
	}
	if numberAbbreviations()[w] {
		r, _ := utf8.DecodeRuneInString(next)
		return unicode.IsDigit(r)
	}
	// "J.-C." ends "52 av. J.-C. Le général ..." as often as not, so a
	// sentence may end there like after any word.
	if strings.HasSuffix(w, "J.-C") {
		return false
	}
	last, size := utf8.DecodeLastRuneInString(w)
	// Initials and one-letter abbreviations: "J. R. R. Tolkien", "G. W.
	// Bush", "p. ex.", "s. d.". A sentence rarely ends on a lone letter.
	if size == len(w) && unicode.IsLetter(last) {
		return true
	}
	// Dotted forms: "c.-à-d.", "U.S.", "p.ex.": the word already holds a
	// point, so this one closes the abbreviation.
	return strings.Contains(w, ".") && unicode.IsLetter(last) && utf8.RuneCountInString(w) <= 8
}

// span is a balanced quotation: the byte offsets of its opening and closing
// marks.
type span struct{ open, close int }

// quotedSpans finds the balanced quotations of p. Marks that have no partner
// (002's closing » without an opening one, a quotation the scraper cut) are
// left out, so that they never hold the rest of a paragraph together, and so
// are quotations longer than a citation, which must be cut at their
// sentences anyway.
func quotedSpans(p string) []span {
	var spans []span
	var guillemets, doubles []int
	closeWith := func(stack *[]int, at int) {
		if n := len(*stack); n > 0 {
			open := (*stack)[n-1]
			*stack = (*stack)[:n-1]
			if at-open <= maxSpanBytes && utf8.RuneCountInString(p[open:at]) <= MaxSentenceRunes {
				spans = append(spans, span{open, at})
			}
		}
	}
	for i, r := range p {
		switch r {
		case '«':
			guillemets = append(guillemets, i)
		case '»':
			closeWith(&guillemets, i)
		case '“', '„':
			doubles = append(doubles, i)
		case '”', '"':
			// Both serve as opening marks in scraped text (001 writes
			// l’”appel de Paris ...”): read the direction from the context.
			if opensHere(p, i) {
				doubles = append(doubles, i)
			} else {
				closeWith(&doubles, i)
			}
		}
	}
	return spans
}

// opensHere reports whether the quotation mark at p[i] opens a quotation:
// it follows a space, a bracket or an apostrophe (or starts the text) and a
// word follows it.
func opensHere(p string, i int) bool {
	_, size := utf8.DecodeRuneInString(p[i:])
	next, _ := utf8.DecodeRuneInString(p[i+size:])
	if i+size >= len(p) || isSpace(next) || unicode.IsPunct(next) && next != '\'' && next != '’' {
		return false
	}
	if i == 0 {
		return true
	}
	prev, _ := utf8.DecodeLastRuneInString(p[:i])
	return isSpace(prev) || prev == '(' || prev == '[' || prev == '\'' || prev == '’' || prev == '-' || prev == '–' || prev == '—'
}

// closesHere reports whether p[k] is a closing mark, not a mark that opens
// the next quotation: a word must not follow it.
func closesHere(p string, k int) bool {
	r, size := utf8.DecodeRuneInString(p[k:])
	if !isCloser(r) {
		return false
	}
	next, _ := utf8.DecodeRuneInString(p[k+size:])
	return k+size >= len(p) || !unicode.IsLetter(next) && !unicode.IsDigit(next)
}

// maxSpanBytes bounds the bytes of a quotation of at most MaxSentenceRunes
// characters (4 bytes each at most), so that long stretches are never
// counted rune by rune.
const maxSpanBytes = 4 * MaxSentenceRunes

// inQuotation reports whether a sentence end at [at, end) falls inside a
// balanced quotation that it does not close. The spans are in the order of
// their closing marks and none is longer than maxSpanBytes, so only those
// closing in [end, end+maxSpanBytes] can hold it.
func inQuotation(spans []span, at, end int) bool {
	i, _ := slices.BinarySearchFunc(spans, end, func(s span, end int) int { return cmp.Compare(s.close, end) })
	for _, s := range spans[i:] {
		if s.close > end+maxSpanBytes {
			break
		}
		if s.open < at {
			return true
		}
	}
	return false
}

// cutLong appends s, cut into pieces of at most MaxSentenceRunes characters. It
// cuts at "; " or ": " first (they separate clauses), else at the ", "
// nearest the middle, else at the space nearest the middle; a piece without
// any space cannot be cut and is kept whole.
func cutLong(out []string, s string) []string {
	if utf8.RuneCountInString(s) <= MaxSentenceRunes {
		return append(out, s)
	}
	at := cutPoint(s)
	if at <= 0 || at >= len(s) {
		return append(out, s)
	}
	out = cutLong(out, strings.TrimFunc(s[:at], isSpace))
	return cutLong(out, strings.TrimFunc(s[at:], isSpace))
}

// cutPoint returns the byte offset after the best separator of s, or -1.
func cutPoint(s string) int {
	mid := len(s) / 2
	for _, seps := range [][]string{{"; ", ": "}, {", "}, {" "}} {
		best := -1
		for _, sep := range seps {
			for i := 0; ; {
				k := strings.Index(s[i:], sep)
				if k < 0 {
					break
				}
				at := i + k + len(sep)
				if at < len(s) && (best < 0 || abs(at-mid) < abs(best-mid)) {
					best = at
				}
				i += k + len(sep)
			}
		}
		if best > 0 {
			return best
		}
	}
	// Any other white space (tabs, no-break spaces) as a last resort.
	best := -1
	for i, r := range s {
		if isSpace(r) && i > 0 && (best < 0 || abs(i-mid) < abs(best-mid)) {
			best = i
		}
	}
	return best
}

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}
