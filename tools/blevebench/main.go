// Command blevebench is a Bleve full-text baseline for citebot: it speaks
// citebot's "ask --json" contract and cites the single sentence that Bleve's
// French analyzer ranks first for each question. It exists only to measure
// citebot against a plain search engine; it is not part of citebot.
package main

import (
	"context"
	"flag"
	"fmt"
	"log/slog"
	"os"
	"os/signal"
	"syscall"
	"time"
)

func main() {
	corpus := flag.String("corpus", "", "folder of .txt/.md articles to answer from (required)")
	kind := flag.String("index", kindMemOnly, "Bleve index: memonly (bleve.NewMemOnly, upsidedown+gtreap) or scorch (in-memory scorch, Bleve's default type)")
	flag.Parse()
	if *corpus == "" {
		fmt.Fprintln(os.Stderr, "usage: blevebench --corpus DIR [--index memonly|scorch] < questions.jsonl")
		os.Exit(2)
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	err := run(ctx, *corpus, *kind)
	stop()
	if err != nil {
		slog.Error("blevebench failed", "err", err)
		os.Exit(1)
	}
}

// run loads and indexes the corpus, then answers standard input.
func run(ctx context.Context, dir, kind string) error {
	sentences, err := loadCorpus(dir)
	if err != nil {
		return err
	}
	start := time.Now()
	s, err := newSearcher(sentences, kind)
	if err != nil {
		return err
	}
	slog.Info("indexed", "sentences", len(sentences), "index", kind, "took", time.Since(start).Round(time.Millisecond))
	defer s.Close()
	return serve(ctx, s, os.Stdin, os.Stdout)
}
