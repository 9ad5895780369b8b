package main

import (
	"context"
	"fmt"
	"io/fs"
	"os"
	"runtime"
	"sync"
	"time"

	"github.com/citebot/citebot/adapters/jsonl"
	"github.com/citebot/citebot/bot"
	"github.com/citebot/citebot/cmd/citebot/internal/score"
)

// runEval answers gold questions in-process and scores the answers with
// score.py's rules.
func runEval(ctx context.Context, e proc, args []string) error {
	start := time.Now() // questions/s counts start-up, as score.py does
	lc, err := newLocalCommand("eval", e)
	if err != nil {
		return err
	}
	jsonOut := lc.fs.Bool("json", false, "print one JSON object")
	showWrong := lc.fs.Int("show-wrong", 0, "list up to N failures")
	predFile := lc.fs.String("pred", "", "score the answer lines in this file")
	reliability := lc.fs.Bool("reliability", false, "also print confidence against accuracy")
	folds := lc.fs.Int("folds", 0, "also score each of N article-disjoint folds")
	modelFile := lc.fs.String("model", "", "answer with this model (citebot train --write) instead of the embedded one")
	pos, err := parseInterspersed(lc.fs, args, e)
	if err != nil {
		return err
	}
	if len(pos) != 1 {
		return usagef("eval: give one gold file: citebot eval GOLD.jsonl")
	}
	if err := lc.cfg.ValidateLocal(); err != nil {
		return err // a wrong corpus folder before a missing gold file
	}
	gold, err := readGold(pos[0])
	if err != nil {
		return err
	}

	var preds map[string]*score.Prediction
	var fsys fs.FS
	unparsable := 0
	if *predFile != "" {
		fsys = corpusFS(lc.cfg.Corpus)
		raw, err := os.ReadFile(*predFile)
		if err != nil {
			return fmt.Errorf("eval: %w", err)
		}
		preds, unparsable = score.ParsePredictions(string(raw))
	} else {
		logger, base, f, err := lc.load(e)
		if err != nil {
			return err
		}
		fsys = f
		opts := bot.Options{Logger: logger}
		if opts.Matcher, err = modelOptions(*modelFile, ""); err != nil {
			return err
		}
		if preds, err = askGold(ctx, jsonl.Asker{Handler: bot.New(base, opts)}, gold); err != nil {
			return err
		}
	}
	texts, err := score.LoadCorpus(fsys)
	if err != nil {
		return fmt.Errorf("eval: %w", err)
	}
	res := score.Score(gold, preds, texts, unparsable)
	if *predFile == "" {
		res.SetElapsed(time.Since(start))
	}
	if *jsonOut {
		err = res.WriteJSON(e.stdout)
	} else {
		err = res.WriteTable(e.stdout)
	}
	if err == nil && !*jsonOut {
		err = writeEvalDetails(e.stdout, gold, preds, texts, *reliability, *folds)
	}
	if err == nil && *showWrong > 0 {
		err = res.WriteFailures(e.stdout, *showWrong)
	}
	return err
}

// askGold answers the gold questions in the conversations that score.py's
// batch_input would give them: each conversation in order, different
// conversations on different processors.
func askGold(ctx context.Context, a jsonl.Asker, gold []score.Gold) (map[string]*score.Prediction, error) {
	var groups [][]int
	byConv := map[string]int{}
	for i, g := range gold {
		k, ok := byConv[g.Conversation()]
		if !ok {
			k = len(groups)
			byConv[g.Conversation()] = k
			groups = append(groups, nil)
		}
		groups[k] = append(groups[k], i)
	}
	replies := make([]*score.Prediction, len(gold))
	next := make(chan []int)
	var wg sync.WaitGroup
	for range runtime.GOMAXPROCS(0) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for group := range next {
				for _, i := range group {
					rec := a.Answer(ctx, jsonl.Input{Question: gold[i].Question, Conversation: gold[i].Conversation()})
					replies[i] = prediction(rec.Reply)
				}
			}
		}()
	}
	for _, g := range groups {
		if ctx.Err() != nil {
			break
		}
		next <- g
	}
	close(next)
	wg.Wait()
	if err := ctx.Err(); err != nil {
		return nil, fmt.Errorf("eval: %w", err)
	}
	preds := make(map[string]*score.Prediction, len(gold))
	for i, g := range gold {
		preds[g.ID] = replies[i]
	}
	return preds, nil
}

// prediction keeps what scoring reads of a reply.
func prediction(r bot.Reply) *score.Prediction {
	p := &score.Prediction{Answered: r.Answered, Answer: r.Answer, Text: r.Text, Confidence: r.Confidence}
	for _, c := range r.Citations {
		p.Citations = append(p.Citations, score.Citation{Article: c.Article, Quote: c.Quote})
	}
	return p
}

func readGold(path string) ([]score.Gold, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("eval: %w", err)
	}
	defer f.Close()
	gold, err := score.ReadGold(f)
	if err != nil {
		return nil, fmt.Errorf("eval: %s: %w", path, err)
	}
	if len(gold) == 0 {
		return nil, fmt.Errorf("eval: %s holds no gold question", path)
	}
	return gold, nil
}
