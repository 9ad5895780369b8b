package match

import "github.com/citebot/citebot/knowledge"

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
