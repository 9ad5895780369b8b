package match

import (
	"slices"
	"strings"
	"unicode"

	"github.com/citebot/citebot/knowledge"
	"github.com/citebot/citebot/knowledge/french"
)

// reading is a cited sentence as the short-answer rules read it: its
// words, their stems, and which of them are the question's words (the
// conversation's focus aside).
type reading struct {
	sentence *knowledge.Sentence
	text     string
	toks     []french.Token
	stems    []string
	asked    []bool
	// own marks the question's words as the asker wrote them (or their
	// spelling corrections), not a synonym: an answer may hold a
	// synonym of a question word, never the word itself.
	own []bool
	// last is the last of the question's words in the sentence, or -1.
	last int
	// lang is the matcher's: its lemmas tell a verb's forms.
	lang *language
}

// read reads the cited sentence for question q, once for all the rules
// that try it.
func (m *Matcher) read(q *question, s *knowledge.Sentence) *reading {
	if q.reading != nil && q.reading.sentence == s {
		return q.reading
	}
	if rooms := q.readRooms; rooms != nil {
		// The doubts read each candidate, the short-answer rules the
		// cited one again: a sentence already read is read once.
		for _, r := range (*rooms)[:min(q.readUsed, len(*rooms))] {
			if r.sentence == s {
				q.reading = r
				return r
			}
		}
	}
	// Each sentence read goes into a room of its own, as a rule may
	// still hold the one before: the ranking's pooled rooms while it
	// lasts.
	r := &reading{}
	if rooms := q.readRooms; rooms != nil {
		if q.readUsed < len(*rooms) {
			r = (*rooms)[q.readUsed]
		} else if len(*rooms) < scratchReads {
			*rooms = append(*rooms, r)
		}
		q.readUsed++
	}
	toks := french.TokenizeInto(r.toks, s.Text)
	*r = reading{sentence: s, text: s.Text, toks: toks, stems: slices.Grow(r.stems[:0], len(toks))[:len(toks)],
		asked: slices.Grow(r.asked[:0], len(toks))[:len(toks)], own: slices.Grow(r.own[:0], len(toks))[:len(toks)], last: -1, lang: &m.lang}
	q.reading = r
	cur := m.base.StemCursor(s)
	var room [askedRoom]string
	asked := q.appendAsked(room[:0])
	var ownRoom [askedRoom]string
	own := q.appendOwn(ownRoom[:0])
	for i, t := range toks {
		r.stems[i] = m.stemAt(&cur, t.Start, t.Fold)
		if r.asked[i] = askedStem(asked, r.stems[i]); r.asked[i] {
			r.last = i
		}
		r.own[i] = r.asked[i] && askedStem(own, r.stems[i])
	}
	return r
}

// holds reports whether token i is the question word t, in any of its
// forms.
func (r *reading) holds(t qterm, i int) bool {
	return slices.ContainsFunc(t.stems, func(a alt) bool { return a.Stem == r.stems[i] })
}

// first is the first token that is the question word t, or -1.
func (r *reading) first(t qterm) int {
	for i := range r.toks {
		if r.holds(t, i) {
			return i
		}
	}
	return -1
}

// gap is the text between token i-1 and token i.
func (r *reading) gap(i int) string { return r.text[r.toks[i-1].End:r.toks[i].Start] }

// openPhrase is the first phrase (see phrase) that opens, by opens, at
// most phraseReach words after the question's last word and in its
// clause; failing that, after the question's words before it (« un
// problème … a besoins des solutions …, … le monde a besoin d'agir »:
// the second « besoin » opens no phrase), else "".
func (r *reading) openPhrase(opens func(j int) bool, stop func(french.Token) bool) string {
	for last := r.last; last >= 0; last-- {
		if !r.asked[last] {
			continue
		}
		if j := r.openingAfter(last, opens); j >= 0 {
			if p := r.phrase(j, stop); p != "" {
				return p
			}
		}
	}
	return ""
}

// openingAfter is opening's search after the question word at token last.
func (r *reading) openingAfter(last int, opens func(j int) bool) int {
	for j := last + 1; j < len(r.toks) && j <= last+phraseReach; j++ {
		if r.breaks(j) && !(j == last+1 && closesName(r.gap(j))) || r.asked[j] {
			return -1
		}
		if opens(j) {
			return j
		}
	}
	return -1
}

// phrase is the words from token from to the end of the clause or the
// first word stop reports, less the stop words it ends on (« … à Meriden
// de »), when they can answer (span), else "". Words the phrase puts in
// quotation marks are part of it, with the marks (« se sont félicités du
// «consensus» dégagé », « sur une base «volontaire» »), when the marks
// close before the clause ends.
func (r *reading) phrase(from int, stop func(french.Token) bool) string {
	end, opened := from+1, -1
	for end < len(r.toks) && !stop(r.toks[end]) {
		if r.breaks(end) {
			if opened >= 0 || !onlyOpensQuote(r.gap(end)) {
				break
			}
			opened = end
		}
		end++
	}
	if opened >= 0 {
		if closing := quoteClosed(r.gapOrTail(end)); closing > 0 {
			if p := r.span(from, end); p != "" {
				return p + r.text[r.toks[end-1].End:r.toks[end-1].End+closing]
			}
			return ""
		}
		end = opened // the marks do not close: the phrase stops before them
	}
	for end > from+1 && french.IsStopWord(r.toks[end-1].Fold) {
		end--
	}
	return r.span(from, end)
}

// gapOrTail is the text after token end-1 up to token end, or to the
// sentence's end when end is past its last token.
func (r *reading) gapOrTail(end int) string {
	if end < len(r.toks) {
		return r.gap(end)
	}
	return r.text[r.toks[end-1].End:]
}

// onlyOpensQuote reports a gap between words that opens a quotation and
// does nothing else.
func onlyOpensQuote(gap string) bool {
	return opensQuote(gap) && strings.TrimFunc(gap, func(c rune) bool { return unicode.IsSpace(c) || strings.ContainsRune("«“\"", c) }) == ""
}

// quoteClosed is how many bytes of the gap after a quoted word run to
// the end of the quotation mark that closes it (its spaces before it
// too), or 0 when it does not start with one.
func quoteClosed(gap string) int {
	rest := strings.TrimLeftFunc(gap, unicode.IsSpace)
	for _, mark := range []string{"»", "”", "\""} {
		if strings.HasPrefix(rest, mark) {
			return len(gap) - len(rest) + len(mark)
		}
	}
	return 0
}

// span is the sentence's tokens from to end, as the sentence writes them,
// when they can answer: at most objectMaxWords words, a content word and
// no question word, not ending on a determiner or a preposition; else "".
func (r *reading) span(from, end int) string {
	words := r.toks[from:end]
	if len(words) == 0 || len(words) > objectMaxWords {
		return ""
	}
	content := false
	for i, t := range words {
		if r.own[from+i] {
			return ""
		}
		content = content || french.IsContent(t.Fold) && !isAnaphor(t.Fold)
	}
	if last := words[len(words)-1].Fold; !content || spanWords.classOf(last)&(classDet|classPrep) != 0 {
		return "" // « … considérés comme des » stops short of its noun
	}
	return r.text[words[0].Start:words[len(words)-1].End]
}

// breaks reports whether the gap before token j ends a clause: its
// punctuation does (clauseBreak), but for the full stop of a title before
// a name (« a rappelé M. Robinson au cours de … »).
func (r *reading) breaks(j int) bool {
	g := r.gap(j)
	return clauseBreak(g) && !(strings.TrimSpace(g) == "." && french.IsNameTitle(r.toks[j-1].Fold) && startsUpper(r.toks[j].Text))
}

// closesName reports the gap after a name in quotation marks (« un sommet
// “Govtech” sur … »): the clause goes on after it.
func closesName(gap string) bool {
	g := strings.TrimSpace(gap)
	return g == "”" || g == "»" || g == "\""
}

// tokensOf is the first and last tokens within bytes at to end, or -1.
func tokensOf(toks []french.Token, at, end int) (first, last int) {
	first, last = -1, -1
	for i, t := range toks {
		if t.End > at && t.Start < end {
			if first < 0 {
				first = i
			}
			last = i
		}
	}
	return first, last
}
