package nn

import "github.com/nnplayground/playground/core/internal/fmath"

// leakySlope is the slope of LeakyReLU below zero.
const leakySlope = 0.01

// apply returns the activation of a pre-activation z.
func (a Activation) apply(z float64) float64 {
	switch a {
	case Tanh:
		return fmath.Tanh(z)
	case ReLU:
		if z > 0 {
			return z
		}
		return 0
	case LeakyReLU:
		if z > 0 {
			return z
		}
		return leakySlope * z
	case Sigmoid:
		return fmath.Sigmoid(z)
	case Linear:
		return z
	}
	panic("nn: bad activation")
}

// deriv returns the derivative of the activation, taking its OUTPUT y:
//
//	tanh:    1 - y²
//	sigmoid: y(1 - y)
//	ReLU:    1 if y > 0, else 0
//	leaky:   1 if y > 0, else 0.01 (y has the sign of z)
//	linear:  1
func (a Activation) deriv(y float64) float64 {
	switch a {
	case Tanh:
		return 1 - y*y
	case ReLU:
		if y > 0 {
			return 1
		}
		return 0
	case LeakyReLU:
		if y > 0 {
			return 1
		}
		return leakySlope
	case Sigmoid:
		return y * (1 - y)
	case Linear:
		return 1
	}
	panic("nn: bad activation")
}

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
