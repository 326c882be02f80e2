package nn_test

import (
	"errors"
	"math"
	"os"
	"runtime"
	"testing"

	"github.com/nnplayground/playground/core/data"
	"github.com/nnplayground/playground/core/datasets"
	"github.com/nnplayground/playground/core/nn"
	"gonum.org/v1/gonum/mat"
)

// load parses a built-in dataset and prepares it.
func load(t testing.TB, name string, spec data.Spec) *data.Dataset {
	t.Helper()
	text, err := datasets.Text(name, 0, 0, spec.Seed)
	if err != nil {
		t.Fatal(err)
	}
	return prepare(t, text, spec)
}

func prepare(t testing.TB, text string, spec data.Spec) *data.Dataset {
	t.Helper()
	tb, err := data.Parse(text)
	if err != nil {
		t.Fatal(err)
	}
	ds, err := data.Prepare(tb, spec)
	if err != nil {
		t.Fatal(err)
	}
	return ds
}

func train(t testing.TB, ds *data.Dataset, c nn.Config, epochs int) *nn.Trainer {
	t.Helper()
	tr, err := nn.NewTrainer(ds, c)
	if err != nil {
		t.Fatal(err)
	}
	if err := tr.StepN(epochs); err != nil {
		t.Fatal(err)
	}
	return tr
}

// The tutorial's example done right: a linear model trained on its four
// points predicts its three test points, normalized with the training
// split's statistics, within 0.1.
func TestTutorial(t *testing.T) {
	ds := load(t, "tutorial", data.Spec{Target: "y", SplitColumn: "set"})
	if ds.Train.N != 4 || ds.Test.N != 3 {
		t.Fatalf("split %d/%d rows, want the tutorial's 4/3", ds.Train.N, ds.Test.N)
	}
	// Training statistics of x1 = 1,2,3,4: mean 2.5, population std √1.25.
	// The test point x1 = 5 must be (5-2.5)/√1.25, not 0 as the tutorial's
	// own-statistics normalization would make it.
	if got, want := ds.Test.X[0], (5-2.5)/math.Sqrt(1.25); math.Abs(got-want) > 1e-12 {
		t.Errorf("test x1 normalized to %v, want %v (training statistics)", got, want)
	}
	tr := train(t, ds, nn.Config{Activation: nn.Linear, LearningRate: 0.1, Seed: 1}, 500)
	pred := tr.Predict(nil, ds.Test.X)
	for i, want := range []float64{5, 6, 7} {
		if math.Abs(pred[i]-want) > 0.1 {
			t.Errorf("test point %d: predicted %.4f, want %v ± 0.1", i, pred[i], want)
		}
	}
	t.Logf("predictions for (5,6), (6,7), (7,8): %.4f", pred)
}

// XOR's four points need a hidden layer, and with one are learnt exactly.
func TestXOR(t *testing.T) {
	ds := prepare(t, "a,b,xor\n0,0,0\n0,1,1\n1,0,1\n1,1,0\n", data.Spec{AsClasses: true})
	tr := train(t, ds, nn.Config{Hidden: []int{4}, Activation: nn.Tanh, LearningRate: 0.3, Seed: 1}, 1000)
	if s := tr.Stats(); s.TrainMetric != 1 {
		t.Errorf("XOR accuracy %v after 1000 epochs, want 1", s.TrainMetric)
	}
	// Without a hidden layer it cannot be learnt.
	lin := train(t, ds, nn.Config{LearningRate: 0.3, Seed: 1}, 1000)
	if s := lin.Stats(); s.TrainMetric > 0.75 {
		t.Errorf("a linear model reached accuracy %v on XOR, which it cannot", s.TrainMetric)
	}
	// The generated XOR plane too.
	gx := load(t, "xor", data.Spec{TestRatio: 0.2, Seed: 2})
	g := train(t, gx, nn.Config{Hidden: []int{8}, Activation: nn.Tanh, Optimizer: nn.Adam, LearningRate: 0.03, BatchSize: 10, Seed: 2}, 200)
	if s := g.Stats(); s.TrainMetric < 0.98 {
		t.Errorf("generated XOR: train accuracy %v, want ≥ 0.98", s.TrainMetric)
	}
}

// The two spirals are separated from x and y alone with two hidden layers.
func TestSpiral(t *testing.T) {
	ds := load(t, "spiral", data.Spec{Seed: 1})
	tr, err := nn.NewTrainer(ds, nn.Config{Hidden: []int{8, 8}, Activation: nn.Tanh, Optimizer: nn.Adam, LearningRate: 0.01, BatchSize: 10, Seed: 1})
	if err != nil {
		t.Fatal(err)
	}
	for tr.Epoch() < 2000 && tr.Stats().TrainMetric < 0.95 {
		if err := tr.StepN(50); err != nil {
			t.Fatal(err)
		}
	}
	s := tr.Stats()
	t.Logf("spiral: train accuracy %.4f after %d epochs", s.TrainMetric, s.Epoch)
	if s.TrainMetric < 0.95 {
		t.Errorf("spiral train accuracy %v, want ≥ 0.95", s.TrainMetric)
	}
}

func iris(t testing.TB) *data.Dataset {
	return load(t, "iris", data.Spec{TestRatio: 0.2, Seed: 1})
}

// Iris: at least 93 % on a held-out, stratified 20 %, on average over ten
// splits (one split of 30 rows moves in steps of 3.3 %, and which rows land
// in it matters more than the model).
func TestIris(t *testing.T) {
	c := nn.Config{Hidden: []int{8}, Activation: nn.Tanh, Optimizer: nn.Adam, LearningRate: 0.01, BatchSize: 16}
	var sum float64
	var tr *nn.Trainer
	var s nn.Stats
	for seed := uint64(1); seed <= 10; seed++ {
		ds := load(t, "iris", data.Spec{TestRatio: 0.2, Seed: seed})
		if ds.Test.N != 30 {
			t.Fatalf("test split has %d rows, want 30", ds.Test.N)
		}
		c.Seed = seed
		tr = train(t, ds, c, 100)
		s = tr.Stats()
		t.Logf("iris, split %d: train accuracy %.4f, test accuracy %.4f", seed, s.TrainMetric, s.TestMetric)
		sum += s.TestMetric
	}
	t.Logf("iris: mean test accuracy %.4f over 10 splits", sum/10)
	if sum/10 < 0.93 {
		t.Errorf("iris mean test accuracy %v, want ≥ 0.93", sum/10)
	}
	cm := tr.Confusion()
	total, diag := 0, 0
	for i, row := range cm {
		for j, v := range row {
			total += v
			if i == j {
				diag += v
			}
		}
	}
	if total != 30 || float64(diag)/30 != s.TestMetric {
		t.Errorf("confusion matrix %v: %d rows, %d on the diagonal; want 30 rows and accuracy %v", cm, total, diag, s.TestMetric)
	}
}

// Penguins: categorical features one-hot encoded, rows with NA dropped and
// reported, and the species learnt.
func TestPenguins(t *testing.T) {
	ds := load(t, "penguins", data.Spec{Target: "species", Ignore: []string{"year"}, TestRatio: 0.2, Seed: 1})
	t.Logf("penguins: %s", ds.Summary())
	if ds.Dropped == 0 || ds.Rows != 344 {
		t.Errorf("penguins: %d rows, %d dropped; want 344 rows and some dropped", ds.Rows, ds.Dropped)
	}
	tr := train(t, ds, nn.Config{Hidden: []int{8}, Activation: nn.ReLU, Optimizer: nn.Adam, LearningRate: 0.01, BatchSize: 16, Seed: 1}, 100)
	if s := tr.Stats(); s.TestMetric < 0.95 {
		t.Errorf("penguins test accuracy %v, want ≥ 0.95", s.TestMetric)
	}
}

// A linear network trained with full-batch gradient descent converges to
// the least-squares solution that gonum computes directly.
func TestLeastSquares(t *testing.T) {
	ds := load(t, "diabetes", data.Spec{Seed: 1})
	tr, err := nn.NewTrainer(ds, nn.Config{Activation: nn.Linear, Optimizer: nn.Momentum, LearningRate: 0.05, Seed: 1})
	if err != nil {
		t.Fatal(err)
	}
	if err := tr.StepN(5000); err != nil {
		t.Fatal(err)
	}
	// Least squares on the same normalized design matrix, with a column of
	// ones for the bias: minimize |[X 1] β - y|².
	n, d := ds.Train.N, ds.Dim
	a := mat.NewDense(n, d+1, nil)
	for r := range n {
		for c := range d {
			a.Set(r, c, ds.Train.X[r*d+c])
		}
		a.Set(r, d, 1)
	}
	var beta mat.VecDense
	if err := beta.SolveVec(a, mat.NewVecDense(n, append([]float64(nil), ds.Train.Y...))); err != nil {
		t.Fatal(err)
	}
	net := tr.Net()
	var worst float64
	for c := range d {
		worst = math.Max(worst, math.Abs(net.W[0][c]-beta.AtVec(c)))
	}
	worst = math.Max(worst, math.Abs(net.B[0][0]-beta.AtVec(d)))
	t.Logf("largest difference from gonum's least-squares coefficients: %.3g", worst)
	if worst > 1e-6 {
		t.Errorf("coefficients differ from least squares by %.3g > 1e-6", worst)
	}
}

// epochsTo returns the epochs a configuration takes to bring the training
// loss below target, or limit.
func epochsTo(t *testing.T, ds *data.Dataset, c nn.Config, target float64, limit int) int {
	tr, err := nn.NewTrainer(ds, c)
	if err != nil {
		t.Fatal(err)
	}
	for tr.Epoch() < limit {
		if err := tr.Step(); err != nil {
			t.Fatal(err)
		}
		if tr.Stats().TrainLoss < target {
			break
		}
	}
	return tr.Epoch()
}

// Adam reaches Iris's target loss in fewer epochs than SGD at the same
// learning rate and seed.
func TestAdamBeatsSGD(t *testing.T) {
	ds := iris(t)
	c := nn.Config{Hidden: []int{8}, Activation: nn.Tanh, LearningRate: 0.01, BatchSize: 16, Seed: 1}
	sgd := epochsTo(t, ds, c, 0.1, 3000)
	c.Optimizer = nn.Adam
	adam := epochsTo(t, ds, c, 0.1, 3000)
	t.Logf("epochs to a training loss of 0.1: SGD %d, Adam %d", sgd, adam)
	if adam >= sgd {
		t.Errorf("Adam took %d epochs, SGD %d; want Adam faster", adam, sgd)
	}
}

// Every optimizer and regularizer trains Iris without diverging and lowers
// the loss.
func TestOptimizers(t *testing.T) {
	ds := iris(t)
	for _, c := range []nn.Config{
		{Optimizer: nn.SGD, LearningRate: 0.1},
		{Optimizer: nn.Momentum, LearningRate: 0.01},
		{Optimizer: nn.Momentum, Nesterov: true, LearningRate: 0.01},
		{Optimizer: nn.RMSProp, LearningRate: 0.01},
		{Optimizer: nn.Adam, LearningRate: 0.01},
		{Optimizer: nn.Adam, LearningRate: 0.01, L1: 0.001},
		{Optimizer: nn.Adam, LearningRate: 0.01, L2: 0.01},
		{Optimizer: nn.SGD, LearningRate: 0.1, ClipNorm: 0.5, Decay: 0.01},
	} {
		c.Hidden, c.Activation, c.BatchSize, c.Seed = []int{6}, nn.ReLU, 16, 3
		tr, err := nn.NewTrainer(ds, c)
		if err != nil {
			t.Fatal(err)
		}
		before := tr.Stats().TrainLoss
		if err := tr.StepN(50); err != nil {
			t.Fatal(err)
		}
		if after := tr.Stats().TrainLoss; !(after < before*0.7) {
			t.Errorf("%v: loss %v → %v after 50 epochs, want a clear fall", c.Optimizer, before, after)
		}
	}
}

// A learning rate far too high makes training stop with an error that names
// the epoch and the fix, never a NaN that reaches the caller.
func TestDivergence(t *testing.T) {
	ds := load(t, "diabetes", data.Spec{Norm: data.NoNorm, Seed: 1})
	tr, err := nn.NewTrainer(ds, nn.Config{Hidden: []int{8}, Activation: nn.ReLU, LearningRate: 10, Seed: 1})
	if err != nil {
		t.Fatal(err)
	}
	err = tr.StepN(1000)
	var de *nn.DivergedError
	if !errors.As(err, &de) {
		t.Fatalf("got %v, want a *DivergedError", err)
	}
	t.Logf("%v", err)
	if de.Epoch < 1 || de.Epoch != tr.Epoch()+1 {
		t.Errorf("diverged at epoch %d after %d good epochs", de.Epoch, tr.Epoch())
	}
	for _, want := range []string{"learning rate", "normalized", "clipping"} {
		if !contains(err.Error(), want) {
			t.Errorf("message %q does not mention %q", err, want)
		}
	}
}

func contains(s, sub string) bool {
	for i := 0; i+len(sub) <= len(s); i++ {
		if s[i:i+len(sub)] == sub {
			return true
		}
	}
	return false
}

// Cross-entropy on a regression target is refused with a clear error.
func TestLossTask(t *testing.T) {
	ds := load(t, "reg-plane", data.Spec{Seed: 1})
	if _, err := nn.NewTrainer(ds, nn.Config{Loss: nn.CCE}); !errors.Is(err, nn.ErrLossTask) {
		t.Errorf("got %v, want ErrLossTask", err)
	}
	for _, c := range []nn.Config{{Hidden: []int{0}}, {LearningRate: math.NaN()}, {BatchSize: -1}, {L2: -1}, {Momentum: 1.5}} {
		if _, err := nn.NewTrainer(ds, c); err == nil {
			t.Errorf("config %+v accepted, want an error", c)
		}
	}
}

// Regression metrics: R² is 1 - SSres/SStot and RMSE is in the target's
// own units.
func TestRegressionMetrics(t *testing.T) {
	ds := load(t, "diabetes", data.Spec{TestRatio: 0.2, Seed: 1})
	tr := train(t, ds, nn.Config{Hidden: []int{8}, Activation: nn.Tanh, Optimizer: nn.Adam, LearningRate: 0.01, BatchSize: 32, Seed: 1}, 100)
	s := tr.Stats()
	t.Logf("diabetes: test R² %.4f, test RMSE %.2f", s.TestMetric, s.TestRMSE)
	if s.TestMetric < 0.3 || s.TestMetric > 0.7 {
		t.Errorf("test R² %v, want the published 0.45–0.5 give or take", s.TestMetric)
	}
	pred := tr.Predict(nil, ds.Test.X)
	var sse float64
	for r, p := range pred {
		e := p - ds.Prep.TargetToRaw(ds.Test.Y[r])
		sse += e * e
	}
	if rmse := math.Sqrt(sse / float64(len(pred))); math.Abs(rmse-s.TestRMSE) > 1e-9*rmse {
		t.Errorf("RMSE %v from predictions, %v from Stats", rmse, s.TestRMSE)
	}
}

// goldenLosses is the file holding the losses of a fixed run, written by the
// native run with -update and compared bit for bit by every run, native and
// under GOOS=js GOARCH=wasm.
const goldenLosses = "testdata/golden_losses.txt"

// Same data, configuration and seed give bit-identical results, run after
// run, and the same bits natively and in WebAssembly.
func TestReproducible(t *testing.T) {
	run := func() []float64 {
		var out []float64
		for _, c := range []struct {
			name string
			cfg  nn.Config
		}{
			{"spiral", nn.Config{Hidden: []int{8, 8}, Activation: nn.Tanh, LearningRate: 0.03, BatchSize: 10, Seed: 7}},
			{"iris", nn.Config{Hidden: []int{6}, Activation: nn.ReLU, Optimizer: nn.Adam, LearningRate: 0.01, BatchSize: 16, L2: 0.001, Seed: 7}},
			{"penguins", nn.Config{Hidden: []int{5, 3}, Activation: nn.Sigmoid, Optimizer: nn.RMSProp, LearningRate: 0.01, BatchSize: 8, ClipNorm: 1, Seed: 7}},
			{"diabetes", nn.Config{Hidden: []int{4}, Activation: nn.LeakyReLU, Optimizer: nn.Momentum, Nesterov: true, LearningRate: 0.01, BatchSize: 32, L1: 0.001, Seed: 7}},
			// Full batch of 375 rows: two chunks, summed by two goroutines
			// natively and by one in WebAssembly.
			{"spiral", nn.Config{Hidden: []int{6}, Activation: nn.Tanh, Optimizer: nn.Adam, LearningRate: 0.01, Seed: 7}},
		} {
			ds := load(t, c.name, data.Spec{TestRatio: 0.25, Seed: 7})
			tr, err := nn.NewTrainer(ds, c.cfg)
			if err != nil {
				t.Fatal(err)
			}
			for range 20 {
				if err := tr.Step(); err != nil {
					t.Fatal(err)
				}
				s := tr.Stats()
				out = append(out, s.TrainLoss, s.TestLoss, s.TrainMetric, s.TestMetric)
			}
			out = append(out, tr.Net().Params()...)
		}
		// 64 inputs: the wide path, denseLoop, rather than a kernel.
		ds := prepare(t, datasets.DigitsLike(), data.Spec{TestRatio: 0.2, Seed: 7})
		tr := train(t, ds, nn.Config{Hidden: []int{20}, Activation: nn.ReLU, Optimizer: nn.Adam, LearningRate: 0.001, BatchSize: 300, Seed: 7}, 2)
		s := tr.Stats()
		out = append(out, s.TrainLoss, s.TestLoss, s.TrainMetric, s.TestMetric)
		out = append(out, tr.Net().Params()...)
		return out
	}
	a, b := run(), run()
	for i := range a {
		if math.Float64bits(a[i]) != math.Float64bits(b[i]) {
			t.Fatalf("value %d differs between two runs: %v and %v", i, a[i], b[i])
		}
	}
	got := formatBits(a)
	if *update {
		if err := os.WriteFile(goldenLosses, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(goldenLosses)
	if err != nil {
		t.Fatalf("%v (run `go test ./core/nn -run TestReproducible -update` natively to write it)", err)
	}
	if got != string(want) {
		t.Errorf("losses and weights differ from %s, written by a native run: this platform computes different bits", goldenLosses)
	}
}

// A full batch split over goroutines gives the same bits with one processor
// as with two.
func TestParallelBatch(t *testing.T) {
	ds := load(t, "spiral", data.Spec{Seed: 3})
	c := nn.Config{Hidden: []int{8, 8}, Activation: nn.Tanh, LearningRate: 0.1, Seed: 3}
	params := func(procs int) []float64 {
		defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(procs))
		return train(t, ds, c, 30).Net().Params()
	}
	one, two := params(1), params(2)
	for i := range one {
		if math.Float64bits(one[i]) != math.Float64bits(two[i]) {
			t.Fatalf("parameter %d: %v with one processor, %v with two", i, one[i], two[i])
		}
	}
}

// Training an epoch in parts of a few batches gives the same bits as Step.
func TestStepBatches(t *testing.T) {
	ds := iris(t)
	c := nn.Config{Hidden: []int{6}, Activation: nn.Tanh, Optimizer: nn.Adam, LearningRate: 0.01, BatchSize: 7, Seed: 9}
	whole := train(t, ds, c, 4).Net().Params()
	tr, _ := nn.NewTrainer(ds, c)
	parts := 0
	for tr.Epoch() < 4 {
		done, err := tr.StepBatches(3)
		if err != nil {
			t.Fatal(err)
		}
		parts++
		if done != (parts%6 == 0) { // 120 rows in batches of 7: 18 batches, 6 parts of 3
			t.Fatalf("part %d: epoch done %v", parts, done)
		}
	}
	for i, p := range tr.Net().Params() {
		if math.Float64bits(p) != math.Float64bits(whole[i]) {
			t.Fatalf("parameter %d: %v in parts, %v by Step", i, p, whole[i])
		}
	}
}

// SetParams starts training from given weights at a given epoch: the same
// numbers as the trainer that reached them, when the optimizer keeps no
// state (plain SGD).
func TestSetParams(t *testing.T) {
	ds := iris(t)
	c := nn.Config{Hidden: []int{5}, Activation: nn.Tanh, LearningRate: 0.05, Seed: 2}
	a := train(t, ds, c, 10)
	b, _ := nn.NewTrainer(ds, c)
	if err := b.SetParams(a.Net().Params(), 10); err != nil {
		t.Fatal(err)
	}
	if b.Epoch() != 10 || b.Stats().TrainLoss != a.Stats().TrainLoss {
		t.Fatalf("epoch %d loss %v, want epoch 10 loss %v", b.Epoch(), b.Stats().TrainLoss, a.Stats().TrainLoss)
	}
	a.StepN(5)
	b.StepN(5)
	if a.Stats().TrainLoss != b.Stats().TrainLoss {
		t.Errorf("after 5 more epochs: %v and %v", a.Stats().TrainLoss, b.Stats().TrainLoss)
	}
	if err := b.SetParams([]float64{1}, 0); err == nil {
		t.Errorf("wrong length accepted")
	}
	bad := append([]float64(nil), a.Net().Params()...)
	bad[0] = math.NaN()
	if err := b.SetParams(bad, 0); err == nil {
		t.Errorf("NaN accepted")
	}
}
