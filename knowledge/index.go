package knowledge

import (
	"math"
	"slices"

	"github.com/citebot/citebot/knowledge/french"
)

// posting says that a unit (sentence, paragraph or article) holds a term
// tf times.
type posting struct {
	unit int32
	tf   uint16
}

// level is a BM25 index over one kind of unit. postings is indexed by term
// ID.
type level struct {
	postings [][]posting
	length   []float32
	avg      float64
}

// index holds the three BM25 levels and the per-sentence analysis.
type index struct {
	// terms maps a stem to its ID in the levels' postings.
	terms     map[string]int32
	sentTerms [][]french.Term
	// sentIDs holds each sentence's distinct term IDs, sorted.
	sentIDs   [][]int32
	sentences level
	paras     level
	articles  level
	// paraOf maps a sentence ID to its global paragraph number, artOf to
	// its article's position in Base.Articles.
	paraOf []int32
	artOf  []int32
	// paraSents lists the sentence IDs of each global paragraph.
	paraSents [][]int32
	// vocab counts each folded content word of the corpus, for spelling
	// correction.
	vocab map[string]int
	// lower holds the folded words the corpus writes in lower case at
	// least once: common words, not names.
	lower map[string]bool
}

// buildIndex analyses every sentence once and fills the three levels in
// one pass.
func buildIndex(b *Base) *index {
	ix := &index{
		terms:     make(map[string]int32, 1024),
		sentTerms: make([][]french.Term, len(b.Sentences)),
		sentIDs:   make([][]int32, len(b.Sentences)),
		paraOf:    make([]int32, len(b.Sentences)),
		artOf:     make([]int32, len(b.Sentences)),
		vocab:     make(map[string]int, 1024),
		lower:     make(map[string]bool, 1024),
	}
	// tf counters, reused: term ID → count, with the IDs touched.
	var sentTF, paraTF, artTF counter
	an := french.NewAnalyzer()
	var nPara int32
	for ai, a := range b.Articles {
		artTF.reset()
		artLen := 0
		for _, t := range an.Analyze(a.Title) {
			artTF.inc(ix.id(t.Stem))
			artLen++
		}
		for _, p := range a.Paragraphs {
			paraTF.reset()
			paraLen := 0
			sids := make([]int32, 0, len(p.Sentences))
			for _, s := range p.Sentences {
				sids = append(sids, int32(s.ID))
				terms := s.terms // analysed while the article was parsed
				s.terms = nil
				ix.sentTerms[s.ID] = terms
				ix.paraOf[s.ID] = nPara
				ix.artOf[s.ID] = int32(ai)
				sentTF.reset()
				for _, t := range terms {
					id := ix.id(t.Stem)
					sentTF.inc(id)
					paraTF.inc(id)
					artTF.inc(id)
					if !t.Part {
						ix.vocab[t.Fold]++
						if t.Flags&(french.Capitalized|french.AllCaps) == 0 {
							ix.lower[t.Fold] = true
						}
					}
				}
				ix.sentences.add(int32(s.ID), &sentTF, len(terms), len(ix.terms))
				ids := slices.Clone(sentTF.touched)
				slices.Sort(ids)
				ix.sentIDs[s.ID] = ids
				paraLen += len(terms)
				artLen += len(terms)
			}
			ix.paraSents = append(ix.paraSents, sids)
			ix.paras.add(nPara, &paraTF, paraLen, len(ix.terms))
			nPara++
		}
		ix.articles.add(int32(ai), &artTF, artLen, len(ix.terms))
	}
	ix.sentences.finish(len(ix.terms))
	ix.paras.finish(len(ix.terms))
	ix.articles.finish(len(ix.terms))
	return ix
}

// id returns the stem's term ID, assigning the next one to a new stem.
func (ix *index) id(stem string) int32 {
	if id, ok := ix.terms[stem]; ok {
		return id
	}
	id := int32(len(ix.terms))
	ix.terms[stem] = id
	return id
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

func (l *level) add(unit int32, tf *counter, n, nTerms int) {
	if nTerms > len(l.postings) {
		l.postings = append(l.postings, make([][]posting, nTerms-len(l.postings)+1024)...)
	}
	for _, id := range tf.touched {
		l.postings[id] = append(l.postings[id], posting{unit: unit, tf: tf.n[id]})
	}
	l.length = append(l.length, float32(n))
}

func (l *level) finish(nTerms int) {
	if nTerms < len(l.postings) {
		l.postings = l.postings[:nTerms:nTerms]
	}
	total := 0.0
	for _, n := range l.length {
		total += float64(n)
	}
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
	df := 0.0
	if id >= 0 && int(id) < len(l.postings) {
		df = float64(len(l.postings[id]))
	}
	return math.Log(1 + (n-df+0.5)/(df+0.5))
}
