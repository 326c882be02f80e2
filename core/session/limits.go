package session

import (
	"fmt"
	"math"

	"github.com/nnplayground/playground/core/data"
	"github.com/nnplayground/playground/core/datasets"
	"github.com/nnplayground/playground/core/nn"
)

// MaxDerived is the most derived inputs (x², x·y, sin x, cos x) settings
// may ask for: every pair of 22 columns' products. More would be a link of
// a few kilobytes that costs hundreds of megabytes to open.
const MaxDerived = 256

// CheckLimits returns an error for settings whose cost can be told before
// their data is read: more than MaxDerived derived inputs
// (nn.ErrTooLarge), a derived input asked twice (the same kind and columns), or a generated dataset
// whose epoch through the network is past nn.MaxEpochWork (nn.ErrTooLarge).
// Build checks the rest once the table is prepared.
func CheckLimits(s *Settings) error {
	if len(s.Derived) > MaxDerived {
		return fmt.Errorf("%w: %d derived inputs; the limit is %d", nn.ErrTooLarge, len(s.Derived), MaxDerived)
	}
	seen := make(map[data.Derived]bool, len(s.Derived))
	for _, d := range s.Derived {
		if seen[d] { // the page's features panel never adds one twice
			return fmt.Errorf("session: the derived input %s is asked for twice", d.Name())
		}
		seen[d] = true
	}
	in, ok := datasets.Lookup(s.Dataset)
	if s.Dataset == "" || !ok || !in.Generated {
		return nil
	}
	points := s.Points
	if points == 0 {
		points = in.Points
	}
	rows := int(math.Ceil(float64(points) * (1 - s.TestRatio)))
	sizes := append(append([]int{2 + len(s.Derived)}, s.Model.Hidden...), 1) // at least one output
	if w := nn.EpochWork(sizes, rows, s.Model.BatchSize, s.Model.Optimizer); w > nn.MaxEpochWork {
		return fmt.Errorf("%w: %d points through layers %v cost %.3g multiply-adds an epoch; the limit is %.0g (fewer points or a smaller network)",
			nn.ErrTooLarge, points, sizes, w, float64(nn.MaxEpochWork))
	}
	return nil
}
