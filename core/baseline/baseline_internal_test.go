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

// The logistic objective's gradient matches central finite differences
// (step 1e-6) to 1e-5 in the ∞-norm, binary and multinomial, at a random
// point.
func TestLogisticGradient(t *testing.T) {
	for _, k := range []int{1, 3} {
		x, y := randRows(uint64(k), 40, 3, k)
		o := &logistic{x: x, y: y, n: 40, d: 3, k: k, c: 0.7, z: make([]float64, k)}
		rng := rand.New(rand.NewPCG(9, 9))
		theta := make([]float64, o.dim())
		for i := range theta {
			theta[i] = rng.NormFloat64()
		}
		grad := make([]float64, o.dim())
		o.eval(theta, grad)
		num := fd.Gradient(nil, func(p []float64) float64 { return o.eval(p, make([]float64, len(p))) }, theta,
			&fd.Settings{Formula: fd.Central, Step: 1e-6})
		if d := floats.Distance(grad, num, math.Inf(1)); d > 1e-5 {
			t.Errorf("k=%d: gradient differs from finite differences by %.3g (∞-norm)", k, d)
		} else {
			t.Logf("k=%d: largest gradient difference %.3g", k, d)
		}
	}
}

// Ridge by hand: x = 0, 1, 2 and y = 1, 3, 5 (y = 2x + 1 exactly). The
// centred x is −1, 0, 1 (Σx² = 2), the centred y −2, 0, 2 (Σxy = 4), so
// with α = 1, w = 4/(2+1) = 4/3 and b = ȳ − x̄·w = 3 − 4/3 = 5/3; with α
// near 0 the least-squares line w = 2, b = 1.
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
			w, b, err := fitRidge([]float64{0, 1, 2}, []float64{1, 3, 5}, 3, 1, tt.Alpha)
			if err != nil {
				t.Fatal(err)
			}
			if !scalar.EqualWithinAbsOrRel(w[0], tt.W, 1e-10, 1e-10) || !scalar.EqualWithinAbsOrRel(b, tt.B, 1e-10, 1e-10) {
				t.Errorf("w = %v, b = %v; want %v, %v", w[0], b, tt.W, tt.B)
			}
		})
	}
}

// Ridge with two inputs against the 2×2 normal equations solved by
// Cramer's rule, on random rows: the Cholesky path and the explicit
// inverse agree to 1e-10.
func TestRidgeTwoInputs(t *testing.T) {
	const n = 50
	x, y := randRows(3, n, 2, 0)
	w, b, err := fitRidge(x, y, n, 2, RidgeAlpha)
	if err != nil {
		t.Fatal(err)
	}
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
	b0 := my - m0*w0 - m1*w1
	if !floats.EqualApprox(w, []float64{w0, w1}, 1e-10) || !scalar.EqualWithinAbs(b, b0, 1e-10) {
		t.Errorf("w = %v, b = %v; Cramer's rule: %v, %v", w, b, []float64{w0, w1}, b0)
	}
}

// Logistic fits solved by hand:
//   - intercept only (no inputs), classes 1, 1, 1, 0: the intercept is not
//     penalized, so the fit's probability is the class share 3/4 and
//     b = log(3/(1/1)) = log 3;
//   - multinomial, intercept only, classes 0, 0, 1, 2: the softmax of b is
//     the shares 1/2, 1/4, 1/4; L-BFGS from 0 keeps Σb = 0 (the gradient's
//     intercept part sums to 0), so b = log share − their mean;
//   - one input, x = −1 → 0 and x = 1 → 1, C = 1: by symmetry b = 0, and
//     f = (2·log(1+e^{−w}) + w²/2)/2 is least where w·(1+e^w) = 2,
//     solved here by bisection.
func TestLogisticByHand(t *testing.T) {
	bisect := func(g func(float64) float64, lo, hi float64) float64 {
		for range 200 {
			if mid := (lo + hi) / 2; g(mid) > 0 {
				hi = mid
			} else {
				lo = mid
			}
		}
		return (lo + hi) / 2
	}
	wStar := bisect(func(w float64) float64 { return w*(1+math.Exp(w)) - 2 }, 0, 2)
	l2, l4 := math.Log(0.5), math.Log(0.25)
	mean := (l2 + 2*l4) / 3
	tests := []struct {
		Name    string
		X, Y    []float64
		N, D, K int
		Want    []float64 // W then B
	}{
		{"intercept only, binary", nil, []float64{1, 1, 1, 0}, 4, 0, 1, []float64{math.Log(3)}},
		{"intercept only, three classes", nil, []float64{1, 0, 0, 1, 0, 0, 0, 1, 0, 0, 0, 1}, 4, 0, 3, []float64{l2 - mean, l4 - mean, l4 - mean}},
		{"one input, symmetric", []float64{-1, 1}, []float64{0, 1}, 2, 1, 1, []float64{wStar, 0}},
	}
	for _, tt := range tests {
		t.Run(tt.Name, func(t *testing.T) {
			o := &logistic{x: tt.X, y: tt.Y, n: tt.N, d: tt.D, k: tt.K, c: 1, z: make([]float64, tt.K)}
			theta := make([]float64, o.dim())
			iter := minimize(o.eval, theta, 1e-12, 1000)
			if !floats.EqualApprox(theta, tt.Want, 1e-8) {
				t.Errorf("θ = %v after %d iterations; want %v", theta, iter, tt.Want)
			}
		})
	}
}

// A two-class multinomial fit is a binary fit with twice the C: with
// z = w₁·x − w₂·x and the optimum's w₂ = −w₁, the penalty ½(‖w₁‖²+‖w₂‖²)
// is ¼‖w₁−w₂‖². The two solvers agree to 1e-6.
func TestMultinomialTwoClasses(t *testing.T) {
	const n, d = 60, 3
	x, y := randRows(5, n, d, 1)
	bin := &logistic{x: x, y: y, n: n, d: d, k: 1, c: 2, z: make([]float64, 1)}
	tb := make([]float64, bin.dim())
	minimize(bin.eval, tb, 1e-10, 1000)
	y2 := make([]float64, 2*n)
	for i, v := range y {
		y2[2*i+int(v)] = 1
	}
	mul := &logistic{x: x, y: y2, n: n, d: d, k: 2, c: 1, z: make([]float64, 2)}
	tm := make([]float64, mul.dim())
	minimize(mul.eval, tm, 1e-10, 1000)
	diff := make([]float64, d+1)
	for c := range d {
		diff[c] = tm[d+c] - tm[c] // class 1's weights minus class 0's
	}
	diff[d] = tm[2*d+1] - tm[2*d]
	if !floats.EqualApprox(diff, tb, 1e-6) {
		t.Errorf("multinomial differences %v, binary with 2C %v", diff, tb)
	}
}
