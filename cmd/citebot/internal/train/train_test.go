package train

import (
	"math"
	"testing"

	"github.com/citebot/citebot/bot/match"
)

// TestLogisticRecoversWeights fits data drawn from a known logistic model
// (deterministic pseudo-random points) and expects its weights back.
func TestLogisticRecoversWeights(t *testing.T) {
	want := []float64{-1, 2, -3}
	var samples []Sample
	x := uint64(1)
	next := func() float64 { // xorshift: the same points on every run
		x ^= x << 13
		x ^= x >> 7
		x ^= x << 17
		return float64(x%10000)/5000 - 1
	}
	for range 20000 {
		f := []float64{1, next(), next()}
		p := sigmoid(dot(want, f))
		samples = append(samples, Sample{X: f, Y: (next()+1)/2 < p})
	}
	w, err := Logistic(samples, 3)
	if err != nil {
		t.Fatal(err)
	}
	for i := range want {
		if math.Abs(w[i]-want[i]) > 0.25 {
			t.Errorf("w = %.3f, want about %v", w, want)
			break
		}
	}
	again, _ := Logistic(samples, 3)
	for i := range w {
		if w[i] != again[i] {
			t.Fatalf("two fits differ: %v, %v", w, again)
		}
	}
	if _, err := Logistic(nil, 3); err == nil {
		t.Error("no samples: no error")
	}
}

// TestRankerPrefersTheTellingFeature builds questions where the right
// candidate always has the higher coverage and a random BM25: the learnt
// weight of coverage must dominate.
func TestRankerPrefersTheTellingFeature(t *testing.T) {
	var qs []Ranked
	for i := range 200 {
		right, wrong := match.RankFeatures{}, match.RankFeatures{}
		right[match.FeatCov], wrong[match.FeatCov] = 0.8, 0.3
		right[match.FeatBM25], wrong[match.FeatBM25] = float64(i%2), float64((i+1)%2)
		qs = append(qs, Ranked{Features: []match.RankFeatures{wrong, right}, Right: []bool{false, true}})
	}
	qs = append(qs, Ranked{Features: []match.RankFeatures{{}, {}}, Right: []bool{true, true}}) // teaches nothing
	hand := match.DefaultWeights()
	scale := hand.RankVector()
	w, err := Ranker(qs, scale)
	if err != nil {
		t.Fatal(err)
	}
	if w[match.FeatCov] <= 0 || math.Abs(w[match.FeatBM25]) > 0.01*w[match.FeatCov] {
		t.Errorf("weights %v: coverage should dominate, BM25 be about 0", w)
	}
	var sum, want float64
	for i := range w {
		sum += math.Abs(w[i])
		want += math.Abs(scale[i])
	}
	if math.Abs(sum-want) > 1e-9 {
		t.Errorf("L1 norm %v, want the hand-set one %v", sum, want)
	}
	if _, err := Ranker(qs[len(qs)-1:], scale); err == nil {
		t.Error("no pair to learn from: no error")
	}
}

// TestCalibrateBoundsFalseAbstentions checks the threshold rule, on the
// confidence and on the scope model: the highest that abstains on at most
// MaxFalseAbstain of in-scope outcomes, counting those a hand-set doubt
// abstains on and those abstained on before ranking.
func TestCalibrateBoundsFalseAbstentions(t *testing.T) {
	var outs []Outcome
	for i := range 1000 {
		var f match.AbstainFeatures
		f[match.AbsBias] = 1
		f[match.AbsCov] = float64(i%100) / 100
		// In scope when the coverage is high, mostly: the scope
		// model has something to learn that the confidence does
		// not say.
		f[match.AbsTopBM25] = float64(i%7) / 7
		inScope := i%2 == 0 || f[match.AbsTopBM25] > 0.8
		outs = append(outs, Outcome{Features: f, InScope: inScope, Right: inScope && f[match.AbsCov] > 0.3})
	}
	outs[0].Features[match.AbsDoubtBarely] = 1
	// Questions the matcher abstained on before ranking: no features,
	// false abstentions when in scope.
	for i := range 30 {
		outs = append(outs, Outcome{InScope: i%3 != 0, NoCandidate: true})
	}
	trees := BoostParams{Trees: 10, Depth: 2, MinLeaf: 20, Rate: 0.1}
	for _, tc := range []struct {
		scope bool
		trees *BoostParams
	}{{false, nil}, {true, nil}, {true, &trees}} {
		scope := tc.scope
		c, err := Calibrate(outs, scope, tc.trees)
		if err != nil {
			t.Fatal(err)
		}
		if (c.Trees.Len() > 0) != (tc.trees != nil) {
			t.Errorf("scope %v, trees %v: %d trees learnt", scope, tc.trees, c.Trees.Len())
		}
		if scope == (c.Scope == match.AbstainFeatures{}) {
			t.Errorf("scope %v: scope model %v", scope, c.Scope)
		}
		if c.Threshold <= 0 || c.Threshold >= 1 {
			t.Fatalf("scope %v: threshold %v", scope, c.Threshold)
		}
		count := func(th float64) (falseAbstain, inScope int) {
			for _, o := range outs {
				if o.InScope {
					inScope++
					if o.NoCandidate || Doubted(o.Features) || c.Answerable(o.Features) < th {
						falseAbstain++
					}
				}
			}
			return
		}
		fa, in := count(c.Threshold)
		if float64(fa) > MaxFalseAbstain*float64(in) {
			t.Errorf("scope %v: threshold %.2f abstains on %d of %d answerable", scope, c.Threshold, fa, in)
		}
		if fa2, _ := count(c.Threshold + ThresholdStep); float64(fa2) <= MaxFalseAbstain*float64(in) {
			t.Errorf("scope %v: threshold %.2f is not the highest within the bound", scope, c.Threshold)
		}
		if lo, hi := c.Probability(outs[2].Features), c.Probability(outs[98].Features); lo >= hi {
			t.Errorf("scope %v: probability does not grow with coverage: %v, %v", scope, lo, hi)
		}
	}
}
