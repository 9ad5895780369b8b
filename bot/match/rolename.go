package match

import (
	"slices"
	"strings"

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
	i := frameStart(folds)
	if i+3 < len(folds) && folds[i] == "qui" && matchWords.copulas.Has(folds[i+1]) && spanWords.classOf(folds[i+2])&classDet != 0 {
		return i + 3
	}
	return -1
}

// roleName is the name the cited sentence writes after the role the
// question asks about (see above), or "". Where the sentence names the
// role more than once, the first that its complement follows is read
// (« le Premier ministre Bob Hawke et le ministre des finances Paul
// Keating » for « Qui était le ministre des finances ? »), else the first.
func (m *Matcher) roleName(q *question, s *knowledge.Sentence) string {
	at := roleFrame(q.folds)
	if at < 0 {
		return ""
	}
	role := q.wordAt(at)
	if role < 0 {
		return ""
	}
	r := m.read(q, s)
	first := ""
	for head := range r.toks {
		if !r.holds(q.terms[role], head) {
			continue
		}
		name, complement := m.nameAfterRole(r, head)
		if complement && name != "" {
			return name
		}
		if first == "" {
			first = name
		}
	}
	if first != "" {
		return first
	}
	for head := range r.toks {
		if r.holds(q.terms[role], head) {
			if name := m.nameBeforeRole(r, head); name != "" {
				return name
			}
		}
	}
	return ""
}

// nameBeforeRole is the name the role at token head is apposed to, or
// "": « Han Zheng, maire de la municipalité de Shanghai ». Not with a
// determiner, which lists as often (« le parrain est le pape Pie IX, la
// marraine la reine Victoria »), nor a place (« les guerres d'Italie, le
// roi … »), nor before a verb the role's stem met.
func (m *Matcher) nameBeforeRole(r *reading, head int) string {
	if head == 0 || r.gap(head) != ", " || m.lang.onlyVerb(r.toks[head].Fold) {
		return ""
	}
	first := head - 1
	for first > 0 && (m.nameWord(r.toks[first-1]) || joinsNames(r.toks, first-1)) && !r.breaks(first) {
		first--
	}
	for first < head && !m.nameWord(r.toks[first]) {
		first++
	}
	if first == head {
		return ""
	}
	name := m.nameRunBefore(r, first, head)
	if m.knownOtherKind(name, []knowledge.EntityKind{knowledge.Person}) {
		return ""
	}
	return name
}

// nameAfterRole is the name written after the role at token head and its
// complement, and whether a complement stood between them.
func (m *Matcher) nameAfterRole(r *reading, head int) (string, bool) {
	// The role's complement: question words and the words that join them
	// (« de Treblinka », « de la Louisiane »).
	j := head + 1
	for j < len(r.toks) && (r.asked[j] || nameGlue(r.toks[j].Fold)) && !r.breaks(j) {
		j++
	}
	complement := j > head+1
	if j >= len(r.toks) || complement && nameGlue(r.toks[j-1].Fold) {
		return "", false
	}
	if g := r.gap(j); clauseBreak(g) && g != ", " {
		return "", false
	}
	if matchWords.copulas.Has(r.toks[j].Fold) && j+1 < len(r.toks) {
		// « … le nouveau directeur sportif est le Belge Hilaire … »
		j++
		if j+1 < len(r.toks) && spanWords.classOf(r.toks[j].Fold)&classDet != 0 {
			j++
		}
	}
	return m.nameRun(r, j), complement
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
func nameGlue(fold string) bool { return matchWords.nameGlue.Has(fold) }

// "Qui fonda l'évêché de Riga ?": a question that asks who did something
// is answered by the agent the cited sentence gives the question's verb,
// « l'évêché de Riga, fondé par Albert de Buxhoeveden », or by its
// subject, « Albert de Buxhoeveden fonda l'évêché », when that is a name.

// agentFrame returns the index in folds of the verb when the question
// opens with « qui » and a verb (not « qui est »), else -1.
func agentFrame(folds []string) int {
	i := frameStart(folds)
	if i+1 < len(folds) && folds[i] == "qui" && !matchWords.copulas.Has(folds[i+1]) {
		if auxiliary(folds[i+1]) && i+2 < len(folds) {
			if i+3 < len(folds) && adverbInMent(folds[i+2]) {
				return i + 3 // « qui a fermement approuvé »
			}
			return i + 2 // « qui a fondé »
		}
		return i + 1
	}
	return -1
}

// agentVerb is the index in q.terms of the verb a « Qui V … ? » question
// asks who did, or -1 (« Qui Pétunia supplie-t-elle ? » asks whom).
func agentVerb(q *question) int {
	at := agentFrame(q.folds)
	if at < 0 {
		return -1
	}
	verb := q.wordAt(at)
	if verb < 0 || q.terms[verb].cap {
		return -1
	}
	return verb
}

// agentName is the name of who did what the question asks (see above),
// or "".
func (m *Matcher) agentName(q *question, s *knowledge.Sentence) string {
	verb := agentVerb(q)
	if verb < 0 {
		return ""
	}
	r := m.read(q, s)
	// The agent of any occurrence of the verb first, then a subject.
	for v := range r.toks {
		if r.holds(q.terms[verb], v) && v+2 < len(r.toks) && r.toks[v+1].Fold == "par" && !r.saidOfOther(v, q.terms[verb]) {
			if name := m.nameRun(r, v+2); name != "" {
				return name
			}
		}
	}
	for v := range r.toks {
		// A participle alone or after « être » says the name before it
		// underwent the verb (« une version du Coran rejetée par … »).
		passive := pastParticiple(r.toks[v].Text) && !r.afterAvoir(v)
		if r.holds(q.terms[verb], v) && !passive {
			if name := m.subjectName(r, v); name != "" {
				return name
			}
		}
	}
	return ""
}

// subjectName is the name right before the verb at token v (and its
// auxiliary) when it is the verb's whole subject, or "".
func (m *Matcher) subjectName(r *reading, v int) string {
	start := v
	for start > 0 && (matchWords.copulas.Has(r.toks[start-1].Fold) || auxiliary(r.toks[start-1].Fold)) {
		start--
	}
	if start > 0 && r.gap(start) == ", " {
		// « Jean Cabot, au service de l'Angleterre, a exploré »; the
		// name between the commas when it is one (« Le président du
		// Conseil, Bernard Pellarin, oppose »).
		end := start
		if start = r.inciseStart(start); start <= 0 {
			return ""
		}
		if name := m.nameRunBefore(r, start, end); name != "" && r.toks[end-1].End == r.toks[start].Start+len(name) {
			return name
		}
	} else if start == 0 || r.breaks(start) {
		return ""
	}
	first := start - 1
	for first > 0 && (m.nameWord(r.toks[first-1]) || joinsNames(r.toks, first-1)) && !r.breaks(first) {
		first--
	}
	for first < start && !m.nameWord(r.toks[first]) {
		first++
	}
	if first == start || first > 0 && !r.breaks(first) && !spanWords.determiners.Has(r.toks[first-1].Fold) {
		return "" // not the whole subject
	}
	return m.nameRunBefore(r, first, start)
}

// inciseStart is, for a clause going on at token end after a comma, the
// token that opens the phrase between commas before it (« Jean Cabot,
// au service de l'Angleterre, a … »): at most appositionMax words, no
// verb; else -1.
func (r *reading) inciseStart(end int) int {
	for j := end - 1; j > 0 && end-j <= appositionMax; j-- {
		t := r.toks[j]
		if spanWords.classOf(t.Fold)&classVerb != 0 || participle(t.Fold) || subjectBreak(t.Fold) {
			return -1
		}
		switch g := r.gap(j); {
		case g == ", ":
			return j
		case r.breaks(j):
			return -1
		}
	}
	return -1
}

// nameRun is the run of capitalised words (with « de », « d' », « et »
// between them) that starts at token j, none of them a question word, or
// "".
func (m *Matcher) nameRun(r *reading, j int) string { return m.nameRunBefore(r, j, len(r.toks)) }

// nameRunBefore is nameRun ending before token limit.
func (m *Matcher) nameRunBefore(r *reading, j, limit int) string {
	end := j
	for end < limit && (m.nameWord(r.toks[end]) && !r.asked[end] || end > j && joinsNames(r.toks, end)) &&
		(end == j || !r.breaks(end)) {
		end++
	}
	for end > j && joinsNames(r.toks, end-1) && !startsUpper(r.toks[end-1].Text) {
		end--
	}
	if end == j || end-j > namingMaxWords {
		return ""
	}
	return r.text[r.toks[j].Start:r.toks[end-1].End]
}

// agentSubject is, for « Qui V … ? », the noun phrase the cited sentence
// gives as V's subject when no name does V (« Le gouvernement chinois
// bloque … »: a body, a group), or "". The phrase opens with a determiner
// or a name, holds no verb (where V's stem met a noun, the words back to
// the clause's start are no subject), and is no pronoun (« ce dernier »).
func (m *Matcher) agentSubject(q *question, s *knowledge.Sentence) string {
	verb := agentVerb(q)
	if verb < 0 {
		return ""
	}
	r := m.read(q, s)
	v := r.verbGroup(q.terms[verb])
	if v < 0 {
		return ""
	}
	start := r.subjectStart(v, copulaReach)
	if start < 0 || !opensNounPhrase(r.toks[start]) {
		return ""
	}
	words := r.toks[start:v]
	if len(words) == 2 && matchWords.pronounHeads.Has(words[1].Fold) {
		return ""
	}
	for _, t := range words {
		if auxiliary(t.Fold) || matchWords.copulas.Has(t.Fold) || participle(t.Fold) || m.lang.onlyVerb(t.Fold) {
			return ""
		}
	}
	if a := r.span(start, v); !q.inQuestion(a) {
		return a
	}
	return ""
}

// opensNounPhrase reports a word that may open a subject's noun phrase: a
// determiner (« le », « l' », « ses ») or a capitalised word that is no
// function word (a name, « Pierre Dugua de Mons »).
func opensNounPhrase(t french.Token) bool {
	return determiner(t) || startsUpper(t.Text) && !french.IsStopWord(t.Fold)
}

// agentNounName is, for « Qui V X ? », the name the cited sentence apposes
// to V's noun of agent followed by the question's words (« le fondateur
// de l'évêché, Albert », « Albert, fondateur de l'évêché »: derivations.txt
// relates the noun to the verb), or "".
func (m *Matcher) agentNounName(q *question, s *knowledge.Sentence) string {
	verb := agentVerb(q)
	if verb < 0 || m.lang.lex == nil || len(q.terms[verb].stems) == 0 {
		return ""
	}
	derived := m.lang.lex.Derived(q.terms[verb].stems[0].Stem)
	if len(derived) == 0 {
		return ""
	}
	r := m.read(q, s)
	for head := range r.toks {
		if !agentNoun(r.toks[head].Fold) || !slices.Contains(derived, r.stems[head]) {
			continue
		}
		if head+1 >= len(r.toks) || !r.asked[head+1] && !(head+2 < len(r.toks) && nameGlue(r.toks[head+1].Fold) && r.asked[head+2]) {
			continue // another's agent (« inventeur du moteur » for « Qui a inventé le cube ? »)
		}
		if name, _ := m.nameAfterRole(r, head); name != "" {
			return name
		}
		if name := m.nameBeforeRole(r, head); name != "" {
			return name
		}
	}
	return ""
}

// agentNoun reports a noun of agent by its suffix (« fondateur »,
// « créatrice », « signataire »).
func agentNoun(fold string) bool {
	for _, end := range []string{"eur", "eurs", "euse", "euses", "rice", "rices", "aire", "aires"} {
		if strings.HasSuffix(fold, end) {
			return true
		}
	}
	return false
}
