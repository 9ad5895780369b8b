package knowledge

import "github.com/citebot/citebot/knowledge/french"

// EachStem calls f with each folded word of the corpus whose stem, as the
// index holds it, is the analyser's stem of the word: the words whose stem
// differs from their fold. (A number's stem is its fold, not the
// analyser's, so a word whose stem is its fold may be one and is left
// out.) A matcher primes its stem cache with them: the cited sentences'
// words are then not stemmed again.
func (b *Base) EachStem(f func(fold, stem string)) {
	ix := b.ix
	for w, fi := range ix.wordFold {
		if fold, stem := ix.folds.strs[fi], ix.terms.strs[ix.wordTerm[w]]; stem != fold {
			f(fold, stem)
		}
	}
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
		if w := ix.tokWord[j]; ix.folds.strs[ix.wordFold[w]] == fold {
			return ix.terms.strs[ix.wordTerm[w]], true
		}
	}
	return "", false
}
