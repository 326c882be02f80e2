package baseline

import "math"

// lbfgsMemory is the number of correction pairs minimize keeps.
const lbfgsMemory = 10

// minimize minimizes f from x (overwritten with the minimizer) by L-BFGS
// with a backtracking (Armijo) line search. It stops when the gradient's
// ∞-norm is at most gtol, when a step no longer lowers f, or after maxIter
// iterations, and returns the number of iterations. f returns the value at
// its first argument and writes the gradient into its second.
func minimize(f func(x, g []float64) float64, x []float64, gtol float64, maxIter int) int {
	n := len(x)
	g := make([]float64, n)
	fx := f(x, g)
	var (
		s, y  [lbfgsMemory][]float64
		rho   [lbfgsMemory]float64
		alpha [lbfgsMemory]float64
		used  int // pairs stored
		next  int // slot of the next pair
	)
	for i := range lbfgsMemory {
		s[i], y[i] = make([]float64, n), make([]float64, n)
	}
	p := make([]float64, n)
	xn, gn := make([]float64, n), make([]float64, n)
	iter := 0
	for ; iter < maxIter && infNorm(g) > gtol; iter++ {
		// Two-loop recursion: p = −H·g.
		for i := range p {
			p[i] = -g[i]
		}
		for i := range used {
			j := (next - 1 - i + lbfgsMemory) % lbfgsMemory
			alpha[j] = rho[j] * dot(s[j], p)
			axpy(-alpha[j], y[j], p)
		}
		if used > 0 {
			j := (next - 1 + lbfgsMemory) % lbfgsMemory
			scale(dot(s[j], y[j])/dot(y[j], y[j]), p)
		} else {
			scale(1/math.Max(1, math.Sqrt(dot(g, g))), p)
		}
		for i := used - 1; i >= 0; i-- {
			j := (next - 1 - i + lbfgsMemory) % lbfgsMemory
			b := rho[j] * dot(y[j], p)
			axpy(alpha[j]-b, s[j], p)
		}
		slope := dot(g, p)
		if !(slope < 0) { // not a descent direction: start over from steepest descent
			used = 0
			for i := range p {
				p[i] = -g[i]
			}
			slope = dot(g, p)
		}
		// Backtracking line search: the first step of 1, halved, that
		// lowers f by at least 1e-4 of the slope's prediction.
		step, fn := 1.0, 0.0
		ok := false
		for range 40 {
			for i := range xn {
				xn[i] = x[i] + step*p[i]
			}
			fn = f(xn, gn)
			if fn <= fx+1e-4*step*slope {
				ok = true
				break
			}
			step /= 2
		}
		if !ok {
			break
		}
		sj, yj := s[next], y[next]
		for i := range sj {
			sj[i] = xn[i] - x[i]
			yj[i] = gn[i] - g[i]
		}
		if sy := dot(sj, yj); sy > 0 {
			rho[next] = 1 / sy
			next = (next + 1) % lbfgsMemory
			used = min(used+1, lbfgsMemory)
		}
		copy(x, xn)
		copy(g, gn)
		done := fx-fn <= 1e-15*math.Max(1, math.Abs(fx))
		fx = fn
		if done {
			iter++
			break
		}
	}
	return iter
}

func dot(a, b []float64) float64 {
	var s float64
	for i, v := range a {
		s += v * b[i]
	}
	return s
}

func axpy(a float64, x, y []float64) {
	for i, v := range x {
		y[i] += a * v
	}
}

func scale(a float64, x []float64) {
	for i := range x {
		x[i] *= a
	}
}

func infNorm(x []float64) float64 {
	var m float64
	for _, v := range x {
		m = math.Max(m, math.Abs(v))
	}
	return m
}
