package evalset

import "hash/fnv"

// DefaultFolds is the number of folds of the cross-validation the README
// reports: five folds of PIAF hold about 96 articles and 1,500 questions
// each, enough for a figure to be read to the second decimal.
const DefaultFolds = 5

// Fold is the fold, in [0, k), of the article with this id. It hashes the
// id (FNV-1a) rather than counting articles, so that a fold does not depend
// on which other articles a corpus holds. k < 1 is taken as 1.
func Fold(article string, k int) int {
	if k <= 1 {
		return 0
	}
	h := fnv.New32a()
	h.Write([]byte(article)) // a hash.Hash never fails to write
	return int(h.Sum32() % uint32(k))
}

// InTraining reports whether an article's questions may be trained on when
// fold held is the one held out.
func InTraining(article string, held, k int) bool {
	return Fold(article, k) != held
}
