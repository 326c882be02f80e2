package nn

import (
	"math"

	"github.com/nnplayground/playground/core/internal/fmath"
)

// huberDelta is where the Huber loss turns from quadratic to linear.
const huberDelta = 1.0

// lossGrad returns one sample's distance loss (MSE, MAE or Huber) for
// pre-activations z of an output layer o, with targets t, and writes dL/dz
// into dz. y is scratch of len(z) and receives the output activation.
// lossRows calls it for the pairings it has no loop of its own for; the
// cross-entropies are always fused with their output there.
//
// The distance losses are means over the outputs of ℓ(y_k - t_k), with
//
//	MSE:   ℓ(d) = d²,                        ℓ'(d) = 2d
//	MAE:   ℓ(d) = |d|,                       ℓ'(d) = sign(d)
//	Huber: ℓ(d) = d²/2 if |d| ≤ 1 else |d| - 1/2, ℓ'(d) = clamp(d, -1, 1)
//
// and dL/dz = dL/dy · dy/dz through the output's Jacobian.
func lossGrad(o Output, loss LossKind, z, t, y, dz []float64) float64 {
	o.activate(y, z)
	inv := 1 / float64(len(z))
	var l float64
	for k := range z {
		d := y[k] - t[k]
		var g float64
		switch loss {
		case MSE:
			l += d * d
			g = 2 * d
		case MAE:
			l += math.Abs(d)
			switch {
			case d > 0:
				g = 1
			case d < 0:
				g = -1
			}
		case Huber:
			if math.Abs(d) <= huberDelta {
				l += 0.5 * d * d
				g = d
			} else {
				l += math.Abs(d) - 0.5*huberDelta
				g = math.Copysign(huberDelta, d)
			}
		default:
			panic("nn: bad loss")
		}
		dz[k] = g * inv
	}
	// Chain through the output activation.
	switch o {
	case OutSigmoid:
		for k := range dz {
			dz[k] *= y[k] * (1 - y[k])
		}
	case OutSoftmax:
		var s float64
		for k := range dz {
			s += dz[k] * y[k]
		}
		for k := range dz {
			dz[k] = y[k] * (dz[k] - s)
		}
	}
	return l * inv
}

// lossRows computes the loss of a block of rows for pre-activations z of an
// output layer o, with targets t, writes dL/dz into dz and the output
// activations into y: z, t, y and dz hold the rows one after another,
// len(z)/rows values each, and the rows' losses are added to acc one by
// one, in order. tmp is scratch of at least three values per row. Without
// wantLoss the cross-entropies skip their logarithm and add nothing
// (training needs only dz).
//
// Cross-entropy is fused with its output so that it is computed from z and
// never takes the log of a rounded probability:
//
//	BCE (sigmoid): L = log(1+e^z) - t·z,            dL/dz = σ(z) - t
//	CCE (softmax): L = log Σ e^{z_k} - Σ t_k z_k,   dL/dz = softmax(z) - t
//
// These, and linear with MSE, run as loops over the whole block, with one
// call to the exponential or logarithm per block rather than per row; the
// other pairings go row by row through lossGrad.
func lossRows(o Output, loss LossKind, z, t, y, dz, tmp []float64, rows int, wantLoss bool, acc float64) float64 {
	w := len(z) / rows
	switch {
	case loss == BCE: // one sigmoid output per row
		// With e = e^{-|z|}: σ(z) = 1/(1+e) for z ≥ 0 and e/(1+e) below,
		// log(1+e^z) = max(z, 0) + log(1+e); one exponential serves both,
		// and neither can overflow.
		z, t, y, dz = z[:rows], t[:rows], y[:rows], dz[:rows]
		for k, v := range z {
			y[k] = -math.Abs(v)
		}
		fmath.ExpAll(y)
		if wantLoss {
			tmp = tmp[:rows]
			for k, e := range y {
				tmp[k] = 1 + e
			}
			fmath.LogAll(tmp)
		}
		for k, v := range z {
			e := y[k]
			s, m := e/(1+e), 0.0
			if v >= 0 {
				s, m = 1/(1+e), v
			}
			y[k], dz[k] = s, s-t[k]
			if wantLoss {
				acc += m + tmp[k] - t[k]*v
			}
		}
		return acc
	case loss == CCE:
		ms, ss, tzs := tmp[:rows], tmp[rows:2*rows], tmp[2*rows:3*rows]
		for r := range rows {
			zr, yr := z[r*w:r*w+w], y[r*w:r*w+w]
			m := zr[0]
			for _, v := range zr[1:] {
				if v > m {
					m = v
				}
			}
			ms[r] = m
			for k, v := range zr {
				yr[k] = v - m
			}
		}
		fmath.ExpAll(y[:rows*w])
		for r := range rows {
			zr, tr, yr, dr := z[r*w:r*w+w], t[r*w:r*w+w], y[r*w:r*w+w], dz[r*w:r*w+w]
			var s, tz float64
			for k, v := range zr {
				s += yr[k]
				tz += tr[k] * v
			}
			for k := range yr {
				yr[k] /= s
				dr[k] = yr[k] - tr[k]
			}
			ss[r], tzs[r] = s, tz
		}
		if !wantLoss {
			return acc
		}
		fmath.LogAll(ss)
		for r, m := range ms {
			acc += m + ss[r] - tzs[r]
		}
		return acc
	case o == OutLinear && loss == MSE:
		inv := 1 / float64(w)
		for r := range rows {
			zr, tr, yr, dr := z[r*w:r*w+w], t[r*w:r*w+w], y[r*w:r*w+w], dz[r*w:r*w+w]
			copy(yr, zr)
			var l float64
			for k, v := range yr {
				d := v - tr[k]
				l += d * d
				dr[k] = 2 * d * inv
			}
			acc += l * inv
		}
		return acc
	}
	for r := range rows {
		l := lossGrad(o, loss, z[r*w:r*w+w], t[r*w:r*w+w], y[r*w:r*w+w], dz[r*w:r*w+w])
		acc += l
	}
	return acc
}
