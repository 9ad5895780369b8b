package main

import (
	"github.com/citebot/citebot/cmd/citebot/internal/train"
	"github.com/citebot/citebot/internal/evalset"
)

// nestedCandidates are the candidates of the questions keep accepts, each
// with its Model 1 feature from a table trained without its article's
// fold (--nested-translation): the table a new question meets has never
// seen it, so the ranker learns what the feature is worth on one, not on
// the questions the table was fitted to. The folds are the cross
// validation's own, so inside training fold f, each inner fold is one of
// the other outer folds.
func (d *trainData) nestedCandidates(keep func(article string) bool) []train.Ranked {
	all := make([]train.Ranked, len(d.gold))
	for f := range d.folds {
		inner := func(a string) bool { return keep(a) && evalset.Fold(a, d.folds) == f }
		if !d.anyQuestion(inner) {
			continue // the outer fold held out
		}
		tr := d.translations(func(a string) bool { return keep(a) && !inner(a) })
		for i, r := range d.candidatesOf(tr, inner) {
			if inner(*d.gold[i].Article) {
				all[i] = r
			}
		}
	}
	return all
}

// anyQuestion reports whether keep accepts some gold question's article.
func (d *trainData) anyQuestion(keep func(article string) bool) bool {
	for _, g := range d.gold {
		if keep(*g.Article) {
			return true
		}
	}
	return false
}
