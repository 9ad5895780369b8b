// Package evalset makes the evaluation sets that measure citebot on
// questions it was not tuned on: article-disjoint folds for
// cross-validation, and the "split by article" set in which half the
// articles are loaded and the other half's questions must be abstained.
//
// Everything here is deterministic and depends only on article ids, so a
// fold or a split is the same on every machine, in CI and in the training
// command, and adding an article never moves another one to another fold.
package evalset
