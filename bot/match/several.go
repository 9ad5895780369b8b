package match

import (
	"slices"
	"strings"

	"github.com/citebot/citebot/knowledge"
)

// « Quels pays ne figurent pas parmi les signataires ? »: a question that
// asks for several people, bodies or places is answered by the list the
// cited sentence gives, « la Chine, la Russie, et probablement les
// Etats-Unis », not by the one of them nearest the question's words.
// entityRun extends that one to the entities of the kinds asked that
// stand beside it joined by commas, « et » or « ou » (with their
// articles and an adverb: « et probablement les »), and quotes the
// sentence from the first to the last.

// asksSeveral reports a question that asks for several things: « Quels
// N … ? », « Lesquelles … ? », « Qui sont … ? ».
func asksSeveral(q *question) bool {
	for i, f := range q.folds {
		switch f {
		case "quels", "quelles", "lesquels", "lesquelles":
			return true
		case "qui":
			if i+1 < len(q.folds) && slices.Contains([]string{"sont", "etaient", "furent", "seront"}, q.folds[i+1]) {
				return true
			}
		}
	}
	return false
}

// entityRun is the list of entities of the kinds asked that the sentence
// joins to the short answer a (see above), verbatim, or "" when a is no
// such entity or stands alone.
func (m *Matcher) entityRun(q *question, s *knowledge.Sentence, kinds []knowledge.EntityKind, a string) string {
	at := strings.Index(s.Text, a)
	if at < 0 {
		return ""
	}
	var room [16]byteSpan
	spans := room[:0]
	for _, mn := range m.base.Facts(s).Mentions() {
		if slices.Contains(kinds, mn.Entity.Kind) && !q.namesEntity(mn.Entity) && !q.inQuestion(mn.Text) {
			spans = occurrences(spans, s.Text, mn.Text, mn.Entity.Kind)
		}
	}
	slices.SortFunc(spans, func(x, y byteSpan) int {
		if x.start != y.start {
			return x.start - y.start
		}
		return y.end - x.end // the longer first
	})
	// One span for each stretch of text: a name inside a longer one
	// (« Russie » in « Fédération de Russie ») is no item of its own.
	items := spans[:0]
	for _, sp := range spans {
		if len(items) == 0 || sp.start >= items[len(items)-1].end {
			items = append(items, sp)
		}
	}
	items = glossed(s.Text, items)
	i := slices.IndexFunc(items, func(sp byteSpan) bool { return sp.start <= at && at < sp.end })
	if i < 0 {
		return ""
	}
	lo, hi := i, i
	for lo > 0 && listGap(s.Text[items[lo-1].end:items[lo].start]) {
		lo--
	}
	for hi+1 < len(items) && listGap(s.Text[items[hi].end:items[hi+1].start]) {
		hi++
	}
	if lo == hi {
		return ""
	}
	return s.Text[items[lo].start:items[hi].end]
}

// listGap reports the text between two items of a list: a comma, « et »
// or « ou », and besides them only articles, « de » and one adverb in
// -ment (« , et probablement les »), at most listGapBytes long.
func listGap(g string) bool {
	if len(g) > listGapBytes {
		return false
	}
	joined, adverb := false, false
	for _, w := range strings.FieldsFunc(g, func(r rune) bool { return r == ' ' || r == '\u00a0' || r == '\'' || r == '’' }) {
		for _, part := range strings.SplitAfter(w, ",") {
			switch p := strings.ToLower(part); {
			case p == "":
			case p == ",":
				joined = true
			case p == "et" || p == "ou" || p == "et," || p == "ou,":
				joined = true
			case listArticle(strings.TrimSuffix(p, ",")):
			case !adverb && strings.HasSuffix(strings.TrimSuffix(p, ","), "ment"):
				adverb = true
			default:
				return false
			}
		}
	}
	return joined
}

// listArticle reports a word a list's item may open with besides its
// name: « la Chine, la Russie », « de France et d'Allemagne ».
func listArticle(w string) bool {
	switch w {
	case "le", "la", "les", "l", "de", "d", "du", "des", "à", "a", "au", "aux":
		return true
	}
	return false
}

// glossed joins to an item the name that follows it in brackets, its
// other name (« Alphabet (Google) »), which is no item of its own.
func glossed(text string, items []byteSpan) []byteSpan {
	out := items[:0]
	for k := 0; k < len(items); k++ {
		it := items[k]
		if k+1 < len(items) {
			next := items[k+1]
			if strings.TrimSpace(text[it.end:next.start]) == "(" && strings.HasPrefix(text[next.end:], ")") {
				it.end = next.end + 1
				k++
			}
		}
		out = append(out, it)
	}
	return out
}
