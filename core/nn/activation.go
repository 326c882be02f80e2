package nn

import "github.com/nnplayground/playground/core/internal/fmath"

// leakySlope is the slope of LeakyReLU below zero.
const leakySlope = 0.01

// Output is the output layer's activation, chosen by the task.
type Output int

const (
	OutLinear  Output = iota // regression
	OutSigmoid               // binary classification
	OutSoftmax               // multiclass classification
)

var outputNames = [...]string{OutLinear: "linear", OutSigmoid: "sigmoid", OutSoftmax: "softmax"}

func (o Output) String() string { return name(outputNames[:], int(o)) }

// activate writes the output activation of the pre-activations z into y.
// Softmax subtracts the largest z first so that exp never overflows.
func (o Output) activate(y, z []float64) {
	switch o {
	case OutLinear:
		copy(y, z)
	case OutSigmoid:
		for i, v := range z {
			y[i] = fmath.Sigmoid(v)
		}
	case OutSoftmax:
		m := z[0]
		for _, v := range z[1:] {
			if v > m {
				m = v
			}
		}
		var s float64
		for i, v := range z {
			y[i] = fmath.Exp(v - m)
			s += y[i]
		}
		for i := range y {
			y[i] /= s
		}
	default:
		panic("nn: bad output")
	}
}

// applyAll replaces every pre-activation z in z by its activation:
//
//	tanh(z), max(0, z), leaky max(0.01z, z), σ(z) = 1/(1+e^{-z}), z
//
// The switch sits outside the loop so that the loop body is a plain call or
// branch.
func (a Activation) applyAll(z []float64) {
	switch a {
	case Tanh:
		fmath.TanhAll(z)
	case ReLU:
		for i, v := range z {
			if v < 0 {
				z[i] = 0
			}
		}
	case LeakyReLU:
		for i, v := range z {
			if v < 0 {
				z[i] = leakySlope * v
			}
		}
	case Sigmoid:
		for i, v := range z {
			z[i] = fmath.Sigmoid(v)
		}
	case Linear:
	default:
		panic("nn: bad activation")
	}
}

// derivMul multiplies every d[i] by the activation's derivative, which it
// takes from the activation's OUTPUT y[i]:
//
//	tanh:    1 - y²
//	sigmoid: y(1 - y)
//	ReLU:    1 if y > 0, else 0
//	leaky:   1 if y > 0, else 0.01 (y has the sign of z)
//	linear:  1
func (a Activation) derivMul(d, y []float64) {
	y = y[:len(d)]
	switch a {
	case Tanh:
		for i, v := range y {
			d[i] *= 1 - v*v
		}
	case ReLU:
		for i, v := range y {
			if !(v > 0) {
				d[i] = 0
			}
		}
	case LeakyReLU:
		for i, v := range y {
			if !(v > 0) {
				d[i] *= leakySlope
			}
		}
	case Sigmoid:
		for i, v := range y {
			d[i] *= v * (1 - v)
		}
	case Linear:
	default:
		panic("nn: bad activation")
	}
}
