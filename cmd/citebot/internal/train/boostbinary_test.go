package train

import (
	"math"
	"math/rand/v2"
	"testing"
)

// xorRows are rows of two features whose label is their exclusive or
// (one above a half, not both): no weighted sum of them tells it, so
// the logistic regression's logit is no better than a coin.
func xorRows(n int, seed uint64) (x [][]float64, y []bool) {
	rng := rand.New(rand.NewPCG(seed, 11))
	for range n {
		a, b := rng.Float64(), rng.Float64()
		x = append(x, []float64{a, b})
		y = append(y, (a > 0.5) != (b > 0.5))
	}
	return x, y
}

// logLoss is the mean logistic loss of the forest's scores added to base.
func logLoss(x [][]float64, y []bool, base []float64, score func([]float64) float64) float64 {
	loss := 0.0
	for i := range x {
		p := 1 / (1 + math.Exp(-(base[i] + score(x[i]))))
		if !y[i] {
			p = 1 - p
		}
		loss -= math.Log(p)
	}
	return loss / float64(len(x))
}

func TestBoostBinaryLearnsAnInteraction(t *testing.T) {
	x, y := xorRows(4000, 1)
	base := make([]float64, len(x)) // a logit of 0: the coin
	p := BoostParams{Trees: 50, Depth: 2, MinLeaf: 20, Rate: 0.3}
	fo, err := BoostBinary(x, y, base, p)
	if err != nil {
		t.Fatal(err)
	}
	tx, ty := xorRows(2000, 2)
	tbase := make([]float64, len(tx))
	coin := logLoss(tx, ty, tbase, func([]float64) float64 { return 0 })
	got := logLoss(tx, ty, tbase, fo.Score)
	right := 0
	for i := range tx {
		if (fo.Score(tx[i]) > 0) == ty[i] {
			right++
		}
	}
	if acc := float64(right) / float64(len(tx)); got > coin/2 || acc < 0.9 {
		t.Errorf("held-out log loss %.3f (the coin %.3f), accuracy %.3f: the trees did not learn the interaction", got, coin, acc)
	}
	again, err := BoostBinary(x, y, base, p)
	if err != nil || again.Len() != fo.Len() || again.Score(tx[0]) != fo.Score(tx[0]) {
		t.Error("the same rows gave other trees")
	}
}

// TestBoostBinaryBags averages forests fitted on shares of the rows: the
// interaction is still learnt, each bag's trees count for 1/Bags, the
// same rows give the same forests, and a bag holds about bagShare of them.
func TestBoostBinaryBags(t *testing.T) {
	x, y := xorRows(4000, 1)
	base := make([]float64, len(x))
	p := BoostParams{Trees: 30, Depth: 2, MinLeaf: 20, Rate: 0.3, Bags: 4}
	fo, err := BoostBinary(x, y, base, p)
	if err != nil {
		t.Fatal(err)
	}
	if fo.Len() != p.Trees*p.Bags {
		t.Fatalf("%d trees, want %d", fo.Len(), p.Trees*p.Bags)
	}
	tx, ty := xorRows(2000, 2)
	tbase := make([]float64, len(tx))
	if got, coin := logLoss(tx, ty, tbase, fo.Score), logLoss(tx, ty, tbase, func([]float64) float64 { return 0 }); got > coin/2 {
		t.Errorf("held-out log loss %.3f against the coin's %.3f", got, coin)
	}
	one := p
	one.Bags = 1
	single, err := BoostBinary(x, y, base, one)
	if err != nil {
		t.Fatal(err)
	}
	if single.Score(tx[0]) == fo.Score(tx[0]) {
		t.Error("four bags scored as one forest")
	}
	again, err := BoostBinary(x, y, base, p)
	if err != nil || again.Score(tx[1]) != fo.Score(tx[1]) {
		t.Error("the same rows gave other bags")
	}
	for b := range 4 {
		if n := len(bagRows(len(x), b, 4)); n < 3000 || n > 3400 {
			t.Errorf("bag %d holds %d of %d rows, want about %.0f %%", b, n, len(x), 100*bagShare)
		}
	}
	if n := len(bagRows(10, 0, 1)); n != 10 {
		t.Errorf("one bag holds %d of 10 rows", n)
	}
}

func TestBoostBinaryKeepsATellingBase(t *testing.T) {
	// The base logit tells the label, the features do not: the trees,
	// added to it, must not turn a row wrong.
	x, y := xorRows(1000, 3)
	base := make([]float64, len(x))
	for i := range y {
		y[i] = i%3 == 0
		base[i] = -2
		if y[i] {
			base[i] = 2
		}
	}
	fo, err := BoostBinary(x, y, base, BoostParams{Trees: 20, Depth: 2, MinLeaf: 20, Rate: 0.3})
	if err != nil {
		t.Fatal(err)
	}
	for i := range x {
		if (base[i]+fo.Score(x[i]) > 0) != y[i] {
			t.Fatalf("row %d: the trees turned a logit that tells the label wrong", i)
		}
	}
	if loss, alone := logLoss(x, y, base, fo.Score), logLoss(x, y, base, func([]float64) float64 { return 0 }); loss >= alone {
		t.Errorf("log loss %.3f with the trees, %.3f without", loss, alone)
	}
}

func TestBoostBinaryErrors(t *testing.T) {
	x, y := xorRows(10, 4)
	base := make([]float64, len(x))
	for _, tc := range []struct {
		x    [][]float64
		y    []bool
		base []float64
		p    BoostParams
	}{
		{nil, nil, nil, DefaultAbstainBoost},
		{x, y[:5], base, DefaultAbstainBoost},
		{x, y, base[:5], DefaultAbstainBoost},
		{x, y, base, BoostParams{Trees: 0, Depth: 3, MinLeaf: 1, Rate: 0.1}},
		{x, y, base, BoostParams{Trees: 1, Depth: 3, MinLeaf: 1, Rate: 0}},
	} {
		if _, err := BoostBinary(tc.x, tc.y, tc.base, tc.p); err == nil {
			t.Errorf("%d rows, %d labels, %d base, %+v: accepted", len(tc.x), len(tc.y), len(tc.base), tc.p)
		}
	}
}
