package match

import (
	"slices"
	"strings"
	"unicode"

	"github.com/citebot/citebot/knowledge"
	"github.com/citebot/citebot/knowledge/french"
)

// "Quand Robert Haldane est-il mort ?": an encyclopedia writes a life, a
// reign or an institution's years in brackets right after its name,
// « Robert Haldane (28 février 1764 – 12 décembre 1842) est … »,
// « Jean Riolan le Jeune (1577-1657) », « Leonardo Fibonacci (v. 1175 à
// Pise - v. 1250) »: a question about when it began is answered by the
// date before the dash, one about when it ended by the date after it, not
// by the date nearest the question's words.

// lifespanDate is the date in brackets right after a name the question gives
// on the side of the dash the question's phase asks for (see above), or
// "".
func (m *Matcher) lifespanDate(q *question, s *knowledge.Sentence) string {
	if q.kind != kindDate || q.phase == noPhase {
		return ""
	}
	for _, e := range q.names {
		// The whole name: a relative's shares the surname (« son
		// grand-père Jacques Cheynet (1679-1760) »).
		if _, end := spacedIndex(s.Text, e.Name); end >= 0 {
			if d := m.bracketSide(s, afterAsked(q, s.Text, end), q.phase); d != "" {
				return d
			}
		}
	}
	return ""
}

// afterAsked is where the words the question also gives that follow
// text[:at] end, at most nameTail of them (« Jean Riolan le Jeune »
// for the name « Jean Riolan »).
func afterAsked(q *question, text string, at int) int {
	for range nameTail {
		rest := strings.TrimLeft(text[at:], " \u00a0")
		n := strings.IndexAny(rest, " \u00a0(")
		if n <= 0 || !slices.Contains(q.folds, french.Fold(rest[:n])) {
			break
		}
		at = len(text) - len(rest) + n
	}
	return at
}

// bracketSide reads the brackets that open right after text[:at] (spaces
// between) and, when they hold two dates either side of a dash, returns
// the one of phase: the first for its start, the second for its end.
func (m *Matcher) bracketSide(s *knowledge.Sentence, at int, p phase) string {
	rest := strings.TrimLeft(s.Text[at:], " \u00a0")
	if !strings.HasPrefix(rest, "(") {
		return ""
	}
	open := len(s.Text) - len(rest) + 1
	closing := strings.IndexByte(s.Text[open:], ')')
	if closing < 0 {
		return ""
	}
	inside := s.Text[open : open+closing]
	dash, width := rangeDash(inside)
	if dash < 0 {
		return ""
	}
	from, to := open, open+dash // the side asked for, in s.Text
	if p == endPhase {
		from, to = open+dash+width, open+closing
	}
	if !strings.ContainsFunc(s.Text[from:to], unicode.IsDigit) || !strings.ContainsFunc(s.Text[open:open+dash], unicode.IsDigit) {
		return ""
	}
	for _, d := range m.base.Facts(s).Dates() {
		if strings.Contains(s.Text[from:to], d.Text) {
			return d.Text
		}
	}
	return yearRun(s.Text[from:to])
}

// rangeDash is where the dash between the two dates of a bracket stands,
// and its width in bytes: an en or em dash, or a hyphen with a digit or a
// space before it and a space or a digit after it (not the one inside
// « Saint-Malo »); -1 when there is none.
func rangeDash(inside string) (int, int) {
	if i := strings.IndexAny(inside, "–—"); i >= 0 {
		return i, len("–")
	}
	for i := 1; i+1 < len(inside); i++ {
		if inside[i] != '-' {
			continue
		}
		before, after := rune(inside[i-1]), rune(inside[i+1])
		if (unicode.IsDigit(before) || before == ' ') && (unicode.IsDigit(after) || after == ' ') {
			return i, 1
		}
	}
	return -1, 0
}
