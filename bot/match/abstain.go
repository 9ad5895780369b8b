package match

import "math"

// doubtReason is a way a question falls outside the articles, seen on a
// candidate.
type doubtReason int

const (
	noDoubt     doubtReason = iota
	doubtBarely             // the words it asks about are barely there
	doubtKind               // the number or date it asks for is not stated
	doubtStrict             // no answer of a kind that must be named (a person)
	doubtNames              // it shares only the question's names, not what it asks about them
	doubtOther              // it speaks of another nationality's (« la délégation américaine » for « française »), or dates the other end of the event (« ouverte » for « terminée »)
	doubtPlace              // its places are all of another kind than the one asked for (onlyMisfits)
	doubtAgent              // it says the verb of « Qui V X ? » only of something else (doneToOther)
	doubtOnlyOf             // it names a person or gives a date, but shares only the question's names (saysOnlyNames)
)

// doubtKind says why the sentence cannot be trusted to answer, or noDoubt.
func (m *Matcher) doubtKind(r *ranking, c scored) doubtReason {
	q := r.q
	row := q.kind.row()
	switch {
	case c.ctxCov < m.w.MinContext:
		return doubtBarely
	case row.evidence == evidenceStrong && !c.typeOK && (!c.hasNumber || c.pred < m.w.MinPredHas):
		return doubtKind
	case row.strict && !c.typeOK && !asksMany(q.folds[q.framed:]) && !m.pronounPerson(q, c.hit.Sentence):
		return doubtStrict
	case row.evidence == evidenceNone && !c.typeOK && m.sharesOnlyNames(q, c):
		return doubtNames
	case m.speaksOfOther(q, c.hit.Sentence) || m.datesOtherPhase(q, c.hit.Sentence) || m.namesOther(q, c.hit.Sentence):
		return doubtOther
	case !c.typeOK && m.onlyMisfits(q, c.hit.Sentence):
		return doubtPlace
	case q.kind == kindPerson && m.doneToOtherIn(r, c.hit.Sentence):
		return doubtAgent
	case m.saysOnlyNames(q, c):
		return doubtOnlyOf
	}
	return noDoubt
}

// trust returns the confidence that the best candidate answers, and
// whether to answer with it. A hand-set doubt always abstains, but for
// doubtNames beside a learnt calibration, which weighs it as a feature
// (AbsDoubtNames): alone, it abstained on as many questions the articles
// answer as on questions they do not (held out, 140 against 146). With a
// learned calibration, the confidence is the probability that the best
// candidate answers, and the matcher also abstains when the probability
// that the articles answer (Calibration.Answerable) is below
// Calibration.Threshold; otherwise the confidence is the hand-set one.
func (m *Matcher) trust(r *ranking, cands []scored) (float64, bool) {
	doubted := cands[0]
	if m.w.Trees.Len() > 0 {
		// The trees choose what to cite, the hand-set ranking whether
		// to answer (abstainFeatures).
		doubted = bySum(cands)[0]
	}
	d := m.doubtKind(r, doubted)
	ok := d == noDoubt
	if c := &m.w.Calibration; c.enabled() {
		ok = ok || d == doubtNames
		f := m.abstainFeatures(r, cands)
		if r.q.pronoun && cands[0].focusOK {
			// A follow-up answered from a sentence about the one the
			// conversation is about (« Qu'a-t-il dit d'autre ? »):
			// PIAF's single questions cannot teach whether to answer
			// it, as they cannot teach its ranking; the doubts decide.
			return c.Probability(f), ok
		}
		return c.Probability(f), ok && c.Answerable(f) >= c.Threshold
	}
	return m.confidence(r.q, cands[0]), ok
}

// trustedAlone reports whether the first of cands would be trusted as an
// answer on its own (against the candidates ranked below it), with a
// probability of at least floor.
func (m *Matcher) trustedAlone(r *ranking, cands []scored, floor float64) bool {
	c := &m.w.Calibration
	if !c.enabled() {
		return true
	}
	f := m.abstainFeatures(r, cands)
	// The regression first: the trees of Answerable cost more.
	return c.Probability(f) >= floor && c.Answerable(f) >= c.Threshold
}

// confidence is how sure the matcher is that the sentence answers, by
// hand-set weights.
func (m *Matcher) confidence(q *question, c scored) float64 {
	w := &m.w
	conf := w.ConfCov*c.cov + w.ConfCtx*c.ctxCov
	if c.typeOK {
		conf += w.ConfType
	} else {
		conf -= w.ConfTypeMiss * w.Evidence[q.kind.row().evidence]
	}
	if !c.nameNear {
		conf -= w.ConfNameMissing
	}
	if c.speakerOK {
		conf += w.ConfSpeaker
	}
	if c.focusOK || c.sameArt {
		conf += w.ConfFollow
	}
	return math.Max(0, math.Min(1, conf))
}

// sharesOnlyNames reports a sentence that, with its neighbours, holds less
// than MinPred of the weight of the question's words other than names: it
// speaks of what the question names, not of what it asks about it. A
// follow-up about the one the conversation is about is left to the other
// doubts.
func (m *Matcher) sharesOnlyNames(q *question, c scored) bool {
	return c.pred < m.w.MinPred && !(q.pronoun && c.sameArt)
}

// saysOnlyNames reports a sentence that holds a person or a date, as a
// question about a person or a date asks, but shares only the question's
// names with it: « When was Amnesty International founded? » is not
// answered by a sentence on Amnesty that holds « avant la réunion », nor
// « Who is the secretary general of Amnesty International? » by one that
// names its researcher.
func (m *Matcher) saysOnlyNames(q *question, c scored) bool {
	return (q.kind == kindPerson || q.kind == kindDate) && c.typeOK && m.sharesOnlyNames(q, c)
}
