package knowledge

import (
	"math"
	"slices"
)

// seedPostings is how many paragraph postings searchPruned accumulates, at
// most, from the query's rarest terms before it has a threshold (always
// the rarest term's, whatever its length): enough for the few rare words
// of a question (a name, a date: a few hundred postings each at PIAF
// x128) to find the paragraphs that set the threshold, and well below
// a common word's postings (tens of thousands at PIAF x128), which the
// threshold then lets the search leave out.
const seedPostings = 1 << 12

// maxScoreTerm is a query term in searchPruned: its paragraph postings,
// its weights and what it can add at most.
type maxScoreTerm struct {
	units []int32
	tfs   []uint16
	// wp and sw weigh the term (times its IDF) in a paragraph's and in a
	// sentence's score; ub is the most it adds to a sentence's, pp the
	// most to a paragraph's, c the most to a sentence's combined score
	// (ub and the paragraph's weighted pp).
	wp, sw, ub, pp, c float64
	live              bool // a weight above 0
	acc               bool // its postings accumulated
}

// maxScore is the state of one pruned search.
type maxScore struct {
	b      *Base
	sc     *scratch
	n      *lengthNorms
	q      []idTerm
	p      SearchParams
	limit  int
	topN   int
	terms  []maxScoreTerm
	maxArt float64
	// top holds the best limit sentences scored, paras the best topN
	// paragraphs scored (exactly).
	top, paras ranked
	// tf counts the query's terms in the paragraph being scored.
	tf []int32
}

// searchPruned is search for a large corpus: MaxScore over the query's
// terms, by paragraph. A sentence holds only words its paragraph holds,
// so its combined score is at most, for each term its paragraph holds,
// the most the term adds to a sentence's score and to a paragraph's
// (weighted), plus its article's weighted score. The search accumulates
// first the paragraph postings of the rarest terms, and scores exactly
// the best paragraphs so found (each term's frequency in a paragraph found
// by binary search in its postings, each sentence's score from its
// tokens): that sets a threshold for the sentences (the limit-th best
// score) and one for the best paragraphs (the TopParagraphs-th best
// paragraph score). The commonest terms whose bounds together stay below
// both thresholds are then not accumulated (a paragraph that holds only
// them cannot matter); the others are, and the paragraphs they touch are
// scored exactly, best bound first, while their bound reaches either
// threshold, which rise as they go. Every score is summed as search sums
// it, so the hits are search's to the last bit (TestSearchExact*).
// seed is how many postings the thresholds' accumulation may take
// (seedPostings; tests ask for fewer to leave more terms out).
func (b *Base) searchPruned(sc *scratch, n *lengthNorms, q []idTerm, p SearchParams, limit, seed int) []Hit {
	ix := b.ix
	b.termBounds(sc, n, q, p.SentK1)
	sc.artTouched = accumulate(&ix.articles, q, p.ArtK1, n.art, sc.art, sc.artTouched[:0])
	s := &maxScore{b: b, sc: sc, n: n, q: q, p: p, limit: limit, topN: max(p.TopParagraphs, 0)}
	for _, ai := range sc.artTouched {
		s.maxArt = max(s.maxArt, sc.art[ai])
	}
	if sc.paraBound == nil {
		sc.paraBound = make([][2]float64, len(sc.para))
	}
	sc.paraTouched = sc.paraTouched[:0]
	s.terms = make([]maxScoreTerm, len(q))
	var live []int
	for i, qt := range q {
		if qt.weight == 0 {
			continue
		}
		t := &s.terms[i]
		t.live = true
		t.units, t.tfs = ix.paras.postings(qt.id)
		t.wp = qt.weight * ix.paras.idf(qt.id)
		t.sw, t.ub = sc.weight[i], sc.bound[i]
		t.pp = t.wp * b.paraPeak(n, qt.id, p.ParaK1)
		t.c = t.ub + p.ParaWeight*t.pp
		live = append(live, i)
	}

	// The rarest terms first, for the thresholds.
	slices.SortStableFunc(live, func(x, y int) int { return len(s.terms[x].units) - len(s.terms[y].units) })
	seeded := 0
	for k, i := range live {
		if k > 0 && seeded+len(s.terms[i].units) > seed {
			break
		}
		seeded += len(s.terms[i].units)
		s.accumulate(i)
	}
	var seeds ranked
	rest, _ := s.rest()
	for _, pi := range sc.paraTouched {
		seeds = seeds.offer(rankedHit{score: s.bound(pi, rest), sid: pi}, max(limit, s.topN))
	}
	sortRanked(seeds)
	for _, r := range seeds {
		s.score(r.sid)
	}

	// The commonest terms that cannot lift a paragraph to a threshold
	// alone are left out; the others are accumulated.
	theta, thetaPara := s.thresholds()
	live = slices.DeleteFunc(live, func(i int) bool { return s.terms[i].acc })
	slices.SortStableFunc(live, func(x, y int) int { return cmpFloat(s.terms[x].c, s.terms[y].c) })
	sumC, sumPara := 0.0, 0.0
	k := 0
	for ; k < len(live); k++ {
		t := &s.terms[live[k]]
		if (sumC+t.c+p.ArtWeight*s.maxArt)*boundSlack >= theta || (sumPara+t.pp)*boundSlack >= thetaPara {
			break
		}
		sumC, sumPara = sumC+t.c, sumPara+t.pp
	}
	for _, i := range live[k:] {
		s.accumulate(i)
	}

	// The paragraphs touched, each while its bound reaches a threshold:
	// the terms left out looked up in its postings, the likeliest to
	// matter first (MaxScore's second phase).
	out := live[:k]
	slices.Reverse(out)
	sufC := make([]float64, len(out)+1)
	sufPara := make([]float64, len(out)+1)
	for j := len(out) - 1; j >= 0; j-- {
		t := &s.terms[out[j]]
		sufC[j], sufPara[j] = sufC[j+1]+t.c, sufPara[j+1]+t.pp
	}
	for _, pi := range sc.paraTouched {
		pb := sc.paraBound[pi]
		if pb[1] < 0 {
			continue // scored
		}
		theta, thetaPara = s.thresholds()
		sent := pb[1] + p.ParaWeight*pb[0]
		if (sent+sufC[0]+p.ArtWeight*s.maxArt)*boundSlack < theta && (pb[0]+sufPara[0])*boundSlack < thetaPara {
			continue
		}
		sent += p.ArtWeight * sc.art[ix.artOf[ix.paraStart[pi]]]
		para, reaches := pb[0], true
		for j, i := range out {
			if (sent+sufC[j])*boundSlack < theta && (para+sufPara[j])*boundSlack < thetaPara {
				reaches = false
				break
			}
			t := &s.terms[i]
			if at, ok := slices.BinarySearch(t.units, pi); ok {
				tf := float64(t.tfs[at])
				w := bm25(t.wp, tf, p.ParaK1, n.para[pi])
				sent += min(t.ub, bm25(t.sw, tf, p.SentK1, n.shortest[pi])) + p.ParaWeight*w
				para += w
			}
		}
		if reaches && ((sent*boundSlack >= theta) || para*boundSlack >= thetaPara) {
			s.score(pi)
		}
	}
	// The best paragraphs' sentences that hold no query term.
	for _, r := range s.paras {
		s.top = s.offerUnmatched(r.sid)
	}
	sortRanked(s.top)

	hits := make([]Hit, len(s.top))
	for i, r := range s.top {
		hits[i] = Hit{
			Sentence: b.Sentences[r.sid],
			Score:    r.score,
			Sent:     b.sentScore(sc, r.sid, q, p.SentK1, n.sent),
			Para:     sc.paraBound[ix.paraOf[r.sid]][0],
			Art:      sc.art[ix.artOf[r.sid]],
		}
	}
	for _, pi := range sc.paraTouched {
		sc.paraBound[pi] = [2]float64{}
	}
	for _, ai := range sc.artTouched {
		sc.art[ai] = 0
	}
	return hits
}

func cmpFloat(x, y float64) int {
	switch {
	case x < y:
		return -1
	case x > y:
		return 1
	}
	return 0
}

// accumulate adds term i's paragraph postings to sc.paraBound: beside each
// touched paragraph's partial score, the bound of what the term adds to
// one of its sentences (the least of its peak and its score at the
// paragraph's count of it in the paragraph's shortest sentence: a
// sentence holds the term at most as often as its paragraph and is at
// least as long as the shortest). Paragraphs already scored are left as
// they are.
func (s *maxScore) accumulate(i int) {
	t := &s.terms[i]
	t.acc = true
	sc, n, p := s.sc, s.n, s.p
	for j, u := range t.units {
		pb := &sc.paraBound[u]
		if pb[1] < 0 {
			continue
		}
		if pb[0] == 0 {
			sc.paraTouched = append(sc.paraTouched, u)
		}
		tf := float64(t.tfs[j])
		pb[0] += bm25(t.wp, tf, p.ParaK1, n.para[u])
		pb[1] += min(t.ub, bm25(t.sw, tf, p.SentK1, n.shortest[u]))
	}
}

// rest is the most the terms not accumulated add to a sentence's combined
// score and to a paragraph's.
func (s *maxScore) rest() (sent, para float64) {
	for _, t := range s.terms {
		if t.live && !t.acc {
			sent, para = sent+t.c, para+t.pp
		}
	}
	return sent, para
}

// bound is the most a sentence of the touched paragraph pi can score,
// rest added for the terms not accumulated.
func (s *maxScore) bound(pi int32, rest float64) float64 {
	ix, pb := s.b.ix, s.sc.paraBound[pi]
	return pb[1] + s.p.ParaWeight*pb[0] + rest + s.p.ArtWeight*s.sc.art[ix.artOf[ix.paraStart[pi]]]
}

// thresholds are the limit-th best sentence score and the topN-th best
// paragraph score so far (-Inf while fewer are known; +Inf for the
// paragraphs when none is asked for).
func (s *maxScore) thresholds() (sent, para float64) {
	sent, para = math.Inf(-1), math.Inf(-1)
	if len(s.top) == s.limit {
		sent = s.top[0].score
	}
	if s.topN == 0 {
		para = math.Inf(1)
	} else if len(s.paras) == s.topN {
		para = s.paras[0].score
	}
	return sent, para
}

// score scores paragraph pi exactly, summed in the query's order as
// accumulate sums it (each term's frequency in the paragraph counted in
// its sentences' tokens, as the index counted it), offers it to the best
// paragraphs and, when their bound reaches the threshold, its sentences
// that hold a query term to the best sentences; it marks the paragraph
// scored.
func (s *maxScore) score(pi int32) {
	sc, n, p, ix := s.sc, s.n, s.p, s.b.ix
	s.tf = slices.Grow(s.tf[:0], len(s.q))[:len(s.q)]
	clear(s.tf)
	for _, w := range ix.tokWord[ix.sentOff[ix.paraStart[pi]]:ix.sentOff[ix.paraStart[pi+1]]] {
		id := ix.wordTerm[w]
		for i, qt := range s.q {
			if qt.id == id {
				s.tf[i]++
			}
		}
	}
	para, sent := 0.0, 0.0
	for i := range s.terms {
		t := &s.terms[i]
		if !t.live || s.tf[i] == 0 {
			continue
		}
		tf := float64(s.tf[i])
		para += bm25(t.wp, tf, p.ParaK1, n.para[pi])
		sent += min(t.ub, bm25(t.sw, tf, p.SentK1, n.shortest[pi]))
	}
	sc.paraBound[pi] = [2]float64{para, -1}
	if s.topN > 0 {
		s.paras = s.paras.offer(rankedHit{score: para, sid: pi}, s.topN)
	}
	theta, _ := s.thresholds()
	if (sent+p.ParaWeight*para+p.ArtWeight*sc.art[ix.artOf[ix.paraStart[pi]]])*boundSlack < theta {
		return
	}
	s.top = s.b.offerParagraph(sc, n, s.q, p, s.top, pi, false, s.limit)
}

// offerUnmatched offers to the best sentences those of the scored
// paragraph pi that hold no query term (a best paragraph's).
func (s *maxScore) offerUnmatched(pi int32) ranked {
	b, sc, p, ix := s.b, s.sc, s.p, s.b.ix
	para := p.ParaWeight * sc.paraBound[pi][0]
	top := s.top
	for sid := ix.paraStart[pi]; sid < ix.paraStart[pi+1]; sid++ {
		sent := b.sentScore(sc, sid, s.q, p.SentK1, s.n.sent)
		if sent != 0 {
			continue
		}
		top = top.offer(rankedHit{score: sent + para + p.ArtWeight*sc.art[ix.artOf[sid]], sid: sid}, s.limit)
	}
	return top
}

// paraPeak is the most one posting of term id adds to a paragraph's score
// at weight 1, computed once per term and parameters.
func (b *Base) paraPeak(n *lengthNorms, id int32, k1 float64) float64 {
	if bits := n.paraPeak[id].Load(); bits != 0 {
		return math.Float64frombits(bits)
	}
	units, tfs := b.ix.paras.postings(id)
	peak := 0.0
	for i, u := range units {
		tf := float64(tfs[i])
		peak = max(peak, tf*(k1+1)/(tf+n.para[u]))
	}
	n.paraPeak[id].Store(math.Float64bits(peak))
	return peak
}
