package baseline

import (
	"errors"
	"fmt"

	"github.com/nnplayground/playground/core/data"
)

// Tolerances of the logistic fits: L-BFGS stops when the ∞-norm of the
// mean objective's gradient is at most gradTol, or after maxIter
// iterations. Accuracy is then settled: the weights are within about
// gradTol/λ of the optimum's.
const (
	gradTol = 1e-7
	maxIter = 1000
)

// Model is a fitted linear model: Out scores z = W·x + B of a row x of Dim
// normalized inputs; a regression's one score is the normalized target, a
// binary model's the log-odds of class 1, a multinomial model's one per
// class.
type Model struct {
	Task     data.Task
	Dim, Out int
	W        []float64 // Out×Dim, row-major
	B        []float64 // Out intercepts
	Iter     int       // L-BFGS iterations (0 for ridge)
}

// Name is the model's kind: "ridge", "logistic" or "multinomial".
func (m *Model) Name() string {
	return [...]string{data.Regression: "ridge", data.Binary: "logistic", data.Multiclass: "multinomial"}[m.Task]
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
	m := &Model{Task: ds.Task, Dim: ds.Dim, Out: ds.Out}
	switch ds.Task {
	case data.Regression:
		w, b, err := fitRidge(tr.X, tr.Y, tr.N, ds.Dim, RidgeAlpha)
		if err != nil {
			return nil, err
		}
		m.W, m.B = w, []float64{b}
	default:
		o := &logistic{x: tr.X, y: tr.Y, n: tr.N, d: ds.Dim, k: ds.Out, c: LogisticC, z: make([]float64, ds.Out)}
		theta := make([]float64, o.dim())
		m.Iter = minimize(o.eval, theta, gradTol, maxIter)
		m.W, m.B = theta[:o.k*o.d], theta[o.k*o.d:]
	}
	for _, v := range append(m.W[:len(m.W):len(m.W)], m.B...) {
		if v != v || v-v != 0 {
			return nil, fmt.Errorf("baseline: the %s fit is not finite", m.Name())
		}
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
