package knowledge

// WordAt is a question word found at one of a sentence's content tokens.
type WordAt struct {
	// Tok counts the sentence's content tokens from 0 (stop words are
	// not tokens).
	Tok int
	// Word is the question word's index in the query.
	Word int
}

// Order appends to dst, in text order, every content token of the
// sentence that stands for a question word (a token standing for several
// words once per word), and returns it: where the question's words stand,
// for measuring how close together and in what order.
func (q *Query) Order(s *Sentence, dst []WordAt) []WordAt {
	ix := q.b.ix
	lo, hi := ix.sentOff[s.ID], ix.sentOff[s.ID+1]
	for i := lo; i < hi; i++ {
		for _, r := range q.of(ix.wordTerm[ix.tokWord[i]]) {
			dst = append(dst, WordAt{Tok: int(i - lo), Word: r.word})
		}
	}
	return dst
}
