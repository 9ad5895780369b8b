package main

import (
	"context"
	"errors"
	"io"
	"os"

	"golang.org/x/term"

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
		// A new chat, a new conversation: the store keeps the last one's.
		Conversation: console.NewConversation(),
	}
	if isTerminal(e.stdin) {
		c.Prompt = "> "
	}
	if in, out, ok := terminalFiles(e); ok {
		// A person at a terminal: line editing, history, wrapped replies.
		t, err := console.OpenTerminal(in, out, "> ")
		if err != nil {
			return err
		}
		defer t.Close()
		c.In, c.Out, c.Prompt, c.Width = t, t, "", t.Width
	}
	err = c.Run(ctx)
	if errors.Is(err, context.Canceled) {
		return nil // Ctrl-C: the user left
	}
	return err
}

// terminalFiles returns stdin and stdout when both are the terminal.
func terminalFiles(e proc) (in, out *os.File, ok bool) {
	in, inOK := e.stdin.(*os.File)
	out, outOK := e.stdout.(*os.File)
	return in, out, inOK && outOK && isTerminal(in) && isTerminal(out)
}

// isTerminal reports whether r is an interactive terminal, so that the chat
// prompts only a person, not a pipe, a file or /dev/null (a character
// device too, but no terminal).
func isTerminal(r io.Reader) bool {
	f, ok := r.(*os.File)
	return ok && term.IsTerminal(int(f.Fd()))
}
