package baseline

import (
	"errors"

	"github.com/nnplayground/playground/core/data"
)

// RidgeAlpha is the ridge penalty α of Fit for regression, sklearn's
// Ridge default, and LogisticC the inverse penalty C for classes, sklearn's
// LogisticRegression default. The inputs are z-scores (or min-max scaled),
// so one penalty suits every column.
const (
	RidgeAlpha = 1.0
	LogisticC  = 1.0
)

// Newton's method stops when the gradient of the mean loss is at most
// gradTol (∞-norm), or after maxIter steps.
const (
	gradTol = 1e-6
	maxIter = 50
)

// Model is a fitted linear model: Out scores z = W·x + B of a row x of Dim
// normalized inputs; a regression's one score is the normalized target, a
// binary model's the log-odds of class 1, a multiclass model's one per
// class (one-vs-rest), the largest naming the class.
type Model struct {
	Task     data.Task
	Dim, Out int
	W        []float64 // Out×Dim, row-major
	B        []float64 // Out intercepts
	Iter     int       // Newton steps, over every class
}

// Name is the model's kind: "ridge", "logistic" or "logistic-ovr"
// (one-vs-rest: a logistic regression of each class against the others).
func (m *Model) Name() string {
	return [...]string{data.Regression: "ridge", data.Binary: "logistic", data.Multiclass: "logistic-ovr"}[m.Task]
}

// ErrNoRows is returned by Fit for a dataset without training rows.
var ErrNoRows = errors.New("baseline: no training rows")

// Fit fits the linear model of ds's task to its training split (see the
// package documentation). It returns ErrNoRows for an empty training
// split, and an error when the fit is not finite.
func Fit(ds *data.Dataset) (*Model, error) {
	tr := &ds.Train
	if tr.N == 0 {
		return nil, ErrNoRows
	}
	d := ds.Dim
	m := &Model{Task: ds.Task, Dim: d, Out: ds.Out, W: make([]float64, ds.Out*d), B: make([]float64, ds.Out)}
	var gram []float64 // the first Hessian of every class, up to a factor
	for c := range ds.Out {
		p := &problem{x: tr.X, y: tr.Y, n: tr.N, d: d, stride: ds.Out, col: c, logistic: ds.Task != data.Regression, lambda: RidgeAlpha}
		if p.logistic {
			p.lambda = 1 / LogisticC
		}
		if gram == nil {
			ones := make([]float64, tr.N)
			for i := range ones {
				ones[i] = 1
			}
			gram = make([]float64, (d+1)*(d+1))
			p.hessian(ones, gram)
		}
		theta, it, err := p.solve(gradTol, maxIter, gram)
		if err != nil {
			return nil, err
		}
		copy(m.W[c*d:], theta[:d])
		m.B[c], m.Iter = theta[d], m.Iter+it
	}
	return m, nil
}

// Score returns the model's metric on s: accuracy for classes, R² for
// regression (0 when the target does not vary), as nn.Trainer reports the
// network's. It returns 0 for an empty split.
func (m *Model) Score(s *data.Split) float64 {
	if s.N == 0 {
		return 0
	}
	z := make([]float64, m.Out)
	var correct int
	var sse, sum, sumSq float64
	for i := range s.N {
		xi := s.X[i*m.Dim : (i+1)*m.Dim]
		for j := range m.Out {
			v := m.B[j]
			for c, w := range m.W[j*m.Dim : (j+1)*m.Dim] {
				v += w * xi[c]
			}
			z[j] = v
		}
		y := s.Y[i*m.Out : (i+1)*m.Out]
		switch m.Task {
		case data.Regression:
			e := z[0] - y[0]
			sse += e * e
			sum += y[0]
			sumSq += y[0] * y[0]
		case data.Binary:
			if (z[0] >= 0) == (y[0] >= 0.5) {
				correct++
			}
		default:
			if argmax(z) == argmax(y) {
				correct++
			}
		}
	}
	n := float64(s.N)
	if m.Task != data.Regression {
		return float64(correct) / n
	}
	if sst := sumSq - sum*sum/n; sst > 0 {
		return 1 - sse/sst
	}
	return 0
}

// argmax returns the index of the first largest value of v.
func argmax(v []float64) int {
	k := 0
	for i, x := range v {
		if x > v[k] {
			k = i
		}
	}
	return k
}
