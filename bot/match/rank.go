package match

import (
	"cmp"
	"math"
	"slices"
	"sync"

	"github.com/citebot/citebot/knowledge"
)

// scored is a candidate sentence with its features.
type scored struct {
	hit                knowledge.Hit
	score              float64
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
}

// ranking is the scratch space of one question being ranked: which
// question words each term ID stands for, and how well each sentence
// matches each word.
type ranking struct {
	q *question
	// memo remembers how well each sentence matches each word, by
	// sentence ID.
	memo map[int32][]float64
	// byID maps a term ID to 1 + the index in refs of the question words
	// it stands for (0: none). It is a dense array from the matcher's
	// pool, given back by release.
	byID  []int32
	marks *[]int32
	refs  [][]altRef
	// local caches, per article, the weight of each question word inside
	// that article.
	local map[*knowledge.Article][]float64
}

// altRef says that a term stands for question word term with weight.
type altRef struct {
	term   int
	weight float64
}

// newRanking indexes the question words' alternatives in a dense array
// taken from pool; release gives it back.
func newRanking(q *question, pool *sync.Pool) *ranking {
	r := &ranking{q: q, local: map[*knowledge.Article][]float64{}}
	r.marks = pool.Get().(*[]int32)
	r.byID = *r.marks
	for i, t := range q.terms {
		for _, a := range t.stems {
			if a.ID < 0 {
				continue
			}
			if r.byID[a.ID] == 0 {
				r.refs = append(r.refs, nil)
				r.byID[a.ID] = int32(len(r.refs))
			}
			k := r.byID[a.ID] - 1
			r.refs[k] = append(r.refs[k], altRef{term: i, weight: a.Weight})
		}
	}
	return r
}

// alternativesOf returns the question words a term ID stands for.
func (r *ranking) alternativesOf(id int32) []altRef {
	if k := r.byID[id]; k > 0 {
		return r.refs[k-1]
	}
	return nil
}

// release clears byID and gives it back to the pool.
func (r *ranking) release(pool *sync.Pool) {
	for _, t := range r.q.terms {
		for _, a := range t.stems {
			if a.ID >= 0 {
				r.byID[a.ID] = 0
			}
		}
	}
	pool.Put(r.marks)
	r.byID, r.marks = nil, nil
}

// rank scores the candidates with the features a reader would use, best
// first.
func (m *Matcher) rank(q *question, hits []knowledge.Hit, conv *Context) []scored {
	top := hits[0].Score
	if top <= 0 {
		top = 1
	}
	w := &m.w
	follow := q.pronoun && conv.active()
	rel := w.Evidence[q.kind.row().evidence]
	rv := w.rankVector()
	cands := make([]scored, 0, len(hits))
	r := newRanking(q, m.termMarks)
	defer r.release(m.termMarks)
	for _, h := range hits {
		c := scored{hit: h}
		s := h.Sentence
		c.cov, c.ctxCov, c.pred = m.coverage(r, s)
		c.local = m.localCoverage(r, s)
		c.answerSpan, c.answerEnt, c.typeOK = m.extract(r, s)
		c.hasNumber = len(m.info[s.ID].numbers) > 0 || m.info[s.ID].digits
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
		c.nameNear = m.nameNear(q, s)
		if !c.nameNear {
			c.f[FeatNameMissing] = 1
		}
		if c.speakerOK {
			c.f[FeatSpeaker] = 1
		}
		if w.Translation != 0 || w.Thesaurus != 0 || m.allFeatures {
			c.f[FeatTranslation], c.f[FeatThesaurus] = m.paraphraseCoverage(r, s)
		}
		for i, v := range c.f {
			c.score += rv[i] * v
		}
		if follow {
			if conv.Focus != nil && m.mentions(s, conv.Focus) {
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
	slices.SortStableFunc(cands, func(x, y scored) int { return cmp.Compare(y.score, x.score) })
	return cands
}

// coverage is the share of the question's weight that the sentence holds,
// the share that the sentence with its neighbours holds, and that share
// for the words that are not names.
func (m *Matcher) coverage(r *ranking, s *knowledge.Sentence) (cov, ctxCov, pred float64) {
	var all, in, ctx, predAll, predIn float64
	prev, next := m.neighbours(s)
	for i, t := range r.q.terms {
		w := m.match(r, i, s)
		if w == 0 {
			if prev != nil {
				w = m.match(r, i, prev)
			}
			if next != nil {
				w = max(w, m.match(r, i, next))
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

// match is how well the sentence holds the question word: the weight of
// the best alternative it contains, full weight for a name the sentence
// designates by pronoun or as a speaker, and a little less for a word of
// the role of someone the sentence designates ("le chef de la
// diplomatie" for a sentence about the foreign minister).
func (m *Matcher) match(r *ranking, i int, s *knowledge.Sentence) float64 {
	ws, ok := r.memo[int32(s.ID)]
	if !ok {
		ws = m.matchAll(r, s)
		if r.memo == nil {
			r.memo = map[int32][]float64{}
		}
		r.memo[int32(s.ID)] = ws
	}
	return ws[i]
}

// matchAll computes match for every word of the question at once: one
// pass over the sentence's term IDs finds the words it holds.
func (m *Matcher) matchAll(r *ranking, s *knowledge.Sentence) []float64 {
	ws := make([]float64, len(r.q.terms))
	for _, id := range m.base.TermIDs(s) {
		for _, ref := range r.alternativesOf(id) {
			ws[ref.term] = max(ws[ref.term], ref.weight)
		}
	}
	for i, t := range r.q.terms {
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
		return m.w.Role * w
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

// localCoverage is the share of the question that the sentence holds when
// each word is weighted by its rarity inside the sentence's own article: a
// word found in every sentence of the article (its subject's name) says
// little about which sentence answers.
func (m *Matcher) localCoverage(r *ranking, s *knowledge.Sentence) float64 {
	a := s.Article
	ws, ok := r.local[a]
	if !ok {
		ws = m.localIDF(r.q, a)
		r.local[a] = ws
	}
	var all, in float64
	for i := range r.q.terms {
		all += ws[i]
		in += ws[i] * m.match(r, i, s)
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
