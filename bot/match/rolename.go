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
	return m.nameRun(s.Text, toks, asked, j)
}

// nameWord reports a capitalised word that may be part of a name: not a
// word the articles write in lower case elsewhere, as the one opening a
// sentence may be (« La », « Il », « Trois »).
func (m *Matcher) nameWord(t french.Token) bool {
	return startsUpper(t.Text) && !french.IsStopWord(t.Fold) && t.Kind != french.Elision && !m.base.CommonWord(t.Fold)
}

// joinsNames reports a lower-case word at token k inside a name, or « et »
// between two (« Anne et Joachim »).
func joinsNames(toks []french.Token, k int) bool {
	return nameGlue(toks[k].Fold) || toks[k].Fold == "et" && k+1 < len(toks) && startsUpper(toks[k+1].Text)
}

// nameGlue reports a lower-case word that may sit inside a name (« de »,
// « d' », « la »).
func nameGlue(fold string) bool { return matchWords.nameGlue[fold] }

// "Qui fonda l'évêché de Riga ?": a question that asks who did something
// is answered by the agent the cited sentence gives the question's verb,
// « l'évêché de Riga, fondé par Albert de Buxhoeveden », or by its
// subject, « Albert de Buxhoeveden fonda l'évêché », when that is a name.

// agentFrame returns the index in folds of the verb when the question
// opens with « qui » and a verb (not « qui est »), else -1.
func agentFrame(folds []string) int {
	i := 0
	for i < len(folds) && matchWords.objectSkip[folds[i]] {
		i++
	}
	if i+1 < len(folds) && folds[i] == "qui" && !matchWords.copulas[folds[i+1]] {
		if auxiliary(folds[i+1]) && i+2 < len(folds) {
			return i + 2 // « qui a fondé »
		}
		return i + 1
	}
	return -1
}

// agentName is the name of who did what the question asks (see above),
// or "".
func (m *Matcher) agentName(q *question, s *knowledge.Sentence) string {
	at := agentFrame(q.folds)
	if at < 0 {
		return ""
	}
	verb := slices.IndexFunc(q.terms, func(t qterm) bool { return t.pos == at && t.ent == nil })
	if verb < 0 || q.terms[verb].cap {
		return "" // « Qui Pétunia supplie-t-elle ? » asks whom
	}
	toks := french.Tokenize(s.Text)
	asked, isVerb := make([]bool, len(toks)), make([]bool, len(toks))
	cur := m.base.StemCursor(s)
	for i, t := range toks {
		st := m.stemAt(&cur, t.Start, t.Fold)
		asked[i] = m.questionStem(q, st)
		isVerb[i] = slices.ContainsFunc(q.terms[verb].stems, func(a alt) bool { return a.Stem == st })
	}
	// The agent of any occurrence of the verb first, then a subject.
	for v := range toks {
		if isVerb[v] && v+2 < len(toks) && toks[v+1].Fold == "par" {
			if name := m.nameRun(s.Text, toks, asked, v+2); name != "" {
				return name
			}
		}
	}
	for v := range toks {
		if isVerb[v] {
			if name := m.subjectName(s.Text, toks, asked, v); name != "" {
				return name
			}
		}
	}
	return ""
}

// subjectName is the name right before the verb at token v (and its
// auxiliary) when it is the verb's whole subject, or "".
func (m *Matcher) subjectName(text string, toks []french.Token, asked []bool, v int) string {
	start := v
	for start > 0 && (matchWords.copulas[toks[start-1].Fold] || auxiliary(toks[start-1].Fold)) {
		start--
	}
	if start == 0 || clauseBreak(text[toks[start-1].End:toks[start].Start]) {
		return ""
	}
	first := start - 1
	for first > 0 && (m.nameWord(toks[first-1]) || joinsNames(toks, first-1)) &&
		!clauseBreak(text[toks[first-1].End:toks[first].Start]) {
		first--
	}
	for first < start && !m.nameWord(toks[first]) {
		first++
	}
	if first == start || first > 0 && !clauseBreak(text[toks[first-1].End:toks[first].Start]) && !spanWords.determiners[toks[first-1].Fold] {
		return "" // not the whole subject
	}
	return m.nameRun(text, toks[:start], asked, first)
}

// nameRun is the run of capitalised words (with « de », « d' », « et »
// between them) that starts at token j, none of them a question word, or
// "".
func (m *Matcher) nameRun(text string, toks []french.Token, asked []bool, j int) string {
	end := j
	for end < len(toks) && (m.nameWord(toks[end]) && !asked[end] || end > j && joinsNames(toks, end)) &&
		(end == j || !clauseBreak(text[toks[end-1].End:toks[end].Start])) {
		end++
	}
	for end > j && joinsNames(toks, end-1) && !startsUpper(toks[end-1].Text) {
		end--
	}
	if end == j || end-j > namingMaxWords {
		return ""
	}
	return text[toks[j].Start:toks[end-1].End]
}
