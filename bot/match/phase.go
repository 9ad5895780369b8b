package match

import (
	"strings"

	"github.com/citebot/citebot/knowledge"
)

// « Quand la conférence de Londres s'est-elle terminée ? » is not answered
// by « … une conférence qui s'est ouverte mardi »: a date question asks
// when something began or ended, and a sentence that dates only the other
// end of it says nothing of the one asked.

// phase is the end of an event a word names: its start or its end.
type phase int

const (
	noPhase phase = iota
	startPhase
	endPhase
)

// phaseOf is the end of an event a folded word names, itself or as a
// form of a word that names one: the list holds lemmas and a few forms,
// and the lemma table reads the rest (« s'achèvera », « terminera »).
func (l language) phaseOf(fold string) phase {
	if p := listedPhase(fold); p != noPhase {
		return p
	}
	var buf [4]string
	for _, lemma := range l.lemmas.Lemmas(buf[:0], fold) {
		if p := listedPhase(lemma); lemma != fold && p != noPhase {
			return p
		}
	}
	return noPhase
}

// listedPhase is the end of an event a folded word names by the word
// list alone.
func listedPhase(fold string) phase {
	switch {
	case matchWords.phaseStart.Has(fold):
		return startPhase
	case matchWords.phaseEnd.Has(fold):
		return endPhase
	}
	return noPhase
}

// askedPhase is the end of an event a date question asks about (the
// first word naming one), or noPhase.
func (l language) askedPhase(q *question) phase {
	if q.kind != kindDate {
		return noPhase
	}
	for _, f := range q.folds {
		if p := l.phaseOf(f); p != noPhase {
			return p
		}
	}
	return noPhase
}

// datesOtherPhase reports a sentence that names only the other end of the
// event the question asks the date of (« ouverte » for « terminée »).
func (m *Matcher) datesOtherPhase(q *question, s *knowledge.Sentence) bool {
	asked := q.phase
	if asked == noPhase {
		return false
	}
	other := false
	for _, t := range m.read(q, s).toks {
		switch p := m.lang.phaseOf(t.Fold); {
		case p == asked:
			return false
		case p != noPhase:
			other = true
		}
	}
	return other
}

// ofAskedPhase keeps, of a sentence's dates, those not dated as the other
// end of the event than the one the question asks: « une période qui
// avait commencé le 11 mars 1981 pour se terminer à la fin du mandat …
// soit le 11 mars 1989 » answers « Quand devait prendre fin le mandat ? »
// with 1989, whatever the question's words stand nearer. A date is of the
// phase of the nearest word naming one at most phaseReach words before
// it, in its clause. All of dates when none or every one is of the other
// end.
func (m *Matcher) ofAskedPhase(q *question, s *knowledge.Sentence, dates []string) []string {
	if q.phase == noPhase || len(dates) < 2 {
		return dates
	}
	r := m.read(q, s)
	var kept []string
	for _, d := range dates {
		if m.datedPhase(r, strings.Index(s.Text, d)) != q.phase.other() {
			kept = append(kept, d)
		}
	}
	if len(kept) == 0 {
		return dates
	}
	return kept
}

// datedPhase is the phase of the nearest word naming one at most
// phaseReach words before text[at:], in its clause, or noPhase.
func (m *Matcher) datedPhase(r *reading, at int) phase {
	if at < 0 {
		return noPhase
	}
	i := 0
	for i < len(r.toks) && r.toks[i].Start < at {
		i++
	}
	for j := i - 1; j >= 0 && j >= i-phaseReach; j-- {
		if j+1 < len(r.toks) && r.breaks(j+1) {
			break
		}
		if p := m.lang.phaseOf(r.toks[j].Fold); p != noPhase {
			return p
		}
	}
	return noPhase
}

// other is the event's other end.
func (p phase) other() phase {
	switch p {
	case startPhase:
		return endPhase
	case endPhase:
		return startPhase
	}
	return noPhase
}
