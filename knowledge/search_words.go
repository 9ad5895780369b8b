package knowledge

// A query word's alternatives (its own stem, its synonyms, a spelling
// correction) are one word to the search, as Lucene's SynonymQuery has
// them: a unit holding several of them scores the best one's BM25
// contribution, not their sum. Summed, a sentence naming « le Forum …,
// une réunion …, le sommet … » outscored the one that says « une
// conférence sur le cyberespace » for « Dans quelle ville s'est tenue la
// conférence sur le cyberespace ? ». Each word's best contribution is
// added in the query's order by every way a score is summed (accumulate,
// accumulateParas, sentScore), so that they agree to the last bit. A word
// with an alternative of negative weight (the matcher gives none) has
// each alternative counted as a word of its own.

// accumulate adds each query word's BM25 contribution to the units that
// hold it (its best alternative's, found in wb; see below) and
// returns the units touched; norm is the level's lengthNorm.
func accumulate(l *level, q []idTerm, k1 float64, norm []float64, scores []float64, touched []int32, wb *wordBest) []int32 {
	for len(q) > 0 {
		if n := group(q); n > 1 {
			touched = accumulateGroup(l, q[:n], k1, norm, scores, touched, wb)
			q = q[n:]
			continue
		}
		qt := q[0]
		q = q[1:]
		if qt.weight == 0 {
			continue
		}
		units, tfs := l.postings(qt.id)
		w := qt.weight * l.idf(qt.id)
		for i, u := range units {
			tf := float64(tfs[i])
			if scores[u] == 0 {
				touched = append(touched, u)
			}
			scores[u] += bm25(w, tf, k1, norm[u])
		}
	}
	return touched
}

// group is the length of the run of terms at the start of q that stand
// for one query word and count once (at least 1 when q is not empty).
func group(q []idTerm) int {
	n := 1
	for n < len(q) && q[n].word == q[0].word {
		n++
	}
	for _, qt := range q[:n] {
		if qt.weight < 0 {
			return 1
		}
	}
	return n
}

// wordBest is the room where one query word's best contribution to each
// unit is found, over its alternatives: score per unit, zero between
// words, and the units that hold the word.
type wordBest struct {
	score []float64
	units []int32
}

// room makes score hold n units.
func (wb *wordBest) room(n int) {
	if len(wb.score) < n {
		wb.score = make([]float64, n)
	}
}

// alternative is one term of a query word whose postings are merged with
// the word's other terms' (accumulateParas): its postings at a level, the
// next one to read, its weight times its IDF there, its weight in a
// sentence's score and the most it adds to one.
type alternative struct {
	units        []int32
	tfs          []uint16
	at           int
	w, sw, bound float64
}

// nextUnit is the lowest unit the alternatives (at least one, none read
// to its end) have not read yet: postings are sorted by unit, and a word
// has a handful of alternatives, so their lists are merged by scanning
// their heads, reading each list in order (for a large corpus, a dense
// array of the word's best per unit cost a cache miss a posting).
func nextUnit(as []alternative) int32 {
	u := as[0].units[as[0].at]
	for _, a := range as[1:] {
		u = min(u, a.units[a.at])
	}
	return u
}

// accumulateGroup adds to each unit's score the best contribution of the
// alternatives g of one query word (see accumulate).
func accumulateGroup(l *level, g []idTerm, k1 float64, norm []float64, scores []float64, touched []int32, wb *wordBest) []int32 {
	wb.room(len(scores))
	best, units := wb.score, wb.units[:0]
	for _, qt := range g {
		if qt.weight == 0 {
			continue
		}
		us, tfs := l.postings(qt.id)
		w := qt.weight * l.idf(qt.id)
		for i, u := range us {
			if c := bm25(w, float64(tfs[i]), k1, norm[u]); c > best[u] {
				if best[u] == 0 {
					units = append(units, u)
				}
				best[u] = c
			}
		}
	}
	for _, u := range units {
		if scores[u] == 0 {
			touched = append(touched, u)
		}
		scores[u] += best[u]
		best[u] = 0
	}
	wb.units = units[:0]
	return touched
}
