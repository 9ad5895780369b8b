package match

import (
	"sync"

	"github.com/citebot/citebot/knowledge"
)

// rankScratch is what a ranking is carved from, kept between questions in
// the matcher's pool: a question's candidates, its memo of how well each
// sentence matches each word, its articles' scratch spaces and the
// numbers they hold would otherwise be a hundred allocations a question.
// A ranking takes one from the pool and gives it back on release, so
// concurrent questions never share one.
type rankScratch struct {
	cands  []scored
	memo   map[int32][]float64
	arts   map[*knowledge.Article]*articleScratch
	slab   []articleScratch
	floats []float64
	bools  []bool
	words  []knowledge.QueryWord
	alts   []knowledge.QueryTerm
}

// Sizes of a pooled scratch space, enough for most questions (a ranking
// that needs more allocates the rest as before): floats and bools for
// about 60 sentences' matches and a dozen articles' features of a
// ten-word question.
const (
	scratchFloats = 1024
	scratchBools  = 256
	scratchSlab   = 16
)

func newRankScratchPool() *sync.Pool {
	return &sync.Pool{New: func() any {
		return &rankScratch{
			memo:   make(map[int32][]float64, 64),
			arts:   make(map[*knowledge.Article]*articleScratch, 16),
			slab:   make([]articleScratch, scratchSlab),
			floats: make([]float64, scratchFloats),
			bools:  make([]bool, scratchBools),
		}
	}}
}

// floats carves n zeros from the ranking's scratch space.
func (r *ranking) floats(n int) []float64 {
	if len(r.free) < n {
		r.free = make([]float64, max(matchesChunk*len(r.q.terms), n))
		r.ownFloats = false
	}
	ws := r.free[:n:n]
	r.free = r.free[n:]
	return ws
}

// bools carves n falses from the ranking's scratch space.
func (r *ranking) bools(n int) []bool {
	if len(r.freeBools) < n {
		r.freeBools = make([]bool, max(scratchBools, n))
		r.ownBools = false
	}
	bs := r.freeBools[:n:n]
	r.freeBools = r.freeBools[n:]
	return bs
}

// putScratch gives the ranking's scratch space back to the pool, cleared
// as a new one is: zeros where the ranking carved, empty maps, articles'
// scratch spaces with nothing computed.
func (r *ranking) putScratch() {
	sc := r.sc
	if sc == nil {
		return
	}
	r.sc = nil
	used := len(sc.floats)
	if r.ownFloats {
		used -= len(r.free)
	}
	clear(sc.floats[:used])
	used = len(sc.bools)
	if r.ownBools {
		used -= len(r.freeBools)
	}
	clear(sc.bools[:used])
	clear(sc.slab)
	clear(sc.memo)
	clear(sc.arts)
	sc.cands = r.cands[:0]
	clear(sc.words)
	clear(sc.alts)
	r.pool.Put(sc)
}
