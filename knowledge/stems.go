package knowledge

import "github.com/citebot/citebot/knowledge/french"

// StemOf returns the analyser's stem of a folded word the corpus holds, as
// the index holds it, and false for a word the corpus lacks or holds only
// as a number (a number's stem is its fold, not the analyser's). A matcher
// asks it before stemming a word: the corpus's words, a cited sentence's
// and most of a question's, are then not stemmed again, and its stem cache
// holds only the words the corpus lacks.
func (b *Base) StemOf(fold string) (string, bool) {
	ix := b.ix
	f, ok := ix.folds.Find(fold)
	if !ok {
		return "", false
	}
	t := (*b.foldStemTable())[f]
	if t < 0 {
		return "", false
	}
	return ix.terms.At(t), true
}

// foldStemTable is, per fold ID, the term ID of the fold's stem when a
// token that is not a number holds it, else -1; made when first needed
// (4 bytes a distinct word). Concurrent questions may each make it; they
// are the same.
func (b *Base) foldStemTable() *[]int32 {
	if t := b.foldStems.Load(); t != nil {
		return t
	}
	ix := b.ix
	tab := make([]int32, ix.folds.Len())
	for i := range tab {
		tab[i] = -1
	}
	for i, w := range ix.tokWord {
		if french.Kind(ix.tokKind[i]) != french.Number {
			tab[ix.wordFold[w]] = ix.wordTerm[w]
		}
	}
	b.foldStems.Store(&tab)
	return &tab
}

// StemCursor reads a sentence's words' stems from the index, in text
// order, so that a caller walking the sentence's words need not stem them
// again (a look-up in the analyser's cache per word).
type StemCursor struct {
	ix    *index
	i, hi uint32
}

// StemCursor returns a cursor at the start of the sentence's words.
func (b *Base) StemCursor(s *Sentence) StemCursor {
	return StemCursor{ix: b.ix, i: b.ix.sentOff[s.ID], hi: b.ix.sentOff[s.ID+1]}
}

// Stem returns the analyser's stem of the folded word that starts at byte
// start of the sentence, when the index holds that word there, and false
// otherwise (a stop word, a number, a word cut another way): the caller
// stems it then. A word it gives the stem of is a content word
// (french.IsContent): the index holds no other. Calls must come in
// increasing order of start.
func (c *StemCursor) Stem(start int, fold string) (string, bool) {
	ix := c.ix
	for c.i < c.hi && int(ix.tokStart[c.i]) < start {
		c.i++
	}
	for j := c.i; j < c.hi && int(ix.tokStart[j]) == start; j++ {
		// A number's stem is its fold, not the analyser's stem.
		if french.Kind(ix.tokKind[j]) == french.Number {
			continue
		}
		if w := ix.tokWord[j]; ix.folds.At(ix.wordFold[w]) == fold {
			return ix.terms.At(ix.wordTerm[w]), true
		}
	}
	return "", false
}
