package main

import (
	"github.com/citebot/citebot/knowledge"
)

// runInspect prints what citebot extracted from each article, the way a
// teacher checks what the bot knows.
func runInspect(e proc, args []string) error {
	lc, err := newLocalCommand("inspect", e)
	if err != nil {
		return err
	}
	if err := parseFlags(lc.fs, args, e); err != nil {
		return err
	}
	if lc.fs.NArg() > 0 {
		return usagef("inspect: unexpected argument %q", lc.fs.Arg(0))
	}
	_, base, _, err := lc.load(e)
	if err != nil {
		return err
	}
	return knowledge.WriteReport(e.stdout, base)
}
