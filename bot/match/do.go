package match

import "github.com/citebot/citebot/knowledge"

// "Que font les frères Winchester ?": a question that asks what someone
// does is answered by what the cited sentence says its subject does, the
// verb right after the subject's words and what follows it to the end of
// the clause, « Les frères Winchester décident de jouer les médiateurs … ».

// doFrame returns the index in folds of the form of « faire » a question
// opens with (« Que fait X ? », « Qu'a fait X ? »), or -1.
func doFrame(folds []string) int {
	i := frameStart(folds)
	if i+2 >= len(folds) || folds[i] != "que" && folds[i] != "qu" {
		return -1
	}
	switch {
	case doVerb(folds[i+1]):
		return i + 1
	case auxiliary(folds[i+1]) && doVerb(folds[i+2]):
		return i + 2
	}
	return -1
}

// doAnswer is what the cited sentence says the question's subject does
// (see above), verbatim, or "".
func (m *Matcher) doAnswer(q *question, s *knowledge.Sentence) string {
	v := doFrame(q.folds)
	if v < 0 {
		return ""
	}
	// The subject: the question's words after the verb, up to the first
	// preposition that opens a circumstance (« … en Algérie »).
	end := len(q.folds)
	for i := v + 1; i < len(q.folds); i++ {
		if spanWords.classOf(q.folds[i])&classPrep != 0 && !isDe(q.folds[i]) {
			end = i
			break
		}
	}
	r := m.read(q, s)
	last := -1
	for _, t := range q.terms {
		if t.pos <= v || t.pos >= end || focusTerm(t) {
			continue
		}
		if at := r.first(t); at > last {
			last = at
		}
	}
	j := last + 1
	if last < 0 || j >= len(r.toks) || r.breaks(j) || !m.lang.verbForm(r.toks[j].Fold) || matchWords.copulas.Has(r.toks[j].Fold) {
		return "" // « … sont difficiles » says what it is, not what it does
	}
	stop := j + 1
	for stop < len(r.toks) && !r.breaks(stop) {
		stop++
	}
	return r.span(j, stop)
}
