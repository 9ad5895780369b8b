package match

import "math"

// Ranking trees: a learnt model may add to each candidate's linear score
// the sum of a few hundred shallow regression trees (gradient boosting,
// `citebot train --ranker gbdt`), which read the ranking features and a
// few more that a weighted sum cannot use well: the linear score itself
// and each candidate's lag behind the best (the trees learn corrections
// to the hand-set ranking), the search's order, and the question's kind,
// so that a feature may weigh differently for a date than for a person.

// The tree features: the ranking features (FeatBM25 …), then these.
const (
	TreeLinear      = NumRankFeatures + iota // the linear score (rank weights · features)
	TreeLinearGap                            // the best linear score among the candidates, less this one's
	TreeCovGap                               // the same for the coverage
	TreeLocalGap                             // the same for the article-weighted coverage
	TreeCtxGap                               // the same for the coverage with neighbours
	TreeSearchRank                           // place in the search's order, 0 first, over the number of candidates
	TreeSentBM25                             // log(1 + the sentence's own BM25 score)
	TreeLength                               // log(1 + the sentence's length in bytes)
	TreeLead                                 // 1 in the article's first paragraph
	TreeNumber                               // 1 when the sentence states a number
	TreeWords                                // how many content words the question has
	TreeNames                                // how many names of the articles the question gives
	TreeKind                                 // the first of numKinds indicators of the question's kind
	NumTreeFeatures = TreeKind + int(numKinds)
)

// TreeFeatureNames name the tree features, in order, for model files.
var TreeFeatureNames = treeFeatureNames()

func treeFeatureNames() [NumTreeFeatures]string {
	var n [NumTreeFeatures]string
	copy(n[:], RankFeatureNames[:])
	copy(n[NumRankFeatures:], []string{"linear", "linear_gap", "cov_gap", "local_gap", "ctx_gap", "search_rank",
		"sent_bm25", "length", "lead", "number", "words", "names"})
	for k := range numKinds {
		n[TreeKind+int(k)] = "kind_" + kinds[k].name
	}
	return n
}

// TreeFeatures are one candidate's tree features.
type TreeFeatures [NumTreeFeatures]float64

// uses marks the ranking features the trees split on.
func (fo Forest) uses() [NumRankFeatures]bool {
	var u [NumRankFeatures]bool
	for _, t := range fo.trees {
		for _, n := range t {
			if n.Left != 0 && n.Feature < NumRankFeatures {
				u[n.Feature] = true
			}
		}
	}
	return u
}

// treeFeatures describes each candidate for the trees, in cands' order;
// each candidate's pos is its place in the search's order and lin its
// linear score.
func (m *Matcher) treeFeatures(q *question, cands []scored) []TreeFeatures {
	out := make([]TreeFeatures, len(cands))
	var bestLin, bestCov, bestLocal, bestCtx float64
	for i, c := range cands {
		if i == 0 || c.lin > bestLin {
			bestLin = c.lin
		}
		bestCov, bestLocal, bestCtx = max(bestCov, c.cov), max(bestLocal, c.local), max(bestCtx, c.ctxCov)
	}
	for i, c := range cands {
		f := &out[i]
		copy(f[:], c.f[:])
		f[TreeLinear], f[TreeLinearGap] = c.lin, bestLin-c.lin
		f[TreeCovGap], f[TreeLocalGap], f[TreeCtxGap] = bestCov-c.cov, bestLocal-c.local, bestCtx-c.ctxCov
		f[TreeSearchRank] = float64(c.pos) / float64(len(cands))
		f[TreeSentBM25] = math.Log1p(c.hit.Sent)
		f[TreeLength] = math.Log1p(float64(len(c.hit.Sentence.Text)))
		if c.hit.Sentence.Paragraph == 1 {
			f[TreeLead] = 1
		}
		if c.hasNumber {
			f[TreeNumber] = 1
		}
		f[TreeWords], f[TreeNames] = float64(len(q.terms)), float64(len(q.names))
		f[TreeKind+int(q.kind)] = 1
	}
	return out
}

// addTrees re-ranks the best Weights.TreeCandidates of the candidates,
// sorted best first, adding the forest's score to theirs.
func (m *Matcher) addTrees(q *question, cands []scored) {
	top := cands[:min(len(cands), m.w.TreeCandidates)]
	fs := m.treeFeatures(q, cands)[:len(top)] // the gaps are to the best of all
	add := make([]float64, len(top))
	addScores(m.w.Trees, fs, add)
	for i := range top {
		top[i].score += add[i]
	}
	bestFirst(top)
}
