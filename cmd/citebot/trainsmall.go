package main

import (
	"fmt"
	"io/fs"
	"slices"
	"strings"

	"github.com/citebot/citebot/bot/match"
	"github.com/citebot/citebot/cmd/citebot/internal/train"
	"github.com/citebot/citebot/internal/evalset"
	"github.com/citebot/citebot/knowledge"
	"github.com/citebot/citebot/knowledge/lexres"
)

// smallCorpus is the size of the small corpora questions are also asked
// of: the bundled corpus's four articles. A teacher's folder is a few
// articles on one subject, where a question the articles do not answer is
// on their topic, and the corpus statistics the abstention reads (the
// best BM25 score, the rarity of words) are those of a small corpus, not
// of two hundred and forty articles.
const smallCorpus = 4

// smallCorpora are, for each PIAF article, two corpora of smallCorpus
// articles on its topic (evalset.Nearest): with the article and its
// nearest smallCorpus-1, and without it, its nearest smallCorpus. A
// question asked of the second is out of scope but on topic.
type smallCorpora struct {
	with, without map[string]*knowledge.Base
}

func loadSmallCorpora(fsys fs.FS, texts map[string]string) (*smallCorpora, error) {
	near := evalset.Nearest(texts, smallCorpus)
	ids := make([]string, 0, len(near))
	for id := range near {
		ids = append(ids, id)
	}
	slices.Sort(ids)
	bases := make([][2]*knowledge.Base, len(ids))
	errs := make([]error, len(ids))
	parallel(len(ids), func(i int) {
		id := ids[i]
		with := append([]string{id}, near[id][:min(smallCorpus-1, len(near[id]))]...)
		for k, set := range [][]string{with, near[id]} {
			keep := func(a string) bool { return slices.Contains(set, a) }
			if bases[i][k], errs[i] = knowledge.Load(evalset.FilterFS(fsys, keep)); errs[i] != nil {
				return
			}
		}
	})
	s := &smallCorpora{with: map[string]*knowledge.Base{}, without: map[string]*knowledge.Base{}}
	for i, id := range ids {
		if errs[i] != nil {
			return nil, fmt.Errorf("train: the small corpora of %s: %w", id, errs[i])
		}
		s.with[id], s.without[id] = bases[i][0], bases[i][1]
	}
	return s, nil
}

// smallOutcomes asks each question keep accepts of its article's two small
// corpora, and returns what the best candidate was worth each time, in
// the order of the questions. The matchers are made per article, in
// parallel, and dropped once its questions are asked.
func (d *trainData) smallOutcomes(w match.Weights, tr *lexres.Translations, keep func(article string) bool) []train.Outcome {
	byArticle := map[string][]int{}
	var articles []string
	for i, g := range d.gold {
		if a := *g.Article; keep(a) && d.small.with[a] != nil {
			if byArticle[a] == nil {
				articles = append(articles, a)
			}
			byArticle[a] = append(byArticle[a], i)
		}
	}
	opts := match.Options{Weights: &w, Translations: tr, Thesaurus: d.thes}
	outs := make([][]train.Outcome, len(d.gold))
	parallel(len(articles), func(k int) {
		a := articles[k]
		with, without := match.NewWith(d.small.with[a], opts), match.NewWith(d.small.without[a], opts)
		for _, i := range byArticle[a] {
			in, out := d.outcome(with, d.gold[i], true), d.outcome(without, d.gold[i], false)
			in.Small, out.Small = true, true
			outs[i] = append(outs[i], in, out)
		}
	})
	return slices.Concat(outs...)
}

// smallFigures count held-out outcomes on small corpora under the
// calibration they were answered with.
type smallFigures struct {
	inScope, right, falseAbstain, outOfScope, oosAbstained int
}

func (f *smallFigures) add(outs []train.Outcome, c match.Calibration) {
	for _, o := range outs {
		abstains := o.NoCandidate || train.Doubted(o.Features) || c.Answerable(o.Features) < c.Threshold
		switch {
		case o.InScope:
			f.inScope++
			if abstains {
				f.falseAbstain++
			} else if o.Right {
				f.right++
			}
		default:
			f.outOfScope++
			if abstains {
				f.oosAbstained++
			}
		}
	}
}

func (f *smallFigures) write(b *strings.Builder) {
	if f.inScope == 0 || f.outOfScope == 0 {
		return
	}
	fmt.Fprintf(b, "small corpora on the question's topic (%d articles, with and without its own): accuracy %.4f, cited_right %.4f, false_abstain %.4f, oos_abstained %.4f\n",
		smallCorpus, float64(f.right+f.oosAbstained)/float64(f.inScope+f.outOfScope), float64(f.right)/float64(f.inScope),
		float64(f.falseAbstain)/float64(f.inScope), float64(f.oosAbstained)/float64(f.outOfScope))
}
