package match

import (
	"strings"

	"github.com/citebot/citebot/knowledge"
	"github.com/citebot/citebot/knowledge/french"
)

// "Combien d'acteurs américains participent à l'appel ?": when the cited
// sentence gives no number of what is counted, a word of quantity right
// before it answers as the sentence does, « de nombreux acteurs
// américains », « des dizaines d'États », « plusieurs pays ».

// vagueCount is the phrase of quantity (with « de » or « des » before it)
// and the counted noun the sentence writes, « de nombreux acteurs », or "".
func (m *Matcher) vagueCount(q *question, s *knowledge.Sentence) string {
	if !mayCountVaguely(s.Text) {
		return ""
	}
	toks := french.Tokenize(s.Text)
	for i, t := range toks {
		if !matchWords.vagueQuantities.Has(t.Fold) {
			continue
		}
		n := i + 1
		if n+1 < len(toks) && isDe(toks[n].Fold) {
			n++ // « des dizaines d'États »
		}
		if n >= len(toks) || m.an.Stem(toks[n].Fold) != q.counted || clauseBreak(s.Text[toks[n-1].End:toks[n].Start]) {
			continue
		}
		start := i
		if i > 0 && (toks[i-1].Fold == "de" || toks[i-1].Fold == "des") {
			start = i - 1
		}
		return s.Text[toks[start].Start:toks[n].End]
	}
	return ""
}

// mayCountVaguely reports whether text holds a word of quantity
// (matcher_words.tsv's vague-quantity words, all written without accents)
// in any case: a number question reads each of its candidate sentences
// for one, and cutting a sentence into words is the dearest step of the
// slowest ones, so a sentence without any is passed by.
func mayCountVaguely(text string) bool {
	lower := strings.ToLower(text)
	for _, w := range matchWords.vagueQuantities.Strs {
		if strings.Contains(lower, w) {
			return true
		}
	}
	return false
}
