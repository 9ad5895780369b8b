package knowledge

import (
	"math"
	"slices"

	"github.com/citebot/citebot/knowledge/french"
	"github.com/citebot/citebot/knowledge/strtab"
)

// level is a BM25 index over one kind of unit (sentence, paragraph or
// article), in flat arrays: the postings of term t are unit[off[t]:off[t+1]]
// with their term frequencies in tf, units in increasing order.
type level struct {
	off    []uint32
	unit   []int32
	tf     []uint16
	length []float32
	avg    float64
}

// postings returns the units holding term id and how often.
func (l *level) postings(id int32) ([]int32, []uint16) {
	if id < 0 || int(id)+1 >= len(l.off) {
		return nil, nil
	}
	lo, hi := l.off[id], l.off[id+1]
	return l.unit[lo:hi], l.tf[lo:hi]
}

// df is how many units hold term id.
func (l *level) df(id int32) int {
	if id < 0 || int(id)+1 >= len(l.off) {
		return 0
	}
	return int(l.off[id+1] - l.off[id])
}

// The bits of a token's tokBits: its french.Flags in the low four, then
// First and Part.
const (
	tokFlagsMask = 0x0f
	tokFirst     = 1 << 4
	tokPart      = 1 << 5
)

// index holds the three BM25 levels and the per-sentence analysis, as flat
// arrays of integers with no pointer, so that it is compact in memory and
// written to and read from an index file as it is.
type index struct {
	// terms finds a stem's term ID, its position in terms.
	terms strtab.Packed
	// A word is a distinct (folded form, stem) pair: wordFold and wordTerm
	// give its fold ID and term ID.
	wordFold []int32
	wordTerm []int32
	// folds lists the distinct folded words. foldCount counts each as a whole content word (not a compound's
	// part), for spelling correction; foldLower marks the ones the corpus
	// writes in lower case at least once: common words, not names.
	folds     strtab.Packed
	foldCount []int32
	foldLower []bool
	// The tokens of sentence s are tokens sentOff[s] to sentOff[s+1]-1:
	// each a word ID, a byte offset and length in the sentence, a
	// french.Kind and bits (tokFlagsMask, tokFirst, tokPart).
	sentOff  []uint32
	tokWord  []int32
	tokStart []uint32
	tokLen   []uint16
	tokKind  []uint8
	tokBits  []uint8

	sentences level
	paras     level
	articles  level
	// paraOf maps a sentence ID to its global paragraph number, artOf to
	// its article's position in Base.Articles; the sentences of global
	// paragraph p are paraStart[p] to paraStart[p+1]-1.
	paraOf    []int32
	artOf     []int32
	paraStart []int32
}

// builder assigns term, fold and word IDs while the index is built, one
// article at a time, in the order of their sentence IDs.
type builder struct {
	ix    *index
	terms map[string]int32
	folds map[string]int32
	// termStrs and foldStrs are the stems and folds by ID, packed into
	// the index's tables when it is done.
	termStrs, foldStrs []string
	words              map[[2]string]int32
	// postings per level and term ID, flattened when the level is done.
	posts [3][][]posting
	an    *french.Analyzer
	// tf counters, reused: term ID → count, with the IDs touched.
	sentTF, paraTF, artTF counter
}

type posting struct {
	unit int32
	tf   uint16
}

func newBuilder() *builder {
	return &builder{
		ix:    &index{sentOff: []uint32{0}},
		terms: make(map[string]int32, 1024),
		folds: make(map[string]int32, 1024),
		words: make(map[[2]string]int32, 1024),
		an:    french.NewAnalyzer(),
	}
}

// article adds the article's sentences' analyses (terms, in sentence
// order) to the index, and its units to the three levels; ai is its
// position in Base.Articles.
func (bd *builder) article(ai int, a *Article, sentTerms [][]french.Term) {
	ix := bd.ix
	bd.artTF.reset()
	artLen := 0
	for _, t := range bd.an.Analyze(a.Title) {
		bd.artTF.inc(bd.term(t.Stem))
		artLen++
	}
	k := 0 // the sentence's place in the article
	for _, p := range a.Paragraphs {
		bd.paraTF.reset()
		paraLen := 0
		nPara := int32(len(ix.paraStart))
		ix.paraStart = append(ix.paraStart, int32(p.Sentences[0].ID))
		for _, s := range p.Sentences {
			terms := sentTerms[k] // analysed while the article was parsed
			k++
			ix.paraOf = append(ix.paraOf, nPara)
			ix.artOf = append(ix.artOf, int32(ai))
			bd.sentTF.reset()
			for _, t := range terms {
				id := bd.token(t)
				bd.sentTF.inc(id)
				bd.paraTF.inc(id)
				bd.artTF.inc(id)
			}
			ix.sentOff = append(ix.sentOff, uint32(len(ix.tokWord)))
			bd.add(0, &ix.sentences, int32(s.ID), &bd.sentTF, len(terms))
			paraLen += len(terms)
			artLen += len(terms)
		}
		bd.add(1, &ix.paras, nPara, &bd.paraTF, paraLen)
	}
	bd.add(2, &ix.articles, int32(ai), &bd.artTF, artLen)
}

// done flattens the levels and returns the index.
func (bd *builder) done() *index {
	ix := bd.ix
	ix.paraStart = append(ix.paraStart, int32(len(ix.paraOf)))
	bd.finish(0, &ix.sentences)
	bd.finish(1, &ix.paras)
	bd.finish(2, &ix.articles)
	ix.terms = strtab.Pack(bd.termStrs)
	ix.folds = strtab.Pack(bd.foldStrs)
	return ix
}

// term returns the stem's term ID, assigning the next one to a new stem.
func (bd *builder) term(stem string) int32 {
	if id, ok := bd.terms[stem]; ok {
		return id
	}
	id := int32(len(bd.termStrs))
	bd.terms[stem] = id
	bd.termStrs = append(bd.termStrs, stem)
	return id
}

// token appends a sentence's term to the token arrays and returns its term
// ID.
func (bd *builder) token(t french.Term) int32 {
	ix := bd.ix
	key := [2]string{t.Fold, t.Stem}
	w, ok := bd.words[key]
	if !ok {
		f, ok := bd.folds[t.Fold]
		if !ok {
			f = int32(len(bd.foldStrs))
			bd.folds[t.Fold] = f
			bd.foldStrs = append(bd.foldStrs, t.Fold)
			ix.foldCount = append(ix.foldCount, 0)
			ix.foldLower = append(ix.foldLower, false)
		}
		w = int32(len(ix.wordFold))
		bd.words[key] = w
		ix.wordFold = append(ix.wordFold, f)
		ix.wordTerm = append(ix.wordTerm, bd.term(t.Stem))
	}
	bits := uint8(t.Flags) & tokFlagsMask
	if t.First {
		bits |= tokFirst
	}
	if t.Part {
		bits |= tokPart
	} else {
		f := ix.wordFold[w]
		ix.foldCount[f]++
		if t.Flags&(french.Capitalized|french.AllCaps) == 0 {
			ix.foldLower[f] = true
		}
	}
	ix.tokWord = append(ix.tokWord, w)
	ix.tokStart = append(ix.tokStart, uint32(t.Start))
	ix.tokLen = append(ix.tokLen, uint16(min(t.End-t.Start, math.MaxUint16)))
	ix.tokKind = append(ix.tokKind, uint8(t.Kind))
	ix.tokBits = append(ix.tokBits, bits)
	return ix.wordTerm[w]
}

// terms rebuilds the analysis of sentence id from its tokens.
func (ix *index) sentenceTerms(id int) []french.Term {
	lo, hi := ix.sentOff[id], ix.sentOff[id+1]
	return ix.appendSentenceTerms(make([]french.Term, 0, hi-lo), id)
}

// appendSentenceTerms appends a sentence's terms to out.
func (ix *index) appendSentenceTerms(out []french.Term, id int) []french.Term {
	lo, hi := ix.sentOff[id], ix.sentOff[id+1]
	for i := lo; i < hi; i++ {
		w := ix.tokWord[i]
		bits := ix.tokBits[i]
		start := int(ix.tokStart[i])
		out = append(out, french.Term{
			Fold:  ix.folds.At(ix.wordFold[w]),
			Stem:  ix.terms.At(ix.wordTerm[w]),
			Start: start,
			End:   start + int(ix.tokLen[i]),
			Kind:  french.Kind(ix.tokKind[i]),
			Flags: french.Flags(bits & tokFlagsMask),
			First: bits&tokFirst != 0,
			Part:  bits&tokPart != 0,
		})
	}
	return out
}

// counter counts term IDs in one unit, remembering which it touched so
// that a reset costs only what was counted.
type counter struct {
	n       []uint16
	touched []int32
}

func (c *counter) inc(id int32) {
	if int(id) >= len(c.n) {
		c.n = append(c.n, make([]uint16, int(id)+1-len(c.n)+256)...)
	}
	if c.n[id] == 0 {
		c.touched = append(c.touched, id)
	}
	if c.n[id] < math.MaxUint16 {
		c.n[id]++
	}
}

func (c *counter) reset() {
	for _, id := range c.touched {
		c.n[id] = 0
	}
	c.touched = c.touched[:0]
}

// add records a unit's term frequencies and length in level k.
func (bd *builder) add(k int, l *level, unit int32, tf *counter, n int) {
	posts := bd.posts[k]
	if nTerms := len(bd.termStrs); nTerms > len(posts) {
		posts = append(posts, make([][]posting, nTerms-len(posts)+1024)...)
	}
	for _, id := range tf.touched {
		posts[id] = append(posts[id], posting{unit: unit, tf: tf.n[id]})
	}
	bd.posts[k] = posts
	l.length = append(l.length, float32(n))
}

// finish flattens level k's postings and computes its average length.
func (bd *builder) finish(k int, l *level) {
	nTerms := len(bd.termStrs)
	posts := bd.posts[k]
	total := 0
	for _, p := range posts {
		total += len(p)
	}
	l.off = make([]uint32, 0, nTerms+1)
	l.unit = make([]int32, 0, total)
	l.tf = make([]uint16, 0, total)
	for id := range nTerms {
		l.off = append(l.off, uint32(len(l.unit)))
		if id < len(posts) {
			for _, p := range posts[id] {
				l.unit = append(l.unit, p.unit)
				l.tf = append(l.tf, p.tf)
			}
		}
	}
	l.off = append(l.off, uint32(len(l.unit)))
	bd.posts[k] = nil
	l.setAvg()
}

// setAvg computes the average unit length from the lengths.
func (l *level) setAvg() {
	total := 0.0
	for _, n := range l.length {
		total += float64(n)
	}
	l.avg = 0
	if len(l.length) > 0 {
		l.avg = total / float64(len(l.length))
	}
	if l.avg == 0 {
		l.avg = 1
	}
}

// idf is BM25's inverse document frequency in the form that never goes
// negative: in a small corpus on one topic, common words appear in most
// units, and a negative weight would punish a sentence for matching them.
func (l *level) idf(id int32) float64 {
	n := float64(len(l.length))
	df := float64(l.df(id))
	return math.Log(1 + (n-df+0.5)/(df+0.5))
}

// unitsIn returns the postings of term id whose unit lies in [lo, hi):
// units are sorted, so a binary search finds the first, and the end is
// mostly a few units on (an article's sentences holding a word), found by
// a short scan before a second binary search.
func (l *level) unitsIn(id int32, lo, hi int32) []int32 {
	units, _ := l.postings(id)
	i, _ := slices.BinarySearch(units, lo)
	j := i
	for j < len(units) && j-i < unitsScan && units[j] < hi {
		j++
	}
	if j-i == unitsScan {
		k, _ := slices.BinarySearch(units[j:], hi)
		j += k
	}
	return units[i:j]
}

// unitsScan is how many units unitsIn scans for the end of a range before
// it searches.
const unitsScan = 8
