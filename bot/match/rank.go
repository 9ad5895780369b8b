package match

import (
	"slices"
	"sync"

	"github.com/citebot/citebot/knowledge"
)

// scored is a candidate sentence with its features.
type scored struct {
	hit   knowledge.Hit
	score float64
	// lin is the score's linear part (rank weights · features), pos
	// the candidate's place in the search's order.
	lin                float64
	pos                int32
	cov, ctxCov, local float64
	// f are the ranking features.
	f RankFeatures
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
	// rule is the hand rules' short answer, once ruleRead (ruled).
	rule     string
	ruleRead bool
}

// ranking is the scratch space of one question being ranked: the
// question compiled against the index, and how well each sentence matches
// each word.
type ranking struct {
	q  *question
	cq *knowledge.Query
	// memo remembers how well each sentence matches each word, by
	// sentence ID.
	memo *sentMemo
	// free is where the next sentences' matches are carved from, one
	// allocation for many sentences.
	free []float64
	// arts caches what the ranking learns about each candidate's article.
	arts map[*knowledge.Article]*articleScratch
	// slab is where the next articles' scratch spaces are carved from.
	slab []articleScratch
	// para and thes are the question words' translations and synonyms
	// compiled (see paraphrase.go); nil until a feature needs them.
	para, thes *knowledge.Query
	// order is orderShare's scratch space; pairList the question's
	// successive word pairs, once pairsDone.
	order     []knowledge.WordAt
	near      []int // meanDistance's scratch space
	pairList  [][2]int
	pairsDone bool
	// stemTermList is the question's stems sorted (stemTerms), once
	// stemTermsDone; titleHeld titleCoverage's scratch space.
	stemTermList  []stemTerm
	stemTermsDone bool
	titleHeld     []bool
	// hide, when set, makes sentences as if they were not in the
	// articles (ExplainHiding).
	hide func(*knowledge.Sentence) bool
	// sc is the scratch space the ranking carves from, taken from pool
	// (see scratch.go): freeBools is the rest of its bools, ownFloats and
	// ownBools whether free and freeBools are still the pool's; cands
	// are the candidates rank returned.
	sc                  *rankScratch
	pool                *sync.Pool
	freeBools           []bool
	ownFloats, ownBools bool
	cands               []scored
}

// newRanking compiles the question; release frees what it holds.
func (m *Matcher) newRanking(q *question) *ranking {
	n := 0
	for _, t := range q.terms {
		n += len(t.stems)
	}
	sc := m.scratch.Get().(*rankScratch)
	sc.words = slices.Grow(sc.words[:0], len(q.terms))[:len(q.terms)]
	sc.alts = slices.Grow(sc.alts[:0], n)
	words := sc.words
	all := sc.alts // one array for every word's alternatives
	for i, t := range q.terms {
		start := len(all)
		for _, a := range t.stems {
			all = append(all, knowledge.QueryTerm{Stem: a.Stem, Weight: a.Weight})
		}
		words[i].Alts = all[start:len(all):len(all)]
		if t.ent != nil {
			words[i].Boost = m.w.Name
		}
	}
	sc.alts = all
	q.readRooms, q.readUsed = &sc.reads, 0
	return &ranking{q: q, cq: m.base.Compile(words), sc: sc, pool: m.scratch, memo: &sc.memo, arts: sc.arts, slab: sc.slab,
		free: sc.floats, freeBools: sc.bools, ownFloats: true, ownBools: true, cands: sc.cands[:0],
		stemTermList: sc.stemTerms[:0], titleHeld: sc.titleHeld[:0]}
}

// articleScratch is what the ranking knows of one article, per question
// word; each slice is nil until a feature needs it.
type articleScratch struct {
	// local is the weight of each word inside the article (LocalIDF).
	local []float64
	// held is whether any sentence of the article holds each word.
	held []bool
	// scene is how well the article's setting or lead stands for each
	// word in all its sentences, sceneOK whether it does at all.
	scene   []float64
	sceneOK []bool
	// title is the share of the question its title holds, once titleDone.
	title     float64
	titleDone bool
}

// firstSlab is how many articles' scratch spaces the first allocation
// holds: a question's candidates mostly come from a few articles, and
// each later slab is as big as all the ones before.
const firstSlab = 8

// article returns the scratch space of the article.
func (r *ranking) article(a *knowledge.Article) *articleScratch {
	as, ok := r.arts[a]
	if !ok {
		if len(r.slab) == 0 {
			r.slab = make([]articleScratch, max(len(r.arts), firstSlab))
		}
		as, r.slab = &r.slab[0], r.slab[1:]
		r.arts[a] = as
	}
	return as
}

func (r *ranking) release() {
	r.cq.Release()
	if r.para != nil {
		r.para.Release()
		r.thes.Release()
	}
	r.putScratch()
}

// rank scores the candidates with the features a reader would use, best
// first.
func (m *Matcher) rank(r *ranking, hits []knowledge.Hit, conv *Context) []scored {
	q := r.q
	top := hits[0].Score
	if top <= 0 {
		top = 1
	}
	w := &m.w
	follow := q.pronoun && conv.active()
	rel := w.Evidence[q.kind.row().evidence]
	rv := w.rankVector()
	cands := slices.Grow(r.cands[:0], len(hits))
	for i, h := range hits {
		c := scored{hit: h, pos: int32(i)}
		s := h.Sentence
		c.answerSpan, c.answerEnt, c.typeOK = m.extract(r, s)
		credit := -1
		if c.typeOK {
			credit = q.kindNoun
		}
		c.cov, c.ctxCov, c.pred = m.coverage(r, s, credit)
		c.local = m.localCoverage(r, s)
		c.hasNumber = m.statesNumber(q, s)
		c.speaker, c.speakerOK = m.speakerMatch(q, s)
		if !q.kind.row().aboutWords {
			// Who else said it, where, how many: the named
			// speaker's own words are not the answer.
			c.speakerOK = false
		}
		c.f[FeatBM25], c.f[FeatCov], c.f[FeatCtx], c.f[FeatLocal] = h.Score/top, c.cov, c.ctxCov, c.local
		if c.typeOK {
			c.f[FeatType] = rel
		} else {
			c.f[FeatTypeMiss] = rel
			if q.counted != "" {
				// "Combien de pays": a sentence whose numbers
				// count something else is not the answer.
				c.f[FeatCountedMiss] = 1
			}
		}
		c.nameNear = m.nameNear(r, s)
		if !c.nameNear {
			c.f[FeatNameMissing] = 1
		}
		if c.speakerOK {
			c.f[FeatSpeaker] = 1
		}
		if m.computes[FeatTranslation] || m.computes[FeatThesaurus] {
			c.f[FeatTranslation], c.f[FeatThesaurus] = m.paraphraseCoverage(r, s)
		}
		m.contextFeatures(r, &c)
		for i, v := range c.f {
			c.score += rv[i] * v
		}
		c.lin = c.score
		if q.defines && m.introduces(r, s) {
			c.score += w.Introduces
		}
		if follow {
			if conv.Focus != nil && m.base.Mentions(s, conv.Focus) {
				c.focusOK = true
				c.score += w.Focus
			}
			if s.Article == conv.Article {
				c.sameArt = true
				c.score += w.SameArticle
				if d := conv.distance(s); d <= 1 {
					c.score += w.Near * (1 - w.NearDecay*float64(d))
				}
			}
			if conv.Cited[s.ID] && q.wantsOther() {
				c.score -= w.AlreadyCited
			}
		} else if conv.active() && s.Article == conv.Article {
			c.score += w.StayInArticle
		}
		cands = append(cands, c)
	}
	bestFirst(cands)
	m.preferReadable(r, cands)
	if w.Trees.Len() > 0 {
		m.addTrees(q, cands)
	}
	r.cands = cands
	return cands
}

// coverage is the share of the question's weight that the sentence holds,
// the share that the sentence with its neighbours holds, and that share
// for the words that are not names. The question's word credit (-1:
// none) counts as held: the noun of the kind asked for, when the sentence
// holds an answer of that kind (« Quel pays … ? » by « La Chine … »).
func (m *Matcher) coverage(r *ranking, s *knowledge.Sentence, credit int) (cov, ctxCov, pred float64) {
	var all, in, ctx, predAll, predIn float64
	prev, next := m.base.Neighbours(s)
	here := m.matches(r, s)
	var before, after []float64 // the neighbours' matches, looked up when needed
	for i, t := range r.q.terms {
		w := here[i]
		if i == credit {
			w = 1
		}
		if w == 0 {
			if prev != nil {
				if before == nil {
					before = m.matches(r, prev)
				}
				w = before[i]
			}
			if next != nil {
				if after == nil {
					after = m.matches(r, next)
				}
				w = max(w, after[i])
			}
			w *= m.w.Neighbour
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

// matches is, for each question word, how well the sentence holds it: the
// weight of the best alternative it contains, full weight for a name the
// sentence designates by pronoun or as a speaker, and a little less for a
// word of the role of someone the sentence designates ("le chef de la
// diplomatie" for a sentence about the foreign minister). It is
// remembered per sentence, so callers look a sentence up once.
func (m *Matcher) matches(r *ranking, s *knowledge.Sentence) []float64 {
	ws, ok := r.memo.get(int32(s.ID))
	if !ok {
		ws = m.matchAll(r, s)
		if r.hide != nil && r.hide(s) {
			clear(ws) // a hidden sentence holds nothing
		}
		r.memo.put(int32(s.ID), ws)
	}
	return ws
}

// matchesChunk is how many sentences' matches one allocation holds: a
// question's candidates and their neighbours come to about a hundred.
const matchesChunk = 32

// matchAll computes matches for every word of the question at once: the
// compiled query finds the words the sentence holds in one pass.
func (m *Matcher) matchAll(r *ranking, s *knowledge.Sentence) []float64 {
	ws := r.floats(len(r.q.terms))
	r.cq.MatchTo(ws, s)
	var as *articleScratch // looked up at the first word the sentence lacks
	var borrowed []float64 // the antecedent's matches, looked up when needed
	for i, t := range r.q.terms {
		if ws[i] == 0 {
			if as == nil {
				as = r.article(s.Article)
				if as.scene == nil {
					as.scene, as.sceneOK = m.scene(r, s.Article)
				}
				if prev := m.antecedent(s); prev != nil {
					borrowed = m.matches(r, prev)
				}
			}
			ws[i] = m.matchIndirect(r, as, i, t, s)
			if ws[i] == 0 && borrowed != nil && t.ent == nil {
				ws[i] = m.w.Anaphor * borrowed[i]
			}
		}
	}
	return ws
}

// matchIndirect is how well the sentence stands for a question word it
// does not contain: by designating a named entity, by its article's
// setting, or by the role of someone it designates.
func (m *Matcher) matchIndirect(r *ranking, as *articleScratch, i int, t qterm, s *knowledge.Sentence) float64 {
	if t.ent != nil && m.base.Mentions(s, t.ent) {
		return 1
	}
	if as.sceneOK[i] {
		return as.scene[i]
	}
	if w, ok := r.cq.In(i, m.base.Facts(s).Roles()); ok {
		return m.w.Role * w
	}
	return 0
}

// scene is, per question word, how well the article stands for it in all
// its sentences, and whether it does: full weight for an entity of its
// setting, a little less for a word of its lead.
func (m *Matcher) scene(r *ranking, a *knowledge.Article) ([]float64, []bool) {
	ws, ok := r.floats(len(r.q.terms)), r.bools(len(r.q.terms))
	// The article's title and opening sentence set the scene for all its
	// sentences ("l'appel de Paris" in the lead makes "les signataires"
	// later on about it).
	r.cq.InSet(m.base.Lead(a), ws)
	for i, t := range r.q.terms {
		if t.ent != nil && m.base.Setting(a, t.ent) {
			ws[i], ok[i] = 1, true
		} else if ws[i] > 0 {
			ws[i], ok[i] = m.w.Lead*ws[i], true
		}
	}
	return ws, ok
}

// localCoverage is the share of the question that the sentence holds when
// each word is weighted by its rarity inside the sentence's own article: a
// word found in every sentence of the article (its subject's name) says
// little about which sentence answers.
func (m *Matcher) localCoverage(r *ranking, s *knowledge.Sentence) float64 {
	a := s.Article
	as := r.article(a)
	if as.local == nil {
		as.local = r.floats(len(r.q.terms))
		r.cq.LocalIDFTo(as.local, a)
	}
	ws := as.local
	here := m.matches(r, s)
	var all, in float64
	for i := range r.q.terms {
		all += ws[i]
		in += ws[i] * here[i]
	}
	if all == 0 {
		return 0
	}
	return in / all
}
