package main

import (
	"cmp"
	"fmt"
	"io"
	"slices"

	"github.com/citebot/citebot/bot/match"
	"github.com/citebot/citebot/cmd/citebot/internal/train"
	"github.com/citebot/citebot/internal/evalset"
	"github.com/citebot/citebot/knowledge/lexres"
)

// boostGrid are the settings `citebot train --ranking-grid` measures,
// each at every count of trees in gridTrees (the first trees of one fit).
var boostGrid = []train.BoostParams{
	{Depth: 3, MinLeaf: 50, Rate: 0.05, Loss: "softmax"},
	{Depth: 5, MinLeaf: 50, Rate: 0.05, Loss: "softmax"},
	{Depth: 4, MinLeaf: 400, Rate: 0.05, Loss: "softmax"},
	{Depth: 4, MinLeaf: 50, Rate: 0.05, Loss: "lambda"},
}

var gridTrees = []int{10, 25, 50, 100, 200, 300}

// treeCandidates are the counts of best candidates by the weighted sum
// that `citebot train --ranker gbdt` measures the trees re-ranking
// (match.Weights.TreeCandidates).
var treeCandidates = []int{3, 5, 8, 12, 100}

// rankingGrid prints, for each setting of boostGrid and count of trees,
// the share of questions whose best candidate is right under the hand-set
// weights and the trees learnt on the other folds, with the training
// folds' own share beside it (how much the trees fit what they saw).
func (d *trainData) rankingGrid(w io.Writer, k int) error {
	type tally struct{ held, fit int }
	got := make([][]tally, len(boostGrid))
	for i := range got {
		got[i] = make([]tally, len(gridTrees))
	}
	hand := 0
	for f := range k {
		held := func(a string) bool { return evalset.Fold(a, k) == f }
		training := func(a string) bool { return !held(a) }
		all := d.candidates(d.translations(training))
		var ranked []train.Ranked
		for i, g := range d.gold {
			if training(*g.Article) {
				ranked = append(ranked, d.masked(all[i]))
			}
		}
		hand += d.top1(all, d.hand, held)
		for gi, p := range boostGrid {
			p.Trees = slices.Max(gridTrees)
			forest, err := train.Boost(ranked, p)
			if err != nil {
				return fmt.Errorf("fold %d: %w", f, err)
			}
			for ti, n := range gridTrees {
				wt := d.hand
				wt.Trees = match.NewForest(forest.Trees()[:n])
				got[gi][ti].held += d.top1(all, wt, held)
				got[gi][ti].fit += d.top1(all, wt, training)
			}
		}
		fmt.Fprintf(w, "fold %d done\n", f)
	}
	n := float64(len(d.gold))
	fmt.Fprintf(w, "best candidate right, never abstaining, held out (training folds in brackets); hand-set weights %.4f\n", float64(hand)/n)
	for gi, p := range boostGrid {
		fmt.Fprintf(w, "depth %d, min leaf %d, rate %g, %s:", p.Depth, p.MinLeaf, p.Rate, p.Loss)
		for ti, t := range gridTrees {
			fmt.Fprintf(w, "  %d: %.4f (%.4f)", t, float64(got[gi][ti].held)/n, float64(got[gi][ti].fit)/n/float64(k-1))
		}
		fmt.Fprintln(w)
	}
	return nil
}

// candidates are every gold question's candidates with their features
// under the hand-set weights, Model 1 table tr, and whether each is
// right. The candidates and their features do not depend on the ranking
// weights (the search picks them).
func (d *trainData) candidates(tr *lexres.Translations) []train.Ranked {
	return d.candidatesOf(tr, func(string) bool { return true })
}

// candidatesOf is candidates for the questions whose article keep
// accepts only (the others' are empty).
func (d *trainData) candidatesOf(tr *lexres.Translations, keep func(article string) bool) []train.Ranked {
	opts := match.Options{Weights: &d.hand, Translations: tr, Thesaurus: d.thes, AllFeatures: true}
	full := match.NewWith(d.full, opts)
	all := make([]train.Ranked, len(d.gold))
	parallel(len(d.gold), func(i int) {
		if !keep(*d.gold[i].Article) {
			return
		}
		ex := full.Explain(d.gold[i].Question)
		for _, c := range ex.Candidates {
			all[i].Features = append(all[i].Features, c.Features)
			all[i].Tree = append(all[i].Tree, c.Tree)
			all[i].Right = append(all[i].Right, d.right(d.gold[i], c.Sentence))
		}
	})
	return all
}

// top1 counts the questions accepted by held whose best candidate under
// ranking weights w (and their trees) is right (follow-up terms play no
// part on PIAF); the first of equal scores wins, as the matcher's stable
// sort does.
func (d *trainData) top1(ranked []train.Ranked, w match.Weights, held func(string) bool) int {
	rv := w.RankVector()
	n := 0
	for i, g := range d.gold {
		r := ranked[i]
		if !held(*g.Article) || len(r.Features) == 0 {
			continue
		}
		lin := make([]float64, len(r.Features))
		order := make([]int, len(r.Features))
		for j, f := range r.Features {
			for k, v := range f {
				lin[j] += rv[k] * v
			}
			order[j] = j
		}
		slices.SortStableFunc(order, func(a, b int) int { return cmp.Compare(lin[b], lin[a]) })
		if w.Trees.Len() > 0 {
			// The trees re-rank the best by the weighted sum.
			order = order[:min(len(order), w.TreeCandidates)]
		}
		best, bestScore := 0, 0.0
		for n, j := range order {
			s := lin[j]
			if w.Trees.Len() > 0 {
				s += w.Trees.Score(r.Tree[j][:])
			}
			if n == 0 || s > bestScore {
				best, bestScore = j, s
			}
		}
		if r.Right[best] {
			n++
		}
	}
	return n
}
