package knowledge

import (
	"math"
	"slices"
	"sync"
	"sync/atomic"

	"github.com/citebot/citebot/knowledge/french"
)

// QueryTerm is a stem to look for, weighted by how much it says about the
// question (1 for a word of the question, less for a synonym or a
// spelling correction).
type QueryTerm struct {
	Stem   string
	Weight float64
}

// Hit is a candidate sentence with the evidence that ranked it.
type Hit struct {
	Sentence *Sentence
	// Score is the combined rank; Sent, Para and Art are the BM25 scores
	// of the sentence, its paragraph and its article.
	Score, Sent, Para, Art float64
}

// SearchParams tune the ranking. The zero value is not useful: start from
// DefaultSearchParams.
type SearchParams struct {
	// K1 and B are BM25's term-frequency saturation and length
	// normalisation, per level.
	SentK1, SentB float64
	ParaK1, ParaB float64
	ArtK1, ArtB   float64
	// ParaWeight and ArtWeight scale the paragraph's and the article's
	// score into the sentence's: a sentence is a better answer when the
	// text around it is about the question too.
	ParaWeight, ArtWeight float64
	// TopParagraphs is how many best paragraphs contribute all their
	// sentences as candidates, even those that share no word with the
	// question (the answer sentence often paraphrases).
	TopParagraphs int
}

// DefaultSearchParams are measured on the development questions and PIAF.
func DefaultSearchParams() SearchParams {
	return SearchParams{
		SentK1: 1.2, SentB: 0.75,
		ParaK1: 1.2, ParaB: 0.75,
		ArtK1: 1.2, ArtB: 0.75,
		ParaWeight: 1, ArtWeight: 0.5,
		TopParagraphs: 3,
	}
}

// scratch holds the dense score arrays of one search, pooled so that a
// search allocates little.
type scratch struct {
	sent, para, art []float64
	touched         []int32
	paraTouched     []int32
	artTouched      []int32
	top             ranked
	// For a pruned search (searchPruned), made when first needed: each
	// paragraph's score and bound on its sentences' scores side by side
	// (one cache line for both), each query term's sentence weight (times
	// its IDF) and bound, and its frequency in the sentence being scored.
	paraBound [][2]float64
	weight    []float64
	bound     []float64
	tf        []int32
	// termPos holds, per term ID, 1 + the position in the query of the
	// term's last occurrence (0: not in it), and next the one before each
	// (see markTerms): a token's query terms are then found at once.
	termPos, next []int32
	// word is where a query word's best alternative is found (see
	// search_words.go).
	word wordBest
}

// Search ranks the sentences of the base for the query and returns the
// best limit hits, best first. It is safe for concurrent use.
func (b *Base) Search(q []QueryTerm, p SearchParams, limit int) []Hit {
	terms := make([]idTerm, 0, len(q))
	for i, qt := range q {
		if id, ok := b.ix.terms.Find(qt.Stem); ok {
			terms = append(terms, idTerm{id: id, weight: qt.Weight, word: int32(i)})
		}
	}
	return b.search(nil, terms, p, limit)
}

// idTerm is a query term resolved to its term ID.
type idTerm struct {
	id     int32
	weight float64
	// word is the query word the term is an alternative of: the terms of
	// one word are next to each other and count once (search_words.go).
	word int32
}

// search is Search with the terms resolved, in the query's order; the
// hits are carved from dst (nil: a new slice).
func (b *Base) search(dst []Hit, q []idTerm, p SearchParams, limit int) []Hit {
	return b.searchFrom(dst, q, p, limit, pruneFrom)
}

// searchFrom is search, pruned (searchPruned) when the corpus holds at
// least from sentences.
func (b *Base) searchFrom(dst []Hit, q []idTerm, p SearchParams, limit, from int) []Hit {
	ix := b.ix
	sc := b.pool.Get().(*scratch)
	defer b.pool.Put(sc)

	n := b.lengthNorms(p)
	if b.prunes(q, p, limit, from) {
		return b.searchPruned(dst, sc, n, q, p, limit)
	}
	sc.touched = accumulate(&ix.sentences, q, p.SentK1, n.sent, sc.sent, sc.touched[:0], &sc.word)
	sc.paraTouched = accumulate(&ix.paras, q, p.ParaK1, n.para, sc.para, sc.paraTouched[:0], &sc.word)
	sc.artTouched = accumulate(&ix.articles, q, p.ArtK1, n.art, sc.art, sc.artTouched[:0], &sc.word)

	// Sentences of the best paragraphs are candidates even without a
	// shared word. The same pass finds the best paragraph's score, for
	// the bound below.
	cands := sc.touched
	maxPara, maxArt := 0.0, 0.0
	var room [topParasRoom]rankedHit
	topParas := ranked(room[:0])
	for _, pi := range sc.paraTouched {
		score := sc.para[pi]
		maxPara = max(maxPara, score)
		if p.TopParagraphs <= 0 || len(topParas) == p.TopParagraphs && score < topParas[0].score {
			continue // below the worst kept: offer would not take it
		}
		topParas = topParas.offer(rankedHit{score: score, sid: pi}, p.TopParagraphs)
	}
	for _, r := range topParas {
		pi := r.sid
		for sid := ix.paraStart[pi]; sid < ix.paraStart[pi+1]; sid++ {
			if sc.sent[sid] == 0 {
				cands = append(cands, sid)
				sc.sent[sid] = -1 // mark as seen; reset below
			}
		}
	}

	// Select the best limit sentences on (score, ID) pairs; only those
	// become Hits. Once limit are kept, a sentence whose own score with
	// the best paragraph's and article's is below the worst kept cannot
	// enter, and its paragraph and article are not looked up: the bound is
	// summed in the score's order, and rounding never turns a larger
	// operand into a smaller sum, so it holds to the last bit (with
	// weights of 0 or more).
	for _, ai := range sc.artTouched {
		maxArt = max(maxArt, sc.art[ai])
	}
	canSkip := p.ParaWeight >= 0 && p.ArtWeight >= 0 && limit > 0
	top := slices.Grow(sc.top[:0], limit+1)
	for _, sid := range cands {
		sent := max(sc.sent[sid], 0)
		if canSkip && len(top) == limit && sent+p.ParaWeight*maxPara+p.ArtWeight*maxArt < top[0].score {
			continue
		}
		score := sent + p.ParaWeight*sc.para[ix.paraOf[sid]] + p.ArtWeight*sc.art[ix.artOf[sid]]
		if limit > 0 && len(top) == limit && score < top[0].score {
			continue // below the worst kept: offer would not take it
		}
		top = top.offer(rankedHit{score: score, sid: sid}, limit)
	}
	sc.top = top[:0]
	slices.SortFunc(top, func(x, y rankedHit) int {
		if x.before(y) {
			return -1
		}
		return 1
	})
	hits := carveHits(dst, len(top))
	for i, r := range top {
		sent := max(sc.sent[r.sid], 0)
		hits[i] = Hit{
			Sentence: b.Sentences[r.sid],
			Score:    r.score,
			Sent:     sent,
			Para:     sc.para[ix.paraOf[r.sid]],
			Art:      sc.art[ix.artOf[r.sid]],
		}
	}
	for _, sid := range cands {
		sc.sent[sid] = 0
	}
	for _, pi := range sc.paraTouched {
		sc.para[pi] = 0
	}
	for _, ai := range sc.artTouched {
		sc.art[ai] = 0
	}
	sc.touched = cands[:0]
	return hits
}

// topParasRoom is the room made on the stack for the best paragraphs
// (SearchParams.TopParagraphs, 3 by default); more are allocated.
const topParasRoom = 8

// rankedHit is a candidate sentence and its combined score.
type rankedHit struct {
	score float64
	sid   int32
}

// before orders hits best first; ties go to the earlier sentence so that
// results never depend on the order of evaluation.
func (x rankedHit) before(y rankedHit) bool {
	return x.score > y.score || x.score == y.score && x.sid < y.sid
}

// ranked is a min-heap of at most limit hits whose root is the worst.
type ranked []rankedHit

// offer adds h if it is among the best limit seen so far.
func (r ranked) offer(h rankedHit, limit int) ranked {
	if len(r) < limit {
		r = append(r, h)
		for i := len(r) - 1; i > 0; {
			p := (i - 1) / 2
			if !r[p].before(r[i]) {
				break
			}
			r[i], r[p] = r[p], r[i]
			i = p
		}
		return r
	}
	if limit == 0 || !h.before(r[0]) {
		return r
	}
	r[0] = h
	for i := 0; ; {
		l, w := 2*i+1, i
		if l < len(r) && r[w].before(r[l]) {
			w = l
		}
		if rr := l + 1; rr < len(r) && r[w].before(r[rr]) {
			w = rr
		}
		if w == i {
			return r
		}
		r[i], r[w] = r[w], r[i]
		i = w
	}
}

// bm25 is one posting's contribution to its unit's score: every score
// is summed from it, in the query's order, so that a score summed again
// another way (sentScore) is the same to the last bit.
func bm25(w, tf, k1, norm float64) float64 {
	return w * tf * (k1 + 1) / (tf + norm)
}

// lengthNorms are BM25's length normalisations of every unit of the three
// levels for one set of parameters: a search would otherwise compute one
// per posting, a division each.
type lengthNorms struct {
	sentK1, sentB, paraK1, paraB, artK1, artB float64
	sent, para, art                           []float64
	// sentPeak holds, per term ID, the float64 bits of the most one
	// posting of the term adds to a sentence's score at weight 1 (0: not
	// yet computed; see peak). Only a pruned search reads it, so it is
	// made by the first one: 8 bytes a term that a corpus too small to
	// prune would allocate at every start for nothing.
	sentPeak func() []atomic.Uint64
	// shortest is, per paragraph, the length normalisation of its
	// shortest sentence.
	shortest []float64
}

// lengthNorms returns the normalisations for p, computed when the
// parameters differ from the last search's (in practice once). Concurrent
// searches may each compute them; the last one kept is as good.
func (b *Base) lengthNorms(p SearchParams) *lengthNorms {
	if n := b.norms.Load(); n != nil && n.sentK1 == p.SentK1 && n.sentB == p.SentB &&
		n.paraK1 == p.ParaK1 && n.paraB == p.ParaB && n.artK1 == p.ArtK1 && n.artB == p.ArtB {
		return n
	}
	n := &lengthNorms{
		sentK1: p.SentK1, sentB: p.SentB, paraK1: p.ParaK1, paraB: p.ParaB, artK1: p.ArtK1, artB: p.ArtB,
		sent: b.ix.sentences.lengthNorm(p.SentK1, p.SentB),
		para: b.ix.paras.lengthNorm(p.ParaK1, p.ParaB),
		art:  b.ix.articles.lengthNorm(p.ArtK1, p.ArtB),
	}
	terms := b.ix.terms.Len()
	n.sentPeak = sync.OnceValue(func() []atomic.Uint64 { return make([]atomic.Uint64, terms) })
	n.shortest = make([]float64, len(n.para))
	for pi := range n.shortest {
		n.shortest[pi] = math.Inf(1)
		for sid := b.ix.paraStart[pi]; sid < b.ix.paraStart[pi+1]; sid++ {
			n.shortest[pi] = min(n.shortest[pi], n.sent[sid])
		}
	}
	b.norms.Store(n)
	return n
}

// lengthNorm is BM25's k1 * (1 - b + b * length / average length) of
// each unit of the level.
func (l *level) lengthNorm(k1, bb float64) []float64 {
	norm := make([]float64, len(l.length))
	for u, n := range l.length {
		norm[u] = k1 * (1 - bb + bb*float64(n)/l.avg)
	}
	return norm
}

func newScratchPool(ix *index, nArticles int) *sync.Pool {
	return &sync.Pool{New: func() any {
		return &scratch{
			sent: make([]float64, len(ix.paraOf)),
			para: make([]float64, len(ix.paraStart)-1),
			art:  make([]float64, nArticles),
		}
	}}
}

// Terms returns the analysed content words of a sentence.
func (b *Base) Terms(s *Sentence) []french.Term { return b.ix.sentenceTerms(s.ID) }

// AppendTerms appends the analysed content words of a sentence to dst,
// for a caller that reads many sentences into one buffer.
func (b *Base) AppendTerms(dst []french.Term, s *Sentence) []french.Term {
	return b.ix.appendSentenceTerms(dst, s.ID)
}

// IDF is the sentence-level inverse document frequency of a stem: how
// much finding it says about a sentence.
func (b *Base) IDF(stem string) float64 {
	id, ok := b.ix.terms.Find(stem)
	if !ok {
		return b.MaxIDF()
	}
	return b.ix.sentences.idf(id)
}

// MaxIDF is the IDF of a stem found in a single sentence: the most a word
// can say.
func (b *Base) MaxIDF() float64 {
	n := float64(len(b.ix.sentences.length))
	return math.Log(1 + (n-0.5)/1.5)
}

// StemIDF is IDF for a stem the corpus holds, and whether it holds it:
// HasStem and IDF in one look-up.
func (b *Base) StemIDF(stem string) (float64, bool) {
	id, ok := b.ix.terms.Find(stem)
	if !ok {
		return 0, false
	}
	return b.ix.sentences.idf(id), true
}

// HasStem reports whether any sentence of the corpus holds the stem.
func (b *Base) HasStem(stem string) bool {
	_, ok := b.ix.terms.Find(stem)
	return ok
}

// WordCount is how often the folded content word occurs in the corpus.
func (b *Base) WordCount(fold string) int {
	if f, ok := b.ix.folds.Find(fold); ok {
		return int(b.ix.foldCount[f])
	}
	return 0
}

// CommonWord reports whether the corpus writes the folded word in lower
// case somewhere: a capital on it elsewhere does not make it a name.
func (b *Base) CommonWord(fold string) bool {
	f, ok := b.ix.folds.Find(fold)
	return ok && b.ix.foldLower[f]
}

// Vocabulary returns every folded word of the corpus with its count.
func (b *Base) Vocabulary() map[string]int {
	v := make(map[string]int, b.ix.folds.Len())
	for f, n := range b.ix.foldCount {
		if n > 0 {
			v[b.ix.folds.At(int32(f))] = int(n)
		}
	}
	return v
}
