// Command piafsplit writes the "PIAF split by article" evaluation set: a
// corpus folder holding only the even-numbered piafNNN articles, and the
// PIAF gold in which every question on an odd-numbered article is out of
// scope ("article": null), so that citebot must abstain on it. The output
// is read by `citebot eval` and by ../shared/eval/score.py alike:
//
//	go run ./tools/piafsplit -out /tmp/piaf-split
//	citebot eval /tmp/piaf-split/questions.jsonl --corpus /tmp/piaf-split/corpus
package main

import (
	"flag"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"

	"github.com/citebot/citebot/internal/evalset"
)

func main() {
	if err := run(os.Args[1:]); err != nil {
		fmt.Fprintln(os.Stderr, "piafsplit:", err)
		os.Exit(1)
	}
}

func run(args []string) error {
	fl := flag.NewFlagSet("piafsplit", flag.ContinueOnError)
	piaf := fl.String("piaf", "../shared/data/piaf", "PIAF folder (questions.jsonl and corpus/)")
	out := fl.String("out", "", "folder to write questions.jsonl and corpus/ to (required)")
	if err := fl.Parse(args); err != nil {
		return err
	}
	if *out == "" {
		return fmt.Errorf("give -out DIR")
	}
	copied, err := copyArticles(os.DirFS(filepath.Join(*piaf, "corpus")), filepath.Join(*out, "corpus"), evalset.EvenPIAF)
	if err != nil {
		return err
	}
	in, err := os.Open(filepath.Join(*piaf, "questions.jsonl"))
	if err != nil {
		return err
	}
	defer in.Close()
	dst, err := os.Create(filepath.Join(*out, "questions.jsonl"))
	if err != nil {
		return err
	}
	c, err := evalset.SplitGold(in, dst, evalset.EvenPIAF)
	if cerr := dst.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		return err
	}
	fmt.Printf("%d articles loaded; %d questions in scope, %d out of scope\n", copied, c.InScope, c.OutOfScope)
	return nil
}

// copyArticles copies the article files of src that keep accepts into the
// folder dst, and returns how many it copied.
func copyArticles(src fs.FS, dst string, keep func(string) bool) (int, error) {
	n := 0
	err := fs.WalkDir(evalset.FilterFS(src, keep), ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		target := filepath.Join(dst, filepath.FromSlash(p))
		if d.IsDir() {
			return os.MkdirAll(target, 0o755)
		}
		if !evalset.IsArticleFile(p) {
			return nil
		}
		raw, err := fs.ReadFile(src, p)
		if err != nil {
			return err
		}
		n++
		return os.WriteFile(target, raw, 0o644)
	})
	return n, err
}
