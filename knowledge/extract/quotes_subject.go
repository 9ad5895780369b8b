package extract

import (
	"strings"

	"github.com/citebot/citebot/knowledge/article"
	"github.com/citebot/citebot/knowledge/french"
)

// beforeCue reads the clause before a quotation in toks[from:to]: "X a
// déclaré que «", "Il a appelé à … «", "soulignant que … «", "selon X, «".
// It also reports whether the cue verb is followed by "que", the sign of
// reported speech rather than a word set off in quotation marks.
func (st *speakerState) beforeCue(es *sentence, from, to int, prev attribution) (attribution, bool) {
	toks := es.toks
	// "… justifiée ainsi par Georges Kaldy : «", "explique Jean Dupont : «":
	// a person named just before the quotation speaks it.
	k := to
	for k > from && toks[k-1].Is(":", ",") {
		k--
	}
	if k < to {
		for _, m := range es.mentions {
			if m.kind == article.Person && m.tokEnd == k {
				return st.named(m), true
			}
		}
	}
	for v := to - 1; v >= from; v-- {
		t := toks[v]
		if !t.Word {
			continue
		}
		if isSelon(toks, v) || isPourCue(toks, v, to) {
			return st.phraseAfter(es, v+1, to), false
		}
		if !french.IsSpeechVerb(t.Fold) {
			continue
		}
		// "ont appelé à poursuivre «…»": an infinitive after "à" or "de"
		// depends on the verb before it, which has the subject.
		if v > from && (toks[v-1].Text == "à" || toks[v-1].Is("de", "d'")) && (strings.HasSuffix(t.Text, "er") || strings.HasSuffix(t.Text, "ir") || strings.HasSuffix(t.Text, "re")) {
			continue
		}
		hasQue := false
		for k := v + 1; k < to; k++ {
			if toks[k].Is("que", "qu'", ":") {
				hasQue = true
			}
		}
		return st.subjectOf(es, v, prev), hasQue
	}
	return attribution{}, false
}

// objectPronouns stand between a subject and its speech verb ("on
// l'appelle", "il le répète").
var objectPronouns = extractorWords("object-pronoun")

// namePrepositions make the name after them a complement, not the
// speaker ("à Londres", "pour Amnesty").
var namePrepositions = extractorWords("name-preposition")

// clauseConjunctions open a clause whose subject may follow ("mais
// Cameron a dit").
var clauseConjunctions = extractorWords("clause-conjunction")

// subjectOf finds who speaks through the verb at token v: a pronoun just
// before it, else a name earlier in the sentence, else the noun phrase
// that opens the sentence ("Les signataires … disent soutenir").
func (st *speakerState) subjectOf(es *sentence, v int, prev attribution) attribution {
	toks := es.toks
	i := v - 1
	// Object pronouns stand between the subject and the verb: "on
	// l'appelle", "il le répète".
	if i >= 0 && objectPronouns()[toks[i].Fold] {
		i--
	}
	for i >= 0 && isAux(toks[i]) && !subjectPronouns()[toks[i].Fold] {
		i--
	}
	if i >= 0 {
		if toks[i].Is("on") {
			// "on l'appelle «…»": nobody in particular.
			return attribution{found: true}
		}
		if subjectPronouns()[toks[i].Fold] || toks[i].Is("celui-ci", "celle-ci") ||
			toks[i].Is("dernier", "derniere") && i > 0 && toks[i-1].Is("ce", "cette") {
			return st.resolvePronoun("il")
		}
		if _, p, ok := splitInverted(toks[i].Fold); ok && subjectPronouns()[p] {
			return st.resolvePronoun(p)
		}
		if toks[i].Is("et") && prev.found {
			return prev
		}
	}
	preposition := func(m mention) bool {
		return m.tok > 0 && namePrepositions()[toks[m.tok-1].Fold]
	}
	pick := func(ok func(mention) bool) *mention {
		var best *mention
		for k := range es.mentions {
			m := &es.mentions[k]
			if m.tokEnd <= v && ok(*m) {
				best = m
			}
		}
		return best
	}
	if m := pick(func(m mention) bool { return m.kind == article.Person && !preposition(m) }); m != nil {
		return st.named(*m)
	}
	if m := pick(func(m mention) bool { return m.kind == article.Person }); m != nil {
		return st.named(*m)
	}
	if m := pick(func(m mention) bool {
		if m.kind == article.Person || preposition(m) {
			return false
		}
		return m.tok == 0 || clauseConjunctions()[toks[m.tok-1].Fold] || toks[m.tok-1].Is(",", ";", ":") ||
			m.tok == 1 && determiners()[toks[0].Fold]
	}); m != nil {
		return st.named(*m)
	}
	if len(toks) > 1 && determiners()[toks[0].Fold] && toks[0].Cap {
		j := 1
		for j < v && j < 5 && toks[j].Word && !st.lx.function[toks[j].Fold] && !looksVerb(toks[j]) {
			j++
		}
		if j > 1 {
			return st.phrase(es, 0, j)
		}
	}
	return attribution{}
}

// isPourCue reports "Pour X, «…»" at the start of a clause: the opinion
// of X follows.
func isPourCue(toks []french.Span, v, to int) bool {
	if !toks[v].Is("pour") || v > 0 && toks[v-1].Word {
		return false
	}
	for k := v + 1; k < to && k-v <= 6; k++ {
		if toks[k].Text == "," {
			return k == to-1 || k == to-2 && toks[to-1].Is(":")
		}
	}
	return false
}

// looksVerb reports a word with the ending of a conjugated verb
// ("considéraient", "déclarait"), which ends the subject noun phrase.
func looksVerb(t french.Span) bool {
	return len(t.Fold) > 5 && (strings.HasSuffix(t.Fold, "aient") || strings.HasSuffix(t.Fold, "ait"))
}
