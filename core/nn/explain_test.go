package nn

import (
	"fmt"
	"math"
	"math/rand/v2"
	"testing"

	"github.com/nnplayground/playground/core/data"
	"gonum.org/v1/gonum/diff/fd"
)

// A 2→2→1 tanh network with a sigmoid output and binary cross-entropy,
// computed by hand for one row: Explain gives the same numbers within 1e-12.
func TestExplainByHand(t *testing.T) {
	net := NewNetwork([]int{2, 2, 1}, Tanh, OutSigmoid)
	copy(net.W[0], []float64{0.5, -0.3, 0.8, 0.2}) // unit 0: 0.5, -0.3; unit 1: 0.8, 0.2
	copy(net.B[0], []float64{0.1, -0.4})
	copy(net.W[1], []float64{1.5, -2.0})
	copy(net.B[1], []float64{0.25})
	x, y := []float64{1.2, -0.7}, []float64{1}

	// Forward, by hand.
	z0 := 0.5*1.2 + -0.3*-0.7 + 0.1 // 0.91
	z1 := 0.8*1.2 + 0.2*-0.7 - 0.4  // 0.42
	a0, a1 := math.Tanh(z0), math.Tanh(z1)
	zo := 1.5*a0 - 2.0*a1 + 0.25
	p := 1 / (1 + math.Exp(-zo))
	loss := -math.Log(p) // y = 1
	// Backward: δ of the output is p - y; of hidden unit j, w_j·δ·(1 - a_j²).
	do := p - 1
	d0, d1 := 1.5*do*(1-a0*a0), -2.0*do*(1-a1*a1)

	tests := []struct {
		Name              string
		Layer, Unit       int
		Inputs, Weights   []float64
		Bias, Z, A, Delta float64
		Act               string
	}{
		{"hidden 0", 1, 0, x, []float64{0.5, -0.3}, 0.1, z0, a0, d0, "tanh"},
		{"hidden 1", 1, 1, x, []float64{0.8, 0.2}, -0.4, z1, a1, d1, "tanh"},
		{"output", 2, 0, []float64{a0, a1}, []float64{1.5, -2.0}, 0.25, zo, p, do, "sigmoid"},
	}
	const tol = 1e-12
	near := func(a, b float64) bool { return math.Abs(a-b) <= tol }
	for _, tt := range tests {
		t.Run(tt.Name, func(t *testing.T) {
			n, err := ExplainNeuron(net, BCE, x, y, tt.Layer, tt.Unit)
			if err != nil {
				t.Fatal(err)
			}
			ok := near(n.Z, tt.Z) && near(n.A, tt.A) && near(n.Delta, tt.Delta) && near(n.GradB, tt.Delta) &&
				near(n.Loss, loss) && n.Bias == tt.Bias && n.Act == tt.Act
			for i := range tt.Inputs {
				ok = ok && near(n.Inputs[i], tt.Inputs[i]) && n.Weights[i] == tt.Weights[i] && near(n.GradW[i], tt.Delta*tt.Inputs[i])
			}
			if !ok {
				t.Errorf("got %+v\nwant z %v a %v δ %v loss %v inputs %v weights %v", n, tt.Z, tt.A, tt.Delta, loss, tt.Inputs, tt.Weights)
			}
		})
	}
	for _, bad := range [][2]int{{0, 0}, {3, 0}, {1, 2}, {2, 1}, {1, -1}} {
		if _, err := ExplainNeuron(net, BCE, x, y, bad[0], bad[1]); err == nil {
			t.Errorf("layer %d unit %d: no error", bad[0], bad[1])
		}
	}
}

// For every activation and output/loss pairing, Explain's ∂L/∂w and ∂L/∂b
// of every neuron equal the central finite-difference gradient of the
// row's loss within 1e-6, and the training's own gradient of a batch of
// that one row within 1e-12.
func TestExplainGradient(t *testing.T) {
	pairings := []struct {
		task data.Task
		loss LossKind
	}{{data.Regression, MSE}, {data.Regression, Huber}, {data.Binary, BCE}, {data.Binary, MSE}, {data.Multiclass, CCE}, {data.Multiclass, MAE}}
	worst := 0.0
	for _, act := range []Activation{Tanh, ReLU, LeakyReLU, Sigmoid, Linear} {
		for _, p := range pairings {
			t.Run(fmt.Sprintf("%v/%v", act, p.loss), func(t *testing.T) {
				ds := randomDataset(p.task, 4, 3, 3, 11)
				tr, err := NewTrainer(ds, Config{Hidden: []int{4, 3}, Activation: act, Loss: p.loss, Seed: 2})
				if err != nil {
					t.Fatal(err)
				}
				rng := rand.New(rand.NewPCG(9, 9))
				for _, b := range tr.net.B {
					for i := range b {
						b[i] = 0.3 * rng.NormFloat64() // away from ReLU kinks
					}
				}
				const row = 2
				d, o := ds.Dim, ds.Out
				x, y := ds.Train.X[row*d:(row+1)*d], ds.Train.Y[row*o:(row+1)*o]
				tr.gradient([]int{row})
				for l := 1; l < len(tr.net.Sizes); l++ {
					in := tr.net.Sizes[l-1]
					for j := range tr.net.Sizes[l] {
						n, err := tr.Explain(x, y, l, j)
						if err != nil {
							t.Fatal(err)
						}
						// The neuron's incoming weights and bias as one vector.
						w := tr.net.W[l-1][j*in : (j+1)*in]
						b := &tr.net.B[l-1][j]
						v0 := append(append([]float64(nil), w...), *b)
						f := func(v []float64) float64 {
							copy(w, v[:in])
							*b = v[in]
							defer func() { copy(w, v0[:in]); *b = v0[in] }()
							_, z := rowForward(tr.net, x)
							return lossRows(tr.net.Out, p.loss, z[len(z)-1], y, make([]float64, o), make([]float64, o), make([]float64, 3), 1, true, 0)
						}
						want := fd.Gradient(nil, f, v0, &fd.Settings{Formula: fd.Central, Step: 1e-6})
						got := append(append([]float64(nil), n.GradW...), n.GradB)
						train := append(append([]float64(nil), tr.gw[l-1][j*in:(j+1)*in]...), tr.gb[l-1][j])
						for i := range got {
							e := math.Abs(got[i] - want[i])
							worst = math.Max(worst, e)
							if e > 1e-6 {
								t.Errorf("layer %d unit %d parameter %d: %v, finite differences %v", l, j, i, got[i], want[i])
							}
							if math.Abs(got[i]-train[i]) > 1e-12 {
								t.Errorf("layer %d unit %d parameter %d: %v, training's gradient %v", l, j, i, got[i], train[i])
							}
						}
					}
				}
			})
		}
	}
	t.Logf("largest distance from finite differences: %.3g", worst)
}

// PredictRow gives every neuron's value, as Units does, and the class
// probabilities with their names.
func TestPredictRow(t *testing.T) {
	for _, task := range []data.Task{data.Binary, data.Multiclass, data.Regression} {
		classes := 3
		if task == data.Binary {
			classes = 2
		}
		ds := randomDataset(task, 6, 3, classes, 4)
		tr, err := NewTrainer(ds, Config{Hidden: []int{5}, Seed: 1})
		if err != nil {
			t.Fatal(err)
		}
		x := ds.Train.X[:3]
		p := tr.PredictRow(x)
		u := tr.net.Units(x)
		for l := range u {
			for i := range u[l] {
				if math.Abs(p.Units[l][i]-u[l][i]) > 1e-15 {
					t.Errorf("%v: unit %d of layer %d: %v, Units %v", task, i, l, p.Units[l][i], u[l][i])
				}
			}
		}
		switch task {
		case data.Regression:
			if p.Class != -1 || p.Probs != nil || p.Value != tr.Predict(nil, x)[0] {
				t.Errorf("regression: %+v", p)
			}
		default:
			var s float64
			for _, q := range p.Probs {
				s += q
			}
			if len(p.Probs) != classes || len(p.Classes) != classes || math.Abs(s-1) > 1e-12 || p.Value != p.Probs[p.Class] {
				t.Errorf("%v: %+v", task, p)
			}
		}
	}
}
