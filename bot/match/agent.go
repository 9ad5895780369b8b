package match

import (
	"slices"
	"strings"

	"github.com/citebot/citebot/knowledge"
	"github.com/citebot/citebot/knowledge/french"
)

// "Qui a fondé le FC Internazionale Milano ?": the cited sentence often
// puts the question's verb in the passive and its agent, a noun phrase
// rather than a name, after « par »: « Le FC Internazionale Milano a été
// fondé en 1908 par des dirigeants dissidents de l'AC Milan ». agentName
// takes only a name right after the participle; agentPhrase takes the
// phrase « par » opens a few words after it (« fut commandée en 1910 par
// Frank Woolworth », « fondé entre autres par le père de la poétesse »).

// agentPhrase is the phrase after « par » that follows the question's
// verb in the cited sentence (see above), or "". The verb is the
// question's word or, by the lemma table, any form of the same verb
// (« commanda » and « commandée » have no stem in common), and a verb: a
// noun the verb's stem met has no agent (« une victoire de l'armée
// écossaise menée par Robert Bruce » for « Qui a gagné … ? »).
func (m *Matcher) agentPhrase(q *question, s *knowledge.Sentence) string {
	at := agentFrame(q.folds)
	if at < 0 {
		return ""
	}
	verb, fold := agentVerb(q), q.folds[at]
	if verb < 0 && !m.lang.verbForm(fold) || m.lang.frameVerb(fold) {
		return "" // « Qui doit nommer … ? » asks of another verb
	}
	r := m.read(q, s)
	// The question's verbs looked up once, and each word of the sentence
	// once, for sameVerb and verbForm both.
	var qBuf, tBuf [4]string
	verbs := m.lang.verbLemmas(qBuf[:0], fold)
	for v := range r.toks {
		held := verb >= 0 && r.holds(q.terms[verb], v)
		if !held && len(verbs) == 0 {
			continue
		}
		t := r.toks[v].Fold
		lemmas := m.lang.lemmas.Lemmas(tBuf[:0], t)
		if !held && !sharesVerb(verbs, lemmas) || !slices.ContainsFunc(lemmas, func(l string) bool { return isVerbLemma(l, t) }) {
			continue
		}
		if j := r.agentAfter(v, m.lang.otherParticiple); j >= 0 && !(verb >= 0 && r.saidOfOther(v, q.terms[verb])) {
			if p := r.phrase(j, agentStop); p != "" {
				return p
			}
		}
	}
	return ""
}

// doneToOther reports whether the sentence says the question's verb only
// of something else than what the question asks about: each time in the
// passive with its agent or as a participle alone (« le Forum sur la paix
// organisé par Emmanuel Macron ») said of another thing (saidOfOther),
// never in the active. Whoever the sentence names did not do what the
// question asks: « Qui a organisé le sommet Govtech ? » has no short
// answer there.
func (m *Matcher) doneToOther(q *question, s *knowledge.Sentence) bool {
	verb := agentVerb(q)
	if verb < 0 {
		return false
	}
	r := m.read(q, s)
	found := false
	for v, t := range r.toks {
		if !r.holds(q.terms[verb], v) {
			continue
		}
		// A participle alone or with its agent; « est arrivé » may be
		// active, its subject before it.
		alone := !r.afterAuxiliary(v)
		byAgent := v+1 < len(r.toks) && r.toks[v+1].Fold == "par"
		if !pastParticiple(t.Text) || !alone && !byAgent || !r.saidOfOther(v, q.terms[verb]) {
			return false
		}
		found = true
	}
	return found
}

// doneToOtherIn is doneToOther for a sentence of ranking r: one that
// holds no form of the question's verb, as the ranking matched it, is not
// read (tokenized and stemmed again) to find that out.
func (m *Matcher) doneToOtherIn(r *ranking, s *knowledge.Sentence) bool {
	verb := agentVerb(r.q)
	if verb < 0 || m.matches(r, s)[verb] == 0 {
		return false
	}
	return m.doneToOther(r.q, s)
}

// afterAuxiliary reports a participle at token v with a form of « avoir »
// or a copula before it in its clause: right before it, or before a run of
// participles it is coordinated with and adverbs in « -ment »
// (« les Mangemorts ont capturé et tué Emmeline Vance », « Beaujeu aurait
// restitué l'Ordre », « a finalement organisé »), at most auxiliaryReach
// words back.
func (r *reading) afterAuxiliary(v int) bool { return r.auxiliaryOf(v) != "" }

// afterAvoir reports a participle at token v whose auxiliary (as
// afterAuxiliary reads it) is a form of « avoir »: the active voice
// (« a été fondée » is the passive).
func (r *reading) afterAvoir(v int) bool {
	aux := r.auxiliaryOf(v)
	return aux != "ete" && avoirForm(aux)
}

// auxiliaryOf is the folded auxiliary or copula afterAuxiliary finds
// before the participle at token v, or "".
func (r *reading) auxiliaryOf(v int) string {
	for j := v - 1; j >= 0 && j >= v-auxiliaryReach; j-- {
		if strings.ContainsAny(r.gap(j+1), ",;:()") {
			return ""
		}
		t := r.toks[j]
		switch {
		case avoirForm(t.Fold) || matchWords.copulas.Has(t.Fold):
			return t.Fold
		case t.Fold != "et" && t.Fold != "ou" && !pastParticiple(t.Text) && !adverbInMent(t.Fold):
			return ""
		}
	}
	return ""
}

// saidOfOther reports whether the participle at token v is said of
// something else than what the question asks about: the question's other
// words (as the asker wrote them) come after it, and none stands in the
// agentBack words before it (words in brackets not counted) within its
// stretch of the sentence. « Qui a organisé le sommet Govtech ? » is not answered by
// « le Forum sur la paix organisé par Emmanuel Macron, … et le sommet
// Govtech ».
func (r *reading) saidOfOther(v int, verb qterm) bool {
	// The asker's own words: a synonym before the participle (« le
	// Forum » for « sommet ») says less than the word itself after it.
	other := func(j int) bool { return r.own[j] && !r.holds(verb, j) }
	after := false
	for j := v + 1; j < len(r.toks); j++ {
		after = after || other(j)
	}
	if !after {
		return false
	}
	depth, seen := 0, 0
	for j := v - 1; j >= 0 && seen < agentBack; j-- {
		if depth == 0 {
			if other(j) {
				return false
			}
			seen++
		}
		if j == 0 {
			break
		}
		g := r.gap(j)
		if strings.ContainsAny(g, ";:") {
			break
		}
		// Read backwards, a closing bracket opens what is not counted.
		depth = max(0, depth-strings.Count(g, "(")) + strings.Count(g, ")")
	}
	return true
}

// pastParticiple reports a word written as the past participle of a verb
// in « -er », the most of them (« organisés », « fondée »).
func pastParticiple(word string) bool {
	w := strings.ToLower(word)
	for _, end := range []string{"é", "ée", "és", "ées"} {
		if strings.HasSuffix(w, end) {
			return true
		}
	}
	return false
}

// agentAfter is the token after the « par » that follows the verb at
// token v by at most agentReach words of its clause, none a verb, another
// participle (« critiqué les pratiques véhiculées par Pékin »: Pékin is
// véhiculées' agent, not critiqué's) or a pronoun, when it opens a noun
// phrase; else -1.
func (r *reading) agentAfter(v int, otherVerb func(french.Token) bool) int {
	for j := v + 1; j+1 < len(r.toks) && j <= v+agentReach; j++ {
		t := r.toks[j]
		if r.breaks(j) || spanWords.classOf(t.Fold)&classVerb != 0 || participle(t.Fold) || otherVerb(t) || subjectBreak(t.Fold) {
			return -1
		}
		if t.Fold == "par" && parLocution(r.toks[j+1:]) {
			continue
		}
		if t.Fold == "par" {
			// « par de nombreux groupes »: « de » before an adjective
			// is a determiner too.
			if f := r.toks[j+1].Fold; r.breaks(j+1) || !opensNounPhrase(r.toks[j+1]) && f != "de" && f != "d" {
				return -1
			}
			return j + 1
		}
	}
	return -1
}

// otherParticiple reports a past participle that the lemma table reads
// only as a form of a verb (« véhiculées », not « armée » or « année »).
func (l language) otherParticiple(t french.Token) bool {
	return pastParticiple(t.Text) && l.onlyVerb(t.Fold)
}

// agentStop ends an agent's phrase at a verb, a relative or personal
// pronoun, a word that opens a purpose or a contrast (« … par Frank
// Woolworth qui désirait … »), or a preposition other than « de », which
// opens a circumstance (« par Albert de Buxhoeveden dans la Terra
// Mariana »).
func agentStop(t french.Token) bool {
	return spanWords.classOf(t.Fold)&(classVerb|classPrep) != 0 && !samePreposition("de", t) ||
		subjectBreak(t.Fold) || t.Fold == "afin" || t.Fold == "mais"
}

// sameVerb reports two folded words the lemma table reads as forms of
// one verb (« commanda », « commandée »: « commander »).
func (l language) sameVerb(a, b string) bool {
	var bufA, bufB [4]string
	return sharesVerb(l.verbLemmas(bufA[:0], a), l.lemmas.Lemmas(bufB[:0], b))
}

// sharesVerb reports whether one of the verbs a word is a form of
// (verbLemmas) is among another word's lemmas.
func sharesVerb(verbs, lemmas []string) bool {
	return slices.ContainsFunc(verbs, func(v string) bool { return slices.Contains(lemmas, v) })
}

// questionVerb reports whether a folded word of a sentence is a form of
// a verb of the question's words, folds: a word no determiner opens
// (« l'enquête » is a noun).
func (m *Matcher) questionVerb(folds []string, word string) bool {
	for k, f := range folds {
		noun := k > 0 && (folds[k-1] == "l" || spanWords.classOf(folds[k-1])&classDet != 0)
		if !noun && m.lang.sameVerb(f, word) {
			return true
		}
	}
	return false
}

// parLocution reports words after « par » that make an adverbial
// locution with it (« par exemple », « par la suite »), not an agent.
func parLocution(toks []french.Token) bool {
	if len(toks) > 1 && (toks[0].Fold == "la" || toks[0].Fold == "le") {
		toks = toks[1:]
	}
	return len(toks) > 0 && matchWords.parLocutions.Has(toks[0].Fold)
}
