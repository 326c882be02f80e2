package nn

//go:generate go run ./internal/genkernels

import (
	"fmt"
	"math"
	"math/rand/v2"
)

// Network is a stack of dense layers. Layer l maps the Sizes[l] units below
// it to the Sizes[l+1] units above it with weights W[l] (row-major,
// Sizes[l+1]×Sizes[l]: W[l][j*Sizes[l]+i] joins unit i below to unit j
// above) and biases B[l]. Hidden layers use Act; the last uses Out.
//
// All weights and biases live in one flat slice, W and B being views of it,
// so that optimizers, clipping and checks run over one vector.
type Network struct {
	Sizes []int       `json:"sizes"`
	Act   Activation  `json:"activation"`
	Out   Output      `json:"output"`
	W     [][]float64 `json:"w"`
	B     [][]float64 `json:"b"`

	params   []float64
	scratch  [][]float64 // one buffer per layer for UnitsRows; not safe for concurrent use
	rowViews [][]float64 // what UnitsRows returns: the used part of scratch
}

// NewNetwork returns a network with the given layer sizes and activations,
// all parameters zero. It panics if fewer than two sizes are given or a size
// is not positive.
func NewNetwork(sizes []int, act Activation, out Output) *Network {
	if len(sizes) < 2 {
		panic("nn: a network needs at least an input and an output size")
	}
	n := 0
	for i, s := range sizes {
		if s <= 0 {
			panic(fmt.Sprintf("nn: layer %d has size %d", i, s))
		}
		if i > 0 {
			n += s*sizes[i-1] + s
		}
	}
	net := &Network{Sizes: append([]int(nil), sizes...), Act: act, Out: out, params: make([]float64, n)}
	net.views()
	return net
}

// views points W and B into params.
func (n *Network) views() {
	n.W = make([][]float64, len(n.Sizes)-1)
	n.B = make([][]float64, len(n.Sizes)-1)
	off := 0
	for l := range n.W {
		in, out := n.Sizes[l], n.Sizes[l+1]
		n.W[l] = n.params[off : off+in*out : off+in*out]
		off += in * out
		n.B[l] = n.params[off : off+out : off+out]
		off += out
	}
}

// Layers returns the number of weight layers.
func (n *Network) Layers() int { return len(n.Sizes) - 1 }

// Params returns the flat vector of all weights and biases, layer by layer,
// each layer's weights before its biases. It is the network's own storage.
func (n *Network) Params() []float64 { return n.params }

// Clone returns a deep copy of n.
func (n *Network) Clone() *Network {
	c := NewNetwork(n.Sizes, n.Act, n.Out)
	copy(c.params, n.params)
	return c
}

// init fills the weights from rng: Glorot uniform, U(±√(6/(in+out))), or He
// uniform, U(±√(6/in)). Biases start at zero. Uniform draws keep the
// initialisation bit-identical on every platform.
func (n *Network) init(kind InitKind, rng *rand.Rand) {
	for l, w := range n.W {
		in, out := float64(n.Sizes[l]), float64(n.Sizes[l+1])
		limit := math.Sqrt(6 / (in + out))
		if kind == He {
			limit = math.Sqrt(6 / in)
		}
		for i := range w {
			w[i] = (2*rng.Float64() - 1) * limit
		}
		clear(n.B[l])
	}
}

// Forward writes the network's output for one input x into dst and returns
// it; dst is allocated when nil. Outputs are the output layer's activations:
// values for regression, probabilities for classification. It panics if x
// has the wrong length.
func (n *Network) Forward(dst, x []float64) []float64 {
	u := n.Units(x)
	last := u[len(u)-1]
	if dst == nil {
		dst = make([]float64, len(last))
	}
	copy(dst, last)
	return dst
}

// Units returns every layer's outputs for one input x: Units(x)[0] is x
// itself and Units(x)[l] the outputs of layer l. The slices are scratch
// space owned by n, valid until the next call.
func (n *Network) Units(x []float64) [][]float64 {
	if len(x) != n.Sizes[0] {
		panic(fmt.Sprintf("nn: input has %d values, network takes %d", len(x), n.Sizes[0]))
	}
	return n.UnitsRows(x)
}

// MaxRows is the largest block of rows UnitsRows takes at once.
const MaxRows = chunkRows

// UnitsRows is Units for a block of up to MaxRows inputs, row-major in x:
// UnitsRows(x)[l][k*Sizes[l]:] holds layer l's outputs for row k. One call
// for many rows is much cheaper than a call per row, above all in
// WebAssembly. It panics if len(x) is not a multiple of Sizes[0] or holds
// more than MaxRows rows.
func (n *Network) UnitsRows(x []float64) [][]float64 {
	in := n.Sizes[0]
	m := len(x) / in
	if len(x) != m*in || m > MaxRows {
		panic(fmt.Sprintf("nn: %d input values are not 1 to %d rows of %d", len(x), MaxRows, in))
	}
	if n.scratch == nil {
		n.scratch = make([][]float64, len(n.Sizes))
		for l := 1; l < len(n.Sizes); l++ {
			n.scratch[l] = make([]float64, MaxRows*n.Sizes[l])
		}
		n.rowViews = make([][]float64, len(n.Sizes))
	}
	out := n.rowViews // the first m rows of each layer's scratch
	out[0] = x
	for l := 0; l < n.Layers(); l++ {
		w := n.Sizes[l+1]
		z := n.scratch[l+1][:m*w]
		dense(z, n.W[l], n.B[l], x)
		if l < n.Layers()-1 {
			n.Act.applyAll(z)
		} else {
			for k := range m {
				n.Out.activate(z[k*w:k*w+w], z[k*w:k*w+w])
			}
		}
		out[l+1] = z
		x = z
	}
	return out
}

// dense writes z = W·x + b for one row or a block of rows (x is m×in and z
// is m×out, row-major).
//
// Narrow inputs (up to 16, the usual playground widths) use the unrolled
// kernels of kernels_gen.go, which keep a row in registers, sum in input
// order, and make one call for a whole block of rows. Wider inputs use
// denseLoop's four running sums. Neither uses gonum: its assembly sums in a
// different order on amd64 than its portable code in WebAssembly, which
// would break bit-identical training, and at width 8 its call overhead
// makes it 3× slower than the kernel (BenchmarkDense).
func dense(z, w, b, x []float64) {
	denseKernel(len(w)/len(b))(z, w, b, x)
}

// denseKernel returns the forward kernel for in inputs.
func denseKernel(in int) func(z, w, b, x []float64) {
	switch {
	case in <= maxKernelWidth && denseKernels[in] != nil:
		return denseKernels[in]
	case in <= maxKernelWidth:
		return denseRowsSeq // the kernels' order, so that every narrow width sums alike
	}
	return denseRowsLoop
}

// denseRowsSeq is dense for any width, each sum in input order as the
// kernels make it: b + w₀x₀ + w₁x₁ + ….
func denseRowsSeq(z, w, b, x []float64) {
	out := len(b)
	in := len(w) / out
	for ; len(x) >= in && len(z) >= out; x, z = x[in:], z[out:] {
		for j, bj := range b {
			s := bj
			for i, v := range w[j*in : j*in+in] {
				s += v * x[i]
			}
			z[j] = s
		}
	}
}

// denseRowsLoop is dense for any width.
func denseRowsLoop(z, w, b, x []float64) {
	out := len(b)
	in := len(w) / out
	for ; len(x) >= in && len(z) >= out; x, z = x[in:], z[out:] {
		denseLoop(z[:out], w, b, x[:in])
	}
}

// denseLoop writes z = W·x + b for one row, with four running sums so that
// the additions do not wait on each other.
func denseLoop(z, w, b, x []float64) {
	in := len(x)
	for j := range z {
		row := w[j*in : j*in+in]
		x := x[:len(row)]
		var s0, s1, s2, s3 float64
		i := 0
		for ; i+4 <= len(row); i += 4 {
			s0 += row[i] * x[i]
			s1 += row[i+1] * x[i+1]
			s2 += row[i+2] * x[i+2]
			s3 += row[i+3] * x[i+3]
		}
		for ; i < len(row); i++ {
			s0 += row[i] * x[i]
		}
		z[j] = b[j] + ((s0 + s1) + (s2 + s3))
	}
}
