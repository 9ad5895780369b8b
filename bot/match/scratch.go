package match

import (
	"slices"
	"sync"

	"github.com/citebot/citebot/knowledge"
	"github.com/citebot/citebot/knowledge/french"
)

// rankScratch is what a ranking is carved from, kept between questions in
// the matcher's pool: a question's candidates, its memo of how well each
// sentence matches each word, its articles' scratch spaces and the
// numbers they hold would otherwise be a hundred allocations a question.
// A ranking takes one from the pool and gives it back on release, so
// concurrent questions never share one.
type rankScratch struct {
	cands  []scored
	memo   sentMemo
	arts   map[*knowledge.Article]*articleScratch
	slab   []articleScratch
	floats []float64
	bools  []bool
	words  []knowledge.QueryWord
	alts   []knowledge.QueryTerm
	spans  spanScratch
	// stemTerms and titleHeld are titleCoverage's (ranking.stemTerms).
	stemTerms []stemTerm
	titleHeld []bool
	// reads are the rooms of the sentences a question reads for the
	// short-answer rules (question.readRooms), one a sentence: their
	// tokens, stems and marks are overwritten by the next question's.
	reads []*reading
}

// spanScratch is what the span model reads the cited sentence into (see
// eachSpan), kept with the ranking's scratch space: a sentence's cut, its
// per-token marks and its candidates' scores were a dozen allocations an
// answer, the largest of them.
type spanScratch struct {
	toks            []french.Span
	isContent, inQ  []bool
	class           []wordClass
	qAt, headAt     []int
	mentions, dates []byteSpan
	scores          []spanScore
	feats           [][numSpanBase]float64 // the candidates' features, when the model has trees
}

// falses is bs with room for n falses.
func falses(bs []bool, n int) []bool {
	bs = slices.Grow(bs[:0], n)[:n]
	clear(bs)
	return bs
}

// Sizes of a pooled scratch space, enough for most questions (a ranking
// that needs more allocates the rest as before): floats and bools for
// about 60 sentences' matches and a dozen articles' features of a
// ten-word question.
const (
	scratchFloats = 1024
	scratchBools  = 256
	scratchSlab   = 16
	// scratchReads bounds the sentences' rooms kept (rankScratch.reads):
	// a question reads one or two sentences, rarely its every candidate.
	scratchReads = 8
	// maxPooledTokens bounds the tokens of a question whose room is
	// kept for the next (Matcher.questionToks): a longer one's is let go.
	maxPooledTokens = 256
)

func newRankScratchPool() *sync.Pool {
	return &sync.Pool{New: func() any {
		return &rankScratch{
			memo:   newSentMemo(),
			arts:   make(map[*knowledge.Article]*articleScratch, 16),
			slab:   make([]articleScratch, scratchSlab),
			floats: make([]float64, scratchFloats),
			bools:  make([]bool, scratchBools),
			spans:  spanScratch{scores: make([]spanScore, 0, spanScoresCap)},
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
// scratch spaces with nothing computed. The span scratch is not cleared:
// eachSpan overwrites what it reads.
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
	sc.memo.reset()
	clear(sc.arts)
	sc.cands = r.cands[:0]
	clear(r.stemTermList) // no strings kept alive
	sc.stemTerms, sc.titleHeld = r.stemTermList[:0], r.titleHeld[:0]
	r.q.readRooms, r.q.reading = nil, nil // the rooms are the pool's again
	clear(sc.words)
	clear(sc.alts)
	r.pool.Put(sc)
}

// sentMemo maps sentence IDs to their matches, by open addressing: a
// question looks up about a hundred sentences, and clearing a Go map for
// the next question costs as much as its look-ups. Only the slots taken
// are cleared.
type sentMemo struct {
	slots []memoSlot // a power of two in number; id 0 is an empty slot
	taken []int32    // the slots taken, in order
	shift uint       // 32 - log2(len(slots))
}

// memoSlot holds a sentence's matches under its ID plus one.
type memoSlot struct {
	id int32
	ws []float64
}

// memoSlots is a new memo's size: four times the sentences most questions
// look up, so that probes stay short.
const memoSlots = 256

func newSentMemo() sentMemo {
	return sentMemo{slots: make([]memoSlot, memoSlots), shift: 32 - 8}
}

// slot is where the search for id starts (Fibonacci hashing).
func (t *sentMemo) slot(id int32) int {
	return int(uint32(id+1) * 0x9E3779B1 >> t.shift)
}

func (t *sentMemo) get(id int32) ([]float64, bool) {
	mask := len(t.slots) - 1
	for i := t.slot(id); ; i = (i + 1) & mask {
		switch t.slots[i].id {
		case id + 1:
			return t.slots[i].ws, true
		case 0:
			return nil, false
		}
	}
}

// put files ws under id, which is not there yet.
func (t *sentMemo) put(id int32, ws []float64) {
	if 4*(len(t.taken)+1) > 3*len(t.slots) {
		t.grow()
	}
	mask := len(t.slots) - 1
	i := t.slot(id)
	for t.slots[i].id != 0 {
		i = (i + 1) & mask
	}
	t.slots[i] = memoSlot{id: id + 1, ws: ws}
	t.taken = append(t.taken, int32(i))
}

// grow doubles the slots and files every entry again.
func (t *sentMemo) grow() {
	old, taken := t.slots, t.taken
	t.slots, t.taken, t.shift = make([]memoSlot, 2*len(old)), make([]int32, 0, 2*len(taken)), t.shift-1
	for _, i := range taken {
		t.put(old[i].id-1, old[i].ws)
	}
}

// reset empties the memo, clearing only the slots taken.
func (t *sentMemo) reset() {
	for _, i := range t.taken {
		t.slots[i] = memoSlot{}
	}
	t.taken = t.taken[:0]
}
