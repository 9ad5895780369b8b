package main

import (
	"flag"
	"slices"
	"strings"

	"github.com/citebot/citebot/bot/match"
	"github.com/citebot/citebot/cmd/citebot/internal/score"
	"github.com/citebot/citebot/cmd/citebot/internal/train"
	"github.com/citebot/citebot/knowledge"
)

// What `citebot train` varies for measurement: the features the learnt
// models may use, and the abstention negatives with the answer hidden.

// answeringSentences finds, for each gold question, the sentences of its
// article that cite right, as paragraph → sentence numbers.
func (d *trainData) answeringSentences() []map[int][]int {
	out := make([]map[int][]int, len(d.gold))
	parallel(len(d.gold), func(i int) {
		g := d.gold[i]
		a := d.full.Article(*g.Article)
		if a == nil {
			return
		}
		for _, p := range a.Paragraphs {
			for _, s := range p.Sentences {
				// The article's own sentence: verbatim and in
				// the right article by construction.
				if ok, _ := score.Supports(g, s.Text); ok {
					if out[i] == nil {
						out[i] = map[int][]int{}
					}
					out[i][s.Paragraph] = append(out[i][s.Paragraph], s.N)
				}
			}
		}
	})
	return out
}

// hider hides what hide says of question i's answer (see trainData.hide;
// nil: nothing to hide).
func (d *trainData) hider(i int, hide string) func(*knowledge.Sentence) bool {
	if hide == "none" || len(d.answering[i]) == 0 {
		return nil
	}
	ans, article := d.answering[i], *d.gold[i].Article
	return func(s *knowledge.Sentence) bool {
		if s.Article.ID != article {
			return false
		}
		ns, ok := ans[s.Paragraph]
		return ok && (hide == "paragraph" || slices.Contains(ns, s.N))
	}
}

// featureMask reads --rank-features or --abstain-features: 1 for each
// of names the list gives, for every one when it is empty.
func featureMask(list string, names []string) ([]float64, error) {
	mask := make([]float64, len(names))
	for i, n := range names {
		if list == "" || slices.Contains(strings.Split(list, ","), n) {
			mask[i] = 1
		}
	}
	for _, n := range strings.Split(list, ",") {
		if list != "" && !slices.Contains(names, n) {
			return nil, usagef("train: no feature %q (features: %s)", n, strings.Join(names, ", "))
		}
	}
	return mask, nil
}

// masked is r with the features the ranker may not use zeroed.
func (d *trainData) masked(r train.Ranked) train.Ranked {
	out := train.Ranked{Right: r.Right, Features: make([]match.RankFeatures, len(r.Features)), Tree: make([]match.TreeFeatures, len(r.Tree))}
	for i, f := range r.Features {
		for k := range f {
			out.Features[i][k] = f[k] * d.rankMask[k]
		}
	}
	for i, f := range r.Tree {
		out.Tree[i] = f
		for k := range d.rankMask {
			out.Tree[i][k] *= d.rankMask[k]
		}
		// Never for the trees unless the table never saw the
		// question (--nested-translation): Model 1 trained on the
		// very questions they learn from translates their answering
		// sentences far better than a new question's (training
		// folds 0.66–0.72 best right with it, held out 0.56–0.57;
		// without it 0.58–0.62 and 0.573–0.575).
		if !d.nested {
			out.Tree[i][match.FeatTranslation] = 0
		}
	}
	return out
}

// boostFlags declares the boosting's numbers as flags, for measuring
// others than train.DefaultBoost on the held-out folds.
func boostFlags(fl *flag.FlagSet) *train.BoostParams {
	p := train.DefaultBoost
	fl.IntVar(&p.Trees, "trees", p.Trees, "--ranker gbdt: how many trees")
	fl.IntVar(&p.Depth, "depth", p.Depth, "--ranker gbdt: the trees' depth")
	fl.IntVar(&p.MinLeaf, "min-leaf", p.MinLeaf, "--ranker gbdt: the fewest candidates in a leaf")
	fl.Float64Var(&p.Rate, "rate", p.Rate, "--ranker gbdt: the learning rate")
	fl.StringVar(&p.Loss, "loss", p.Loss, "--ranker gbdt: \"softmax\" or \"lambda\" (LambdaMART)")
	return &p
}
