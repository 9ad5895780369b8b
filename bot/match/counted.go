package match

import (
	"strings"

	"github.com/citebot/citebot/knowledge"
	"github.com/citebot/citebot/knowledge/french"
)

// withCounted is the number picked, as written, with what it counts up
// to the words of the question (« plus de 60 pays », « 130 grandes
// sociétés », « huit d'entre les prisonniers »): a count is read with its
// noun, the line a student copies. The number alone when it does not
// count what the question counts, or its unit is not where it ends.
func (m *Matcher) withCounted(q *question, s *knowledge.Sentence, pick string) string {
	if q.counted == "" {
		return pick
	}
	for _, n := range m.base.Facts(s).Numbers {
		if n.Text != pick || m.countsSame(q, n.Unit) != 2 {
			continue
		}
		at := strings.Index(s.Text, n.Text)
		if at < 0 {
			return pick
		}
		end := at + len(n.Text)
		u := strings.Index(s.Text[end:], n.Unit)
		if u < 0 || u > maxUnitGap {
			return pick
		}
		unit, last := end+u, -1
	units:
		for _, t := range french.Tokenize(n.Unit) {
			switch {
			case t.Kind != french.Word || !french.IsContent(t.Fold):
			case q.hasStem(m.an.Stem(t.Fold)):
				last = t.End
			case last >= 0:
				break units
			}
		}
		if last < 0 {
			return pick
		}
		return s.Text[at : unit+last]
	}
	return pick
}

// maxUnitGap is how many bytes may part a number from its unit: the words
// the extractor skips, « d'entre les », « autres ».
const maxUnitGap = len(" d'entre leurs ")
