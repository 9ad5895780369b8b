package train

import (
	"fmt"
	"math"

	"gonum.org/v1/gonum/optimize"
)

// Choice is one question of a conditional logit: its candidates'
// features and which candidates are right answers (at least one).
type Choice struct {
	X     [][]float64
	Right []bool
}

// Softmax fits a conditional logit: the weights w that maximise, over the
// choices, the log of the softmax probability of the right candidates
// (Σ log Σ_right e^{w·x} / Σ_all e^{w·x}) − λ/2·n·|w|², by L-BFGS from
// zero. It learns which of a sentence's spans is the answer rather than
// how likely each span is on its own. The choices are visited in order,
// so the same choices give the same bits.
func Softmax(choices []Choice, dim int) ([]float64, error) {
	var usable []Choice
	for _, c := range choices {
		for _, r := range c.Right {
			if r {
				usable = append(usable, c)
				break
			}
		}
	}
	if len(usable) == 0 {
		return nil, fmt.Errorf("train: no choice with a right candidate to learn from")
	}
	lambda := Regularization * float64(len(usable))
	p := optimize.Problem{
		Func: func(w []float64) float64 {
			f, _ := softmaxLoss(usable, w, lambda, nil)
			return f
		},
		Grad: func(grad, w []float64) {
			softmaxLoss(usable, w, lambda, grad)
		},
	}
	res, err := optimize.Minimize(p, make([]float64, dim), &optimize.Settings{GradientThreshold: 1e-8, MajorIterations: softmaxIterations}, &optimize.LBFGS{})
	if err != nil && res == nil {
		return nil, fmt.Errorf("train: softmax: %w", err)
	}
	return res.X, nil
}

// softmaxIterations bounds L-BFGS; a few dozen features converge in
// under a hundred.
const softmaxIterations = 500

// softmaxLoss is the negative penalised log-likelihood at w and, when grad
// is not nil, its gradient written there.
func softmaxLoss(choices []Choice, w []float64, lambda float64, grad []float64) (float64, []float64) {
	loss := 0.0
	for i := range grad {
		grad[i] = lambda * w[i]
	}
	for _, wi := range w {
		loss += lambda / 2 * wi * wi
	}
	var s []float64
	for _, c := range choices {
		s = s[:0]
		top := math.Inf(-1)
		for _, x := range c.X {
			v := dot(w, x)
			s = append(s, v)
			top = math.Max(top, v)
		}
		all, right := 0.0, 0.0
		for j, v := range s {
			e := math.Exp(v - top)
			s[j] = e
			all += e
			if c.Right[j] {
				right += e
			}
		}
		loss -= math.Log(right) - math.Log(all)
		if grad == nil {
			continue
		}
		// d/dw of −log right + log all: Σ (p_all − p_right) x.
		for j, x := range c.X {
			coef := s[j] / all
			if c.Right[j] {
				coef -= s[j] / right
			}
			if coef == 0 {
				continue
			}
			for k, xk := range x {
				grad[k] += coef * xk
			}
		}
	}
	return loss, grad
}
