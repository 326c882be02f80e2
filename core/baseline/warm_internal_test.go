package baseline

import (
	"math"
	"testing"

	"github.com/nnplayground/playground/core/data"
	"gonum.org/v1/gonum/floats"
)

// The logistic fits of a large table start from a subsample's fit, and
// reach the same minimum: on 20,000 and 40,000 rows of 6 inputs and 3
// classes (one input nearly gives the class away, so the fit needs many
// Newton steps from 0), each class's weights equal the minimum (Newton's
// method from 0 to a gradient of 1e-12) to 3e-4 (relative ∞-norm; a fit
// stops at a mean gradient of gradTol, 1e-6, which leaves differences of
// up to 1.1e-4 in this nearly flat direction, from 0 as warm-started),
// with fewer Newton steps over all the rows than from 0, which takes 8 or
// more a class: at most 3 a class on 20,000 rows, 5 on 40,000 (the steps
// over all rows then estimate the Hessian from every second row; they
// were 11 in all, 19 with the whole Hessian, 30 from 0).
func TestWarmStart(t *testing.T) {
	for _, tt := range []struct{ n, steps int }{{20000, 3}, {40000, 5}} {
		warmStart(t, tt.n, tt.steps)
	}
}

func warmStart(t *testing.T, n, steps int) {
	const d, k = 6, 3
	x, y := randRows(11, n, d, k)
	for i := range n { // input 0: the class, plus a little noise
		c := floats.MaxIdx(y[i*k : i*k+k])
		x[i*d] = 3*float64(c) + 0.3*x[i*d]
	}
	ds := &data.Dataset{Task: data.Multiclass, Dim: d, Out: k, Train: data.Split{N: n, X: x, Y: y}}
	m, err := Fit(ds)
	if err != nil {
		t.Fatal(err)
	}
	cold := 0
	for c := range k {
		p := &problem{x: x, y: y, n: n, d: d, stride: k, col: c, logistic: true, lambda: 1 / LogisticC}
		_, it, err := p.solve(nil, gradTol, maxIter, nil)
		if err != nil {
			t.Fatal(err)
		}
		cold += it
		theta, _, err := p.solve(nil, 1e-12, maxIter, nil)
		if err != nil {
			t.Fatal(err)
		}
		got := append(append([]float64(nil), m.W[c*d:c*d+d]...), m.B[c])
		if diff := floats.Distance(got, theta, math.Inf(1)) / floats.Norm(theta, math.Inf(1)); diff > 3e-4 {
			t.Errorf("%d rows, class %d: warm-started fit %v, the minimum %v (relative difference %.2g)", n, c, got, theta, diff)
		}
	}
	t.Logf("%d rows: Newton steps over all rows: %d warm-started (and %d on the subsample), %d from 0", n, m.Iter, m.Warm, cold)
	if m.Iter > steps*k || cold < 8*k {
		t.Errorf("%d rows: %d Newton steps over all rows warm-started, %d from 0; want at most %d, and at least %d from 0", n, m.Iter, cold, steps*k, 8*k)
	}
}
