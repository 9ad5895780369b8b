package match

import (
	"slices"
	"strings"

	"github.com/citebot/citebot/knowledge"
	"github.com/citebot/citebot/knowledge/french"
)

// "Quel est le modèle chinois ?", "Selon lui, quel était l'objectif de la
// conférence ?": a question that asks what something is is answered by
// what the cited sentence says it is, on either side of a form of « être »:
// « le modèle chinois est celui du contrôle … » gives what follows it,
// « la cyber-sécurité est une priorité absolue » (« Quelle est la
// priorité absolue ? ») what stands before it, back to the clause's start.
// The question's first word after the verb (its head noun, « modèle »)
// must stand right beside the verb in the sentence: the same words
// further away say something else of it. The answer repeats no word of
// the question. A question that picks one among others (« Quel est le
// lac le plus connu ? », « Quelle est la protéine qui démarre … ? ») asks
// for a name, not for what its subject is: only what stands before
// « est » answers it.

// copulaFrame returns the index in folds of the question's verb when the
// question opens with « quel » and a form of « être » (after « et »,
// « selon lui », or « selon » and a name followed by a comma), else -1.
func copulaFrame(folds []string) int {
	attributed := false // after « selon »: its name
	for i, f := range folds {
		switch {
		case f == "quel" || f == "quelle" || f == "quels" || f == "quelles":
			if i+1 < len(folds) && matchWords.copulas[folds[i+1]] {
				return i + 1
			}
			return -1
		case matchWords.objectSkip[f], attributed && i < copulaPrefixMax:
			attributed = attributed || f == "selon"
			continue
		}
		return -1
	}
	return -1
}

// copulaSubject is the question's head noun: its first word after the
// verb, unless an attribution (« selon Biden ») comes first; -1 when
// there is none.
func copulaSubject(q *question, verb int) int {
	head := -1
	for k, t := range q.terms {
		if t.pos <= verb || focusTerm(t) {
			continue
		}
		if head < 0 || t.pos < q.terms[head].pos {
			head = k
		}
	}
	if head < 0 {
		return -1
	}
	for i := verb + 1; i < q.terms[head].pos; i++ {
		if q.folds[i] == "selon" {
			return -1
		}
	}
	return head
}

// picksOne reports a question that picks its subject among others: a
// relative clause or a superlative follows the head noun at word head.
func picksOne(folds []string, head int) bool {
	for i := head + 1; i < len(folds); i++ {
		switch folds[i] {
		case "qui", "que", "qu", "dont":
			return true
		case "plus", "moins":
			if f := folds[i-1]; f == "le" || f == "la" || f == "les" {
				return true
			}
		}
	}
	return false
}

// copulaAnswer is what the cited sentence says the question's subject is
// (see above), verbatim, or "".
func (m *Matcher) copulaAnswer(q *question, s *knowledge.Sentence) string {
	verb := copulaFrame(q.folds)
	if verb < 0 {
		return ""
	}
	head := copulaSubject(q, verb)
	if head < 0 {
		return ""
	}
	return m.copulaRead(q, s, head, !picksOne(q.folds, q.terms[head].pos), true)
}

// copulaRead is what the sentence says the question's word head is: what
// follows « est » when forward, what precedes it when backward.
func (m *Matcher) copulaRead(q *question, s *knowledge.Sentence, head int, forward, backward bool) string {
	toks := french.Tokenize(s.Text)
	isHead, asked := make([]bool, len(toks)), make([]bool, len(toks))
	cur := m.base.StemCursor(s)
	for i, t := range toks {
		st := m.stemAt(&cur, t.Start, t.Fold)
		asked[i] = m.questionStem(q, st)
		for _, a := range q.terms[head].stems {
			if a.Stem == st {
				isHead[i] = true
			}
		}
	}
	gap := func(i int) string { return s.Text[toks[i-1].End:toks[i].Start] }
	for c, t := range toks {
		if !matchWords.copulas[t.Fold] || c == 0 || c+1 >= len(toks) || negated(toks, c) {
			continue
		}
		// « X est Y »: the head noun shortly before the verb, in its
		// clause.
		for k := c - 1; forward && k >= 0 && k >= c-copulaReach; k-- {
			if clauseBreak(gap(k + 1)) {
				break
			}
			if isHead[k] {
				if y := copulaPredicate(s.Text, toks, asked, c+1); y != "" {
					return y
				}
				break
			}
		}
		// « Y est X »: the head noun right after the verb.
		for k := c + 1; backward && k < len(toks) && k <= c+copulaReach/2; k++ {
			if clauseBreak(strings.Trim(gap(k), "«»\"“” \u00a0")) {
				break
			}
			if isHead[k] {
				if y := copulaSubjectBefore(s.Text, toks, asked, c); y != "" {
					return y
				}
				break
			}
		}
	}
	return ""
}

// negated reports a verb at token c that a negation turns around (« n'est
// pas », « ne sont jamais »): what follows is what the subject is not.
func negated(toks []french.Token, c int) bool {
	if f := toks[c-1].Fold; f == "n" || f == "ne" {
		return true
	}
	return yesNoWords.negationEnd[toks[c+1].Fold]
}

// copulaPredicate is the sentence's words from token from to the end of
// the clause, when they make an answer (copulaSpan); asked marks the
// tokens that are question words.
func copulaPredicate(text string, toks []french.Token, asked []bool, from int) string {
	end, and := from, -1
	for end+1 < len(toks) && !clauseBreak(text[toks[end].End:toks[end+1].Start]) {
		end++
		switch f := toks[end].Fold; {
		case f == "et" || f == "mais" || f == "ou":
			and = end
		case matchWords.copulas[f] && and > from:
			// « … est stagnante et l'accès est … »: the second
			// clause says something else.
			if !objectOpening(toks[from:and]) {
				return ""
			}
			return copulaSpan(text, toks, asked, from, and)
		}
	}
	if !objectOpening(toks[from : end+1]) {
		return ""
	}
	return copulaSpan(text, toks, asked, from, end+1)
}

// copulaSubjectBefore is the sentence's words before the verb at token
// verb, back to the clause's start or a « que » that opens it.
func copulaSubjectBefore(text string, toks []french.Token, asked []bool, verb int) string {
	start := verb
	for start > 0 && !clauseBreak(text[toks[start-1].End:toks[start].Start]) &&
		toks[start-1].Fold != "que" && toks[start-1].Fold != "qu" {
		start--
	}
	if c := spanWords.class[toks[start].Fold]; verb-start > copulaReach || verb > start && c&classPrep != 0 && c&classDet == 0 {
		return "" // too long, or a circumstance (« Depuis la chapelle … »)
	}
	for _, t := range toks[start:verb] {
		if subjectBreak(t.Fold) {
			return "" // a clause of its own (« Un autre facteur qui … »), not a noun phrase
		}
	}
	return copulaSpan(text, toks, asked, start, verb)
}

// subjectBreak reports a relative or personal pronoun: the words before a
// verb that hold one are not its subject's noun phrase alone.
func subjectBreak(fold string) bool {
	switch fold {
	case "qui", "que", "qu", "lui", "leur", "y", "se", "s", "me", "m", "te", "t", "nous", "vous", "il", "elle", "ils", "elles", "on":
		return true
	}
	return false
}

// copulaSpan is the sentence's tokens from to end, as the sentence writes
// them, when they can answer: at most objectMaxWords words, a content word
// and no question word, not ending on a determiner or a preposition; else
// "".
func copulaSpan(text string, toks []french.Token, asked []bool, from, end int) string {
	span := toks[from:end]
	if len(span) == 0 || len(span) > objectMaxWords {
		return ""
	}
	content := false
	for i, t := range span {
		if asked[from+i] {
			return ""
		}
		content = content || french.IsContent(t.Fold) && !isAnaphor(t.Fold)
	}
	if last := span[len(span)-1].Fold; !content || spanWords.class[last]&(classDet|classPrep) != 0 {
		return "" // « … considérés comme des » stops short of its noun
	}
	return text[span[0].Start:span[len(span)-1].End]
}

// "Qu'est-ce qui indique une activité volcanique ?": a question that asks
// what does something is answered by the subject of the question's verb
// in the cited sentence, « Des fumerolles et des sources chaudes
// indiquent … », read back from the verb (and its auxiliary) to the
// clause's start, as « Y est X » is.

// subjectFrame returns the index in folds of « qui » when the question
// opens with « qu'est-ce qui » (after « et »), else -1.
func subjectFrame(folds []string) int {
	i := 0
	for i < len(folds) && matchWords.objectSkip[folds[i]] {
		i++
	}
	if i+3 < len(folds) && folds[i] == "qu" && folds[i+1] == "est" && folds[i+2] == "ce" && folds[i+3] == "qui" {
		return i + 3
	}
	return -1
}

// subjectAnswer is the subject the cited sentence gives to the
// question's verb (see above), verbatim, or "".
func (m *Matcher) subjectAnswer(q *question, s *knowledge.Sentence) string {
	at := subjectFrame(q.folds)
	if at < 0 {
		return ""
	}
	verb := -1
	for k, t := range q.terms {
		if t.pos > at && !focusTerm(t) && (verb < 0 || t.pos < q.terms[verb].pos) {
			verb = k
		}
	}
	if verb < 0 || q.terms[verb].pos != at+1 && !matchWords.copulas[q.folds[at+1]] && !auxiliary(q.folds[at+1]) {
		return "" // the verb must follow « qui », or its auxiliary
	}
	toks := french.Tokenize(s.Text)
	asked := make([]bool, len(toks))
	cur := m.base.StemCursor(s)
	v := -1
	for i, t := range toks {
		st := m.stemAt(&cur, t.Start, t.Fold)
		asked[i] = m.questionStem(q, st)
		if v < 0 && slices.ContainsFunc(q.terms[verb].stems, func(a alt) bool { return a.Stem == st }) {
			v = i
		}
	}
	for v > 0 && (matchWords.copulas[toks[v-1].Fold] || auxiliary(toks[v-1].Fold)) {
		v--
	}
	if v <= 0 || clauseBreak(s.Text[toks[v-1].End:toks[v].Start]) {
		return ""
	}
	return copulaSubjectBefore(s.Text, toks, asked, v)
}

// auxiliary reports a form of « avoir » or « été » that may stand between
// a subject and its verb (« a causé », « ont été glissés »).
func auxiliary(fold string) bool {
	switch fold {
	case "a", "ont", "avait", "avaient", "eut", "eurent", "aura", "auront", "ete":
		return true
	}
	return false
}
