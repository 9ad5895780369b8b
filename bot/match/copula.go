package match

import (
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
		case quelWord(f):
			if i+1 < len(folds) && matchWords.copulas.Has(folds[i+1]) {
				return i + 1
			}
			return -1
		case matchWords.objectSkip.Has(f), attributed && i < copulaPrefixMax:
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
	head := q.wordAfter(verb, true)
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
	r := m.read(q, s)
	return r.copulaIf(q.terms[head], !picksOne(q.folds, q.terms[head].pos), true, r.notPassive)
}

// notPassive reports a predicate, from token from, that does not open
// with a verb's past participle, after an adverb or not (« Ce type de
// moteur est essentiellement utilisé sur … »): with « est », that is a
// passive verb, what is done with the subject, not what it is.
func (r *reading) notPassive(from int) bool {
	if strings.HasSuffix(r.toks[from].Fold, "ment") && from+1 < len(r.toks) {
		from++
	}
	t := r.toks[from]
	return !pastParticiple(t.Text) || !r.lang.verbForm(t.Fold)
}

// copula is what the sentence says the question's word head is: what
// follows « est » when forward, what precedes it when backward.
func (r *reading) copula(head qterm, forward, backward bool) string {
	return r.copulaIf(head, forward, backward, func(int) bool { return true })
}

// copulaIf is copula, with a predicate read forward only when keep
// accepts it by its first token (else the next « est » is tried).
func (r *reading) copulaIf(head qterm, forward, backward bool, keep func(from int) bool) string {
	for c, t := range r.toks {
		if !matchWords.copulas.Has(t.Fold) || c == 0 || c+1 >= len(r.toks) || negated(r.toks, c) || pronominal(r.toks, c) {
			continue
		}
		// « X est Y »: the head noun shortly before the verb, in its
		// clause.
		for k := c - 1; forward && k >= 0 && k >= c-copulaReach; k-- {
			if r.breaks(k + 1) {
				break
			}
			if r.holds(head, k) {
				if y := r.predicate(c + 1); y != "" && keep(c+1) {
					return y
				}
				break
			}
		}
		// « Y est X »: the head noun right after the verb.
		for k := c + 1; backward && k < len(r.toks) && k <= c+copulaReach/2; k++ {
			if clauseBreak(strings.Trim(r.gap(k), "«»\"“” \u00a0")) {
				break
			}
			if r.holds(head, k) {
				if y := r.subjectBefore(c); y != "" {
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
	return yesNoWords.negationEnd.Has(toks[c+1].Fold)
}

// pronominal reports a verb at token c that is the auxiliary of a
// pronominal verb (« une conférence … qui s'est ouverte mardi »): what
// follows is what the subject did, not what it is.
func pronominal(toks []french.Token, c int) bool {
	f := toks[c-1].Fold
	return f == "s" || f == "se"
}

// predicate is the sentence's words from token from to the end of the
// clause, when they make an answer (span).
func (r *reading) predicate(from int) string {
	if r.cataphor(from) {
		// « Le mot d'ordre était le suivant : démocratiser … »: the
		// predicate follows the colon, and is nothing without one.
		if from+2 >= len(r.toks) || strings.TrimSpace(r.gap(from+2)) != ":" {
			return ""
		}
		from += 2
	}
	end, and := from+1, -1
scan:
	for ; end < len(r.toks) && !r.breaks(end); end++ {
		switch f := r.toks[end].Fold; {
		case f == "et" || f == "mais" || f == "ou":
			and = end
		case matchWords.copulas.Has(f) && and > from:
			// « … est stagnante et l'accès est … »: the second
			// clause says something else.
			end = and
			break scan
		}
	}
	if !objectOpening(r.toks[from:end]) {
		return ""
	}
	for j := from; j < end; j++ {
		if r.own[j] {
			// « … est de constituer un groupe de télévisions régionales
			// dans le sud … »: the phrase before the question's word.
			for end = j; end > from && spanWords.classOf(r.toks[end].Fold)&classPrep == 0; end-- {
			}
			break
		}
	}
	if f := r.toks[from].Fold; end-from >= 2 && (f == "de" || f == "d") && r.lang.verbInfinitive(r.toks[from+1].Fold) {
		from++ // « est de constituer … »: the infinitive
	}
	return r.span(from, end)
}

// subjectBefore is the sentence's words before the verb at token verb,
// back to the clause's start or a « que » that opens it.
func (r *reading) subjectBefore(verb int) string {
	if start := r.subjectStart(verb, copulaReach); start >= 0 {
		return r.span(start, verb)
	}
	return ""
}

// subjectStart is where subjectBefore's words start, or -1 when they are
// no noun phrase.
func (r *reading) subjectStart(verb, reach int) int {
	start := verb
	for start > 0 && !r.breaks(start) && r.toks[start-1].Fold != "que" && r.toks[start-1].Fold != "qu" {
		start--
	}
	if c := spanWords.classOf(r.toks[start].Fold); verb-start > reach || verb > start && c&classPrep != 0 && c&classDet == 0 {
		return -1 // too long, or a circumstance (« Depuis la chapelle … »)
	}
	for _, t := range r.toks[start:verb] {
		if subjectBreak(t.Fold) {
			return -1 // a clause of its own (« Un autre facteur qui … »), not a noun phrase
		}
	}
	if start == verb {
		return -1
	}
	return start
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

// "Qu'est-ce qui indique une activité volcanique ?": a question that asks
// what does something is answered by the subject of the question's verb
// in the cited sentence, « Des fumerolles et des sources chaudes
// indiquent … », read back from the verb (and its auxiliary) to the
// clause's start, as « Y est X » is.

// subjectFrame returns the index in folds of « qui » when the question
// opens with « qu'est-ce qui » (after « et »), else -1.
func subjectFrame(folds []string) int {
	i := frameStart(folds)
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
	verb := q.wordAfter(at, true)
	if verb < 0 || q.terms[verb].pos != at+1 && !matchWords.copulas.Has(q.folds[at+1]) && !auxiliary(q.folds[at+1]) {
		return "" // the verb must follow « qui », or its auxiliary
	}
	r := m.read(q, s)
	v := r.verbGroup(q.terms[verb])
	if v < 0 {
		return ""
	}
	start := r.subjectStart(v, subjectReach)
	if start < 0 {
		return ""
	}
	for _, t := range r.toks[start:v] {
		if m.lang.onlyVerb(t.Fold) {
			return "" // a clause (« … occupe une place de plus en plus importante »)
		}
	}
	return r.span(start, v)
}

// verbGroup is where the question word verb first stands in the sentence
// with the auxiliary or copula before it (« a causé », « est situé »), or
// -1 when it is not there or nothing of its clause stands before it.
func (r *reading) verbGroup(verb qterm) int {
	v := r.first(verb)
	for v > 0 && (matchWords.copulas.Has(r.toks[v-1].Fold) || auxiliary(r.toks[v-1].Fold)) {
		v--
	}
	if v <= 0 || r.breaks(v) {
		return -1
	}
	return v
}

// participle reports « ayant » or « étant », the participles that open a
// clause of their own (« Kiel ayant également … »).
func participle(fold string) bool { return fold == "ayant" || fold == "etant" }

// auxiliary reports a form of « avoir » or « été » that may stand between
// a subject and its verb (« a causé », « ont été glissés »).
func auxiliary(fold string) bool {
	switch fold {
	case "a", "ont", "avait", "avaient", "eut", "eurent", "aura", "auront", "ete":
		return true
	}
	return false
}

// cataphor reports « le suivant », « la suivante », « les suivants » at
// token from: words that say the predicate comes after a colon.
func (r *reading) cataphor(from int) bool {
	if from+1 >= len(r.toks) {
		return false
	}
	switch r.toks[from].Fold {
	case "le", "la", "les":
	default:
		return false
	}
	return strings.HasPrefix(r.toks[from+1].Fold, "suivant")
}
