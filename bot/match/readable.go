package match

// preferReadable raises each of the best candidates (Weights.ReadableTop)
// from which the hand rules read a short answer by Weights.Readable, and
// sorts them again: of sentences that say as much of the question, the
// one whose words give an answer of the kind asked for, where the question
// asks it (« fondé par X », « Quel type de vol … »: « le vol de propriété
// intellectuelle »), answers more often than one that only holds the
// words. Only the best are read, and only when another is close enough
// to the first to pass it: reading a sentence is the dearest step of
// ranking. Not for a kind answered by a name (a person, a place): that
// the sentence holds one is a ranking feature already, and the rules'
// only add that it stands near the question's words, whoever it is (« le
// représentant de Facebook » answered by an Amnesty researcher quoted
// beside « Internet »; on PIAF, one or two questions more right).
func (m *Matcher) preferReadable(r *ranking, cands []scored) {
	w := &m.w
	if w.Readable == 0 || r.q.kind.row().entities != nil {
		return
	}
	// Only those within Readable of the best can change places.
	n := 1
	for n < min(w.ReadableTop, len(cands)) && cands[0].score-cands[n].score < w.Readable {
		n++
	}
	if n == 1 {
		return
	}
	top := cands[:n]
	// Read from the last, so that the best stays the reading kept for
	// its short answer (Matcher.read keeps one).
	for i := len(top) - 1; i >= 0; i-- {
		if m.ruled(r, &top[i]) != "" {
			top[i].score += w.Readable
		}
	}
	bestFirst(top)
}

// ruled is the hand rules' short answer for c (ruleShort), read once.
func (m *Matcher) ruled(r *ranking, c *scored) string {
	if !c.ruleRead {
		c.rule, c.ruleRead = m.ruleShort(r, c), true
	}
	return c.rule
}
