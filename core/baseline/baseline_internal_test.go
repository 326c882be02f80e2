package baseline

import (
	"math"
	"math/rand/v2"
	"testing"

	"gonum.org/v1/gonum/diff/fd"
	"gonum.org/v1/gonum/floats"
	"gonum.org/v1/gonum/floats/scalar"
)

// randRows returns n rows of d standard normal inputs and targets from a
// linear model with noise: k = 0 a number, k = 1 a 0/1 class, k ≥ 2 a
// one-hot class of k.
func randRows(seed uint64, n, d, k int) (x, y []float64) {
	rng := rand.New(rand.NewPCG(seed, 7))
	x = make([]float64, n*d)
	for i := range x {
		x[i] = rng.NormFloat64()
	}
	w := make([]float64, max(k, 1)*d)
	for i := range w {
		w[i] = rng.NormFloat64()
	}
	y = make([]float64, n*max(k, 1))
	for i := range n {
		xi := x[i*d : i*d+d]
		switch k {
		case 0:
			y[i] = floats.Dot(w, xi) + 0.5*rng.NormFloat64()
		case 1:
			if floats.Dot(w, xi)+rng.NormFloat64() > 0 {
				y[i] = 1
			}
		default:
			best, bj := math.Inf(-1), 0
			for j := range k {
				if s := floats.Dot(w[j*d:j*d+d], xi) + rng.NormFloat64(); s > best {
					best, bj = s, j
				}
			}
			y[i*k+bj] = 1
		}
	}
	return x, y
}

// fit solves the problem of one target column and fails the test on error.
func fit(t *testing.T, p *problem) []float64 {
	t.Helper()
	theta, _, err := p.solve(nil, 1e-12, 100, nil)
	if err != nil {
		t.Fatal(err)
	}
	return theta
}

// The objective's gradient and Hessian match central finite differences
// (step 1e-6) of f and of the gradient to 1e-5 (∞-norm, relative to the
// largest entry), least squares and logistic, at a random point.
func TestGradientHessian(t *testing.T) {
	for _, logistic := range []bool{false, true} {
		k := 0
		if logistic {
			k = 1
		}
		x, y := randRows(uint64(k)+1, 40, 3, k)
		p := &problem{x: x, y: y, n: 40, d: 3, stride: 1, logistic: logistic, lambda: 0.7}
		rng := rand.New(rand.NewPCG(9, 9))
		theta := make([]float64, 4)
		for i := range theta {
			theta[i] = rng.NormFloat64()
		}
		g, h, s := make([]float64, 4), make([]float64, 16), make([]float64, 40)
		p.eval(theta, g, s)
		p.hessian(s, h)
		p.penalize(h)
		settings := &fd.Settings{Formula: fd.Central, Step: 1e-6}
		num := fd.Gradient(nil, p.value, theta, settings)
		if d := floats.Distance(g, num, math.Inf(1)) / max(1, floats.Norm(g, math.Inf(1))); d > 1e-5 {
			t.Errorf("logistic %v: gradient differs from finite differences by %.3g (relative ∞-norm)", logistic, d)
		}
		for j := range 4 { // row j of the Hessian: the derivative of g[j]
			gj := func(th []float64) float64 {
				gg := make([]float64, 4)
				p.eval(th, gg, make([]float64, 40))
				return gg[j]
			}
			row := fd.Gradient(nil, gj, theta, settings)
			for k := range j + 1 {
				if d := math.Abs(h[j*4+k]-row[k]) / max(1, math.Abs(h[j*4+k])); d > 1e-5 {
					t.Errorf("logistic %v: Hessian[%d][%d] = %v, finite differences %v", logistic, j, k, h[j*4+k], row[k])
				}
			}
		}
	}
}

// Ridge by hand: x = 0, 1, 2 and y = 1, 3, 5 (y = 2x + 1 exactly). The
// centred x is −1, 0, 1 (Σx² = 2), the centred y −2, 0, 2 (Σxy = 4), so
// with α = 1, w = 4/(2+1) = 4/3 and b = ȳ − x̄·w = 3 − 4/3 = 5/3; with α
// near 0 the least-squares line w = 2, b = 1. One Newton step gets there.
func TestRidgeByHand(t *testing.T) {
	tests := []struct {
		Name  string
		Alpha float64
		W, B  float64
	}{
		{"alpha 1", 1, 4.0 / 3, 5.0 / 3},
		{"alpha 1e-12", 1e-12, 2, 1},
	}
	for _, tt := range tests {
		t.Run(tt.Name, func(t *testing.T) {
			p := &problem{x: []float64{0, 1, 2}, y: []float64{1, 3, 5}, n: 3, d: 1, stride: 1, lambda: tt.Alpha}
			theta, iter, err := p.solve(nil, 1e-12, 100, nil)
			if err != nil || iter != 1 {
				t.Fatalf("%v after %d steps", err, iter)
			}
			if !scalar.EqualWithinAbsOrRel(theta[0], tt.W, 1e-10, 1e-10) || !scalar.EqualWithinAbsOrRel(theta[1], tt.B, 1e-10, 1e-10) {
				t.Errorf("w = %v, b = %v; want %v, %v", theta[0], theta[1], tt.W, tt.B)
			}
		})
	}
}

// Ridge with two inputs against the 2×2 centred normal equations solved
// by Cramer's rule, on random rows: they agree to 1e-10.
func TestRidgeTwoInputs(t *testing.T) {
	const n = 50
	x, y := randRows(3, n, 2, 0)
	w := fit(t, &problem{x: x, y: y, n: n, d: 2, stride: 1, lambda: RidgeAlpha})
	var m0, m1, my float64
	for i := range n {
		m0, m1, my = m0+x[2*i]/n, m1+x[2*i+1]/n, my+y[i]/n
	}
	var s00, s01, s11, s0y, s1y float64
	for i := range n {
		a, c, r := x[2*i]-m0, x[2*i+1]-m1, y[i]-my
		s00, s01, s11, s0y, s1y = s00+a*a, s01+a*c, s11+c*c, s0y+a*r, s1y+c*r
	}
	s00, s11 = s00+RidgeAlpha, s11+RidgeAlpha
	det := s00*s11 - s01*s01
	w0, w1 := (s11*s0y-s01*s1y)/det, (s00*s1y-s01*s0y)/det
	want := []float64{w0, w1, my - m0*w0 - m1*w1}
	if !floats.EqualApprox(w, want, 1e-10) {
		t.Errorf("θ = %v; Cramer's rule: %v", w, want)
	}
}

// Logistic fits solved by hand:
//   - intercept only (no inputs), classes 1, 1, 1, 0: the intercept is not
//     penalized, so the fit's probability is the class share 3/4 and
//     b = log(3/4 ÷ 1/4) = log 3;
//   - one input, x = −1 → 0 and x = 1 → 1, C = 1: by symmetry b = 0, and
//     f = 2·log(1+e^{−w}) + w²/2 is least where w·(1+e^w) = 2, solved
//     here by bisection.
func TestLogisticByHand(t *testing.T) {
	lo, hi := 0.0, 2.0
	for range 200 {
		if mid := (lo + hi) / 2; mid*(1+math.Exp(mid)) > 2 {
			hi = mid
		} else {
			lo = mid
		}
	}
	tests := []struct {
		Name string
		X, Y []float64
		N, D int
		Want []float64 // w then b
	}{
		{"intercept only", nil, []float64{1, 1, 1, 0}, 4, 0, []float64{math.Log(3)}},
		{"one input, symmetric", []float64{-1, 1}, []float64{0, 1}, 2, 1, []float64{(lo + hi) / 2, 0}},
	}
	for _, tt := range tests {
		t.Run(tt.Name, func(t *testing.T) {
			theta := fit(t, &problem{x: tt.X, y: tt.Y, n: tt.N, d: tt.D, stride: 1, logistic: true, lambda: 1})
			if !floats.EqualApprox(theta, tt.Want, 1e-9) {
				t.Errorf("θ = %v; want %v", theta, tt.Want)
			}
		})
	}
}

// A column of a one-hot target (stride 3, class 2) fits as the same 0/1
// column on its own.
func TestOneVsRestColumn(t *testing.T) {
	const n = 60
	x, y := randRows(5, n, 2, 3)
	col := make([]float64, n)
	for i := range n {
		col[i] = y[3*i+2]
	}
	a := fit(t, &problem{x: x, y: y, n: n, d: 2, stride: 3, col: 2, logistic: true, lambda: 1})
	b := fit(t, &problem{x: x, y: col, n: n, d: 2, stride: 1, logistic: true, lambda: 1})
	if !floats.Equal(a, b) {
		t.Errorf("class 2 of the one-hot target %v, its own column %v", a, b)
	}
}
