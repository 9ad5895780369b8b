package match

import (
	"math"

	"github.com/citebot/citebot/knowledge"
)

// The features a candidate sentence is ranked by. A candidate's score is
// the dot product of its features with Weights.rankVector, plus the
// follow-up terms (a conversation's focus and article), which PIAF's
// single questions cannot teach and which keep their hand-set weights.
const (
	FeatBM25        = iota // the search score, relative to the best hit
	FeatCov                // share of the question's weight the sentence holds
	FeatCtx                // the same, with the neighbours' help
	FeatLocal              // the same, words weighted by rarity in the article
	FeatType               // an answer of the kind asked for, times the kind's evidence
	FeatTypeMiss           // no answer of the kind asked for, times the kind's evidence
	FeatCountedMiss        // "combien de X": its numbers count something else
	FeatNameMissing        // a name the question gives is nowhere near
	FeatSpeaker            // quotes someone the question names
	FeatTranslation        // share of the question's weight it lacks but translates (Model 1), by probability
	FeatThesaurus          // share of the question's weight it lacks but holds a thesaurus synonym of
	FeatOrder              // share of the question's successive word pairs it holds in order
	FeatPara               // share of the question's weight its paragraph holds
	FeatArticle            // share of the question's weight its article holds anywhere
	FeatTitle              // share of the question's weight its article's title holds
	NumRankFeatures
)

// RankFeatureNames name the ranking features, in order, for model files.
var RankFeatureNames = [NumRankFeatures]string{
	"bm25", "cov", "ctx", "local", "type", "type_miss", "counted_miss", "name_missing", "speaker",
	"translation", "thesaurus", "order", "para", "article", "title",
}

// RankFeatures are one candidate's ranking features.
type RankFeatures [NumRankFeatures]float64

// RankVector is the ranking weights in feature order; penalties are
// negative.
func (w *Weights) RankVector() RankFeatures { return w.rankVector() }

func (w *Weights) rankVector() RankFeatures {
	return RankFeatures{w.BM25, w.Cov, w.Ctx, w.Local, w.Typ, -w.TypMiss, -w.CountedMiss, -w.NameMissing, w.Speaker,
		w.Translation, w.Thesaurus, w.Order, w.Para, w.Article, w.Title}
}

// SetRankVector sets the ranking weights from a vector in feature order
// (a learned ranker's).
func (w *Weights) SetRankVector(v RankFeatures) {
	w.BM25, w.Cov, w.Ctx, w.Local, w.Typ = v[FeatBM25], v[FeatCov], v[FeatCtx], v[FeatLocal], v[FeatType]
	w.TypMiss, w.CountedMiss, w.NameMissing, w.Speaker = -v[FeatTypeMiss], -v[FeatCountedMiss], -v[FeatNameMissing], v[FeatSpeaker]
	w.Translation, w.Thesaurus = v[FeatTranslation], v[FeatThesaurus]
	w.Order, w.Para, w.Article, w.Title = v[FeatOrder], v[FeatPara], v[FeatArticle], v[FeatTitle]
}

// The features abstention reads from the best candidate, after ranking.
const (
	AbsBias            = iota // 1: the intercept
	AbsCov                    // as FeatCov
	AbsCtx                    // as FeatCtx
	AbsLocal                  // as FeatLocal
	AbsPred                   // share of the words other than names that it holds, with neighbours
	AbsType                   // as FeatType
	AbsTypeMiss               // as FeatTypeMiss
	AbsNameMissing            // as FeatNameMissing
	AbsSpeaker                // as FeatSpeaker
	AbsMargin                 // its score's lead over the second candidate
	AbsTopBM25                // log(1 + the highest raw BM25 score among the candidates): how well the corpus matches at all
	AbsUnknown                // share of the question's weight no article holds
	AbsDoubtBarely            // the doubt "the question's words are barely there"
	AbsDoubtKind              // the doubt "no answer of the kind asked for"
	AbsDoubtNames             // the doubt "only the question's names match"
	AbsArticleCov             // share of the question's weight its article holds anywhere
	AbsMissRare               // weight of the most specific question word it and its neighbours lack, over the question's largest
	AbsCorrected              // share of the question's weight that the corpus holds only as a spelling correction
	AbsOneWord                // 1 / the number of the question's words: a question of one or two words says little
	AbsKind                   // the first of numKinds indicators of the question's kind
	NumAbstainFeatures = AbsKind + int(numKinds)
)

// AbstainFeatureNames name the abstention features, in order.
var AbstainFeatureNames = abstainFeatureNames()

func abstainFeatureNames() [NumAbstainFeatures]string {
	n := [NumAbstainFeatures]string{
		"bias", "cov", "ctx", "local", "pred", "type", "type_miss", "name_missing", "speaker",
		"margin", "top_bm25", "unknown", "doubt_barely", "doubt_kind", "doubt_names",
		"article_cov", "miss_rare", "corrected", "one_word",
	}
	for k := range numKinds {
		n[AbsKind+int(k)] = "kind_" + kinds[k].name
	}
	return n
}

// AbstainFeatures are the abstention features of a question's best
// candidate.
type AbstainFeatures [NumAbstainFeatures]float64

// Calibration turns abstention features into the probability that the
// best candidate answers the question (logistic regression, Coef): the
// answer's confidence. The decision to abstain is taken on Scope when it
// is learnt, the probability that the articles answer the question at all
// (whether or not the best candidate is the right sentence), else on the
// confidence: below Threshold the matcher abstains, besides the hand-set
// doubts. The zero value means the hand-set confidence and the doubts
// alone.
type Calibration struct {
	Coef      AbstainFeatures
	Scope     AbstainFeatures
	Threshold float64
	// Trees, when learnt, add to the logit that Threshold applies to
	// (Answerable): corrections a weighted sum cannot make.
	Trees Forest
}

// enabled reports whether a learned calibration is set.
func (c *Calibration) enabled() bool { return c.Coef != AbstainFeatures{} }

// Probability is the calibrated confidence of features f.
func (c *Calibration) Probability(f AbstainFeatures) float64 { return logistic(&c.Coef, f) }

// Answerable is the probability that abstention is weighed by: that the
// articles answer the question when Scope is learnt, else Probability.
func (c *Calibration) Answerable(f AbstainFeatures) float64 {
	coef := &c.Coef
	if c.Scope != (AbstainFeatures{}) {
		coef = &c.Scope
	}
	z := Logit(coef, f)
	if c.Trees.Len() > 0 {
		z += c.Trees.Score(f[:])
	}
	return 1 / (1 + math.Exp(-z))
}

func logistic(coef *AbstainFeatures, f AbstainFeatures) float64 {
	return 1 / (1 + math.Exp(-Logit(coef, f)))
}

// Logit is the weighted sum of f by coef.
func Logit(coef *AbstainFeatures, f AbstainFeatures) float64 {
	z := 0.0
	for i, v := range f {
		z += coef[i] * v
	}
	return z
}

// abstainFeatures describes the best candidate cands[0] for abstention
// (with ranking trees, the best by the weighted sum, doubts included).
func (m *Matcher) abstainFeatures(r *ranking, cands []scored) AbstainFeatures {
	q := r.q
	if m.w.Trees.Len() > 0 {
		// The abstention reads the articles as the hand-set sum ranks
		// them, whichever of its best the trees cite: a better choice
		// among the candidates must not make a question the articles
		// do not answer look answered (held out, split out-of-scope
		// abstained 0.512 reading the trees' choice, 0.533 the sum's,
		// as without trees).
		cands = bySum(cands)
	}
	best := cands[0]
	var f AbstainFeatures
	f[AbsBias] = 1
	f[AbsCov], f[AbsCtx], f[AbsLocal], f[AbsPred] = best.cov, best.ctxCov, best.local, best.pred
	f[AbsType], f[AbsTypeMiss] = best.f[FeatType], best.f[FeatTypeMiss]
	f[AbsNameMissing], f[AbsSpeaker] = best.f[FeatNameMissing], best.f[FeatSpeaker]
	// The lead by the weighted sum alone, as cands are ordered. A lone
	// candidate leads a sentence that shares nothing with the question,
	// whose sum is 0: read as a tie, the one sentence naming « Hague »
	// made « Qui est Hague ? » a guess.
	sum := func(c *scored) float64 {
		if m.w.Trees.Len() == 0 {
			return c.score
		}
		return c.lin
	}
	f[AbsMargin] = sum(&best)
	if len(cands) > 1 {
		f[AbsMargin] -= sum(&cands[1])
	}
	top := 0.0
	for _, c := range cands {
		top = max(top, c.hit.Score)
	}
	f[AbsTopBM25] = math.Log1p(top)
	var all, unknown, corrected float64
	for _, t := range q.terms {
		all += t.weight
		if !t.known {
			unknown += t.weight
		} else if t.byCorrection() {
			corrected += t.weight
		}
	}
	if all > 0 {
		f[AbsUnknown], f[AbsCorrected] = unknown/all, corrected/all
	}
	if len(q.terms) > 0 {
		f[AbsOneWord] = 1 / float64(len(q.terms))
	}
	f[AbsKind+int(q.kind)] = 1
	f[AbsArticleCov], f[AbsMissRare] = m.articleEvidence(r, best.hit.Sentence)
	switch m.doubtKind(r, best) {
	case doubtBarely:
		f[AbsDoubtBarely] = 1
	case doubtKind, doubtStrict:
		f[AbsDoubtKind] = 1
	case doubtNames:
		f[AbsDoubtNames] = 1
	}
	return f
}

// articleEvidence is the share of the question's weight that the
// sentence's article holds anywhere, and the weight of the most specific
// question word that neither the sentence nor its neighbours hold, as a
// share of the largest word weight: a question about something else than
// the article lacks its rarest words there.
func (m *Matcher) articleEvidence(r *ranking, s *knowledge.Sentence) (cov, missRare float64) {
	q := r.q
	held := m.held(r, s.Article)
	prev, next := m.base.Neighbours(s)
	here := m.matches(r, s)
	var before, after []float64 // the neighbours' matches, looked up when needed
	var all, in, top float64
	for i, t := range q.terms {
		all += t.weight
		top = max(top, t.weight)
		if held[i] || t.ent != nil && m.base.Setting(s.Article, t.ent) {
			in += t.weight
		}
		near := here[i] > 0
		if !near && prev != nil {
			if before == nil {
				before = m.matches(r, prev)
			}
			near = before[i] > 0
		}
		if !near && next != nil {
			if after == nil {
				after = m.matches(r, next)
			}
			near = after[i] > 0
		}
		if !near {
			missRare = max(missRare, t.weight)
		}
	}
	if all == 0 || top == 0 {
		return 0, 0
	}
	return in / all, missRare / top
}

// Candidate is one ranked sentence with its features, for training.
type Candidate struct {
	Sentence *knowledge.Sentence
	Features RankFeatures
	// Tree are its features for the ranking trees.
	Tree TreeFeatures
	// Score is the candidate's score under the matcher's weights.
	Score float64
}

// Explanation is what the matcher saw of a question, for training and
// measurement: the candidates best first and the abstention features of
// the best. Candidates is empty when the matcher stopped before ranking
// (no content word, a name the articles never mention, no hit).
type Explanation struct {
	Candidates []Candidate
	Abstain    AbstainFeatures
}

// Explain ranks a fresh question's candidates as Answer does and returns
// them with their features.
func (m *Matcher) Explain(text string) Explanation { return m.ExplainHiding(text, nil) }

// ExplainHiding is Explain as if the sentences hide accepts were not in
// the articles: a question whose answering paragraph is hidden has its
// topic in the corpus but not its fact, the abstention a model must learn
// beside the article missing altogether. The search's article and
// paragraph statistics still count them; everything the ranking reads
// from sentences does not.
func (m *Matcher) ExplainHiding(text string, hide func(*knowledge.Sentence) bool) Explanation {
	_, r, cands := m.candidatesHiding(text, nil, hide)
	if r != nil {
		defer r.release()
	}
	var e Explanation
	if len(cands) == 0 {
		return e
	}
	e.Abstain = m.abstainFeatures(r, cands)
	tree := m.treeFeatures(r.q, cands)
	for i, c := range cands {
		e.Candidates = append(e.Candidates, Candidate{Sentence: c.hit.Sentence, Features: c.f, Tree: tree[i], Score: c.score})
	}
	return e
}
