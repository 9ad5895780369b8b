// Command paraphrase measures what each language resource adds to matching
// a question with the sentence that answers it, on PIAF's real questions,
// and trains the IBM Model 1 word-translation table:
//
//	go run ./tools/paraphrase                       # the study, held out by article folds
//	go run ./tools/paraphrase -write knowledge/lexres/data/model1.tsv
//
// For every PIAF question whose answer stands in exactly one sentence of its
// article, it reports the share of the question's content words that the
// answering sentence holds as written, by Snowball stem, by lemma
// (knowledge/lexres), through the thesaurus (mythes-fr, when installed) and
// through Model 1, and the same shares on the article's other sentences
// (what a feature matches by chance). Then it ranks the article's sentences
// by the IDF-weighted words each way of matching finds and reports how
// often the answering sentence comes first. Model 1 is trained on the
// other folds' articles only (internal/evalset.Fold), so its figures are
// held out.
package main

import (
	"flag"
	"fmt"
	"io"
	"math"
	"os"
	"path/filepath"

	"github.com/citebot/citebot/internal/evalset"
	"github.com/citebot/citebot/internal/ibm1"
	"github.com/citebot/citebot/knowledge"
	"github.com/citebot/citebot/knowledge/lexres"
)

func main() {
	if err := run(os.Args[1:], os.Stdout); err != nil {
		fmt.Fprintln(os.Stderr, "paraphrase:", err)
		os.Exit(1)
	}
}

func run(args []string, stdout io.Writer) error {
	fl := flag.NewFlagSet("paraphrase", flag.ContinueOnError)
	piaf := fl.String("piaf", "../shared/data/piaf", "PIAF folder (questions.jsonl and corpus/)")
	folds := fl.Int("folds", evalset.DefaultFolds, "article-disjoint folds")
	iters := fl.Int("iters", ibm1.Iterations, "EM iterations of Model 1")
	write := fl.String("write", "", "train Model 1 on every question and write its table here, then stop")
	thesPath := fl.String("thesaurus", "", "MyThes file (default: Debian's mythes-fr, if installed)")
	if err := fl.Parse(args); err != nil {
		return err
	}
	base, err := knowledge.Load(os.DirFS(filepath.Join(*piaf, "corpus")))
	if err != nil {
		return err
	}
	f, err := os.Open(filepath.Join(*piaf, "questions.jsonl"))
	if err != nil {
		return err
	}
	qs, err := readQuestions(f)
	f.Close()
	if err != nil {
		return err
	}
	pairs, ambiguous, missing := answerPairs(base, qs)
	lemmas, err := lexres.EmbeddedLemmas()
	if err != nil {
		return err
	}
	st := newStudy(base, pairs, lemmas)
	if *write != "" {
		return writeTable(stdout, *write, st.train(func(pair) bool { return true }, *iters))
	}
	th, err := lexres.FindThesaurus(*thesPath)
	if err != nil {
		return err
	}
	st.thes = th
	fmt.Fprintf(stdout, "%d PIAF questions; %d with one answering sentence (answer in several: %d, in none: %d)\n",
		len(qs), len(pairs), ambiguous, missing)
	if th == nil {
		fmt.Fprintln(stdout, "thesaurus: not installed (apt-get install mythes-fr); its rows are empty")
	}
	return st.report(stdout, *folds, *iters)
}

func idf(df, n int) float64 { return math.Log(1 + float64(n)/float64(1+df)) }
