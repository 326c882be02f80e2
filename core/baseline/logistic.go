package baseline

import "github.com/nnplayground/playground/core/internal/fmath"

// LogisticC is the inverse penalty C of Fit for classes, sklearn's
// LogisticRegression default: the objective is C·Σ loss + ½‖W‖².
const LogisticC = 1.0

// logistic is the objective of an L2-penalized logistic regression on n
// rows of x (row-major n×d) with targets y (row-major n×k): binary (k = 1,
// y 0 or 1, a sigmoid of one score) or multinomial (k ≥ 2, y one-hot, a
// softmax of k scores). The parameters θ are W (k×d, row-major) followed by
// the k intercepts. Its value is the mean
//
//	f(θ) = (1/n)·(Σᵢ ℓᵢ + ½‖W‖²/C)
//
// with ℓ = log(1+e^z) − y·z (binary) or log Σⱼ e^{zⱼ} − Σⱼ yⱼ·zⱼ
// (multinomial), where z = W·x + b. Its gradient is
// (1/n)·(Σᵢ (pᵢ − yᵢ)·[xᵢ, 1] + W/C), p the sigmoid or softmax of z.
// The intercepts are not penalized.
type logistic struct {
	x, y    []float64
	n, d, k int
	c       float64
	z       []float64 // scratch: one row's k scores
}

func (o *logistic) dim() int { return o.k*o.d + o.k }

// eval returns f(θ) and writes its gradient into grad.
func (o *logistic) eval(theta, grad []float64) float64 {
	n, d, k := o.n, o.d, o.k
	W, B := theta[:k*d], theta[k*d:]
	gW, gB := grad[:k*d], grad[k*d:]
	clear(grad)
	z := o.z
	var f float64
	for i := range n {
		xi := o.x[i*d : i*d+d]
		yi := o.y[i*k : i*k+k]
		for j := range k {
			s := B[j]
			for c, v := range W[j*d : j*d+d] {
				s += v * xi[c]
			}
			z[j] = s
		}
		if k == 1 {
			l, p := lossSigmoid(z[0])
			f += l - yi[0]*z[0]
			z[0] = p - yi[0]
		} else {
			f += softmaxResidual(z, yi)
		}
		for j, r := range z {
			if r == 0 {
				continue
			}
			g := gW[j*d : j*d+d]
			for c, v := range xi {
				g[c] += r * v
			}
			gB[j] += r
		}
	}
	var reg float64
	for i, v := range W {
		reg += v * v
		gW[i] += v / o.c
	}
	f += reg / (2 * o.c)
	inv := 1 / float64(n)
	for i := range grad {
		grad[i] *= inv
	}
	return f * inv
}

// lossSigmoid returns log(1+e^z) and the sigmoid 1/(1+e^{−z}) from one
// exponential, e^{−|z|}, without overflow for either sign.
func lossSigmoid(z float64) (softplus, sigmoid float64) {
	a := z
	if a > 0 {
		a = -a
	}
	e := fmath.Exp(a) // in (0, 1]
	l := e            // log(1+e) = e − e²/2 + …; below 1e-16 e² is below the last bit
	if e >= 1e-16 {
		l = fmath.Log(1 + e)
	}
	if z > 0 {
		return z + l, 1 / (1 + e)
	}
	return l, e / (1 + e)
}

// softmaxResidual returns the cross entropy log Σ e^{zⱼ} − Σ yⱼ·zⱼ of the
// scores z against the one-hot y, and overwrites z with softmax(z) − y.
func softmaxResidual(z, y []float64) float64 {
	m := z[0]
	for _, v := range z[1:] {
		if v > m {
			m = v
		}
	}
	var sum, dot float64
	for j, v := range z {
		dot += y[j] * v
		e := fmath.Exp(v - m)
		z[j] = e
		sum += e
	}
	for j := range z {
		z[j] = z[j]/sum - y[j]
	}
	return m + fmath.Log(sum) - dot
}
