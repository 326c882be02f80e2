package nn

import "math"

// optimizer updates the flat parameter vector p from its gradient g.
// The update rules follow PyTorch's torch.optim so that exported scripts
// continue training with the same numbers:
//
//	SGD:      p -= lr·g
//	Momentum: v = μv + g;  p -= lr·v   (Nesterov: p -= lr·(g + μv))
//	RMSProp:  s = ρs + (1-ρ)g²;  p -= lr·g/(√s + ε)
//	Adam:     m = β₁m + (1-β₁)g;  v = β₂v + (1-β₂)g²;
//	          p -= lr·(m/(1-β₁ᵗ)) / (√(v/(1-β₂ᵗ)) + ε)
type optimizer struct {
	kind     OptimizerKind
	mu       float64
	nesterov bool
	b1, b2   float64
	eps      float64
	m, v     []float64
	b1t, b2t float64 // β₁ᵗ and β₂ᵗ, kept as running products (no math.Pow)
}

func newOptimizer(c *Config, n int) *optimizer {
	o := &optimizer{kind: c.Optimizer, mu: c.Momentum, nesterov: c.Nesterov, b1: c.Beta1, b2: c.Beta2, eps: c.Epsilon, b1t: 1, b2t: 1}
	switch o.kind {
	case Momentum, RMSProp:
		o.m = make([]float64, n)
	case Adam:
		o.m = make([]float64, n)
		o.v = make([]float64, n)
	}
	return o
}

func (o *optimizer) reset() {
	clear(o.m)
	clear(o.v)
	o.b1t, o.b2t = 1, 1
}

func (o *optimizer) update(p, g []float64, lr float64) {
	switch o.kind {
	case SGD:
		for i, gi := range g {
			p[i] -= lr * gi
		}
	case Momentum:
		m, mu := o.m, o.mu
		if o.nesterov {
			for i, gi := range g {
				m[i] = mu*m[i] + gi
				p[i] -= lr * (gi + mu*m[i])
			}
		} else {
			for i, gi := range g {
				m[i] = mu*m[i] + gi
				p[i] -= lr * m[i]
			}
		}
	case RMSProp:
		s, rho, eps := o.m, o.b2, o.eps
		for i, gi := range g {
			s[i] = rho*s[i] + (1-rho)*gi*gi
			p[i] -= lr * gi / (math.Sqrt(s[i]) + eps)
		}
	case Adam:
		o.b1t *= o.b1
		o.b2t *= o.b2
		c1, c2 := 1-o.b1t, 1-o.b2t
		m, v, b1, b2, eps := o.m, o.v, o.b1, o.b2, o.eps
		for i, gi := range g {
			m[i] = b1*m[i] + (1-b1)*gi
			v[i] = b2*v[i] + (1-b2)*gi*gi
			p[i] -= lr * (m[i] / c1) / (math.Sqrt(v[i]/c2) + eps)
		}
	default:
		panic("nn: bad optimizer")
	}
}
