package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"sync"

	"github.com/citebot/citebot/adapters/jsonl"
	"github.com/citebot/citebot/bot"
	"github.com/citebot/citebot/bot/match"
	"github.com/citebot/citebot/cmd/citebot/internal/score"
	"github.com/citebot/citebot/cmd/citebot/internal/train"
	"github.com/citebot/citebot/internal/evalset"
	"github.com/citebot/citebot/internal/ibm1"
	"github.com/citebot/citebot/knowledge"
	"github.com/citebot/citebot/knowledge/lexres"
)

// runTrain learns the matcher's ranking and abstention from PIAF. Without
// --write it measures the method by article-disjoint cross-validation and
// prints held-out figures only; with --write it trains on every question
// and writes the model file that the binary embeds (bot/match/model.json).
func runTrain(ctx context.Context, e proc, args []string) error {
	fl := flag.NewFlagSet("train", flag.ContinueOnError)
	piaf := fl.String("piaf", "../shared/data/piaf", "PIAF folder (questions.jsonl and corpus/)")
	folds := fl.Int("folds", evalset.DefaultFolds, "article-disjoint folds of the cross-validation")
	write := fl.String("write", "", "train on every question and write the model here")
	thesaurus := fl.Bool("thesaurus", false, "use Debian's mythes-fr thesaurus (optional at run time) as a feature")
	handRanking := fl.Bool("hand-ranking", false, "keep the hand-set ranking weights; learn the abstention only")
	hide := fl.String("hide", "none", "abstention negatives besides the article hidden: the answering \"paragraph\" or \"sentence\" hidden too, or \"none\"")
	abstainOn := fl.String("abstain-on", "scope", "what the abstention threshold weighs: the probability that the best candidate is \"right\", or that the articles answer at all (\"scope\")")
	absFeatures := fl.String("abstain-features", "", "comma-separated abstention features the calibration may use (default: all), for measuring what each adds")
	small := fl.Bool("small", true, "also learn the abstention from questions asked of small corpora on their topic (4 articles), with and without their article")
	absTrees := fl.Int("abstain-trees", train.DefaultAbstainBoost.Trees, "boosted trees added to the abstention's regression (0: the regression alone)")
	absBags := fl.Int("abstain-bags", train.DefaultAbstainBoost.Bags, "forests of --abstain-trees each, fitted on shares of the outcomes and averaged")
	features := fl.String("rank-features", "", "comma-separated ranking features the learnt ranker may use (default: all), for measuring what each adds")
	ranker := fl.String("ranker", "linear", "the learnt ranking: \"linear\" weights, or \"gbdt\", boosted trees added to the hand-set weights")
	boost := boostFlags(fl)
	nested := fl.Bool("nested-translation", false, "learn the ranking from Model 1 features whose table never saw the question (trained without its fold), so the trees may use them too")
	sumLabels := fl.Bool("sum-labels", false, "--ranker gbdt: learn the abstention from whether the best by the hand-set sum is right, not the trees' choice")
	grid := fl.Bool("ranking-grid", false, "measure ranking trees of several settings by the held-out folds (best candidate right, never abstaining), and nothing else")
	if err := parseFlags(fl, args, e); err != nil {
		return err
	}
	if fl.NArg() > 0 || *folds < 2 {
		return usagef("train: no argument, and at least 2 folds")
	}
	rankMask, err := featureMask(*features, match.RankFeatureNames[:])
	if err != nil {
		return err
	}
	absMask, err := featureMask(*absFeatures, match.AbstainFeatureNames[:])
	if err != nil {
		return err
	}
	if *ranker != "linear" && *ranker != "gbdt" || *ranker == "gbdt" && *handRanking {
		return usagef("train: --ranker: linear or gbdt (which is not --hand-ranking), not %q", *ranker)
	}
	if *sumLabels && *ranker != "gbdt" {
		return usagef("train: --sum-labels is for --ranker gbdt")
	}
	if *abstainOn != "right" && *abstainOn != "scope" {
		return usagef("train: --abstain-on: right or scope, not %q", *abstainOn)
	}
	if !slices.Contains([]string{"none", "sentence", "paragraph"}, *hide) {
		return usagef("train: --hide: none, sentence or paragraph, not %q", *hide)
	}
	d, err := loadTrainData(*piaf)
	if err != nil {
		return err
	}
	d.handRanking, d.rankMask, d.absMask, d.abstainOn, d.hide, d.smallTrain = *handRanking, rankMask, absMask, *abstainOn, *hide, *small
	d.gbdt, d.boost, d.nested, d.folds, d.sumLabels = *ranker == "gbdt", *boost, *nested, *folds, *sumLabels
	if *absTrees < 0 {
		return usagef("train: --abstain-trees: 0 or more, not %d", *absTrees)
	}
	if *absBags < 1 {
		return usagef("train: --abstain-bags: 1 or more, not %d", *absBags)
	}
	if *absTrees > 0 {
		p := train.DefaultAbstainBoost
		p.Trees, p.Bags = *absTrees, *absBags
		d.absBoost = &p
	}
	if *write == "" || d.smallTrain {
		// Held out, questions are always asked of small corpora too.
		if d.small, err = loadSmallCorpora(d.fsys, d.texts); err != nil {
			return err
		}
	}
	if *write == "" || d.hide != "none" {
		// Held out, the answering paragraph is always hidden once more.
		d.answering = d.answeringSentences()
	}
	if *thesaurus {
		if d.thes, err = lexres.FindThesaurus(""); err != nil {
			return err
		}
		if d.thes == nil {
			return fmt.Errorf("train: --thesaurus: %s is not installed (apt-get install mythes-fr)", lexres.ThesaurusPath)
		}
	}
	if *write != "" {
		// The embedded Model 1 table is the one trained on every
		// question (tools/paraphrase -write, the same pairs).
		tr := lexres.EmbeddedTranslations()
		w, _, err := d.learn(func(string) bool { return true }, &tr)
		if err != nil {
			return err
		}
		how := "citebot train"
		if d.handRanking {
			how += " --hand-ranking"
		}
		if d.abstainOn != "scope" {
			how += " --abstain-on " + d.abstainOn
		}
		if !d.smallTrain {
			how += " --small=false"
		}
		if d.absBoost == nil {
			how += " --abstain-trees 0"
		} else if d.absBoost.Trees != train.DefaultAbstainBoost.Trees {
			how += fmt.Sprintf(" --abstain-trees %d", d.absBoost.Trees)
		}
		if d.absBoost != nil && d.absBoost.Bags != train.DefaultAbstainBoost.Bags {
			how += fmt.Sprintf(" --abstain-bags %d", d.absBoost.Bags)
		}
		if d.gbdt {
			how += " --ranker gbdt"
		}
		if d.nested {
			how += " --nested-translation"
		}
		if d.sumLabels {
			how += " --sum-labels"
		}
		data, err := match.ModelOf(w, fmt.Sprintf("PIAF v1.1, %d questions on %d articles (%s)", len(d.gold), len(d.full.Articles), how)).Marshal()
		if err != nil {
			return err
		}
		return writeModel(e.stdout, *write, data)
	}
	if *grid {
		return d.rankingGrid(e.stdout, *folds)
	}
	return d.crossValidate(ctx, e.stdout, *folds)
}

// trainingQuestions reads PIAF's questions a model is trained on: those
// asked of an article, not follow-ups.
func trainingQuestions(piaf string) ([]score.Gold, error) {
	all, err := readGold(filepath.Join(piaf, "questions.jsonl"))
	if err != nil {
		return nil, err
	}
	var gold []score.Gold
	for _, g := range all {
		if g.Article != nil && g.FollowupOf == "" {
			gold = append(gold, g)
		}
	}
	return gold, nil
}

// writeModel writes a trained model's file and says so.
func writeModel(stdout io.Writer, path string, data []byte) error {
	if err := os.WriteFile(path, data, 0o644); err != nil {
		return fmt.Errorf("write the model: %w", err)
	}
	_, err := fmt.Fprintf(stdout, "wrote %s\n", path)
	return err
}

// trainData is PIAF loaded three ways: whole, and split into the
// even-numbered and odd-numbered articles, each half standing for a corpus
// that lacks the other half's articles.
type trainData struct {
	gold            []score.Gold
	full, even, odd *knowledge.Base
	texts           map[string]string
	// pairs are each gold question's words and its answering sentence's,
	// for Model 1 (nil when the answer is not in exactly one sentence).
	pairs []*ibm1.Pair
	hand  match.Weights
	thes  *lexres.Thesaurus
	// handRanking keeps the hand-set ranking weights (--hand-ranking).
	handRanking bool
	// rankMask is 1 for each ranking feature the learnt ranker may use
	// (--rank-features), 0 for the others; absMask the same for the
	// calibration's features (--abstain-features).
	rankMask, absMask []float64
	// hide is what of a question's article an extra abstention negative
	// hides (--hide): "paragraph", "sentence" or "none"; answering holds
	// each question's answering sentences, by paragraph, for it.
	hide      string
	answering []map[int][]int
	// abstainOn is what the threshold weighs (--abstain-on).
	abstainOn string
	// fsys is PIAF's corpus folder; small its small corpora, loaded when
	// they are asked (smallTrain, --small, or held out).
	fsys       fs.FS
	small      *smallCorpora
	smallTrain bool
	// absBoost are the numbers of the abstention's trees (nil: none).
	absBoost *train.BoostParams
	// gbdt adds boosted ranking trees, fitted with boost, to the
	// hand-set ranking weights (--ranker gbdt).
	gbdt  bool
	boost train.BoostParams
	// nested learns the ranking from candidates whose Model 1 table
	// was trained without their fold, of folds folds
	// (--nested-translation).
	nested bool
	folds  int
	// sumLabels: with trees, the calibration learns whether the best
	// by the hand-set sum is right (--sum-labels).
	sumLabels bool
}

func loadTrainData(piaf string) (*trainData, error) {
	gold, err := trainingQuestions(piaf)
	if err != nil {
		return nil, err
	}
	fullFS := os.DirFS(filepath.Join(piaf, "corpus"))
	d := &trainData{hand: match.DefaultWeights(), gold: gold, fsys: fullFS}
	evenFS := evalset.FilterFS(fullFS, evalset.EvenPIAF)
	oddFS := evalset.FilterFS(fullFS, func(a string) bool { return !evalset.EvenPIAF(a) })
	for _, l := range []struct {
		dst  **knowledge.Base
		fsys fs.FS
	}{{&d.full, fullFS}, {&d.even, evenFS}, {&d.odd, oddFS}} {
		if *l.dst, err = knowledge.Load(l.fsys); err != nil {
			return nil, fmt.Errorf("train: %w", err)
		}
	}
	if d.texts, err = score.LoadCorpus(fullFS); err != nil {
		return nil, err
	}
	texts := map[string][]string{}
	for _, sn := range d.full.Sentences {
		texts[sn.Article.ID] = append(texts[sn.Article.ID], sn.Text)
	}
	d.pairs = make([]*ibm1.Pair, len(d.gold))
	for i, g := range d.gold {
		sents := texts[*g.Article]
		if j := ibm1.AnswerSentence(sents, g.Answer); j >= 0 {
			d.pairs[i] = &ibm1.Pair{Sentence: ibm1.Words(sents[j]), Question: ibm1.Words(g.Question)}
		}
	}
	return d, nil
}

// translations trains Model 1 on the pairs of the questions keep accepts.
func (d *trainData) translations(keep func(article string) bool) *lexres.Translations {
	var pairs []ibm1.Pair
	for i, g := range d.gold {
		if p := d.pairs[i]; p != nil && keep(*g.Article) {
			pairs = append(pairs, *p)
		}
	}
	tr := lexres.NewTranslations(ibm1.Format(ibm1.Prune(ibm1.Train(pairs, ibm1.Iterations), pairs)))
	return &tr
}

// right reports whether citing s answers g, by score.py's rules.
func (d *trainData) right(g score.Gold, s *knowledge.Sentence) bool {
	p := &score.Prediction{Answered: true, Citations: []score.Citation{{Article: s.Article.ID, Quote: s.Text}}}
	v, _ := score.Judge(g, p, d.texts)
	return v == score.Right
}

// learn trains on the questions whose article keep accepts: the ranker on
// their candidates, then the calibration on their best candidates under
// that ranker, each question asked of the half of the corpus that holds
// its article and of the half that does not. tr is the Model 1 table the
// matcher uses. It returns the weights, and every gold question's
// candidates (for measuring the ranking on the questions left out).
func (d *trainData) learn(keep func(article string) bool, tr *lexres.Translations) (match.Weights, []train.Ranked, error) {
	all := d.candidates(tr)
	learnFrom := all
	if d.nested && !d.handRanking {
		learnFrom = d.nestedCandidates(keep)
	}
	var ranked []train.Ranked
	for i, g := range d.gold {
		if keep(*g.Article) {
			ranked = append(ranked, d.masked(learnFrom[i]))
		}
	}
	w := d.hand
	switch {
	case d.gbdt:
		trees, err := train.Boost(ranked, d.boost)
		if err != nil {
			return w, nil, err
		}
		w.Trees = trees
	case !d.handRanking:
		rank, err := train.Ranker(ranked, d.hand.RankVector())
		if err != nil {
			return w, nil, err
		}
		w.SetRankVector(rank)
	}
	outcomes := d.outcomes(w, tr, keep, d.hide)
	if d.smallTrain {
		outcomes = append(outcomes, d.smallOutcomes(w, tr, keep)...)
	}
	for i := range outcomes {
		for k := range outcomes[i].Features {
			outcomes[i].Features[k] *= d.absMask[k]
		}
	}
	var err error
	if w.Calibration, err = train.Calibrate(outcomes, d.abstainOn == "scope", d.absBoost); err != nil {
		return w, nil, err
	}
	return w, all, nil
}

// outcomes asks each question keep accepts of the half of the corpus that
// holds its article and of the half that does not, and, unless hide is
// "none", of the half that holds it with the answering paragraph or
// sentence hidden; it returns what the best candidate was worth each time.
func (d *trainData) outcomes(w match.Weights, tr *lexres.Translations, keep func(article string) bool, hide string) []train.Outcome {
	opts := match.Options{Weights: &w, Translations: tr, Thesaurus: d.thes}
	even, odd := match.NewWith(d.even, opts), match.NewWith(d.odd, opts)
	outs := make([][]train.Outcome, len(d.gold))
	parallel(len(d.gold), func(i int) {
		g := d.gold[i]
		if !keep(*g.Article) {
			return
		}
		own, other := odd, even
		if evalset.EvenPIAF(*g.Article) {
			own, other = even, odd
		}
		outs[i] = append(outs[i], d.outcome(own, g, true), d.outcome(other, g, false))
		if hide := d.hider(i, hide); hide != nil {
			// The topic is there, the fact asked for is not.
			if ex := own.ExplainHiding(g.Question, hide); len(ex.Candidates) > 0 {
				outs[i] = append(outs[i], train.Outcome{Features: ex.Abstain, Hidden: true})
			}
		}
	})
	return slices.Concat(outs...)
}

// outcome asks g of m, whose corpus holds g's article when inScope, and
// says what the best candidate was worth.
func (d *trainData) outcome(m *match.Matcher, g score.Gold, inScope bool) train.Outcome {
	ex := m.Explain(g.Question)
	if len(ex.Candidates) == 0 {
		// Abstains whatever the calibration.
		return train.Outcome{InScope: inScope, NoCandidate: true}
	}
	return train.Outcome{
		Features: ex.Abstain,
		Right:    inScope && d.right(g, d.judged(ex)),
		InScope:  inScope,
	}
}

// judged is the candidate whose rightness the calibration learns: the
// cited one, or with ranking trees the best by the hand-set sum, which
// the abstention features describe (match.bySum), so that the trees
// choose what to cite and the abstention stays the hand-set ranking's.
func (d *trainData) judged(ex match.Explanation) *knowledge.Sentence {
	if !d.gbdt || !d.sumLabels {
		return ex.Candidates[0].Sentence
	}
	rv := d.hand.RankVector()
	best, bestScore := 0, 0.0
	for i, c := range ex.Candidates {
		s := 0.0
		for k, v := range c.Features {
			s += rv[k] * v
		}
		if i == 0 || s > bestScore {
			best, bestScore = i, s
		}
	}
	return ex.Candidates[best].Sentence
}

// crossValidate learns on all folds but one and answers the held-out
// fold's questions, twice: with every article loaded, and with only the
// even-numbered ones (the "PIAF split by article" set, where questions on
// odd-numbered articles must be abstained). It prints the pooled held-out
// figures and each fold's.
func (d *trainData) crossValidate(ctx context.Context, w io.Writer, k int) error {
	split := make([]score.Gold, len(d.gold))
	for i, g := range d.gold {
		split[i] = g
		if !evalset.EvenPIAF(*g.Article) {
			split[i].Article = nil
		}
	}
	fullPreds := map[string]*score.Prediction{}
	splitPreds := map[string]*score.Prediction{}
	rankFull := map[string]*score.Prediction{}
	rankSplit := map[string]*score.Prediction{}
	ranking := "learnt ranker"
	if d.handRanking {
		ranking = "hand-set ranking"
	}
	if d.gbdt {
		ranking = "ranking trees"
	}
	var handTop, learnedTop, reachable, hidden, hiddenAbstained int
	var small smallFigures
	treeTop := make([]int, len(treeCandidates))
	var curve []scored
	var b strings.Builder
	fmt.Fprintf(&b, "held-out figures, %d article-disjoint folds (each fold answered by the model learnt on the others)\n", k)
	fmt.Fprintf(&b, "  fold  threshold  PIAF cited_right  split cited_right  false_abstain  oos_abstained\n")
	for f := range k {
		held := func(a string) bool { return evalset.Fold(a, k) == f }
		training := func(a string) bool { return !held(a) }
		tr := d.translations(training)
		wf, ranked, err := d.learn(training, tr)
		if err != nil {
			return fmt.Errorf("fold %d: %w", f, err)
		}
		var gf, sf []score.Gold
		for i, g := range d.gold {
			if held(*g.Article) {
				gf, sf = append(gf, g), append(sf, split[i])
			}
		}
		opts := bot.Options{Matcher: match.Options{Weights: &wf, Translations: tr, Thesaurus: d.thes}}
		pf, err := askGold(ctx, jsonl.Asker{Handler: bot.New(d.full, opts)}, gf)
		if err != nil {
			return err
		}
		ps, err := askGold(ctx, jsonl.Asker{Handler: bot.New(d.even, opts)}, sf)
		if err != nil {
			return err
		}
		// The same ranking, abstaining by the hand-set doubts alone.
		rankOnly := wf
		rankOnly.Calibration = match.Calibration{}
		opts.Matcher.Weights = &rankOnly
		rpf, err := askGold(ctx, jsonl.Asker{Handler: bot.New(d.full, opts)}, gf)
		if err != nil {
			return err
		}
		rps, err := askGold(ctx, jsonl.Asker{Handler: bot.New(d.even, opts)}, sf)
		if err != nil {
			return err
		}
		for id, p := range rpf {
			rankFull[id] = p
		}
		for id, p := range rps {
			rankSplit[id] = p
		}
		for id, p := range pf {
			fullPreds[id] = p
		}
		for id, p := range ps {
			splitPreds[id] = p
		}
		if f == 0 {
			for _, r := range ranked {
				if slices.Contains(r.Right, true) {
					reachable++
				}
			}
		}
		handTop += d.top1(ranked, d.hand, held)
		learnedTop += d.top1(ranked, wf, held)
		for i, k := range treeCandidates {
			wk := wf
			wk.TreeCandidates = k
			treeTop[i] += d.top1(ranked, wk, held)
		}
		// Held out, always with the answering paragraph hidden too.
		for _, o := range d.outcomes(wf, tr, held, "paragraph") {
			p := wf.Calibration.Answerable(o.Features)
			if o.NoCandidate {
				p = -1 // abstains at every threshold
			}
			if o.Hidden {
				hidden++
				if p < wf.Calibration.Threshold || train.Doubted(o.Features) {
					hiddenAbstained++
				}
				continue
			}
			curve = append(curve, scored{p, o})
		}
		small.add(d.smallOutcomes(wf, tr, held), wf.Calibration)
		rf, rs := score.Score(gf, pf, d.texts, 0), score.Score(sf, ps, d.texts, 0)
		fmt.Fprintf(&b, "  %4d  %9.2f  %16.4f  %17.4f  %13.4f  %13.4f\n", f, wf.Calibration.Threshold,
			rf.CitedRight, rs.CitedRight, rs.FalseAbstain, deref(rs.OOSAbstained))
	}
	rf, rs := score.Score(d.gold, fullPreds, d.texts, 0), score.Score(split, splitPreds, d.texts, 0)
	fmt.Fprintf(&b, "  all   %9s  %16.4f  %17.4f  %13.4f  %13.4f\n", "", rf.CitedRight, rs.CitedRight, rs.FalseAbstain, deref(rs.OOSAbstained))
	for _, run := range []struct {
		name        string
		full, split map[string]*score.Prediction
	}{{ranking + ", calibrated abstention (and the hand-set doubts)", fullPreds, splitPreds}, {ranking + ", hand-set doubts only", rankFull, rankSplit}} {
		rf, rs := score.Score(d.gold, run.full, d.texts, 0), score.Score(split, run.split, d.texts, 0)
		fmt.Fprintf(&b, "%s:\n  PIAF, all articles: cited_right %.4f, false_abstain %.4f, short_answer %.4f, misquotes %d\n", run.name,
			rf.CitedRight, rf.FalseAbstain, rf.ShortAnswer, rf.Misquotes+rs.Misquotes)
		fmt.Fprintf(&b, "  PIAF split by article: accuracy %.4f, cited_right %.4f, false_abstain %.4f, oos_abstained %.4f\n",
			rs.Accuracy, rs.CitedRight, rs.FalseAbstain, deref(rs.OOSAbstained))
	}
	fmt.Fprintf(&b, "best candidate right, never abstaining (all articles): hand-set weights %.4f, learnt ranker %.4f (some candidate right: %.4f)\n",
		float64(handTop)/float64(len(d.gold)), float64(learnedTop)/float64(len(d.gold)), float64(reachable)/float64(len(d.gold)))
	small.write(&b)
	if d.gbdt {
		fmt.Fprintf(&b, "the same, the trees re-ranking the best by the hand-set weights only:")
		for i, k := range treeCandidates {
			fmt.Fprintf(&b, " %d: %.4f", k, float64(treeTop[i])/float64(len(d.gold)))
		}
		fmt.Fprintln(&b)
	}
	if hidden > 0 {
		fmt.Fprintf(&b, "answering paragraph hidden (the topic in the corpus, the fact not): abstained %.4f of %d\n",
			float64(hiddenAbstained)/float64(hidden), hidden)
	}
	if _, err := io.WriteString(w, b.String()); err != nil {
		return err
	}
	if err := score.MeasureReliability(split, splitPreds, d.texts).WriteTable(w); err != nil {
		return err
	}
	if err := writeTradeOff(w, curve); err != nil {
		return err
	}
	return writeDoubts(w, curve)
}

func deref(p *float64) float64 {
	if p == nil {
		return 0
	}
	return *p
}

// parallel calls fn for 0..n-1 on every processor.
func parallel(n int, fn func(i int)) {
	var wg sync.WaitGroup
	next := make(chan int)
	for range runtime.GOMAXPROCS(0) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range next {
				fn(i)
			}
		}()
	}
	for i := range n {
		next <- i
	}
	close(next)
	wg.Wait()
}
