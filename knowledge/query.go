package knowledge

import (
	"math"
	"slices"
	"sync"

	"github.com/citebot/citebot/knowledge/french"
)

// TermSet is a set of the index's terms (a title's, a role's), for a
// compiled Query to look its words up in.
type TermSet struct{ ids []int32 }

// TermSet returns the set of the terms the index knows.
func (b *Base) TermSet(terms []french.Term) TermSet {
	var ids []int32
	for _, t := range terms {
		if id, ok := b.ix.terms.Find(t.Stem); ok {
			ids = append(ids, id)
		}
	}
	slices.Sort(ids)
	return TermSet{ids: slices.Compact(ids)}
}

// QueryWord is one word of a question with the stems that may stand for
// it (its own, a correction, synonyms, translations), each weighted.
type QueryWord struct {
	Alts []QueryTerm
	// Boost scales the word's weights in Search (a word of a name the
	// question gives says more about which sentence answers); 0 means 1.
	Boost float64
}

// Query is a question compiled against the index: each alternative of
// each word resolved once, so that matching a sentence is one pass over
// its terms. It is not safe for concurrent use; Release it when done.
type Query struct {
	b     *Base
	words []QueryWord
	// ids holds each word's alternatives' term IDs (-1: not in the
	// corpus).
	ids [][]int32
	// byID maps a term ID to 1 + the index in refs of the words it
	// stands for (0: none): a dense array from the base's pool.
	byID []int32
	// refs delimits, per distinct term, its words in refAll.
	refs   []refSpan
	refAll []wordRef
	sc     *queryScratch
}

// wordRef says that a term stands for word with weight.
type wordRef struct {
	word   int
	weight float64
}

// refSpan is where one term's words lie in a Query's refAll.
type refSpan struct{ start, end int32 }

// queryScratch is what a compiled query is made of, pooled per base so
// that compiling a question allocates little: the dense array of term
// IDs (all zero between uses) and the slices the query carves.
type queryScratch struct {
	byID   []int32
	ids    [][]int32
	all    []int32
	refs   []refSpan
	refAll []wordRef
	union  []int32
	terms  []idTerm
	hits   []Hit
}

// Compile prepares a query for the words.
func (b *Base) Compile(words []QueryWord) *Query {
	n := 0
	for _, w := range words {
		n += len(w.Alts)
	}
	sc := b.marks.Get().(*queryScratch)
	q := &Query{b: b, words: words, sc: sc, byID: sc.byID}
	q.ids = slices.Grow(sc.ids[:0], len(words))[:len(words)]
	sc.all = slices.Grow(sc.all[:0], n)[:n]
	all := sc.all // one array for every word's term IDs
	refs := sc.refs[:0]
	// Each distinct term's words are counted, then laid out side by
	// side, in the order of the words and their alternatives.
	for i, w := range words {
		q.ids[i], all = all[:len(w.Alts):len(w.Alts)], all[len(w.Alts):]
		for j, a := range w.Alts {
			id, ok := b.ix.terms.Find(a.Stem)
			if !ok {
				q.ids[i][j] = -1
				continue
			}
			q.ids[i][j] = id
			if q.byID[id] == 0 {
				refs = append(refs, refSpan{})
				q.byID[id] = int32(len(refs))
			}
			refs[q.byID[id]-1].end++
		}
	}
	total := int32(0)
	for k := range refs {
		c := refs[k].end
		refs[k] = refSpan{start: total, end: total}
		total += c
	}
	refAll := slices.Grow(sc.refAll[:0], int(total))[:total]
	for i, ids := range q.ids {
		for j, id := range ids {
			if id < 0 {
				continue
			}
			r := &refs[q.byID[id]-1]
			refAll[r.end] = wordRef{word: i, weight: words[i].Alts[j].Weight}
			r.end++
		}
	}
	q.refs, q.refAll = refs, refAll
	sc.ids, sc.refs, sc.refAll = q.ids, refs, refAll // kept for the next query
	return q
}

// Release gives the query's scratch space back; the query cannot be used
// afterwards.
func (q *Query) Release() {
	if q.sc == nil {
		return
	}
	for _, ids := range q.ids {
		for _, id := range ids {
			if id >= 0 {
				q.byID[id] = 0
			}
		}
	}
	q.b.marks.Put(q.sc)
	q.byID, q.sc, q.ids, q.refs, q.refAll = nil, nil, nil, nil, nil
}

// Search ranks the sentences for the query's words (see Base.Search).
// The hits are carved from the query's scratch space: they are the
// caller's until Release.
func (q *Query) Search(p SearchParams, limit int) []Hit {
	terms := q.sc.terms[:0] // the scratch's, kept for the next query
	for i, w := range q.words {
		for j, a := range w.Alts {
			if q.ids[i][j] < 0 {
				continue
			}
			wt := a.Weight
			if w.Boost != 0 {
				wt *= w.Boost
			}
			terms = append(terms, idTerm{id: q.ids[i][j], weight: wt, word: int32(i)})
		}
	}
	hits := q.b.search(q.sc.hits, terms, p, limit)
	q.sc.terms, q.sc.hits = terms[:0], hits[:0]
	return hits
}

// carveHits is n hits carved from dst when it has room, else new ones
// (never nil: a search with no hit returns an empty slice).
func carveHits(dst []Hit, n int) []Hit {
	if dst == nil || cap(dst) < n {
		return make([]Hit, n)
	}
	return dst[:n]
}

// Match returns, per word, how well the sentence holds it: the weight of
// the best alternative the sentence contains, 0 for none.
func (q *Query) Match(s *Sentence) []float64 {
	ws := make([]float64, len(q.words))
	q.MatchTo(ws, s)
	return ws
}

// MatchTo is Match into ws, which holds a zero per word.
func (q *Query) MatchTo(ws []float64, s *Sentence) {
	ix := q.b.ix
	for _, w := range ix.tokWord[ix.sentOff[s.ID]:ix.sentOff[s.ID+1]] {
		for _, r := range q.of(ix.wordTerm[w]) {
			ws[r.word] = max(ws[r.word], r.weight)
		}
	}
}

// Nearest returns, per word, the distance in bytes from offset at of the
// sentence to the nearest term that stands for the word, or -1 when the
// sentence holds none.
func (q *Query) Nearest(s *Sentence, at int) []int {
	return q.NearestTo(make([]int, len(q.words)), s, at)
}

// NearestTo is Nearest into nearest, one per word, and returns it.
func (q *Query) NearestTo(nearest []int, s *Sentence, at int) []int {
	for i := range nearest {
		nearest[i] = -1
	}
	ix := q.b.ix
	for i := ix.sentOff[s.ID]; i < ix.sentOff[s.ID+1]; i++ {
		d := int(ix.tokStart[i]) - at
		if d < 0 {
			d = -d
		}
		for _, r := range q.of(ix.wordTerm[ix.tokWord[i]]) {
			if nearest[r.word] < 0 || d < nearest[r.word] {
				nearest[r.word] = d
			}
		}
	}
	return nearest
}

// In returns the weight of the word's best alternative in the set, and
// whether any is there.
func (q *Query) In(word int, set TermSet) (float64, bool) {
	if len(set.ids) == 0 {
		return 0, false
	}
	best, ok := 0.0, false
	for j, id := range q.ids[word] {
		w := q.words[word].Alts[j].Weight
		if id < 0 || w <= best {
			continue
		}
		if _, found := slices.BinarySearch(set.ids, id); found {
			best, ok = w, true
		}
	}
	return best, ok
}

// InSet is In for every word at once, into ws (a zero per word): the
// weight of each word's best alternative in the set, 0 for none. It
// looks each of the set's terms up once instead of searching the set for
// each alternative.
func (q *Query) InSet(set TermSet, ws []float64) {
	for _, id := range set.ids {
		for _, r := range q.of(id) {
			ws[r.word] = max(ws[r.word], r.weight)
		}
	}
}

// LocalIDF weighs each word by how few sentences of the article hold it,
// counting a sentence once whichever alternatives it holds: a word found
// in every sentence of the article (its subject's name) says little about
// which of them answers.
func (q *Query) LocalIDF(a *Article) []float64 {
	ws := make([]float64, len(q.words))
	q.LocalIDFTo(ws, a)
	return ws
}

// LocalIDFTo is LocalIDF into ws, one per word.
func (q *Query) LocalIDFTo(ws []float64, a *Article) {
	first, end := articleRange(a)
	n := int(end - first)
	l := &q.b.ix.sentences
	union := q.sc.union
	for i, ids := range q.ids {
		// One alternative: its count in the article's range of sentences;
		// several: the union of their sentences, each counted once.
		df := 0
		union = union[:0]
		for j, id := range ids {
			in := l.unitsIn(id, first, end)
			if j == 0 {
				df = len(in)
			}
			if len(ids) > 1 {
				union = append(union, in...)
			}
		}
		if len(ids) > 1 {
			slices.Sort(union)
			df = len(slices.Compact(union))
		}
		ws[i] = q.b.localIDF(n, df)
	}
	q.sc.union = union[:0]
}

// localIDFRows bounds the articles whose LocalIDF weights are tabled:
// PIAF's longest has 119 sentences; the table is 66 KB.
const localIDFRows = 128

// localIDF is LocalIDF's weight of a word held by df of an article's n
// sentences, from a table for the usual lengths: a logarithm for each
// word of each candidate's article otherwise. The table holds the same
// expression's values, so the weights are the same to the bit.
func (b *Base) localIDF(n, df int) float64 {
	if n >= localIDFRows {
		return localIDFOf(n, df)
	}
	t := b.localIDFs.Load()
	if t == nil {
		// Concurrent questions may each make it; they are the same.
		tab := make([]float64, localIDFRows*(localIDFRows+1)/2)
		for n := range localIDFRows {
			for df := 0; df <= n; df++ {
				tab[n*(n+1)/2+df] = localIDFOf(n, df)
			}
		}
		t = &tab
		b.localIDFs.Store(t)
	}
	return (*t)[n*(n+1)/2+df]
}

func localIDFOf(n, df int) float64 {
	return math.Log(1 + (float64(n)-float64(df)+0.5)/(float64(df)+0.5))
}

// Held reports, per word, whether any sentence of the article holds it:
// Match over each of the article's sentences, with a weight above 0, in
// two binary searches per alternative instead of a pass over the article.
func (q *Query) Held(a *Article) []bool {
	held := make([]bool, len(q.words))
	q.HeldTo(held, a)
	return held
}

// HeldTo is Held into held, a false per word.
func (q *Query) HeldTo(held []bool, a *Article) {
	first, end := articleRange(a)
	l := &q.b.ix.sentences
	for i, ids := range q.ids {
		for j, id := range ids {
			if id >= 0 && q.words[i].Alts[j].Weight > 0 && len(l.unitsIn(id, first, end)) > 0 {
				held[i] = true
				break
			}
		}
	}
}

// articleRange returns the article's sentence IDs: first to end-1.
func articleRange(a *Article) (first, end int32) {
	last := a.Paragraphs[len(a.Paragraphs)-1].Sentences
	return int32(a.Paragraphs[0].Sentences[0].ID), int32(last[len(last)-1].ID) + 1
}

// of returns the words a term ID stands for.
func (q *Query) of(id int32) []wordRef {
	if k := q.byID[id]; k > 0 {
		r := q.refs[k-1]
		return q.refAll[r.start:r.end]
	}
	return nil
}

func newMarksPool(ix *index) *sync.Pool {
	return &sync.Pool{New: func() any {
		return &queryScratch{byID: make([]int32, ix.terms.Len())}
	}}
}
