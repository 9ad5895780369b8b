package main

import (
	"fmt"
	"io"
	"slices"

	"github.com/citebot/citebot/cmd/citebot/internal/train"
	"github.com/citebot/citebot/internal/evalset"
)

// boostGrid are the settings `citebot train --ranking-grid` measures,
// each at every count of trees in gridTrees (the first trees of one fit).
var boostGrid = []train.BoostParams{
	{Depth: 2, MinLeaf: 50, Rate: 0.05, Loss: "softmax"},
	{Depth: 3, MinLeaf: 50, Rate: 0.05, Loss: "softmax"},
	{Depth: 4, MinLeaf: 50, Rate: 0.05, Loss: "softmax"},
	{Depth: 5, MinLeaf: 50, Rate: 0.05, Loss: "softmax"},
	{Depth: 4, MinLeaf: 400, Rate: 0.05, Loss: "softmax"},
	{Depth: 4, MinLeaf: 50, Rate: 0.05, Loss: "lambda"},
}

var gridTrees = []int{10, 25, 50, 100, 200, 300}

// rankingGrid prints, for each setting of boostGrid and count of trees,
// the share of questions whose best candidate is right under the hand-set
// weights and the trees learnt on the other folds, with the training
// folds' own share beside it (how much the trees fit what they saw).
func (d *trainData) rankingGrid(w io.Writer, k int) error {
	type tally struct{ held, fit, fitN int }
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
				wt.Trees = forest[:n]
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
