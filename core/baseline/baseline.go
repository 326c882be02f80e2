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
	Iter     int       // Newton steps over all the training rows, over every class
	Warm     int       // Newton steps on a subsample of a large table's rows (its warm start), over every class
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
	logistic := ds.Task != data.Regression
	lambda := RidgeAlpha
	if logistic {
		lambda = 1 / LogisticC
	}
	full := &rows{x: tr.X, y: tr.Y, n: tr.N}
	var sub *rows // a warm start for the logistic fits of a large table
	if logistic && tr.N >= 2*warmRows {
		sub = full.every(tr.N/warmRows, d, ds.Out)
	}
	for c := range ds.Out {
		var start []float64
		if sub != nil {
			// The same problem on every k-th row, its penalty scaled to
			// the rows, solved roughly: its minimum is near the full
			// one's, from where a few full Newton steps finish.
			q := sub.problem(d, ds.Out, c, logistic, lambda*float64(sub.n)/float64(tr.N))
			theta, it, err := q.solve(nil, warmTol, maxIter, sub.gramOf(q))
			if err != nil {
				return nil, err
			}
			start, m.Warm = theta, m.Warm+it
		}
		p := full.problem(d, ds.Out, c, logistic, lambda)
		var gram []float64
		if start == nil {
			gram = full.gramOf(p)
		} else {
			// Near the minimum an estimate of the Hessian from about
			// 4·warmRows rows steers as well as the whole one.
			p.hstride = tr.N / (4 * warmRows)
		}
		theta, it, err := p.solve(start, gradTol, maxIter, gram)
		if err != nil {
			return nil, err
		}
		copy(m.W[c*d:], theta[:d])
		m.B[c], m.Iter = theta[d], m.Iter+it
	}
	return m, nil
}

// warmRows is the size of the subsample whose fit starts the logistic
// fits of a table of at least twice as many training rows (every k-th
// row, k = rows/warmRows), and warmTol the tolerance that fit is solved
// to (see solve). On BenchmarkFitMessy (50,000 rows, 22 inputs, four
// separable classes) the fits over all rows then take 6 Newton steps in
// all rather than 38, and the fit's CPU time falls from about 296 ms to
// 74 ms (docs/stop-rules.md); a subsample of 2,048 rows took as long,
// one of 8,192 100 ms. The steps over all rows of a table of 32,768 rows
// or more build their Hessians from every k-th row, k = rows/(4·warmRows)
// (problem.hstride): on BenchmarkFitMessy (every third row) the same 6
// steps with half the Hessian rows, 60–67 ms of CPU; on TestWarmStart's
// 40,000 rows (every second row) 11 steps where the whole Hessian took 19.
const (
	warmRows = 4096
	warmTol  = 1e-4
)

// rows are training rows: x (n×d, row-major) and the targets y (n×out),
// and their Gram matrix once a fit needs it.
type rows struct {
	x, y []float64
	n    int
	gram []float64
}

// every returns every k-th of r's rows, copied.
func (r *rows) every(k, d, out int) *rows {
	n := (r.n + k - 1) / k
	s := &rows{x: make([]float64, 0, n*d), y: make([]float64, 0, n*out), n: n}
	for i := 0; i < r.n; i += k {
		s.x = append(s.x, r.x[i*d:i*d+d]...)
		s.y = append(s.y, r.y[i*out:i*out+out]...)
	}
	return s
}

func (r *rows) problem(d, out, col int, logistic bool, lambda float64) *problem {
	return &problem{x: r.x, y: r.y, n: r.n, d: d, stride: out, col: col, logistic: logistic, lambda: lambda}
}

// gramOf returns the Gram matrix of r's rows (p's hessian with every sᵢ
// 1), computed once: the first Hessian of every class, up to a factor.
func (r *rows) gramOf(p *problem) []float64 {
	if r.gram == nil {
		ones := make([]float64, r.n)
		for i := range ones {
			ones[i] = 1
		}
		r.gram = make([]float64, (p.d+1)*(p.d+1))
		p.hessian(ones, r.gram)
	}
	return r.gram
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
