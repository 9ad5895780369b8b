package main

import (
	"context"
	"runtime"
	"strings"

	"github.com/citebot/citebot/adapters/jsonl"
	"github.com/citebot/citebot/bot"
)

// runAsk answers questions from the arguments or from stdin, one answer a
// line, as shared/eval/README.md specifies (adapters/jsonl).
func runAsk(ctx context.Context, e proc, args []string) error {
	lc, err := newLocalCommand("ask", e)
	if err != nil {
		return err
	}
	jsonOut := lc.fs.Bool("json", false, "write JSON answer objects")
	if err := parseFlags(lc.fs, args, e); err != nil {
		return err
	}
	logger, base, _, err := lc.load(e)
	if err != nil {
		return err
	}
	a := jsonl.Asker{Handler: bot.New(base, bot.Options{Logger: logger})}
	out := jsonl.NewWriter(e.stdout, *jsonOut)
	if lc.fs.NArg() > 0 {
		q := strings.ToValidUTF8(strings.Join(lc.fs.Args(), " "), "\uFFFD")
		return out.Write(a.Answer(ctx, jsonl.Input{ID: jsonl.LineID(1), Question: q}, 1))
	}
	return jsonl.Serve(ctx, a, e.stdin, out, runtime.GOMAXPROCS(0))
}
