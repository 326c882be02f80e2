package nn

import (
	"fmt"
	"math"
	"math/rand/v2"
	"testing"

	"github.com/nnplayground/playground/core/data"
	"gonum.org/v1/gonum/diff/fd"
)

// randomDataset returns n random rows of dim inputs with targets for task.
func randomDataset(task data.Task, n, dim, classes int, seed uint64) *data.Dataset {
	rng := rand.New(rand.NewPCG(seed, 1))
	out := 1
	if task == data.Multiclass {
		out = classes
	}
	ds := &data.Dataset{Task: task, Dim: dim, Out: out, Prep: &data.Preprocessor{Task: task, TargetScale: 1}}
	for c := range classes {
		ds.Classes = append(ds.Classes, fmt.Sprint("c", c))
	}
	fill := func(s *data.Split, n int) {
		s.N = n
		s.X = make([]float64, n*dim)
		s.Y = make([]float64, n*out)
		for i := range s.X {
			s.X[i] = rng.NormFloat64()
		}
		for r := range n {
			switch task {
			case data.Regression:
				s.Y[r] = rng.NormFloat64()
			case data.Binary:
				s.Y[r] = float64(rng.IntN(2))
			case data.Multiclass:
				s.Y[r*out+rng.IntN(out)] = 1
			}
		}
	}
	fill(&ds.Train, n)
	fill(&ds.Test, n/2)
	return ds
}

// objective returns the training objective at the trainer's current
// parameters: the mean data loss over the whole training split plus the
// regularization penalty.
func (t *Trainer) objective() float64 {
	loss, _, _ := t.evaluate(&t.ds.Train)
	return loss + t.penalty()
}

// TestGradient checks backpropagation against central finite differences
// for every hidden activation, every output and loss pairing, and L1/L2.
func TestGradient(t *testing.T) {
	type pairing struct {
		task data.Task
		loss LossKind
	}
	pairings := []pairing{
		{data.Regression, MSE}, {data.Regression, MAE}, {data.Regression, Huber},
		{data.Binary, BCE}, {data.Binary, MSE}, {data.Binary, MAE}, {data.Binary, Huber},
		{data.Multiclass, CCE}, {data.Multiclass, MSE}, {data.Multiclass, MAE}, {data.Multiclass, Huber},
	}
	regs := []struct{ l1, l2 float64 }{{0, 0}, {0.01, 0}, {0, 0.05}, {0.02, 0.03}}
	worst := 0.0
	for _, act := range []Activation{Tanh, ReLU, LeakyReLU, Sigmoid, Linear} {
		for _, p := range pairings {
			for _, reg := range regs {
				name := fmt.Sprintf("%v/%v/%v/l1=%g,l2=%g", act, []string{"regression", "binary", "multiclass"}[p.task], p.loss, reg.l1, reg.l2)
				t.Run(name, func(t *testing.T) {
					ds := randomDataset(p.task, 12, 3, 3, 7)
					tr, err := NewTrainer(ds, Config{Hidden: []int{5, 4}, Activation: act, Loss: p.loss, L1: reg.l1, L2: reg.l2, Seed: 3})
					if err != nil {
						t.Fatal(err)
					}
					params := tr.net.params
					// Biases start at zero; move them off zero so that ReLU
					// kinks and symmetric points are not sampled.
					rng := rand.New(rand.NewPCG(5, 5))
					for _, b := range tr.net.B {
						for i := range b {
							b[i] = 0.3 * rng.NormFloat64()
						}
					}
					idx := make([]int, ds.Train.N)
					for i := range idx {
						idx[i] = i
					}
					tr.gradient(idx)
					tr.regularize(1 / float64(len(idx)))
					got := append([]float64(nil), tr.grad...)
					x0 := append([]float64(nil), params...)
					want := fd.Gradient(nil, func(x []float64) float64 {
						copy(params, x)
						return tr.objective()
					}, x0, &fd.Settings{Formula: fd.Central, Step: 1e-6})
					copy(params, x0)
					var maxRel float64
					for i := range got {
						rel := math.Abs(got[i]-want[i]) / math.Max(1, math.Abs(want[i]))
						maxRel = math.Max(maxRel, rel)
					}
					worst = math.Max(worst, maxRel)
					if maxRel > 1e-5 {
						t.Errorf("largest relative gradient error %.3g > 1e-5", maxRel)
					}
				})
			}
		}
	}
	t.Logf("largest relative error over all pairings: %.3g", worst)
}
