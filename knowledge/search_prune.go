package knowledge

import (
	"math"
	"slices"
)

// pruneFrom is how many sentences the corpus must hold before search
// prunes (searchPruned): 2^18, 2 MB of sentence scores, about where the
// exhaustive search's arrays outgrow the processor's caches and a posting
// accumulated becomes a cache miss. Below it, accumulating every posting
// costs less than bounding:
// CPU per search over PIAF's questions' words, thread-locked, PIAF (480
// articles) 8-11 us exhaustive against 28-30 us pruned, PIAF x16 92-98
// against 95-106 us, PIAF x64 (about 430,000 sentences) 483-502 against
// 312-325 us. Pruning is exact, so this moves only speed.
const pruneFrom = 1 << 18

// boundSlack widens every upper bound of searchPruned: a bound sums the same
// positive contributions as the score in another order and rounding, so it
// may fall a few units in the last place below it; 1e-9 is a million times
// that, and no pruning is lost to it in practice.
const boundSlack = 1 + 1e-9

// prunes reports whether searchPruned may stand in for search: limit hits
// are asked, no weight is negative (bounds add only what can raise a
// score), and the corpus holds at least from sentences.
func (b *Base) prunes(q []idTerm, p SearchParams, limit, from int) bool {
	if limit <= 0 || !(p.ParaWeight >= 0) || !(p.ArtWeight >= 0) || len(b.ix.paraOf) < from {
		return false
	}
	for _, qt := range q {
		if !(qt.weight >= 0) {
			return false
		}
	}
	return true
}

// searchPruned is search without the sentences' postings, for a large
// corpus (MaxScore over terms, by paragraph): a sentence holds only words
// its paragraph holds, so its score is at most the bounds of the terms its
// paragraph holds (see accumulateParas) plus its paragraph's and article's
// weighted scores. It finds first a threshold that the limit-th best
// candidate reaches for sure (the exact scores of the sentences of the
// best paragraphs), then scores exactly, from their tokens, the sentences
// of only the paragraphs whose bound reaches the threshold or the worst
// hit kept, whichever is higher. Every score is summed as search sums it,
// so the hits are search's to the last bit (TestSearchExact*).
func (b *Base) searchPruned(dst []Hit, sc *scratch, n *lengthNorms, q []idTerm, p SearchParams, limit int) []Hit {
	ix := b.ix
	b.termBounds(sc, n, q, p.SentK1)
	b.markTerms(sc, q)
	defer unmarkTerms(sc, q)
	sc.paraTouched = b.accumulateParas(sc, n, q, p)
	sc.artTouched = accumulate(&ix.articles, q, p.ArtK1, n.art, sc.art, sc.artTouched[:0], &sc.word)
	maxArt := 0.0
	for _, ai := range sc.artTouched {
		maxArt = max(maxArt, sc.art[ai])
	}

	// The best paragraphs: the first p.TopParagraphs make all their
	// sentences candidates; all seed the threshold.
	var paras ranked
	keep := max(p.TopParagraphs, limit)
	for _, pi := range sc.paraTouched {
		score := sc.paraBound[pi][0]
		if keep > 0 && len(paras) == keep && score < paras[0].score {
			continue // below the worst kept: offer would not take it
		}
		paras = paras.offer(rankedHit{score: score, sid: pi}, keep)
	}
	sortRanked(paras)
	best := paras[:min(len(paras), max(p.TopParagraphs, 0))]
	floor := math.Inf(-1)
	var seeds ranked
	for k, r := range paras {
		seeds = b.offerParagraph(sc, n, q, p, seeds, r.sid, k < len(best), limit)
	}
	if len(seeds) == limit {
		floor = seeds[0].score
	}

	top := make(ranked, 0, limit+1)
	for _, pi := range sc.paraTouched {
		threshold := floor
		if len(top) == limit {
			threshold = max(threshold, top[0].score)
		}
		pb := sc.paraBound[pi]
		bound := pb[1] + p.ParaWeight*pb[0]
		if (bound+p.ArtWeight*maxArt)*boundSlack < threshold ||
			(bound+p.ArtWeight*sc.art[ix.artOf[ix.paraStart[pi]]])*boundSlack < threshold {
			continue
		}
		inBest := slices.ContainsFunc(best, func(r rankedHit) bool { return r.sid == pi })
		top = b.offerParagraph(sc, n, q, p, top, pi, inBest, limit)
	}
	sortRanked(top)

	hits := carveHits(dst, len(top))
	for i, r := range top {
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

// termBounds fills sc.weight and sc.bound: each query term's weight in a
// sentence's score (times its IDF, as accumulate weighs it) and the most
// it adds to one.
func (b *Base) termBounds(sc *scratch, n *lengthNorms, q []idTerm, k1 float64) {
	sc.weight, sc.bound = sc.weight[:0], sc.bound[:0]
	for _, qt := range q {
		w := 0.0
		if qt.weight != 0 {
			w = qt.weight * b.ix.sentences.idf(qt.id)
		}
		sc.weight = append(sc.weight, w)
		sc.bound = append(sc.bound, w*b.peak(n, qt.id, k1))
	}
}

// accumulateParas is accumulate over the paragraphs into sc.paraBound,
// which adds up, beside each touched paragraph's score, the bounds of the
// query terms it holds: the least of the term's peak (the most one of its
// postings adds to any sentence) and its score at the paragraph's count
// of it in the paragraph's shortest sentence.
func (b *Base) accumulateParas(sc *scratch, n *lengthNorms, q []idTerm, p SearchParams) []int32 {
	if sc.paraBound == nil {
		sc.paraBound = make([][2]float64, len(sc.para))
	}
	l := &b.ix.paras
	touched := sc.paraTouched[:0]
	var room [8]alternative
	for i := 0; i < len(q); {
		g := group(q[i:])
		// The word's alternatives, merged: each paragraph that holds
		// any adds the best one's score and bound.
		as := room[:0]
		for k, qt := range q[i : i+g] {
			if units, tfs := l.postings(qt.id); qt.weight != 0 && len(units) > 0 {
				as = append(as, alternative{units: units, tfs: tfs, w: qt.weight * l.idf(qt.id), sw: sc.weight[i+k], bound: sc.bound[i+k]})
			}
		}
		for len(as) > 0 {
			u := nextUnit(as)
			score, bound := 0.0, 0.0
			for k := 0; k < len(as); k++ {
				a := &as[k]
				if a.units[a.at] != u {
					continue
				}
				tf := float64(a.tfs[a.at])
				score = max(score, bm25(a.w, tf, p.ParaK1, n.para[u]))
				// A sentence holds the term at most as often as its
				// paragraph and is at least as long as the paragraph's
				// shortest.
				bound = max(bound, min(a.bound, bm25(a.sw, tf, p.SentK1, n.shortest[u])))
				if a.at++; a.at == len(a.units) {
					// Read: the merge goes on without it.
					as[k] = as[len(as)-1]
					as = as[:len(as)-1]
					k--
				}
			}
			pb := &sc.paraBound[u]
			if pb[0] == 0 {
				touched = append(touched, u)
			}
			pb[0] += score
			pb[1] += bound
		}
		i += g
	}
	return touched
}

// sortRanked sorts hits best first.
func sortRanked(r ranked) {
	slices.SortFunc(r, func(x, y rankedHit) int {
		if x.before(y) {
			return -1
		}
		return 1
	})
}

// offerParagraph offers to top the candidates among paragraph pi's
// sentences, with their exact scores: those that hold a query term, and
// all of them when the paragraph is one of the best (all).
func (b *Base) offerParagraph(sc *scratch, n *lengthNorms, q []idTerm, p SearchParams, top ranked, pi int32, all bool, limit int) ranked {
	ix := b.ix
	para := p.ParaWeight * sc.paraBound[pi][0]
	for sid := ix.paraStart[pi]; sid < ix.paraStart[pi+1]; sid++ {
		sent := b.sentScore(sc, sid, q, p.SentK1, n.sent)
		if sent == 0 && !all {
			continue
		}
		score := sent + para + p.ArtWeight*sc.art[ix.artOf[sid]]
		top = top.offer(rankedHit{score: score, sid: sid}, limit)
	}
	return top
}

// sentScore is sentence sid's BM25 score for the query, summed as
// accumulate sums it (each word's best alternative), each term's frequency
// counted in the sentence's tokens (sc.weight holds the terms' weights;
// the query's terms are marked, see markTerms).
func (b *Base) sentScore(sc *scratch, sid int32, q []idTerm, k1 float64, norm []float64) float64 {
	ix := b.ix
	sc.tf = slices.Grow(sc.tf[:0], len(q))[:len(q)]
	clear(sc.tf)
	for _, w := range ix.tokWord[ix.sentOff[sid]:ix.sentOff[sid+1]] {
		for i := sc.termPos[ix.wordTerm[w]]; i > 0; i = sc.next[i-1] {
			sc.tf[i-1]++
		}
	}
	score := 0.0
	for i := 0; i < len(q); {
		n := group(q[i:])
		best, held := 0.0, false
		for j := i; j < i+n; j++ {
			if q[j].weight != 0 && sc.tf[j] > 0 {
				if c := bm25(sc.weight[j], float64(sc.tf[j]), k1, norm[sid]); !held || c > best {
					best, held = c, true
				}
			}
		}
		if held {
			score += best
		}
		i += n
	}
	return score
}

// peak is the most one posting of term id adds to a sentence's score at
// weight 1, computed once per term and parameters.
func (b *Base) peak(n *lengthNorms, id int32, k1 float64) float64 {
	peaks := n.sentPeak()
	if bits := peaks[id].Load(); bits != 0 {
		return math.Float64frombits(bits)
	}
	units, tfs := b.ix.sentences.postings(id)
	peak := 0.0
	for i, u := range units {
		tf := float64(tfs[i])
		peak = max(peak, tf*(k1+1)/(tf+n.sent[u]))
	}
	peaks[id].Store(math.Float64bits(peak))
	return peak
}

// markTerms marks the query's terms in sc.termPos and sc.next, so that
// sentScore finds a token's query terms in one look-up rather than by
// comparing it with each (a query with its synonyms holds a dozen terms
// or more, and each token of every sentence scored was compared with
// all). A term may occur more than once: its positions are chained.
func (b *Base) markTerms(sc *scratch, q []idTerm) {
	if sc.termPos == nil {
		sc.termPos = make([]int32, b.ix.terms.Len())
	}
	sc.next = slices.Grow(sc.next[:0], len(q))[:len(q)]
	for i, qt := range q {
		sc.next[i] = sc.termPos[qt.id]
		sc.termPos[qt.id] = int32(i + 1)
	}
}

// unmarkTerms undoes markTerms.
func unmarkTerms(sc *scratch, q []idTerm) {
	for _, qt := range q {
		sc.termPos[qt.id] = 0
	}
}
