package baseline

import (
	"errors"

	"github.com/nnplayground/playground/core/internal/fmath"
)

func dot(a, b []float64) float64 {
	var s float64
	for i, v := range a {
		s += v * b[i]
	}
	return s
}

// problem is an L2-penalized linear fit of one target column: over n rows
// of x (row-major n×d) and the targets y[i·stride+col], with θ = (w, b)
// the d weights and the intercept and z = w·x + b, it minimizes
//
//	f(θ) = Σᵢ ℓ(zᵢ, yᵢ) + (λ/2)·‖w‖²
//
// with ℓ = ½(z−y)² (least squares: ridge regression, λ = α) or
// ℓ = log(1+e^z) − y·z (logistic regression, y 0 or 1, λ = 1/C). The
// intercept is not penalized. Both losses have ℓ' = r (the residual z−y,
// or σ(z)−y) and ℓ” = s (1, or σ(z)·(1−σ(z))), so
//
//	∇f = Σᵢ rᵢ·[xᵢ, 1] + λ·[w, 0],  ∇²f = Σᵢ sᵢ·[xᵢ, 1][xᵢ, 1]ᵀ + λ·diag(1, …, 1, 0).
type problem struct {
	x, y        []float64
	n, d        int
	stride, col int
	logistic    bool
	lambda      float64
	// hstride > 1 builds the Hessian from every hstride-th row, its terms
	// times hstride: an estimate, for the last steps of a warm-started fit
	// (the gradient, which says when the fit is done, takes every row).
	hstride int
}

// eval writes ∇f(θ) into g and each row's sᵢ into s.
func (p *problem) eval(theta, g, s []float64) {
	d := p.d
	w, b := theta[:d], theta[d]
	clear(g)
	for i := range p.n {
		xi := p.x[i*d : i*d+d]
		y := p.y[i*p.stride+p.col]
		z := b
		for j, v := range xi {
			z += w[j] * v
		}
		r, si := z-y, 1.0
		if p.logistic {
			q := fmath.Sigmoid(z)
			r, si = q-y, q*(1-q)
		}
		for j, v := range xi {
			g[j] += r * v
		}
		g[d] += r
		s[i] = si
	}
	for j, v := range w {
		g[j] += p.lambda * v
	}
}

// value returns f(θ) (the tests' finite differences use it; the solver
// needs only the gradient).
func (p *problem) value(theta []float64) float64 {
	d := p.d
	var f float64
	for i := range p.n {
		z := theta[d]
		for j, v := range p.x[i*d : i*d+d] {
			z += theta[j] * v
		}
		y := p.y[i*p.stride+p.col]
		if p.logistic {
			f += max(z, 0) + fmath.Log(1+fmath.Exp(-max(z, -z))) - y*z
		} else {
			f += (z - y) * (z - y) / 2
		}
	}
	for _, v := range theta[:d] {
		f += p.lambda * v * v / 2
	}
	return f
}

// hessian writes the lower triangle of Σᵢ sᵢ·[xᵢ, 1][xᵢ, 1]ᵀ into h
// ((d+1)×(d+1), row-major), from the rows' sᵢ that eval wrote into s (or
// all 1: the Gram matrix), or every hstride-th row's. ∇²f adds λ to the
// weights' diagonal (penalize).
func (p *problem) hessian(s, h []float64) {
	d, m := p.d, p.d+1
	clear(h)
	k := max(p.hstride, 1)
	for i := 0; i < len(s); i += k {
		si := s[i] * float64(k)
		xi := p.x[i*d : i*d+d]
		for j, v := range xi {
			if v == 0 {
				continue // one-hot inputs are mostly 0: their terms add nothing
			}
			xs := xi[:j+1]
			hj := h[j*m : j*m+len(xs)]
			sv := si * v
			for k, u := range xs {
				hj[k] += sv * u
			}
		}
		hd := h[d*m : d*m+m]
		for k, u := range xi {
			hd[k] += si * u
		}
		hd[d] += si
	}
}

// penalize adds λ to the weights' diagonal of the Hessian h.
func (p *problem) penalize(h []float64) {
	for j := range p.d {
		h[j*(p.d+1)+j] += p.lambda
	}
}

// errNotFinite is returned by solve when the fit is not finite.
var errNotFinite = errors.New("baseline: the fit is not finite")

// solve minimizes p's f by Newton's method from θ = start (0 when start
// is nil) until the gradient's ∞-norm is at most tol·n (tol of the mean
// loss's), and returns θ and the number of Newton steps. A step δ =
// (∇²f)⁻¹∇f is halved while it goes past the minimum along it (∇f at θ − δ
// points back: ∇f(θ−δ)·δ < 0; f is convex, so a step that does not goes
// downhill all the way), which needs only gradients. Least squares take
// one step from 0: f is quadratic, and the step solves ∇²f·δ = ∇f exactly
// (the normal equations of ridge regression).
//
// gram, when not nil and start is nil, is the Gram matrix Σᵢ [xᵢ, 1][xᵢ, 1]ᵀ
// (hessian with every sᵢ 1): at θ = 0 every sᵢ is the same (1 for least
// squares, ¼ for the logistic loss), so the first Hessian is a multiple of
// it, which the classes of a one-vs-rest fit share.
func (p *problem) solve(start []float64, tol float64, maxIter int, gram []float64) (theta []float64, iter int, err error) {
	m := p.d + 1
	theta, next := make([]float64, m), make([]float64, m)
	if start != nil {
		copy(theta, start)
		gram = nil // the rows' sᵢ differ away from 0
	}
	g, gn := make([]float64, m), make([]float64, m)
	s, sn := make([]float64, p.n), make([]float64, p.n)
	h := make([]float64, m*m)
	p.eval(theta, g, s)
	for ; iter < maxIter && infNorm(g) > tol*float64(p.n); iter++ {
		if iter == 0 && gram != nil {
			for j, v := range gram {
				h[j] = s[0] * v
			}
		} else {
			p.hessian(s, h)
		}
		p.penalize(h)
		if err := cholesky(h, m); err != nil {
			return nil, iter, err
		}
		copy(gn, g)
		cholSolve(h, m, g) // g is now the Newton step δ
		down := dot(gn, g) // −(the slope of f along −δ) at θ, > 0
		ok := false
		for step := 1.0; step > 1e-9; step /= 2 {
			for j := range next {
				next[j] = theta[j] - step*g[j]
			}
			p.eval(next, gn, sn)
			if dot(gn, g) >= -1e-6*down { // not past the minimum along δ (to rounding)
				ok = true
				break
			}
		}
		if !ok {
			break // no step downhill along δ: at the minimum to working precision
		}
		theta, next, g, gn, s, sn = next, theta, gn, g, sn, s
	}
	for _, v := range theta {
		if v-v != 0 {
			return nil, iter, errNotFinite
		}
	}
	return theta, iter, nil
}

func infNorm(x []float64) float64 {
	var m float64
	for _, v := range x {
		m = max(m, v, -v)
	}
	return m
}
