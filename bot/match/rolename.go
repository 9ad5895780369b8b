package match

import (
	"slices"

	"github.com/citebot/citebot/knowledge"
	"github.com/citebot/citebot/knowledge/french"
)

// "Qui était le commandant de Treblinka ?": a question that asks who holds
// a role is answered by the name the cited sentence writes right after
// the role and its complement, « … du commandant de Treblinka, Franz
// Stangl, … », « sa marraine Sofiana ». The name is a run of capitalised
// words (with « de », « d' » inside), none of them the question's.

// roleFrame returns the index in folds of the role noun when the question
// opens with « qui est / était / sont / fut » and a determiner, else -1.
func roleFrame(folds []string) int {
	i := 0
	for i < len(folds) && matchWords.objectSkip[folds[i]] {
		i++
	}
	if i+3 < len(folds) && folds[i] == "qui" && matchWords.copulas[folds[i+1]] && spanWords.class[folds[i+2]]&classDet != 0 {
		return i + 3
	}
	return -1
}

// roleName is the name the cited sentence writes after the role the
// question asks about (see above), or "".
func (m *Matcher) roleName(q *question, s *knowledge.Sentence) string {
	at := roleFrame(q.folds)
	if at < 0 {
		return ""
	}
	role := slices.IndexFunc(q.terms, func(t qterm) bool { return t.pos == at && t.ent == nil })
	if role < 0 {
		return ""
	}
	toks := french.Tokenize(s.Text)
	asked := make([]bool, len(toks))
	cur := m.base.StemCursor(s)
	head := -1
	for i, t := range toks {
		st := m.stemAt(&cur, t.Start, t.Fold)
		asked[i] = m.questionStem(q, st)
		if head < 0 && slices.ContainsFunc(q.terms[role].stems, func(a alt) bool { return a.Stem == st }) {
			head = i
		}
	}
	if head < 0 {
		return ""
	}
	// The role's complement: question words and the words that join them
	// (« de Treblinka », « de la Louisiane »).
	j := head + 1
	for j < len(toks) && (asked[j] || nameGlue(toks[j].Fold)) && !clauseBreak(s.Text[toks[j-1].End:toks[j].Start]) {
		j++
	}
	if j >= len(toks) || j > head+1 && nameGlue(toks[j-1].Fold) {
		return ""
	}
	if g := s.Text[toks[j-1].End:toks[j].Start]; clauseBreak(g) && g != ", " {
		return ""
	}
	end := j
	for end < len(toks) && (startsUpper(toks[end].Text) && !asked[end] || end > j && joinsNames(toks, end)) &&
		(end == j || !clauseBreak(s.Text[toks[end-1].End:toks[end].Start])) {
		end++
	}
	for end > j && joinsNames(toks, end-1) && !startsUpper(toks[end-1].Text) {
		end--
	}
	if end == j || end-j > namingMaxWords {
		return ""
	}
	return s.Text[toks[j].Start:toks[end-1].End]
}

// joinsNames reports a lower-case word at token k inside a name, or « et »
// between two (« Anne et Joachim »).
func joinsNames(toks []french.Token, k int) bool {
	return nameGlue(toks[k].Fold) || toks[k].Fold == "et" && k+1 < len(toks) && startsUpper(toks[k+1].Text)
}

// nameGlue reports a lower-case word that may sit inside a name (« de »,
// « d' », « la »).
func nameGlue(fold string) bool { return matchWords.nameGlue[fold] }
