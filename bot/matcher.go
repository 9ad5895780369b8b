package bot

import (
	"cmp"
	"math"
	"slices"
	"sync"

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
	// lead holds the term IDs of each article's title and opening
	// sentence.
	lead map[*knowledge.Article][]int32
	// settings holds, per article, the names of the entities its title or
	// opening sentence names.
	settings map[*knowledge.Article]map[string]bool
	// speakerFold holds the folded form of every quotation's speaker.
	speakerFold map[string]string
	// termMarks pools dense arrays indexed by term ID, one per question
	// being ranked.
	termMarks *sync.Pool
	// an stems and analyses questions, with a cache shared by all.
	an *french.Analyzer
	// neverAbstain answers with the best candidate whatever the doubt.
	neverAbstain bool
}

// weights are the ranking and abstention constants, measured on the
// development questions and PIAF (see README, "Measured quality").
type weights struct {
	BM25, Cov, Ctx, Local, Typ, TypMiss, Speaker, Focus, SameArticle, Near, Lead float64
	// Candidates is how many search hits are re-ranked.
	Candidates int
}

func defaultWeights() weights {
	return weights{
		BM25: 1.5, Cov: 2, Ctx: 0.3, Local: 2, Lead: 0.8, Typ: 0.6, TypMiss: 0.3, Speaker: 0.6, Focus: 0.5, SameArticle: 0.4, Near: 0.3,
		Candidates: 20,
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

// Err reports a language resource that could not be loaded; the matcher
// then answers without synonyms or English translation.
func (m *Matcher) Err() error { return m.langErr }

// NewMatcher prepares a matcher over base with the default options.
func NewMatcher(base *knowledge.Base) *Matcher { return NewMatcherWith(base, MatcherOptions{}) }

// NewMatcherWith prepares a matcher over base.
func NewMatcherWith(base *knowledge.Base, opts MatcherOptions) *Matcher {
	m := &Matcher{
		base:   base,
		params: knowledge.DefaultSearchParams(),
		w:      defaultWeights(),
		nouns:  newNounIndex(),
		an:     french.NewAnalyzer(),
		termMarks: &sync.Pool{New: func() any {
			marks := make([]int32, base.NumTerms())
			return &marks
		}},
		names: map[string][]*knowledge.Entity{},
	}
	// The lexicon (and the speller, on its own goroutine) need nothing
	// else: load them while the rest is indexed.
	langDone := make(chan struct{})
	go func() {
		defer close(langDone)
		// The lexicon is embedded and tested, so an error cannot
		// happen in a released build; the matcher would answer without
		// synonyms rather than not at all.
		m.lang, m.langErr = newLanguage(base)
	}()
	if opts.Search != nil {
		m.params = *opts.Search
	}
	m.neverAbstain = opts.NeverAbstain
	m.indexNames()
	m.indexArticles()
	m.info = buildSentInfo(base)
	m.indexRoles()
	m.indexSettings()
	<-langDone
	m.maxIDF = base.MaxIDF()
	return m
}

// indexArticles records each article's lead terms and the folded names of
// its speakers.
func (m *Matcher) indexArticles() {
	m.speakerFold = map[string]string{}
	m.lead = map[*knowledge.Article][]int32{}
	for _, a := range m.base.Articles {
		m.lead[a] = m.termIDs(append(m.an.Analyze(a.Title), m.base.Terms(a.Paragraphs[0].Sentences[0])...))
		for _, q := range a.Quotes {
			if _, ok := m.speakerFold[q.Speaker]; !ok && q.Speaker != "" {
				m.speakerFold[q.Speaker] = foldName(q.Speaker)
			}
		}
	}
}

// indexRoles gives each sentence the term IDs of the roles of the people
// it designates, by name or by pronoun.
func (m *Matcher) indexRoles() {
	roles := map[*knowledge.Entity][]int32{}
	for _, a := range m.base.Articles {
		for i := range a.Entities {
			e := &a.Entities[i]
			for _, r := range e.Roles {
				roles[e] = append(roles[e], m.termIDs(m.an.Analyze(r))...)
			}
		}
	}
	for i := range m.info {
		in := &m.info[i]
		var ids []int32
		for _, mn := range in.ents {
			ids = append(ids, roles[mn.ent]...)
		}
		if in.implicit != nil {
			ids = append(ids, roles[in.implicit]...)
		}
		slices.Sort(ids)
		in.roleIDs = slices.Compact(ids)
	}
}

// indexSettings records, per article, the entities its title or opening
// sentence names.
func (m *Matcher) indexSettings() {
	m.settings = map[*knowledge.Article]map[string]bool{}
	for _, a := range m.base.Articles {
		set := map[string]bool{}
		for i := range a.Entities {
			e := &a.Entities[i]
			if nameIn(a.Title, e) != "" || m.mentions(a.Paragraphs[0].Sentences[0], e) {
				set[e.Name] = true
			}
		}
		m.settings[a] = set
	}
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
	m.refer(q, conv)
	if len(q.terms) == 0 {
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
	q.indexAlternatives(m.termMarks)
	defer q.release(m.termMarks)
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
			if q.counted != "" {
				// "Combien de pays": a sentence whose numbers
				// count something else is not the answer.
				c.score -= m.w.Typ
			}
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
	for i, t := range q.terms {
		w := m.match(q, i, s)
		if w == 0 {
			if prev != nil {
				w = m.match(q, i, prev)
			}
			if next != nil {
				w = max(w, m.match(q, i, next))
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
func (m *Matcher) match(q *question, i int, s *knowledge.Sentence) float64 {
	ws, ok := q.memo[int32(s.ID)]
	if !ok {
		ws = m.matchAll(q, s)
		if q.memo == nil {
			q.memo = map[int32][]float64{}
		}
		q.memo[int32(s.ID)] = ws
	}
	return ws[i]
}

// matchAll computes match for every word of the question at once: one
// pass over the sentence's term IDs finds the words it holds.
func (m *Matcher) matchAll(q *question, s *knowledge.Sentence) []float64 {
	ws := make([]float64, len(q.terms))
	for _, id := range m.base.TermIDs(s) {
		for _, r := range q.alternativesOf(id) {
			ws[r.term] = max(ws[r.term], r.weight)
		}
	}
	for i, t := range q.terms {
		if ws[i] == 0 {
			ws[i] = m.matchIndirect(t, s)
		}
	}
	return ws
}

// matchIndirect is how well the sentence stands for a question word it
// does not contain: by designating a named entity, by its article's
// setting, or by the role of someone it designates.
func (m *Matcher) matchIndirect(t qterm, s *knowledge.Sentence) float64 {
	if t.ent != nil && (m.mentions(s, t.ent) || m.setting(s.Article, t.ent)) {
		return 1
	}
	if w, ok := holds(m.lead[s.Article], t); ok {
		// The article's title and opening sentence set the scene for
		// all its sentences ("l'appel de Paris" in the lead makes "les
		// signataires" later on about it).
		return m.w.Lead * w
	}
	if w, ok := holds(m.info[s.ID].roleIDs, t); ok {
		return 0.8 * w
	}
	return 0
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
		ws = m.localIDF(q, a)
		cache[a] = ws
	}
	var all, in float64
	for i := range q.terms {
		all += ws[i]
		in += ws[i] * m.match(q, i, s)
	}
	if all == 0 {
		return 0
	}
	return in / all
}

// localIDF weighs each question word by how few sentences of the article
// hold it, counting a sentence once whichever alternatives it holds.
func (m *Matcher) localIDF(q *question, a *knowledge.Article) []float64 {
	first := a.Paragraphs[0].Sentences[0].ID
	last := a.Paragraphs[len(a.Paragraphs)-1].Sentences
	n := last[len(last)-1].ID - first + 1
	ws := make([]float64, len(q.terms))
	seen := map[int32]bool{}
	for i, t := range q.terms {
		clear(seen)
		for _, st := range t.stems {
			m.base.EachSentenceWith(st.ID, func(sid int32) {
				if int(sid) >= first && int(sid) < first+n {
					seen[sid] = true
				}
			})
		}
		df := float64(len(seen))
		ws[i] = math.Log(1 + (float64(n)-df+0.5)/(df+0.5))
	}
	return ws
}

// setting reports whether the entity belongs to the whole article: named
// in its title or its opening sentence (a dateline, "PARIS, 12 novembre
// (Reuters) -").
func (m *Matcher) setting(a *knowledge.Article, e *knowledge.Entity) bool {
	return m.settings[a][e.Name]
}

// holds reports whether a sorted set of term IDs contains one of the
// question word's stems, with that stem's weight.
func holds(ids []int32, t qterm) (float64, bool) {
	best, ok := 0.0, false
	for _, st := range t.stems {
		if st.ID < 0 || st.Weight <= best {
			continue
		}
		if _, found := slices.BinarySearch(ids, st.ID); found {
			best, ok = st.Weight, true
		}
	}
	return best, ok
}

// termIDs returns the sorted distinct term IDs of terms that the index
// knows.
func (m *Matcher) termIDs(terms []french.Term) []int32 {
	var ids []int32
	for _, t := range terms {
		if id, ok := m.base.TermID(t.Stem); ok {
			ids = append(ids, id)
		}
	}
	slices.Sort(ids)
	return slices.Compact(ids)
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
