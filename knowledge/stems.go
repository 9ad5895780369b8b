package knowledge

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
