package match

import (
	"slices"
	"strings"

	"github.com/citebot/citebot/knowledge"
	"github.com/citebot/citebot/knowledge/french"
)

// « Qui d'autre ? », « Et quel autre pays ? », « Quoi d'autre ? », "Who
// else?": the previous question asked again, for an answer that was not
// given yet. Read as a question of its own, it has no word to search for
// but the conversation's focus, and answered with the one already named
// (« Qui a parlé de force du bien ? » → Cameron; « Qui d'autre ? » →
// Cameron again, from his next sentence). It is answered from the
// previous question's candidates, less the sentences cited and the
// answers given; when none left is trusted, the articles say no more.

// otherWord reports a word that asks for another answer than those given.
func otherWord(fold string) bool {
	return fold == "autre" || fold == "autres" || fold == "else"
}

// another reports whether q, asked in conv, asks the previous question
// again for another answer: a word of otherWord, and besides it only the
// words its kind is asked with (« pays » of « Quel autre pays ? ») and
// the focus refer added.
func (m *Matcher) another(q *question, conv *Context) bool {
	if conv == nil || conv.Question == "" || aboutArticles(q) || !slices.ContainsFunc(q.folds, otherWord) {
		return false
	}
	row := q.kind.row()
	for _, t := range q.terms {
		if t.pos < 0 && t.ent != nil && t.ent == conv.Focus || otherWord(t.fold) || kindWord(row, t.fold) {
			continue
		}
		return false
	}
	return anotherOf(q.kind, q.kind) // a kind another answer can be asked of
}

// anotherOf reports whether a follow-up asking for another answer of kind
// k asks it of a previous question of kind prev: another person of a
// question whose answer was one, anything else of any question that
// cites a passage. Another date, number or reason is no other answer to
// the same question, and a yes or no has none.
func anotherOf(k, prev kind) bool {
	people := []kind{kindPerson, kindHuman, kindOrg, kindSpeaker, kindList}
	switch k {
	case kindPerson, kindHuman, kindOrg:
		return slices.Contains(people, prev)
	case kindPlace:
		return prev == kindPlace || prev == kindList
	case kindList:
		return slices.Contains(people, prev) || prev == kindPlace
	case kindAny:
		return prev != kindYesNo && prev != kindSummary && prev != kindByline
	}
	return false
}

// answerAnother answers the follow-up q asks in conv (another reports it)
// from the previous question's candidates: the first not cited yet, with
// an answer of the kind not given yet (kindAny: any sentence not cited),
// that the matcher trusts. It returns false when the previous question is
// not one another answer can be asked of; a is the answer so far.
func (m *Matcher) answerAnother(q *question, conv *Context, a Answer) (Answer, bool) {
	pq, r, cands := m.candidates(conv.Question, conv)
	if r != nil {
		defer r.release()
	}
	if !anotherOf(q.kind, pq.kind) || pq.pastList > 0 {
		return a, false
	}
	a.Question, a.Kind, a.Stems = conv.Question, pq.kind.row().name, pq.stems()
	if pq.listing != NoListing || pq.articles != noArticlesAsk {
		// It listed them all (« Qui est cité dans les articles ? »).
		a.SaidAll = true
		return a, true
	}
	if len(cands) == 0 {
		return a, true // it had no answer, nor has it now
	}
	if _, ok := m.trust(r, cands); !ok {
		return a, true
	}
	// What was given: the answers the cited sentences hold, and whom
	// the conversation is about.
	short := q.kind != kindAny
	answers := make([]string, len(cands))
	var given []string
	if conv.Focus != nil {
		given = append(given, french.Fold(conv.Focus.Name))
	}
	for i := range cands {
		if short {
			answers[i] = m.shortAnswer(r, &cands[i])
		}
		if conv.Cited[cands[i].hit.Sentence.ID] && answers[i] != "" {
			given = append(given, french.Fold(answers[i]))
		}
	}
	// The first left that answers as the question's answer did, and
	// that the matcher would answer with were it the best.
	pick := -1
	for i := 0; i < len(cands) && pick < 0; i++ {
		c := &cands[i]
		if conv.Cited[c.hit.Sentence.ID] || short && (!c.typeOK || answers[i] == "" || saidBefore(given, answers[i])) {
			continue
		}
		if m.answersAlike(r, cands, i) && m.trustedAlone(r, cands[i:], 0) {
			pick = i
		}
	}
	if pick < 0 {
		a.SaidAll = true
		return a, true
	}
	best := cands[pick]
	a.Confidence, _ = m.trust(r, cands[pick:])
	a.Answered = true
	a.Unsure = a.Confidence < m.w.Unsure
	a.Short = answers[pick]
	if !short {
		a.Short = m.shortAnswer(r, &best)
	}
	a.Sentences = []*knowledge.Sentence{best.hit.Sentence}
	a.Speakers = []string{best.speaker}
	a.Focus = nextFocus(pq, conv.Focus, best.answerEnt)
	return a, true
}

// saidBefore reports whether the answer s, folded, is one of given or
// part of one (« Cameron » of « David Cameron »), or holds one.
func saidBefore(given []string, s string) bool {
	f := " " + french.Fold(s) + " "
	for _, g := range given {
		if g == "" {
			continue
		}
		g = " " + g + " "
		if strings.Contains(f, g) || strings.Contains(g, f) {
			return true
		}
	}
	return false
}
