package match

import (
	"slices"
	"strings"

	"github.com/citebot/citebot/knowledge"
	"github.com/citebot/citebot/knowledge/french"
)

// « une série de conférences qui seront accueillies par la Hongrie en 2012
// et la République de Corée en 2013 »: two names joined by « et », each
// with its own qualifier. « Qui accueillera la conférence en 2013 ? » asks
// for the one whose qualifier the question repeats, not for the first
// after « par ». pairedMember swaps a short answer for the other member
// of such a pair when the question holds words of the other's qualifier
// and none of its own.

// pairedMember is the second member of the pair of names that short
// answer a opens when the question holds its qualifier, or a.
func (m *Matcher) pairedMember(q *question, s *knowledge.Sentence, a string) string {
	at := strings.Index(s.Text, a)
	if at < 0 {
		return a
	}
	r := m.read(q, s)
	_, last := tokensOf(r.toks, at, at+len(a))
	if last < 0 {
		return a
	}
	if other, from, ok := pairAfter(q, r, m.base.Facts(s).Mentions(), last); ok {
		return r.text[r.toks[from].Start:r.toks[other].End]
	}
	return a
}

// pairAfter reads « QUAL et [DET] NAME QUAL2 » after the member that ends
// at token last: it returns the last token of NAME and the token its
// answer opens with (its determiner when it has one), when the question
// holds a word of QUAL2 and none of QUAL.
func pairAfter(q *question, r *reading, names []knowledge.Mention, last int) (end, from int, ok bool) {
	own, et := qualifier(r, last+1)
	if et >= len(r.toks) || r.toks[et].Fold != "et" || strings.TrimSpace(r.gap(et)) != "" || holdsAny(q, own) {
		return 0, 0, false
	}
	from = et + 1
	name := from
	for name < len(r.toks) && determiner(r.toks[name]) && strings.TrimSpace(r.gap(name)) == "" {
		name++
	}
	if name >= len(r.toks) {
		return 0, 0, false
	}
	end = mentionEnd(r, names, name)
	if end < 0 {
		return 0, 0, false
	}
	other, _ := qualifier(r, end+1)
	if !holdsAny(q, other) {
		return 0, 0, false
	}
	return end, from, true
}

// qualifier is the run of at most pairReach tokens from token i to the
// next punctuation mark or « et », and the token after it.
func qualifier(r *reading, i int) ([]french.Token, int) {
	j := i
	for j < len(r.toks) && j < i+pairReach+1 && r.toks[j].Fold != "et" && (j == 0 || strings.TrimSpace(r.gap(j)) == "") {
		j++
	}
	if j == i || j > i+pairReach {
		return nil, len(r.toks)
	}
	return r.toks[i:j], j
}

// holdsAny reports a content word or number of toks that the question
// writes.
func holdsAny(q *question, toks []french.Token) bool {
	return slices.ContainsFunc(toks, func(t french.Token) bool {
		return !french.IsStopWord(t.Fold) && slices.Contains(q.folds, t.Fold)
	})
}

// mentionEnd is the last token of the name that opens at token i, or -1.
func mentionEnd(r *reading, names []knowledge.Mention, i int) int {
	at := r.toks[i].Start
	for _, mn := range names {
		if strings.HasPrefix(r.text[at:], mn.Text) {
			if _, last := tokensOf(r.toks, at, at+len(mn.Text)); last >= 0 {
				return last
			}
		}
	}
	return -1
}
