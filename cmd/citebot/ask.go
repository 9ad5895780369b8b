package main

import (
	"context"
	"fmt"
	"runtime"
	"slices"
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
	for _, arg := range lc.fs.Args() {
		name, _, _ := strings.Cut(strings.TrimLeft(arg, "-"), "=")
		if strings.HasPrefix(arg, "-") && lc.fs.Lookup(name) != nil {
			// Go's flags stop at the first word of the question: a flag
			// after it would silently become question text.
			return usagef("ask: %s comes after the question: put flags first, as in citebot ask %s \"%s\"", arg, arg, strings.Join(slices.DeleteFunc(slices.Clone(lc.fs.Args()), func(a string) bool { return a == arg }), " "))
		}
	}
	logger, base, _, err := lc.load(e)
	if err != nil {
		return err
	}
	a := jsonl.Asker{Handler: bot.New(base, bot.Options{Logger: logger})}
	out := jsonl.NewWriter(e.stdout, *jsonOut)
	if lc.fs.NArg() > 0 {
		q := strings.ToValidUTF8(strings.Join(lc.fs.Args(), " "), "\uFFFD")
		return out.Write(a.Answer(ctx, jsonl.Input{ID: jsonl.LineID(1), Question: q}))
	}
	if isTerminal(e.stdin) {
		fmt.Fprintln(e.stderr, "citebot ask : tapez une question par ligne, Ctrl-D pour finir (pour une seule question : citebot ask \"Qui a ouvert la conférence ?\" ; pour discuter : citebot chat).")
	}
	return jsonl.Serve(ctx, a, e.stdin, out, runtime.GOMAXPROCS(0))
}
