package nn_test

import (
	"math"
	"testing"

	"github.com/nnplayground/playground/core/data"
	"github.com/nnplayground/playground/core/nn"
)

// Weight and Bias report each parameter's value, the last batch's gradient
// and its update: for every optimizer, the value before the batch minus the
// step is, bit for bit, the value after it.
func TestParamInfo(t *testing.T) {
	ds := load(t, "iris", data.Spec{TestRatio: 0.2, Seed: 1})
	for o := nn.SGD; o <= nn.Adam; o++ {
		for _, nesterov := range []bool{false, true} {
			if nesterov && o != nn.Momentum {
				continue
			}
			cfg := nn.Config{Hidden: []int{5}, Optimizer: o, Nesterov: nesterov, LearningRate: 0.01, BatchSize: 16, ClipNorm: 0.5, L2: 0.01, Decay: 0.1, Seed: 1}
			tr := train(t, ds, cfg, 3)
			if _, err := tr.StepBatches(2); err != nil {
				t.Fatal(err)
			}
			before := append([]float64(nil), tr.Net().Params()...)
			if _, err := tr.StepBatches(1); err != nil {
				t.Fatal(err)
			}
			after := tr.Net().Params()
			k := 0
			for l := range tr.Net().Layers() {
				in, out := tr.Net().Sizes[l], tr.Net().Sizes[l+1]
				for j := range out {
					for i := range in {
						p, err := tr.Weight(l, j, i)
						if err != nil {
							t.Fatal(err)
						}
						check(t, o, nesterov, k, p, before[k], after[k])
						k++
					}
				}
				for j := range out {
					p, _ := tr.Bias(l, j)
					check(t, o, nesterov, k, p, before[k], after[k])
					k++
				}
			}
		}
	}
	tr := train(t, ds, nn.Config{Hidden: []int{5}, Seed: 1}, 1)
	tr.SetWeight(0, 0, 0, 0.5)
	if p, _ := tr.Weight(0, 0, 0); p.Value != 0.5 || p.Update != 0 {
		t.Errorf("after an edit: %+v", p)
	}
	if _, err := tr.Weight(1, 9, 0); err == nil {
		t.Errorf("a weight that is not there: no error")
	}
}

func check(t *testing.T, o nn.OptimizerKind, nesterov bool, k int, p nn.ParamInfo, before, after float64) {
	t.Helper()
	// p - step and p + (-step) round alike: the update is exact.
	if math.Float64bits(p.Value) != math.Float64bits(after) || math.Float64bits(before+p.Update) != math.Float64bits(after) {
		t.Errorf("%v (nesterov %v) parameter %d: %+v; before %v, after %v", o, nesterov, k, p, before, after)
	}
	if p.Grad == 0 && p.Update != 0 && o == nn.SGD {
		t.Errorf("parameter %d: a step without a gradient", k)
	}
}
