package train

import (
	"fmt"
	"math"

	"gonum.org/v1/gonum/mat"
)

// Sample is one row of a logistic regression: features and a label.
type Sample struct {
	X []float64
	Y bool
}

// Regularization is the L2 penalty of every regression here, per sample:
// small enough that a feature seen often is fitted, large enough that a
// feature that separates a few samples perfectly keeps a finite weight.
const Regularization = 1e-3

// newtonIterations bounds Newton's method; it converges in under a dozen
// on citebot's few features.
const newtonIterations = 50

// Logistic fits a logistic regression with an L2 penalty by Newton's
// method: the weights w that maximise Σ log σ(±w·x) − λ/2·n·|w|². The
// samples are visited in order, so the same samples give the same bits.
func Logistic(samples []Sample, dim int) ([]float64, error) {
	if len(samples) == 0 {
		return nil, fmt.Errorf("train: no sample to learn from")
	}
	w := make([]float64, dim)
	lambda := Regularization * float64(len(samples))
	for range newtonIterations {
		grad := make([]float64, dim)
		hess := mat.NewSymDense(dim, nil)
		for _, s := range samples {
			p := sigmoid(dot(w, s.X))
			y := 0.0
			if s.Y {
				y = 1
			}
			for i, xi := range s.X {
				grad[i] += (y - p) * xi
				if xi == 0 {
					continue
				}
				for j := i; j < dim; j++ {
					hess.SetSym(i, j, hess.At(i, j)+p*(1-p)*xi*s.X[j])
				}
			}
		}
		for i := range dim {
			grad[i] -= lambda * w[i]
			hess.SetSym(i, i, hess.At(i, i)+lambda)
		}
		var chol mat.Cholesky
		if ok := chol.Factorize(hess); !ok {
			return nil, fmt.Errorf("train: the Hessian is not positive definite")
		}
		var step mat.VecDense
		if err := chol.SolveVecTo(&step, mat.NewVecDense(dim, grad)); err != nil {
			return nil, fmt.Errorf("train: Newton step: %w", err)
		}
		size := 0.0
		for i := range dim {
			w[i] += step.AtVec(i)
			size = math.Max(size, math.Abs(step.AtVec(i)))
		}
		if size < 1e-10 {
			break
		}
	}
	return w, nil
}

func sigmoid(z float64) float64 { return 1 / (1 + math.Exp(-z)) }

func dot(a, b []float64) float64 {
	s := 0.0
	for i := range a {
		s += a[i] * b[i]
	}
	return s
}
