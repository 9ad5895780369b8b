package main

import (
	"context"
	"errors"
	"io"
	"os"

	"github.com/citebot/citebot/adapters/console"
	"github.com/citebot/citebot/bot"
)

// runChat is the console chat, citebot's default command.
func runChat(ctx context.Context, e proc, args []string) error {
	lc, err := newLocalCommand("chat", e)
	if err != nil {
		return err
	}
	if err := parseFlags(lc.fs, args, e); err != nil {
		return err
	}
	if lc.fs.NArg() > 0 {
		return usagef("chat: unexpected argument %q (to ask one question, use: citebot ask %q)", lc.fs.Arg(0), lc.fs.Arg(0))
	}
	logger, base, _, err := lc.load(e)
	if err != nil {
		return err
	}
	store, _, closeStore, err := openStore(ctx, lc.cfg, e.getenv, logger)
	if err != nil {
		return err
	}
	defer closeStore()
	// No rate limit for the one local user.
	b := bot.New(base, bot.Options{Logger: logger, Store: store, Retention: lc.cfg.Storage.Retention})
	defer startPurge(ctx, b, logger)()
	c := &console.Console{
		Bot:     b,
		In:      e.stdin,
		Out:     e.stdout,
		Welcome: console.Welcome(base),
	}
	if isTerminal(e.stdin) {
		c.Prompt = "> "
	}
	err = c.Run(ctx)
	if errors.Is(err, context.Canceled) {
		return nil // Ctrl-C: the user left
	}
	return err
}

// isTerminal reports whether r is an interactive terminal, so that the chat
// prompts only a person, not a pipe.
func isTerminal(r io.Reader) bool {
	f, ok := r.(*os.File)
	if !ok {
		return false
	}
	fi, err := f.Stat()
	return err == nil && fi.Mode()&os.ModeCharDevice != 0
}
