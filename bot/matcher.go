package bot

import (
	"cmp"
	"math"
	"slices"

	"github.com/citebot/citebot/knowledge"
	"github.com/citebot/citebot/knowledge/french"
)

// Matcher turns a question into an Answer with citations, or abstains. It
// is immutable after NewMatcher and safe for concurrent use.
type Matcher struct {
	base   *knowledge.Base
	params knowledge.SearchParams
	w      weights
	nouns  nounIndex
	lang   language
	// names maps a folded name or alias ("joe biden", "biden") to the
	// entities it may designate.
	names map[string][]*knowledge.Entity
	// info holds what each sentence offers as an answer, by sentence ID.
	info   []sentInfo
	maxIDF float64
}

// weights are the ranking and abstention constants, measured on the
// development questions and PIAF (see README, "Measured quality").
type weights struct {
	bm25, cov, ctx, typ, speaker, focus, sameArticle, near float64
	// abstain is the confidence under which the matcher abstains.
	abstain float64
	// candidates is how many search hits are re-ranked.
	candidates int
}

func defaultWeights() weights {
	return weights{
		bm25: 1, cov: 1.2, ctx: 0.3, typ: 0.35, speaker: 0.6, focus: 0.5, sameArticle: 0.4, near: 0.3,
		abstain:    0.42,
		candidates: 40,
	}
}

// NewMatcher prepares a matcher over base.
func NewMatcher(base *knowledge.Base) *Matcher {
	m := &Matcher{
		base:   base,
		params: knowledge.DefaultSearchParams(),
		w:      defaultWeights(),
		nouns:  newNounIndex(),
		lang:   newLanguage(base),
		names:  map[string][]*knowledge.Entity{},
	}
	m.indexNames()
	m.info = buildSentInfo(base)
	m.maxIDF = base.MaxIDF()
	return m
}

// Answer is the matcher's verdict on one question.
type Answer struct {
	Answered bool
	// Short is the short answer ("Joe Biden"); "" when the best one can
	// say is the cited sentence itself.
	Short      string
	Confidence float64
	// Sentences are the cited sentences, best first; More are further
	// supporting sentences for "/plus".
	Sentences []*knowledge.Sentence
	More      []*knowledge.Sentence
	// Speakers are the speakers of the cited sentences' quotations, in
	// the order of Sentences ("" when none).
	Speakers []string
	// Unknown names what the question asks about that the articles never
	// mention, when that is why the matcher abstained.
	Unknown []string
	// Focus is the entity the answer is about, for follow-ups.
	Focus *knowledge.Entity
	// question is kept for the conversation.
	q *question
}

// scored is a candidate sentence with its features.
type scored struct {
	hit               knowledge.Hit
	score             float64
	cov, ctxCov       float64
	typeOK, speakerOK bool
	focusOK, sameArt  bool
	answerSpan        string
	answerEnt         *knowledge.Entity
	speaker           string
}

// Answer answers q in the context of conv (nil for a fresh question).
func (m *Matcher) Answer(text string, conv *Conversation) Answer {
	text = sanitize(text)
	q := m.parse(text)
	if len(q.terms) == 0 && !(q.pronoun && conv.active()) {
		return Answer{q: q}
	}
	// A name the articles never mention: say so rather than guess.
	if len(q.unknown) > 0 && len(q.names) == 0 && !m.mostlyKnown(q) {
		return Answer{q: q, Unknown: q.unknown}
	}

	query := m.query(q, conv)
	hits := m.base.Search(query, m.params, m.w.candidates)
	if len(hits) == 0 {
		return Answer{q: q, Unknown: q.unknown}
	}
	cands := m.rank(q, hits, conv)
	best := cands[0]
	conf := m.confidence(q, best)
	if conf < m.w.abstain {
		return Answer{q: q, Confidence: conf, Unknown: q.unknown}
	}
	a := Answer{
		Answered:   true,
		Confidence: conf,
		Short:      best.answerSpan,
		Sentences:  []*knowledge.Sentence{best.hit.Sentence},
		Speakers:   []string{best.speaker},
		Focus:      best.answerEnt,
		q:          q,
	}
	if a.Focus == nil && len(q.names) > 0 {
		a.Focus = q.names[0]
	}
	for _, c := range cands[1:] {
		if len(a.More) >= 4 {
			break
		}
		if m.confidence(q, c) >= m.w.abstain {
			a.More = append(a.More, c.hit.Sentence)
		}
	}
	return a
}

// mostlyKnown reports whether the question's known words carry most of
// its weight, so that one unknown capitalised word (a typo, a foreign
// spelling) does not make the matcher give up.
func (m *Matcher) mostlyKnown(q *question) bool {
	var known, all float64
	for _, t := range q.terms {
		all += t.weight
		if t.known {
			known += t.weight
		}
	}
	return all > 0 && known/all >= 0.75 && len(q.unknown) == 1 && !hasSpace(q.unknown[0])
}

func hasSpace(s string) bool {
	for _, r := range s {
		if r == ' ' {
			return true
		}
	}
	return false
}

// query turns the parsed question into weighted search terms, adding the
// conversation's focus for a follow-up.
func (m *Matcher) query(q *question, conv *Conversation) []knowledge.QueryTerm {
	var out []knowledge.QueryTerm
	for _, t := range q.terms {
		for _, s := range t.stems {
			w := s.Weight
			if t.name {
				w *= 1.3
			}
			out = append(out, knowledge.QueryTerm{Stem: s.Stem, Weight: w})
		}
	}
	if q.pronoun && conv.active() && conv.focus != nil && len(q.names) == 0 {
		for _, t := range knowledge.Analyze(conv.focus.Name) {
			out = append(out, knowledge.QueryTerm{Stem: t.Stem, Weight: 0.7})
		}
	}
	return out
}

// rank scores the candidates with the features a reader would use.
func (m *Matcher) rank(q *question, hits []knowledge.Hit, conv *Conversation) []scored {
	top := hits[0].Score
	if top <= 0 {
		top = 1
	}
	follow := q.pronoun && conv.active()
	cands := make([]scored, 0, len(hits))
	for _, h := range hits {
		c := scored{hit: h}
		s := h.Sentence
		c.cov, c.ctxCov = m.coverage(q, s)
		c.answerSpan, c.answerEnt, c.typeOK = m.extract(q, s)
		c.speaker, c.speakerOK = m.speakerMatch(q, s)
		c.score = m.w.bm25*h.Score/top + m.w.cov*c.cov + m.w.ctx*c.ctxCov
		if c.typeOK {
			c.score += m.w.typ
		}
		if c.speakerOK {
			c.score += m.w.speaker
		}
		if follow {
			if conv.focus != nil && m.mentions(s, conv.focus) {
				c.focusOK = true
				c.score += m.w.focus
			}
			if s.Article == conv.article {
				c.sameArt = true
				c.score += m.w.sameArticle
				if d := conv.distance(s); d <= 1 {
					c.score += m.w.near * (1 - 0.5*float64(d))
				}
			}
			if conv.cited[s.ID] && q.wantsOther() {
				c.score -= 2
			}
		} else if conv.active() && s.Article == conv.article {
			c.score += 0.05
		}
		cands = append(cands, c)
	}
	slices.SortStableFunc(cands, func(x, y scored) int { return cmp.Compare(y.score, x.score) })
	return cands
}

// coverage is the share of the question's weight that the sentence holds,
// and the share that the sentence with its neighbours holds.
func (m *Matcher) coverage(q *question, s *knowledge.Sentence) (float64, float64) {
	var all, in, ctx float64
	terms := m.base.Terms(s)
	var prev, next []french.Term
	para := m.base.ParagraphOf(s)
	if s.N > 1 {
		prev = m.base.Terms(para.Sentences[s.N-2])
	}
	if s.N < len(para.Sentences) {
		next = m.base.Terms(para.Sentences[s.N])
	}
	for _, t := range q.terms {
		all += t.weight
		if w, ok := holds(terms, t); ok {
			in += t.weight * w
			ctx += t.weight * w
		} else if w, ok := holds(prev, t); ok {
			ctx += t.weight * w * 0.7
		} else if w, ok := holds(next, t); ok {
			ctx += t.weight * w * 0.7
		}
	}
	if all == 0 {
		return 0, 0
	}
	return in / all, ctx / all
}

// holds reports whether terms contain one of the question word's stems,
// with that stem's weight.
func holds(terms []french.Term, t qterm) (float64, bool) {
	best, ok := 0.0, false
	for _, st := range t.stems {
		for _, x := range terms {
			if x.Stem == st.Stem {
				if st.Weight > best {
					best, ok = st.Weight, true
				}
				break
			}
		}
	}
	return best, ok
}

// confidence is how sure the matcher is that the sentence answers.
func (m *Matcher) confidence(q *question, c scored) float64 {
	conf := 0.65*c.cov + 0.2*c.ctxCov
	if c.typeOK {
		conf += 0.15
	} else if q.expect != expectAny && q.expect != expectList && q.expect != expectYesNo {
		conf -= 0.1
	}
	if c.speakerOK {
		conf += 0.1
	}
	if c.focusOK || c.sameArt {
		conf += 0.15
	}
	return math.Max(0, math.Min(1, conf))
}
