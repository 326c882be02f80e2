package nn_test

import (
	"errors"
	"math"
	"slices"
	"testing"

	"github.com/nnplayground/playground/core/nn"
)

func TestParamCount(t *testing.T) {
	tests := []struct {
		Name  string
		Sizes []int
		Want  int
	}{
		{"linear", []int{2, 1}, 3},
		{"two layers", []int{2, 4, 2, 1}, 12 + 10 + 3},
		{"overflow saturates", []int{math.MaxInt / 2, math.MaxInt / 2}, math.MaxInt},
		{"32 layers of 1024", append(append([]int{2}, slices.Repeat([]int{1024}, 32)...), 1), 2*1024 + 1024 + 31*(1024*1024+1024) + 1025},
	}
	for _, tt := range tests {
		t.Run(tt.Name, func(t *testing.T) {
			if got := nn.ParamCount(tt.Sizes); got != tt.Want {
				t.Errorf("ParamCount(%v) = %d, want %d", tt.Sizes, got, tt.Want)
			}
		})
	}
}

// Config.Validate refuses networks past the limits from the hidden layers
// alone; NewTrainer checks the whole network with the data's inputs.
func TestNetworkLimits(t *testing.T) {
	tests := []struct {
		Name   string
		Hidden []int
		Error  error
	}{
		{"fits", []int{1024, 1000}, nil},
		{"too many parameters", []int{1024, 1024, 1024}, nn.ErrTooLarge},
		{"too many layers", slices.Repeat([]int{1}, nn.MaxHiddenLayers+1), nn.ErrTooLarge},
	}
	for _, tt := range tests {
		t.Run(tt.Name, func(t *testing.T) {
			if err := (nn.Config{Hidden: tt.Hidden}).Defaults().Validate(); !errors.Is(err, tt.Error) {
				t.Errorf("Validate: %v, want %v", err, tt.Error)
			}
		})
	}
	// [1020 1020] passes Validate (1,044,481 parameters with one input and
	// output) but not with iris's 4 inputs and 3 classes (1,049,583).
	hidden := []int{1020, 1020}
	if err := (nn.Config{Hidden: hidden}).Defaults().Validate(); err != nil {
		t.Fatal(err)
	}
	if _, err := nn.NewTrainer(iris(t), nn.Config{Hidden: hidden, LearningRate: 0.1}); !errors.Is(err, nn.ErrTooLarge) {
		t.Errorf("NewTrainer on iris with %v: %v; want ErrTooLarge", hidden, err)
	}
}
