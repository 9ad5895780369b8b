package main

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"slices"
	"strings"

	"github.com/citebot/citebot/internal/evalset"
	"github.com/citebot/citebot/internal/ibm1"
	"github.com/citebot/citebot/knowledge"
	"github.com/citebot/citebot/knowledge/french"
	"github.com/citebot/citebot/knowledge/lexres"
)

// word is one content word with its keys.
type word struct {
	fold, stem string
	lemmas     []string
}

// sentence is a sentence's content words, with sets for look-ups.
type sentence struct {
	words  []word
	folds  map[string]bool
	stems  map[string]bool
	lemmas map[string]bool
}

type study struct {
	pairs  []pair
	lem    lexres.Lemmas
	thes   *lexres.Thesaurus
	sents  map[*knowledge.Sentence]*sentence
	qwords [][]word
	df     map[string]int
	n      int
}

func newStudy(base *knowledge.Base, pairs []pair, lem lexres.Lemmas) *study {
	st := &study{pairs: pairs, lem: lem, sents: map[*knowledge.Sentence]*sentence{}, df: map[string]int{}, n: len(base.Sentences)}
	for _, s := range base.Sentences {
		seen := map[string]bool{}
		for _, t := range french.Analyze(s.Text) {
			if !seen[t.Stem] {
				seen[t.Stem] = true
				st.df[t.Stem]++
			}
		}
	}
	for _, p := range pairs {
		st.qwords = append(st.qwords, st.words(p.q.Question))
		for _, s := range p.sents {
			if st.sents[s] == nil {
				st.sents[s] = st.sentence(s.Text)
			}
		}
	}
	return st
}

func (st *study) words(text string) []word {
	var ws []word
	for _, t := range french.Analyze(text) {
		if t.Part {
			continue
		}
		ws = append(ws, word{fold: t.Fold, stem: t.Stem, lemmas: st.lem.Lemmas(nil, t.Fold)})
	}
	return ws
}

func (st *study) sentence(text string) *sentence {
	s := &sentence{words: st.words(text), folds: map[string]bool{}, stems: map[string]bool{}, lemmas: map[string]bool{}}
	for _, w := range s.words {
		s.folds[w.fold], s.stems[w.stem] = true, true
		for _, l := range w.lemmas {
			s.lemmas[l] = true
		}
	}
	return s
}

// match is how a question word meets a sentence, each way measured alone.
type match struct {
	exact, stem, lemma, thes bool
	model1                   float64 // the best t(q | s) over the sentence's words
	affix                    int     // the longest stem that starts the other's, when the two differ
	affix2, affix3           int     // the same, when the other is 2 (3) letters longer or more
}

func (st *study) match(w word, s *sentence, t ibm1.Table) match {
	m := match{exact: s.folds[w.fold], stem: s.stems[w.stem]}
	for _, l := range w.lemmas {
		if s.lemmas[l] {
			m.lemma = true
		}
		for _, syn := range st.thes.Synonyms(l) {
			if s.lemmas[syn] {
				m.thes = true
			}
		}
	}
	for _, sw := range s.words {
		if p := t[sw.stem][w.stem]; p > m.model1 && sw.stem != w.stem {
			m.model1 = p
		}
		if sw.stem != w.stem {
			short, long := w.stem, sw.stem
			if len(short) > len(long) {
				short, long = long, short
			}
			if strings.HasPrefix(long, short) {
				m.affix = max(m.affix, len(short))
				if len(long)-len(short) >= 2 {
					m.affix2 = max(m.affix2, len(short))
				}
				if len(long)-len(short) >= 3 {
					m.affix3 = max(m.affix3, len(short))
				}
			}
		}
	}
	return m
}

// train trains Model 1 on the pairs keep accepts, on stems.
func (st *study) train(keep func(pair) bool, iters int) ibm1.Table {
	var data []ibm1.Pair
	for i, p := range st.pairs {
		if !keep(p) {
			continue
		}
		var s, q []string
		for _, w := range st.sents[p.sents[p.gold]].words {
			s = append(s, w.stem)
		}
		for _, w := range st.qwords[i] {
			q = append(q, w.stem)
		}
		data = append(data, ibm1.Pair{Sentence: s, Question: q})
	}
	return ibm1.Prune(ibm1.Train(data, iters), data)
}

// ways are the ways of matching a question word the study compares: each
// gives a word's weight in [0, 1] from how it meets the sentence.
var ways = []struct {
	name   string
	weight func(m match) float64
}{
	{"exact word", func(m match) float64 { return b(m.exact) }},
	{"stem (today's key)", func(m match) float64 { return b(m.stem) }},
	{"lemma", func(m match) float64 { return b(m.exact || m.lemma) }},
	{"lemma, or stem at 0.5", func(m match) float64 { return max(b(m.exact || m.lemma), 0.5*b(m.stem)) }},
	{"stem or lemma", func(m match) float64 { return b(m.stem || m.lemma) }},
	{"stem or lemma, thesaurus 0.3", func(m match) float64 { return max(b(m.stem || m.lemma), 0.3*b(m.thes)) }},
	{"stem or lemma, thesaurus 1", func(m match) float64 { return max(b(m.stem || m.lemma), b(m.thes)) }},
	{"stem or lemma, Model 1", func(m match) float64 { return max(b(m.stem || m.lemma), m.model1) }},
	{"stem or lemma, affix ≥ 3 letters, 0.5", func(m match) float64 { return max(b(m.stem || m.lemma), 0.5*b(m.affix >= 3)) }},
	{"stem or lemma, affix ≥ 4 letters, 0.3", func(m match) float64 { return max(b(m.stem || m.lemma), 0.3*b(m.affix >= 4)) }},
	{"stem or lemma, affix ≥ 4 letters, 0.5", func(m match) float64 { return max(b(m.stem || m.lemma), 0.5*b(m.affix >= 4)) }},
	{"stem or lemma, affix ≥ 4 letters +2, 0.5", func(m match) float64 { return max(b(m.stem || m.lemma), 0.5*b(m.affix2 >= 4)) }},
	{"stem or lemma, affix ≥ 4 letters +3, 0.5", func(m match) float64 { return max(b(m.stem || m.lemma), 0.5*b(m.affix3 >= 4)) }},
	{"stem or lemma, affix ≥ 5 letters +2, 0.5", func(m match) float64 { return max(b(m.stem || m.lemma), 0.5*b(m.affix2 >= 5)) }},
	{"stem or lemma, affix ≥ 5 letters, 0.5", func(m match) float64 { return max(b(m.stem || m.lemma), 0.5*b(m.affix >= 5)) }},
	{"stem or lemma, Model 1, thesaurus 0.3", func(m match) float64 {
		return max(b(m.stem || m.lemma), m.model1, 0.3*b(m.thes))
	}},
	{"stem or lemma, Model 1, thesaurus 0.3, affix ≥ 4 0.5", func(m match) float64 {
		return max(b(m.stem || m.lemma), m.model1, 0.3*b(m.thes), 0.5*b(m.affix >= 4))
	}},
}

func b(x bool) float64 {
	if x {
		return 1
	}
	return 0
}

// tally counts question words by how they meet a sentence.
type tally struct {
	words                                                float64
	exact, stem, lemma, lemmaNotStem, stemNotLemma, thes float64
	model1                                               float64 // not met otherwise, t ≥ model1Met
}

// model1Met is the translation probability from which a word counts as met
// by Model 1 in the coverage table.
const model1Met = 0.1

func (t *tally) add(m match, weight float64) {
	t.words += weight
	t.exact += weight * b(m.exact)
	t.stem += weight * b(m.stem)
	t.lemma += weight * b(m.exact || m.lemma)
	t.lemmaNotStem += weight * b((m.exact || m.lemma) && !m.stem)
	t.stemNotLemma += weight * b(m.stem && !(m.exact || m.lemma))
	met := m.exact || m.stem || m.lemma
	t.thes += weight * b(m.thes && !met)
	t.model1 += weight * b(m.model1 >= model1Met && !met)
}

func (st *study) report(w io.Writer, k, iters int) error {
	var gold, other tally
	top := make([]float64, len(ways))
	topFold := make([][]float64, len(ways))
	nFold := make([]int, k)
	for i := range topFold {
		topFold[i] = make([]float64, k)
	}
	for f := range k {
		t := st.train(func(p pair) bool { return evalset.InTraining(p.article.ID, f, k) }, iters)
		for i, p := range st.pairs {
			if evalset.Fold(p.article.ID, k) != f {
				continue
			}
			nFold[f]++
			qw := st.qwords[i]
			scores := make([][]float64, len(ways))
			for j, s := range p.sents {
				sent := st.sents[s]
				for _, x := range qw {
					m := st.match(x, sent, t)
					if j == p.gold {
						gold.add(m, 1)
					} else {
						other.add(m, 1/float64(len(p.sents)-1))
					}
					for wi, way := range ways {
						if scores[wi] == nil {
							scores[wi] = make([]float64, len(p.sents))
						}
						scores[wi][j] += idf(st.df[x.stem], st.n) * way.weight(m)
					}
				}
			}
			for wi := range ways {
				if len(qw) == 0 {
					scores[wi] = make([]float64, len(p.sents))
				}
				c := credit(scores[wi], p.gold)
				top[wi] += c
				topFold[wi][f] += c
			}
		}
	}
	bw := bufio.NewWriter(w)
	n := float64(len(st.pairs))
	fmt.Fprintf(bw, "\nquestion content words met (answering sentence | other sentences of the article, mean)\n")
	row := func(name string, g, o float64) {
		fmt.Fprintf(bw, "  %-34s %6.3f | %6.3f\n", name, g/gold.words, o/other.words)
	}
	row("as written", gold.exact, other.exact)
	row("by stem", gold.stem, other.stem)
	row("by lemma (or as written)", gold.lemma, other.lemma)
	row("by lemma, not by stem", gold.lemmaNotStem, other.lemmaNotStem)
	row("by stem, not by lemma", gold.stemNotLemma, other.stemNotLemma)
	row("only through the thesaurus", gold.thes, other.thes)
	row(fmt.Sprintf("only through Model 1 (t ≥ %.1f)", model1Met), gold.model1, other.model1)
	fmt.Fprintf(bw, "\nanswering sentence ranked first in its article (held out, %d folds; ties shared)\n", k)
	fmt.Fprintf(bw, "  %-40s %6s   per fold\n", "words weighted by IDF, met by", "all")
	for wi, way := range ways {
		fmt.Fprintf(bw, "  %-40s %6.4f  ", way.name, top[wi]/n)
		for f := range k {
			fmt.Fprintf(bw, " %.4f", topFold[wi][f]/float64(max(1, nFold[f])))
		}
		bw.WriteByte('\n')
	}
	return bw.Flush()
}

// credit is 1 when the gold sentence scores strictly highest, 1/n when it
// ties with n-1 others at the top, else 0.
func credit(scores []float64, gold int) float64 {
	best := slices.Max(scores)
	if scores[gold] < best {
		return 0
	}
	tied := 0
	for _, s := range scores {
		if s == best {
			tied++
		}
	}
	return 1 / float64(tied)
}

// writeTable writes the Model 1 table to path.
func writeTable(w io.Writer, path string, t ibm1.Table) error {
	text := ibm1.Format(t)
	if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
		return err
	}
	_, err := fmt.Fprintf(w, "%s: %d word pairs\n", path, strings.Count(text, "\n"))
	return err
}
