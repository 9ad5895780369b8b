package train

import (
	"math/rand/v2"
	"testing"
)

// TestSoftmaxPrefersTheTellingFeature builds choices whose right
// candidate is the one with the first feature set, the second feature
// being noise: the conditional logit must weigh the first far above the
// second, and the same choices must give the same weights.
func TestSoftmaxPrefersTheTellingFeature(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	var cs []Choice
	for range 200 {
		c := Choice{}
		right := rng.IntN(5)
		for j := range 5 {
			x := []float64{0, rng.Float64()}
			if j == right || rng.Float64() < 0.1 {
				x[0] = 1
			}
			c.X = append(c.X, x)
			c.Right = append(c.Right, j == right)
		}
		cs = append(cs, c)
	}
	w, err := Softmax(cs, 2)
	if err != nil {
		t.Fatal(err)
	}
	if w[0] < 1 || w[0] < 5*abs(w[1]) {
		t.Errorf("weights %v: the telling feature should dominate", w)
	}
	again, err := Softmax(cs, 2)
	if err != nil {
		t.Fatal(err)
	}
	if again[0] != w[0] || again[1] != w[1] {
		t.Errorf("weights %v then %v: not reproducible", w, again)
	}
	if _, err := Softmax([]Choice{{X: [][]float64{{1}}, Right: []bool{false}}}, 1); err == nil {
		t.Error("no right candidate: want an error")
	}
}

func abs(x float64) float64 {
	if x < 0 {
		return -x
	}
	return x
}
