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
	// langErr is why the language resources are missing, if they are.
	langErr error
	// lead holds the terms of each article's title and opening sentence.
	lead map[*knowledge.Article][]french.Term
	// neverAbstain answers with the best candidate whatever the doubt.
	neverAbstain bool
	// roleTerms are the analysed roles of each entity.
	roleTerms map[*knowledge.Entity][][]french.Term
}

// weights are the ranking and abstention constants, measured on the
// development questions and PIAF (see README, "Measured quality").
type weights struct {
	BM25, Cov, Ctx, Local, Typ, TypMiss, Speaker, Focus, SameArticle, Near, Lead float64
	// candidates is how many search hits are re-ranked.
	Candidates int
}

func defaultWeights() weights {
	return weights{
		BM25: 1.5, Cov: 2, Ctx: 0.3, Local: 2, Lead: 0.8, Typ: 0.6, TypMiss: 0.3, Speaker: 0.6, Focus: 0.5, SameArticle: 0.4, Near: 0.3,
		Candidates: 40,
	}
}

// MatcherOptions tune a Matcher. The zero value means the measured
// defaults.
type MatcherOptions struct {
	// Search overrides the ranking parameters of the search.
	Search *knowledge.SearchParams
	// NeverAbstain answers every question with its best candidate, for
	// measuring retrieval alone.
	NeverAbstain bool
}

// NewMatcher prepares a matcher over base with the default options.
func NewMatcher(base *knowledge.Base) *Matcher { return NewMatcherWith(base, MatcherOptions{}) }

// NewMatcherWith prepares a matcher over base.
func NewMatcherWith(base *knowledge.Base, opts MatcherOptions) *Matcher {
	m := &Matcher{
		base:   base,
		params: knowledge.DefaultSearchParams(),
		w:      defaultWeights(),
		nouns:  newNounIndex(),
		names:  map[string][]*knowledge.Entity{},
	}
	lang, err := newLanguage(base)
	if err != nil {
		// The lexicon is embedded and tested: this cannot happen in a
		// released build. Answer without synonyms rather than not at all.
		m.langErr = err
	}
	m.lang = lang
	if opts.Search != nil {
		m.params = *opts.Search
	}
	m.neverAbstain = opts.NeverAbstain
	m.indexNames()
	m.roleTerms = map[*knowledge.Entity][][]french.Term{}
	m.lead = map[*knowledge.Article][]french.Term{}
	for _, a := range base.Articles {
		m.lead[a] = append(knowledge.Analyze(a.Title), base.Terms(a.Paragraphs[0].Sentences[0])...)
		for i := range a.Entities {
			e := &a.Entities[i]
			for _, r := range e.Roles {
				m.roleTerms[e] = append(m.roleTerms[e], knowledge.Analyze(r))
			}
		}
	}
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
	hit                knowledge.Hit
	score              float64
	cov, ctxCov, local float64
	// pred is the share of the question's words other than names that
	// the sentence and its neighbours hold: what it says about them.
	pred              float64
	typeOK, speakerOK bool
	// nameNear is false when the question names someone or something
	// that neither the sentence nor its neighbours mention.
	nameNear         bool
	focusOK, sameArt bool
	answerSpan       string
	answerEnt        *knowledge.Entity
	speaker          string
	// hasNumber is true when the sentence states any number.
	hasNumber bool
}

// Answer answers q in the context of conv (nil for a fresh question).
func (m *Matcher) Answer(text string, conv *Conversation) Answer {
	text = sanitize(text)
	q := m.parse(text)
	if len(q.terms) == 0 && !(q.pronoun && conv.active()) {
		return Answer{q: q}
	}
	// A name or a number the articles never mention: say so rather
	// than guess.
	if len(q.unknown) > 0 {
		return Answer{q: q, Unknown: q.unknown}
	}

	query := m.query(q, conv)
	hits := m.base.Search(query, m.params, m.w.Candidates)
	if len(hits) == 0 {
		return Answer{q: q}
	}
	cands := m.rank(q, hits, conv)
	best := cands[0]
	conf := m.confidence(q, best)
	if !m.neverAbstain && m.doubt(q, best) != "" {
		return Answer{q: q, Confidence: conf}
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
		if m.doubt(q, c) == "" && c.cov >= 0.5*best.cov {
			a.More = append(a.More, c.hit.Sentence)
		}
	}
	return a
}

// query turns the parsed question into weighted search terms, adding the
// conversation's focus for a follow-up.
func (m *Matcher) query(q *question, conv *Conversation) []knowledge.QueryTerm {
	var out []knowledge.QueryTerm
	for _, t := range q.terms {
		for _, s := range t.stems {
			w := s.Weight
			if t.ent != nil {
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
	local := localWeights{}
	for _, h := range hits {
		c := scored{hit: h}
		s := h.Sentence
		c.cov, c.ctxCov, c.pred = m.coverage(q, s)
		c.local = m.localCoverage(q, s, local)
		c.answerSpan, c.answerEnt, c.typeOK = m.extract(q, s)
		c.hasNumber = len(m.info[s.ID].numbers) > 0 || m.info[s.ID].digits
		c.speaker, c.speakerOK = m.speakerMatch(q, s)
		if !q.expect.aboutWords() {
			// Who else said it, where, how many: the named
			// speaker's own words are not the answer.
			c.speakerOK = false
		}
		c.score = m.w.BM25*h.Score/top + m.w.Cov*c.cov + m.w.Ctx*c.ctxCov + m.w.Local*c.local
		if c.typeOK {
			c.score += m.w.Typ * q.expect.reliability()
		} else {
			c.score -= m.w.TypMiss * q.expect.reliability()
		}
		c.nameNear = m.nameNear(q, s)
		if !c.nameNear {
			c.score -= m.w.Typ
		}
		if c.speakerOK {
			c.score += m.w.Speaker
		}
		if follow {
			if conv.focus != nil && m.mentions(s, conv.focus) {
				c.focusOK = true
				c.score += m.w.Focus
			}
			if s.Article == conv.article {
				c.sameArt = true
				c.score += m.w.SameArticle
				if d := conv.distance(s); d <= 1 {
					c.score += m.w.Near * (1 - 0.5*float64(d))
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
// the share that the sentence with its neighbours holds, and that share
// for the words that are not names.
func (m *Matcher) coverage(q *question, s *knowledge.Sentence) (cov, ctxCov, pred float64) {
	var all, in, ctx, predAll, predIn float64
	prev, next := m.neighbours(s)
	for _, t := range q.terms {
		w := m.match(t, s)
		if w == 0 {
			if prev != nil {
				w = m.match(t, prev)
			}
			if next != nil {
				w = max(w, m.match(t, next))
			}
			w *= 0.7
		} else {
			in += t.weight * w
		}
		all += t.weight
		ctx += t.weight * w
		if t.ent == nil {
			predAll += t.weight
			predIn += t.weight * w
		}
	}
	if all == 0 {
		return 0, 0, 0
	}
	pred = 1
	if predAll > 0 {
		pred = predIn / predAll
	}
	return in / all, ctx / all, pred
}

// match is how well the sentence holds the question word: the weight of
// the best alternative it contains, full weight for a name the sentence
// designates by pronoun or as a speaker, and a little less for a word of
// the role of someone the sentence designates ("le chef de la
// diplomatie" for a sentence about the foreign minister).
func (m *Matcher) match(t qterm, s *knowledge.Sentence) float64 {
	if w, ok := holds(m.base.Terms(s), t); ok {
		return w
	}
	if t.ent != nil && (m.mentions(s, t.ent) || m.setting(s.Article, t.ent)) {
		return 1
	}
	if w, ok := holds(m.lead[s.Article], t); ok {
		// The article's title and opening sentence set the scene for
		// all its sentences ("l'appel de Paris" in the lead makes "les
		// signataires" later on about it).
		return m.w.Lead * w
	}
	in := &m.info[s.ID]
	best := 0.0
	check := func(e *knowledge.Entity) {
		for _, terms := range m.roleTerms[e] {
			if w, ok := holds(terms, t); ok {
				best = max(best, 0.8*w)
			}
		}
	}
	for _, mn := range in.ents {
		check(mn.ent)
	}
	if in.implicit != nil {
		check(in.implicit)
	}
	return best
}

// nameNear reports whether every entity the question names is mentioned
// by the sentence, its neighbours in the paragraph, or the article's title.
func (m *Matcher) nameNear(q *question, s *knowledge.Sentence) bool {
	if len(q.names) == 0 {
		return true
	}
	prev, next := m.neighbours(s)
	for _, e := range q.names {
		found := m.mentions(s, e) || m.setting(s.Article, e) ||
			prev != nil && m.mentions(prev, e) || next != nil && m.mentions(next, e)
		if !found {
			return false
		}
	}
	return true
}

// localWeights caches, per article, the weight of each question word
// inside that article.
type localWeights map[*knowledge.Article][]float64

// localCoverage is the share of the question that the sentence holds when
// each word is weighted by its rarity inside the sentence's own article: a
// word found in every sentence of the article (its subject's name) says
// little about which sentence answers.
func (m *Matcher) localCoverage(q *question, s *knowledge.Sentence, cache localWeights) float64 {
	a := s.Article
	ws, ok := cache[a]
	if !ok {
		ws = make([]float64, len(q.terms))
		n := 0
		for _, p := range a.Paragraphs {
			for _, x := range p.Sentences {
				n++
				terms := m.base.Terms(x)
				for i, t := range q.terms {
					if _, found := holds(terms, t); found {
						ws[i]++
					}
				}
			}
		}
		for i, df := range ws {
			ws[i] = math.Log(1 + (float64(n)-df+0.5)/(df+0.5))
		}
		cache[a] = ws
	}
	var all, in float64
	for i, t := range q.terms {
		all += ws[i]
		in += ws[i] * m.match(t, s)
	}
	if all == 0 {
		return 0
	}
	return in / all
}

// setting reports whether the entity belongs to the whole article: named
// in its title or its opening sentence (a dateline, "PARIS, 12 novembre
// (Reuters) -").
func (m *Matcher) setting(a *knowledge.Article, e *knowledge.Entity) bool {
	if nameIn(a.Title, e) != "" {
		return true
	}
	return len(a.Paragraphs) > 0 && m.mentions(a.Paragraphs[0].Sentences[0], e)
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

// doubt says why the sentence cannot be trusted to answer, or "" when it
// can. Each reason is a way a question falls outside the articles: the
// words it asks about are barely there, the number or date it asks for is
// not stated, no person is named where it asks for one, or the sentence
// shares only the question's names and not what it asks about them.
func (m *Matcher) doubt(q *question, c scored) string {
	switch {
	case c.ctxCov < 0.3:
		return "the question's words are barely in the articles"
	case q.expect.reliability() == 1 && !c.typeOK && (!c.hasNumber || c.pred < 0.5):
		return "no " + q.expect.String() + " of the kind asked for"
	case q.expect == expectHuman && !c.typeOK:
		return "no person of the kind asked for"
	case q.expect.reliability() == 0 && !c.typeOK && c.pred < 0.3 && !(q.pronoun && c.sameArt):
		return "only the question's names match"
	}
	return ""
}

// confidence is how sure the matcher is that the sentence answers.
func (m *Matcher) confidence(q *question, c scored) float64 {
	conf := 0.6*c.cov + 0.25*c.ctxCov
	if c.typeOK {
		conf += 0.15
	} else {
		conf -= 0.3 * q.expect.reliability()
	}
	if !c.nameNear {
		conf -= 0.25
	}
	if c.speakerOK {
		conf += 0.1
	}
	if c.focusOK || c.sameArt {
		conf += 0.15
	}
	return math.Max(0, math.Min(1, conf))
}
