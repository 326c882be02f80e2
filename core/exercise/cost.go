package exercise

import (
	"math"

	"github.com/nnplayground/playground/core/datasets"
	"github.com/nnplayground/playground/core/nn"
	"github.com/nnplayground/playground/core/session"
)

// minEpochCost is a lower bound on epochCost (training rows × parameters)
// of the settings s, computed from the settings alone, before any data is
// made or network built: the editor's exercise info and Share compare it
// with their budget first, so that a heavy start is refused without
// computing its first statistics. For a generated dataset it counts its
// points less the test and validation shares (less 2 for rounding), two
// inputs and the derived ones, the hidden layers and one output; the
// layers of the exercise's weights when it has some. For a pasted table
// it is 0: its size is bounded by the link's, and building it costs in
// proportion.
func minEpochCost(s session.Settings, weights []int) float64 {
	in, ok := datasets.Lookup(s.Dataset)
	if s.Dataset == "" || !ok || !in.Generated {
		return 0
	}
	points := s.Points
	if points == 0 {
		points = in.Points
	}
	rows := math.Floor(float64(points)*(1-s.TestRatio)*(1-s.ValidRatio)) - 2
	sizes := append(append([]int{2 + len(s.Derived)}, s.Model.Hidden...), 1)
	if weights != nil {
		sizes = weights
	}
	return max(0, rows) * float64(nn.ParamCount(sizes))
}

// minEpochCost is the package function for e's own settings and weights.
func (e *Exercise) minEpochCost(s session.Settings) float64 {
	var sizes []int
	if e.Weights != nil {
		sizes = e.Weights.Sizes
	}
	return minEpochCost(s, sizes)
}
