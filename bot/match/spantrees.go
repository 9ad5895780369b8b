package match

import "math"

// Span trees: the span model's weights read each feature alone, so a
// learnt model may add boosted regression trees (`citebot train-spans`,
// fitted to the softmax over each question's candidates) that read them
// together, with the candidate's logit by the weights, its lag behind the
// best, its rank and the question's group. The trees read only the
// spanTreeTop candidates the weights rank highest, and the others are
// dropped: trees on a sentence's hundred candidates would cost more than
// the rest of the answer.

// The span tree features: the span base features (sfBias …), then these.
const (
	stLinear    = numSpanBase + iota // the logit by the group's weights
	stGap                            // the best logit among the candidates, less this one's
	stRank                           // its place by logit, 0 first
	stCount                          // log(1 + how many candidates the sentence gives)
	stGroup                          // the first of numSpanGroups indicators of the question's group
	numSpanTree = stGroup + int(numSpanGroups)
)

// SpanTreeFeatureNames name the span tree features, in order, for model
// files.
var SpanTreeFeatureNames = func() [numSpanTree]string {
	var n [numSpanTree]string
	copy(n[:], spanBaseNames[:])
	copy(n[numSpanBase:], []string{"linear", "linear_gap", "rank", "candidates"})
	for g := range numSpanGroups {
		n[stGroup+int(g)] = "group_" + spanGroupNames[g]
	}
	return n
}()

// SpanTreeFeatures are one candidate's span tree features.
type SpanTreeFeatures [numSpanTree]float64

// spanTreeRow fills in the tree features of a candidate of a question of
// the group: its base features, its logit z, the best logit top, its rank
// and how many candidates there are.
func spanTreeRow(row *SpanTreeFeatures, group int, base *[numSpanBase]float64, z, top float64, rank, n int) {
	copy(row[:], base[:])
	row[stLinear], row[stGap], row[stRank], row[stCount] = z, top-z, float64(rank), math.Log1p(float64(n))
	clear(row[stGroup:])
	row[stGroup+group] = 1
}

// topSpans keeps, when the model has trees, the spanTreeTop candidates of
// ss with the highest logits, highest first (the sentence's order on a
// tie); ss as it is otherwise.
func (w *SpanWeights) topSpans(ss []spanScore) []spanScore {
	if w.Trees.Len() == 0 {
		return ss
	}
	return topScores(ss, spanTreeTop)
}

// topScores moves the k highest scores of ss to its front, highest first
// and the earlier first on a tie, and returns them: an insertion sort of
// the first k, which the rest rarely enter.
func topScores(ss []spanScore, k int) []spanScore {
	k = min(k, len(ss))
	if k == 0 {
		return ss[:0]
	}
	for i := 1; i < len(ss); i++ {
		x, j := ss[i], i
		if i >= k {
			if !(x.z > ss[k-1].z) {
				continue
			}
			ss[i], j = ss[k-1], k-1
		}
		for ; j > 0 && x.z > ss[j-1].z; j-- {
			ss[j] = ss[j-1]
		}
		ss[j] = x
	}
	return ss[:k]
}

// withTrees adds the trees' corrections to the scores of the candidates
// topSpans kept, of n in all; base(k) are ss[k]'s base features. The
// candidates walk each tree side by side (addScores).
func (w *SpanWeights) withTrees(group int, ss []spanScore, n int, base func(k int) *[numSpanBase]float64) {
	if w.Trees.Len() == 0 || len(ss) == 0 {
		return
	}
	var rows [spanTreeTop]SpanTreeFeatures
	var z [spanTreeTop]float64
	ss = ss[:min(len(ss), spanTreeTop)]
	for k := range ss {
		spanTreeRow(&rows[k], group, base(k), ss[k].z, ss[0].z, k, n)
		z[k] = ss[k].z
	}
	addScores(w.Trees, rows[:len(ss)], z[:len(ss)])
	for k := range ss {
		ss[k].z = z[k]
	}
}

// TreeRows are the candidates the trees of a model read for a question of
// the group (the spanTreeTop best by the weights, best first), as indices
// into cands, with their tree features and logits: what `citebot
// train-spans` fits the trees to. The model's trees are not applied.
func (w *SpanWeights) TreeRows(group int, cands []SpanCandidate) (idx []int, rows []SpanTreeFeatures, z []float64) {
	ss := topScores(w.scores(group, cands), spanTreeTop)
	rows = make([]SpanTreeFeatures, len(ss))
	for k, s := range ss {
		idx, z = append(idx, s.cand), append(z, s.z)
		spanTreeRow(&rows[k], group, &cands[s.cand].Features, s.z, ss[0].z, k, len(cands))
	}
	return idx, rows, z
}
