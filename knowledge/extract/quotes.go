package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/citebot/citebot/knowledge/french"
)

// quoteSpan is one quotation found in one sentence. A quotation that runs
// over several sentences gives one span per sentence, linked by cont.
type quoteSpan struct {
	es *sentence
	// start and end delimit the quoted words (marks and outer spaces
	// excluded); markStart and markEnd the whole quotation, marks included.
	start, end         int
	markStart, markEnd int
	// cont is true when the quotation began in an earlier sentence, more
	// when it goes on in the next one.
	cont, more bool
	// unopened is true for a closing mark without an opening one ("Il
	// affirme que … », a déclaré M. Nee"): the quotation starts with the
	// sentence.
	unopened bool
}

// closers maps each opening quotation mark to the marks that close it.
var closers = map[rune]string{'«': "»", '“': "”“", '„': "“”", '”': "”", '"': "\""}

// findQuoteSpans finds the quotations of a paragraph's sentences, in order.
// A quotation left open at the end of a sentence goes on in the next one;
// at the end of the paragraph it stops.
func findQuoteSpans(para []*sentence) []quoteSpan {
	var out []quoteSpan
	var open rune
	for _, es := range para {
		text := es.s.Text
		contentStart, markStart := 0, 0
		cont := open != 0
		segStart := 0 // where an unopened quotation would start
		prev := ' '
		for i, r := range text {
			_, n := utf8.DecodeRuneInString(text[i:])
			if open == 0 {
				next, _ := utf8.DecodeRuneInString(text[i+n:])
				switch {
				case r == '«' || r == '“' || r == '„' || r == '"':
					open, contentStart, markStart, cont = r, i+n, i, false
				case r == '”' && french.IsWordRune(next) && !french.IsWordRune(prev) && !unicode.IsPunct(prev) || r == '”' && french.IsApostrophe(prev) && french.IsWordRune(next):
					open, contentStart, markStart, cont = r, i+n, i, false
				case r == '»' || r == '”':
					if q, ok := makeSpan(es, segStart, i, segStart, i+n); ok {
						q.unopened = true
						out = append(out, q)
					}
					segStart = i + n
				}
			} else if strings.ContainsRune(closers[open], r) {
				if q, ok := makeSpan(es, contentStart, i, markStart, i+n); ok {
					q.cont = cont
					out = append(out, q)
				}
				open, segStart = 0, i+n
			}
			prev = r
		}
		if open != 0 {
			if q, ok := makeSpan(es, contentStart, len(text), markStart, len(text)); ok {
				q.cont, q.more = cont, true
				out = append(out, q)
			}
		}
	}
	return out
}

// makeSpan trims the quoted words; it refuses a quotation without a letter
// or a digit.
func makeSpan(es *sentence, start, end, markStart, markEnd int) (quoteSpan, bool) {
	text := es.s.Text
	for start < end {
		r, n := utf8.DecodeRuneInString(text[start:])
		if !unicode.IsSpace(r) {
			break
		}
		start += n
	}
	for end > start {
		r, n := utf8.DecodeLastRuneInString(text[:end])
		if !unicode.IsSpace(r) {
			break
		}
		end -= n
	}
	if !strings.ContainsFunc(text[start:end], french.IsWordRune) {
		return quoteSpan{}, false
	}
	return quoteSpan{es: es, start: start, end: end, markStart: markStart, markEnd: markEnd}, true
}
