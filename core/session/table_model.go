package session

import "github.com/nnplayground/playground/core/nn"

const (
	TableWidth        = 16
	TableLearningRate = 0.01
	TableBatch        = 32
	TableL2Scale      = 0.5
)

// TableModel is a stub: the circle's network.
func TableModel(rows int, testRatio float64, seed uint64) nn.Config {
	m := Default().Model
	m.Seed = seed
	return m
}
