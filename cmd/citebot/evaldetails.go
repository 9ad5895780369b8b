package main

import (
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/citebot/citebot/bot/match"
	"github.com/citebot/citebot/cmd/citebot/internal/score"
	"github.com/citebot/citebot/internal/evalset"
	"github.com/citebot/citebot/knowledge/lexres"
)

// writeEvalDetails prints what eval shows, when asked, after score.py's
// table: the reliability of the confidence, and with folds > 1 the figures
// of each article-disjoint fold (internal/evalset.Fold), the folds that
// training holds out.
func writeEvalDetails(w io.Writer, gold []score.Gold, preds map[string]*score.Prediction, texts map[string]string, reliability bool, folds int) error {
	if reliability {
		if err := score.MeasureReliability(gold, preds, texts).WriteTable(w); err != nil {
			return err
		}
	}
	if folds <= 1 {
		return nil
	}
	byFold := make([][]score.Gold, folds)
	for _, g := range gold {
		if g.Article != nil {
			f := evalset.Fold(*g.Article, folds)
			byFold[f] = append(byFold[f], g)
		}
	}
	var b strings.Builder
	fmt.Fprintf(&b, "folds (answerable questions, by article)\n")
	fmt.Fprintf(&b, "  fold  questions  cited_right  false_abstain  short_answer\n")
	for f, gs := range byFold {
		r := score.Score(gs, preds, texts, 0)
		fmt.Fprintf(&b, "  %4d  %9d  %11.4f  %13.4f  %12.4f\n", f, len(gs), r.CitedRight, r.FalseAbstain, r.ShortAnswer)
	}
	_, err := io.WriteString(w, b.String())
	return err
}

// modelOptions are the matcher options of a model file ("" for the
// embedded model). A model that weighs the thesaurus reads it from
// thesaurus ("" for where Debian's mythes-fr installs it): answered
// without it, the model would not be the one that was measured, so a
// thesaurus that is not installed is an error, not a silent difference.
func modelOptions(path, thesaurus string) (match.Options, error) {
	if path == "" {
		return match.Options{}, nil
	}
	data, err := os.ReadFile(path)
	if err != nil {
		return match.Options{}, fmt.Errorf("eval: %w", err)
	}
	w, err := match.ParseModel(data, match.DefaultWeights())
	if err != nil {
		return match.Options{}, fmt.Errorf("eval: %s: %w", path, err)
	}
	opts := match.Options{Weights: &w}
	if w.Thesaurus != 0 {
		th, err := lexres.FindThesaurus(thesaurus)
		if err != nil {
			return match.Options{}, fmt.Errorf("eval: %w", err)
		}
		if th == nil {
			return match.Options{}, fmt.Errorf("eval: %s weighs the thesaurus, which is not installed (apt-get install mythes-fr)", path)
		}
		opts.Thesaurus = th
	}
	return opts, nil
}
