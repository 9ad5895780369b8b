package match

import (
	"strings"

	"github.com/citebot/citebot/knowledge"
	"github.com/citebot/citebot/knowledge/french"
)

// "Comment le prince est-il chassé ?": a question that asks how is
// answered by the phrase of means or manner that follows the question's
// words in the cited sentence, « … est chassé du trône par un coup
// d'État », « … en acceptant son offre de mariage », « grâce à une
// stratégie plus prudente », to the end of the clause.

// mannerAnswer is the phrase of manner the cited sentence gives after the
// question's words (see above), verbatim, or "".
func (m *Matcher) mannerAnswer(q *question, s *knowledge.Sentence) string {
	toks := french.Tokenize(s.Text)
	asked := make([]bool, len(toks))
	cur := m.base.StemCursor(s)
	last := -1
	for i, t := range toks {
		st := m.stemAt(&cur, t.Start, t.Fold)
		if asked[i] = m.questionStem(q, st); asked[i] {
			last = i
		}
	}
	if last < 0 {
		return ""
	}
	for j := last + 1; j < len(toks) && j <= last+mannerReach; j++ {
		if clauseBreak(s.Text[toks[j-1].End:toks[j].Start]) {
			return ""
		}
		if !mannerOpening(toks, j) {
			continue
		}
		end := j + 1
		for end < len(toks) && !clauseBreak(s.Text[toks[end-1].End:toks[end].Start]) {
			end++
		}
		return copulaSpan(s.Text, toks, asked, j, end)
	}
	return ""
}

// mannerOpening reports a word that opens a phrase of means or manner at
// token j: « par », « avec », « sans », « grâce à », « en » before a
// gerund (« en acceptant »; not « en 1846 »).
func mannerOpening(toks []french.Token, j int) bool {
	switch toks[j].Fold {
	case "par", "avec", "sans":
		return true
	case "grace":
		return j+1 < len(toks) && (toks[j+1].Fold == "a" || toks[j+1].Fold == "au" || toks[j+1].Fold == "aux")
	case "en":
		return j+1 < len(toks) && strings.HasSuffix(toks[j+1].Fold, "ant")
	}
	return false
}
