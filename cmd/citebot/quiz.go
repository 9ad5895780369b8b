package main

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"maps"
	"math/rand/v2"
	"slices"
	"strings"

	"github.com/citebot/citebot/quiz"
)

// runQuiz prints the quiz items the articles yield: one JSON object a
// line with --json (for scripts), else numbered options with the answer
// and its citation (for a teacher's review); --stats counts them per
// article instead.
func runQuiz(e proc, args []string) error {
	lc, err := newLocalCommand("quiz", e)
	if err != nil {
		return err
	}
	asJSON := lc.fs.Bool("json", false, "")
	n := lc.fs.Int("n", 0, "")
	seed := lc.fs.Uint64("seed", 1, "")
	article := lc.fs.String("article", "", "")
	stats := lc.fs.Bool("stats", false, "")
	if err := parseFlags(lc.fs, args, e); err != nil {
		return err
	}
	if lc.fs.NArg() > 0 {
		return usagef("quiz: unexpected argument %q", lc.fs.Arg(0))
	}
	if *n < 0 {
		return usagef("quiz: -n must be 0 (every item) or more, not %d", *n)
	}
	_, base, _, err := lc.load(e)
	if err != nil {
		return err
	}
	if *article != "" && base.Article(*article) == nil {
		return fmt.Errorf("quiz: no article %q (citebot inspect lists them)", *article)
	}
	g, err := quiz.New(base, quiz.Options{Seed: *seed})
	if err != nil {
		return err
	}
	w := bufio.NewWriter(e.stdout)
	if *stats {
		writeQuizStats(w, g.Stats())
		return w.Flush()
	}
	items := g.Items()
	if *article != "" {
		items = g.ForArticle(*article)
	}
	items = sampleItems(items, *n, *seed)
	for i, it := range items {
		if *asJSON {
			b, err := json.Marshal(it)
			if err != nil {
				return fmt.Errorf("quiz: %w", err)
			}
			w.Write(b)
			w.WriteByte('\n')
			continue
		}
		if i > 0 {
			w.WriteByte('\n')
		}
		writeItem(w, it)
	}
	return w.Flush()
}

// sampleItems keeps n items chosen with the seed, in corpus order; n == 0
// keeps them all.
func sampleItems(items []quiz.Item, n int, seed uint64) []quiz.Item {
	if n == 0 || n >= len(items) {
		return items
	}
	idx := rand.New(rand.NewPCG(seed, 0)).Perm(len(items))[:n]
	slices.Sort(idx)
	out := make([]quiz.Item, n)
	for i, j := range idx {
		out[i] = items[j]
	}
	return out
}

func writeItem(w io.Writer, it quiz.Item) {
	fmt.Fprintf(w, "[%s] %s (%s)\n", it.ID, it.Question, it.Kind)
	for i, o := range it.Options {
		mark := " "
		if i == it.Answer {
			mark = "*"
		}
		fmt.Fprintf(w, " %s %d. %s\n", mark, i+1, o)
	}
	c := it.Citation
	fmt.Fprintf(w, "   %s §%d.%d : %s\n", c.Article, c.Paragraph, c.Sentence, c.Quote)
}

func writeQuizStats(w io.Writer, stats []quiz.ArticleStats) {
	var facts, few, refused, items, drefused int
	fmt.Fprintf(w, "%-40s %6s %6s %8s %6s\n", "article", "facts", "items", "refused", "few")
	for _, s := range stats {
		r := 0
		for _, c := range s.Refused {
			r += c
		}
		k := 0
		for _, c := range s.Items {
			k += c
		}
		facts, few, refused, items, drefused = facts+s.Facts, few+s.TooFewDistractors, refused+r, items+k, drefused+s.DistractorsRefused
		fmt.Fprintf(w, "%-40s %6d %6d %8d %6d  %s\n", s.Article, s.Facts, k, r, s.TooFewDistractors, kinds(s.Items))
	}
	fmt.Fprintf(w, "%-40s %6d %6d %8d %6d\n", "total", facts, items, refused, few)
	fmt.Fprintf(w, "distractor candidates refused as second right answers: %d\n", drefused)
	reasons := map[string]int{}
	for _, s := range stats {
		for k, c := range s.Refused {
			reasons[k] += c
		}
	}
	for _, k := range slices.Sorted(maps.Keys(reasons)) {
		fmt.Fprintf(w, "refused, %s: %d\n", k, reasons[k])
	}
}

func kinds(m map[quiz.Kind]int) string {
	var parts []string
	for _, k := range slices.Sorted(maps.Keys(m)) {
		parts = append(parts, fmt.Sprintf("%s=%d", k, m[k]))
	}
	return strings.Join(parts, " ")
}
