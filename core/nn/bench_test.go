package nn_test

import (
	"math/rand/v2"
	"strconv"
	"strings"
	"testing"

	"github.com/nnplayground/playground/core/data"
	"github.com/nnplayground/playground/core/nn"
)

// digitsLike returns a table shaped like the handwritten digits data
// (1,797 rows of 64 pixel values 0–16, ten classes), drawn from a seeded
// generator: each class has its own mean image.
func digitsLike() string {
	rng := rand.New(rand.NewPCG(64, 10))
	var means [10][64]float64
	for k := range means {
		for j := range means[k] {
			means[k][j] = 16 * rng.Float64()
		}
	}
	var b strings.Builder
	for j := range 64 {
		b.WriteString("p" + strconv.Itoa(j) + ",")
	}
	b.WriteString("digit\n")
	for r := range 1797 {
		k := r % 10
		for j := range 64 {
			v := min(16, max(0, means[k][j]+4*rng.NormFloat64()))
			b.WriteString(strconv.Itoa(int(v)) + ",")
		}
		b.WriteString("d" + strconv.Itoa(k) + "\n")
	}
	return b.String()
}

// Workload is one of the core issue's benchmark workloads.
type workload struct {
	name string
	ds   func(testing.TB) *data.Dataset
	cfg  nn.Config
}

var workloads = []workload{
	{"spiral500-batch10", func(b testing.TB) *data.Dataset { return load(b, "spiral", data.Spec{Seed: 1}) },
		nn.Config{Hidden: []int{8, 8}, Activation: nn.Tanh, Optimizer: nn.SGD, LearningRate: 0.03, BatchSize: 10, Seed: 1}},
	{"fullbatch1000", func(b testing.TB) *data.Dataset {
		text, _ := datasetsText("spiral", 1000)
		return prepare(b, text, data.Spec{Seed: 1})
	}, nn.Config{Hidden: []int{8, 8}, Activation: nn.Tanh, Optimizer: nn.SGD, LearningRate: 0.03, Seed: 1}},
	{"1797x64-adam", func(b testing.TB) *data.Dataset { return prepare(b, digitsLike(), data.Spec{Seed: 1}) },
		nn.Config{Hidden: []int{32}, Activation: nn.ReLU, Optimizer: nn.Adam, LearningRate: 0.001, BatchSize: 32, Seed: 1}},
}

var sink nn.Stats

// BenchmarkEpoch measures training epochs (Step) on each workload.
func BenchmarkEpoch(b *testing.B) {
	for _, w := range workloads {
		b.Run(w.name, func(b *testing.B) {
			ds := w.ds(b)
			tr, err := nn.NewTrainer(ds, w.cfg)
			if err != nil {
				b.Fatal(err)
			}
			if err := tr.Step(); err != nil { // warm up: allocate nothing in the loop
				b.Fatal(err)
			}
			b.ReportAllocs()
			b.ResetTimer()
			for b.Loop() {
				if err := tr.Step(); err != nil {
					b.Fatal(err)
				}
			}
			s := b.Elapsed().Seconds()
			b.ReportMetric(float64(b.N)/s, "epochs/s")
			b.ReportMetric(float64(b.N*ds.Train.N)/s, "samples/s")
		})
	}
}

// BenchmarkEpochStats measures an epoch followed by the losses and metrics
// of both splits, as the playground shows after every epoch.
func BenchmarkEpochStats(b *testing.B) {
	for _, w := range workloads {
		b.Run(w.name, func(b *testing.B) {
			ds := w.ds(b)
			tr, err := nn.NewTrainer(ds, w.cfg)
			if err != nil {
				b.Fatal(err)
			}
			b.ResetTimer()
			for b.Loop() {
				if err := tr.Step(); err != nil {
					b.Fatal(err)
				}
				sink = tr.Stats()
			}
			b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "epochs/s")
		})
	}
}
