package session

import (
	"github.com/nnplayground/playground/core/datasets"
	"github.com/nnplayground/playground/core/nn"
)

// Workload is one of the benchmark workloads, the same natively (core/nn's
// and the command line's benchmarks) and in the browser's worker.
type Workload struct {
	Name     string
	Settings Settings
}

// Workloads returns the benchmark workloads:
//
//   - spiral500-batch10: 500 points, 2→8→8→1 tanh, batch 10, SGD
//   - fullbatch1000: 1,000 points, 2→8→8→1 tanh, full batch, SGD
//   - 1797x64-adam: 1,797 rows × 64 features, 64→32→10 ReLU/softmax, Adam, batch 32
//
// All train on every row (no test split).
func Workloads() []Workload {
	spiral := func(points, batch int) Settings {
		return Settings{Version: Version, Dataset: "spiral", Points: points,
			Model: nn.Config{Hidden: []int{8, 8}, Activation: nn.Tanh, Optimizer: nn.SGD, LearningRate: 0.03, BatchSize: batch, Seed: 1}}
	}
	return []Workload{
		{"spiral500-batch10", spiral(500, 10)},
		{"fullbatch1000", spiral(1000, 0)},
		{"1797x64-adam", Settings{Version: Version, Text: datasets.DigitsLike(), Target: "digit",
			Model: nn.Config{Hidden: []int{32}, Activation: nn.ReLU, Optimizer: nn.Adam, LearningRate: 0.001, BatchSize: 32, Seed: 1}}},
	}
}
