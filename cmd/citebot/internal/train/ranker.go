package train

import (
	"fmt"
	"math"

	"github.com/citebot/citebot/bot/match"
)

// Ranked is one question's candidates with their features and whether
// each, cited, would be judged right.
type Ranked struct {
	Features []match.RankFeatures
	// Tree are the candidates' features for ranking trees (Boost).
	Tree  []match.TreeFeatures
	Right []bool
}

// maxPairsPerQuestion bounds the wrong candidates paired with each right
// one, so that a question with twenty candidates does not outweigh one
// with five.
const maxPairsPerQuestion = 20

// Ranker learns ranking weights by pairwise logistic regression: for every
// question with a right and a wrong candidate, the difference of their
// features should score above zero. Questions whose candidates are all
// right or all wrong teach nothing about ranking and are skipped. The
// weights are scaled so that their sum of absolute values equals scale's,
// which keeps them comparable with the hand-set follow-up weights.
func Ranker(qs []Ranked, scale match.RankFeatures) (match.RankFeatures, error) {
	var samples []Sample
	for _, q := range qs {
		n := 0
		for i, ri := range q.Right {
			if !ri {
				continue
			}
			for j, rj := range q.Right {
				if rj || n >= maxPairsPerQuestion {
					continue
				}
				n++
				d := make([]float64, match.NumRankFeatures)
				for k := range d {
					d[k] = q.Features[i][k] - q.Features[j][k]
				}
				// Both orders, so that the regression needs no
				// intercept and stays symmetric.
				neg := make([]float64, len(d))
				for k := range d {
					neg[k] = -d[k]
				}
				samples = append(samples, Sample{X: d, Y: true}, Sample{X: neg, Y: false})
			}
		}
	}
	w, err := Logistic(samples, match.NumRankFeatures)
	if err != nil {
		return match.RankFeatures{}, fmt.Errorf("ranker: %w", err)
	}
	var out match.RankFeatures
	var have, want float64
	for i := range out {
		have += math.Abs(w[i])
		want += math.Abs(scale[i])
	}
	if have == 0 {
		return match.RankFeatures{}, fmt.Errorf("ranker: every weight is zero")
	}
	for i := range out {
		out[i] = w[i] * want / have
	}
	return out, nil
}
