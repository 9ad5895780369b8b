package match

import "math"

// doubt says why the sentence cannot be trusted to answer, or "" when it
// can. Each reason is a way a question falls outside the articles: the
// words it asks about are barely there, the number or date it asks for is
// not stated, no person is named where it asks for one, or the sentence
// shares only the question's names and not what it asks about them.
func (m *Matcher) doubt(q *question, c scored) string {
	row := q.kind.row()
	switch {
	case c.ctxCov < m.w.MinContext:
		return "the question's words are barely in the articles"
	case row.evidence == evidenceStrong && !c.typeOK && (!c.hasNumber || c.pred < m.w.MinPredHas):
		return "no " + row.name + " of the kind asked for"
	case row.strict && !c.typeOK:
		return "no " + row.name + " of the kind asked for"
	case row.evidence == evidenceNone && !c.typeOK && c.pred < m.w.MinPred && !(q.pronoun && c.sameArt):
		return "only the question's names match"
	}
	return ""
}

// confidence is how sure the matcher is that the sentence answers.
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
