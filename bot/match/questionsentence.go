package match

import (
	"strings"

	"github.com/citebot/citebot/knowledge/french"
)

// « J'ai une question. Qui a qualifié Internet de force du bien ? », « Qui
// est Lu Wei ? C'est pour mon exposé. »: a message may say more than its
// question, in sentences of its own. Read whole, the statement's words
// stood in the question (« J'ai » took the question word's place, the
// kind went unread, « question » and « exposé » were words to find). The
// question is the message's sentences from the first that ends with a
// question mark to the last, when they hold questionMinWords words or
// more (« … un homme célèbre. Lequel ? » asks of the statement): the
// statements before and after go. A mark ends a sentence when a space or
// the end follows it (not « Amazon.com », « pre?mière »), and a full stop
// or an exclamation mark when a capital or a question word follows and
// no lone letter or title precedes it (not « M. Nee », « Creatures Inc.
// est-elle »).

// questionSentences returns the tokens [from, to) of the message's
// question sentences (see above); 0 and len(toks) when it asks none with
// a question mark. toks are text's.
func questionSentences(text string, toks []french.Token) (from, to int) {
	first, last, start := -1, -1, 0
	for k := 1; k <= len(toks); k++ {
		end := len(text)
		if k < len(toks) {
			end = toks[k].Start
		}
		gap := text[toks[k-1].End:end]
		if k < len(toks) && !endsSentence(gap, toks[k-1], toks[k:]) {
			continue
		}
		if strings.Contains(gap, "?") {
			if first < 0 {
				first = start
			}
			last = k
		}
		start = k
	}
	if first < 0 || last-first < questionMinWords {
		return 0, len(toks)
	}
	return first, last
}

// endsSentence reports a sentence that ends between the word prev and
// the words after it, rest, with gap between them (see above).
func endsSentence(gap string, prev french.Token, rest []french.Token) bool {
	switch {
	case !strings.ContainsAny(gap, " \t\n"):
		return false
	case strings.Contains(gap, "?"):
		return true
	case !strings.ContainsAny(gap, ".!"):
		return false
	}
	return (startsUpper(rest[0].Text) || opensQuestion(rest)) && len([]rune(prev.Text)) > 1 && !french.IsNameTitle(prev.Fold)
}
