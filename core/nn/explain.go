package nn

import (
	"fmt"
	"math"
)

// Neuron is one neuron's computation for one row, with the numbers: the
// forward pass
//
//	z = Σᵢ wᵢ xᵢ + b,   a = f(z)
//
// and, for that row's loss L (the data loss alone, without the L1 or L2
// penalty), the backward pass
//
//	δ = ∂L/∂z,   ∂L/∂wᵢ = δ·xᵢ,   ∂L/∂b = δ
//
// where δ of a hidden neuron j of layer l comes from the layer above by the
// chain rule, δⱼˡ = (Σₖ wₖⱼˡ⁺¹ δₖˡ⁺¹)·f'(zⱼˡ), and δ of an output neuron
// from the loss (for cross-entropy with its sigmoid or softmax,
// δₖ = aₖ - yₖ). Training averages these gradients over a batch's rows.
type Neuron struct {
	Layer int    `json:"layer"` // Network.Sizes index: 1 is the first hidden layer, len(Sizes)-1 the output
	Unit  int    `json:"unit"`  // index in the layer, from 0
	Act   string `json:"act"`   // f: the hidden activation ("tanh", …) or the output's ("sigmoid", "softmax", "linear")

	Inputs  []float64 `json:"inputs"`  // xᵢ: the layer below's outputs for the row (the prepared inputs for layer 1)
	Weights []float64 `json:"weights"` // wᵢ, the incoming weights
	Bias    float64   `json:"bias"`
	Z       float64   `json:"z"` // Σ wᵢxᵢ + b, summed in input order
	A       float64   `json:"a"` // f(z); for softmax, e^z / Σₖ e^zₖ over the layer

	Loss  float64   `json:"loss"`  // the row's loss
	Delta float64   `json:"delta"` // δ = ∂L/∂z
	GradW []float64 `json:"gradW"` // ∂L/∂wᵢ = δ·xᵢ
	GradB float64   `json:"gradB"` // ∂L/∂b = δ
}

// Explain returns the computation of neuron unit of layer (a Network.Sizes
// index from 1) for one row of prepared inputs x with target y (a row of a
// Split's X and Y), using the trainer's network and loss. Bad indices or
// lengths are errors.
func (t *Trainer) Explain(x, y []float64, layer, unit int) (*Neuron, error) {
	return ExplainNeuron(t.net, t.loss, x, y, layer, unit)
}

// ExplainNeuron is Explain for a network and its loss.
func ExplainNeuron(net *Network, loss LossKind, x, y []float64, layer, unit int) (*Neuron, error) {
	L := net.Layers()
	switch {
	case layer < 1 || layer > L:
		return nil, fmt.Errorf("nn: no layer %d: layers 1 to %d have neurons", layer, L)
	case unit < 0 || unit >= net.Sizes[layer]:
		return nil, fmt.Errorf("nn: layer %d has no unit %d (it has %d)", layer, unit, net.Sizes[layer])
	case len(x) != net.Sizes[0] || len(y) != net.Sizes[L]:
		return nil, fmt.Errorf("nn: a row of %d inputs and %d targets, not %d and %d", len(x), len(y), net.Sizes[0], net.Sizes[L])
	}
	a, z := rowForward(net, x)
	deltas, l := rowBackward(net, loss, a, z, y)
	in := net.Sizes[layer-1]
	n := &Neuron{
		Layer:   layer,
		Unit:    unit,
		Act:     net.Act.String(),
		Inputs:  append([]float64(nil), a[layer-1]...),
		Weights: append([]float64(nil), net.W[layer-1][unit*in:(unit+1)*in]...),
		Bias:    net.B[layer-1][unit],
		Z:       z[layer][unit],
		A:       a[layer][unit],
		Loss:    l,
		Delta:   deltas[layer][unit],
		GradB:   deltas[layer][unit],
	}
	if layer == L {
		n.Act = net.Out.String()
	}
	n.GradW = make([]float64, in)
	for i, xi := range n.Inputs {
		n.GradW[i] = n.Delta * xi
	}
	return n, nil
}

// rowForward returns every layer's outputs a[l] and pre-activations z[l]
// for one row (a[0] = x; z[0] is nil), each sum in input order as the
// training kernels make it: zⱼ = b + w₀x₀ + w₁x₁ + ….
func rowForward(net *Network, x []float64) (a, z [][]float64) {
	L := net.Layers()
	a, z = make([][]float64, L+1), make([][]float64, L+1)
	a[0] = append([]float64(nil), x...)
	for l := range L {
		in, out := net.Sizes[l], net.Sizes[l+1]
		z[l+1] = make([]float64, out)
		for j := range out {
			s := net.B[l][j]
			for i, w := range net.W[l][j*in : (j+1)*in] {
				s += w * a[l][i]
			}
			z[l+1][j] = s
		}
		a[l+1] = append([]float64(nil), z[l+1]...)
		if l < L-1 {
			net.Act.applyAll(a[l+1])
		} else {
			net.Out.activate(a[l+1], z[l+1])
		}
	}
	return a, z
}

// rowBackward returns δ = ∂L/∂z of every layer (deltas[0] is nil) and the
// row's loss L, the loss computed from the output's pre-activations as
// training computes it (lossRows).
func rowBackward(net *Network, loss LossKind, a, z [][]float64, y []float64) (deltas [][]float64, l float64) {
	L := net.Layers()
	o := net.Sizes[L]
	deltas = make([][]float64, L+1)
	deltas[L] = make([]float64, o)
	l = lossRows(net.Out, loss, z[L], y, make([]float64, o), deltas[L], make([]float64, 3), 1, true, 0)
	for k := L - 1; k >= 1; k-- {
		in := net.Sizes[k]
		d := make([]float64, in)
		for j, dj := range deltas[k+1] {
			for i, w := range net.W[k][j*in : (j+1)*in] {
				d[i] += w * dj
			}
		}
		net.Act.derivMul(d, a[k])
		deltas[k] = d
	}
	return deltas, l
}

// RowPrediction is what the network makes of one row: every neuron's
// value, and the prediction.
type RowPrediction struct {
	// Units holds every layer's outputs: Units[0] the prepared inputs,
	// Units[l] the outputs of layer l, the last the output layer's
	// activations (probabilities for classification).
	Units [][]float64 `json:"units"`
	// Probs are the class probabilities, one per class in Classes order
	// (for two classes, 1-p and p of the single sigmoid output); nil for
	// regression.
	Probs   []float64 `json:"probs,omitempty"`
	Classes []string  `json:"classes,omitempty"`
	Class   int       `json:"class"` // the most probable class; -1 for regression
	// Value is the prediction in the target's own units (regression), or
	// the most probable class's probability.
	Value float64 `json:"value"`
}

// PredictRow returns every neuron's value for one row of prepared inputs x
// and the prediction, with the class names. It panics if len(x) is not the
// network's input width.
func (t *Trainer) PredictRow(x []float64) *RowPrediction {
	if len(x) != t.net.Sizes[0] {
		panic(fmt.Sprintf("nn: PredictRow of %d inputs, network takes %d", len(x), t.net.Sizes[0]))
	}
	a, _ := rowForward(t.net, x)
	out := a[len(a)-1]
	p := &RowPrediction{Units: a, Class: -1}
	switch t.net.Out {
	case OutLinear:
		p.Value = t.ds.Prep.TargetToRaw(out[0])
		return p
	case OutSigmoid:
		p.Probs = []float64{1 - out[0], out[0]}
	default:
		p.Probs = append([]float64(nil), out...)
	}
	p.Classes = append([]string(nil), t.ds.Classes...)
	p.Class = Class(out) // the class rule of accuracy and the confusion matrix
	p.Value = p.Probs[p.Class]
	if math.IsNaN(p.Value) {
		p.Class = -1
	}
	return p
}
