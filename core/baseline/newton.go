package baseline

import (
	"errors"

	"github.com/nnplayground/playground/core/internal/fmath"
)

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
}

// eval returns f(θ), writes ∇f into g and each row's sᵢ into s.
func (p *problem) eval(theta, g, s []float64) float64 {
	d := p.d
	w, b := theta[:d], theta[d]
	clear(g)
	var f float64
	for i := range p.n {
		xi := p.x[i*d : i*d+d]
		y := p.y[i*p.stride+p.col]
		z := b
		for j, v := range xi {
			z += w[j] * v
		}
		r, si := z-y, 1.0
		if p.logistic {
			l, q := lossSigmoid(z)
			f += l - y*z
			r, si = q-y, q*(1-q)
		} else {
			f += r * r / 2
		}
		for j, v := range xi {
			g[j] += r * v
		}
		g[d] += r
		s[i] = si
	}
	for j, v := range w {
		f += p.lambda * v * v / 2
		g[j] += p.lambda * v
	}
	return f
}

// hessian writes the lower triangle of Σᵢ sᵢ·[xᵢ, 1][xᵢ, 1]ᵀ into h
// ((d+1)×(d+1), row-major), from the rows' sᵢ that eval wrote into s (or
// all 1: the Gram matrix). ∇²f adds λ to the weights' diagonal (penalize).
func (p *problem) hessian(s, h []float64) {
	d, m := p.d, p.d+1
	clear(h)
	for i, si := range s {
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

// lossSigmoid returns log(1+e^z) and the sigmoid 1/(1+e^{−z}) from one
// exponential, e^{−|z|}, without overflow for either sign.
func lossSigmoid(z float64) (softplus, sigmoid float64) {
	e := fmath.Exp(-max(z, -z)) // in (0, 1]
	l := e                      // log(1+e) = e − e²/2 + …; below 1e-16 e² is below the last bit
	if e >= 1e-16 {
		l = fmath.Log(1 + e)
	}
	if z > 0 {
		return z + l, 1 / (1 + e)
	}
	return l, e / (1 + e)
}

// errNotFinite is returned by solve when the fit is not finite.
var errNotFinite = errors.New("baseline: the fit is not finite")

// solve minimizes p's f by Newton's method from θ = 0, halving a step that
// does not lower f, until the gradient's ∞-norm is at most tol·n (tol of
// the mean loss's) or a step no longer lowers f, and returns θ and the
// number of Newton steps. Least squares take one step: f is quadratic, and
// the step solves ∇²f·δ = ∇f exactly (the normal equations of ridge
// regression).
//
// gram, when not nil, is the Gram matrix Σᵢ [xᵢ, 1][xᵢ, 1]ᵀ (hessian with
// every sᵢ 1): at θ = 0 every sᵢ is the same (1 for least squares, ¼ for
// the logistic loss), so the first Hessian is a multiple of it, which the
// classes of a one-vs-rest fit share.
func (p *problem) solve(tol float64, maxIter int, gram []float64) (theta []float64, iter int, err error) {
	m := p.d + 1
	theta, next := make([]float64, m), make([]float64, m)
	g, gn := make([]float64, m), make([]float64, m)
	s, sn := make([]float64, p.n), make([]float64, p.n)
	h := make([]float64, m*m)
	f := p.eval(theta, g, s)
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
		cholSolve(h, m, g) // g is now the Newton step δ
		fn, step := f, 1.0
		for range 30 {
			for j := range next {
				next[j] = theta[j] - step*g[j]
			}
			if fn = p.eval(next, gn, sn); fn < f {
				break
			}
			step /= 2
		}
		if !(fn < f) {
			break // no lower f along δ: at the minimum to working precision
		}
		theta, next, g, gn, s, sn, f = next, theta, gn, g, sn, s, fn
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
