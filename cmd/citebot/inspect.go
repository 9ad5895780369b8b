package main

import (
	"bufio"
	"fmt"
	"io"

	"github.com/citebot/citebot/knowledge"
)

// runInspect prints what citebot extracted from each article, the way a
// teacher checks what the bot knows.
func runInspect(e env, args []string) error {
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
	w := bufio.NewWriter(e.stdout)
	if err := writeReport(w, base); err != nil {
		return fmt.Errorf("inspect: %w", err)
	}
	return w.Flush()
}

// writeReport is a short report per article: id, title, date and sizes.
// TEMPORARY: replaced by knowledge.WriteReport (being written in
// knowledge/inspect.go), which also lists quotes, people and numbers.
func writeReport(w io.Writer, b *knowledge.Base) error {
	for i, a := range b.Articles {
		if i > 0 {
			fmt.Fprintln(w)
		}
		sentences := 0
		for _, p := range a.Paragraphs {
			sentences += len(p.Sentences)
		}
		fmt.Fprintf(w, "== %s (%s)\n", a.ID, a.Path)
		fmt.Fprintf(w, "title:      %s\n", a.Title)
		fmt.Fprintf(w, "date:       %s %s\n", a.Date, a.DateText)
		fmt.Fprintf(w, "paragraphs: %d\nsentences:  %d\n", len(a.Paragraphs), sentences)
		if _, err := fmt.Fprintf(w, "quotes:     %d\nentities:   %d\nnumbers:    %d\n", len(a.Quotes), len(a.Entities), len(a.Numbers)); err != nil {
			return err
		}
	}
	return nil
}
