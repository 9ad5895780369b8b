package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"strings"
)

// proc is what run gets from the operating system, passed in so that tests
// can run the whole program with strings and buffers.
type proc struct {
	getenv func(string) string
	stdin  io.Reader
	stdout io.Writer
	stderr io.Writer
}

// run is the whole program: args are the command-line arguments without
// the program name. Only main exits; run returns what went wrong.
func run(ctx context.Context, args []string, getenv func(string) string, stdin io.Reader, stdout, stderr io.Writer) error {
	e := proc{getenv: getenv, stdin: stdin, stdout: stdout, stderr: stderr}
	err := dispatch(ctx, e, args)
	if errors.Is(err, errHelpShown) {
		return nil
	}
	return err
}

// dispatch runs the subcommand args name; with none, or with flags first,
// it chats.
func dispatch(ctx context.Context, e proc, args []string) error {
	if len(args) == 0 {
		return runChat(ctx, e, nil)
	}
	name, rest := args[0], args[1:]
	switch name {
	case "-h", "-help", "--help", "help":
		if len(rest) > 0 {
			if u, ok := subcommandUsage(rest[0]); ok {
				_, err := io.WriteString(e.stdout, u)
				return err
			}
		}
		return writeUsage(e.stdout)
	case "-version", "--version", "version":
		return writeVersion(e.stdout)
	case "chat":
		return runChat(ctx, e, rest)
	case "ask":
		return runAsk(ctx, e, rest)
	case "eval":
		return runEval(ctx, e, rest)
	case "inspect":
		return runInspect(e, rest)
	case "index":
		return runIndex(e, rest)
	case "train":
		return runTrain(ctx, e, rest)
	case "train-spans":
		return runTrainSpans(ctx, e, rest)
	case "quiz":
		return runQuiz(e, rest)
	case "serve":
		return runServe(ctx, e, rest)
	case "config":
		return runConfig(e, rest)
	case "healthcheck":
		return runHealthcheck(ctx, e, rest)
	}
	if strings.HasPrefix(name, "-") {
		return runChat(ctx, e, args) // citebot --corpus DIR
	}
	return usagef("unknown command %q", name)
}

// parseFlags parses a subcommand's flags. -h prints the subcommand's usage
// and ends it successfully (errHelpShown); a mistake is a usage error.
func parseFlags(fs *flag.FlagSet, args []string, e proc) error {
	fs.SetOutput(io.Discard)
	err := fs.Parse(args)
	if errors.Is(err, flag.ErrHelp) {
		u, _ := subcommandUsage(fs.Name())
		if _, werr := io.WriteString(e.stdout, u); werr != nil {
			return werr
		}
		return errHelpShown
	}
	if err != nil {
		return &usageError{err: prefixed(fs.Name(), err)}
	}
	return nil
}

// errHelpShown ends a subcommand whose usage was asked for; run turns it
// into success.
var errHelpShown = errors.New("help shown")

// prefixed names the subcommand a flag error belongs to.
func prefixed(name string, err error) error { return fmt.Errorf("%s: %w", name, err) }

// parseInterspersed parses flags that may come after positional arguments
// ("eval gold.jsonl --json"), returning the positional ones; after "--"
// everything is positional.
func parseInterspersed(fs *flag.FlagSet, args []string, e proc) ([]string, error) {
	var pos []string
	for {
		if err := parseFlags(fs, args, e); err != nil {
			return nil, err
		}
		left := fs.Args()
		if used := len(args) - len(left); used > 0 && args[used-1] == "--" {
			return append(pos, left...), nil
		}
		if len(left) == 0 {
			return pos, nil
		}
		pos, args = append(pos, left[0]), left[1:]
	}
}
