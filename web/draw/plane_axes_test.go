package draw

import (
	"slices"
	"testing"
)

// niceTicks are round numbers (1, 2 or 5 times a power of ten apart)
// inside the range, about n of them.
func TestNiceTicks(t *testing.T) {
	for _, tc := range []struct {
		Name   string
		Lo, Hi float64
		N      int
		Want   []float64
	}{
		{"the circle", -5.886, 5.854, 5, []float64{-5, 0, 5}},
		{"unit", 0, 1, 5, []float64{0, 0.2, 0.4, 0.6, 0.8, 1}},
		{"offset", 12.3, 17.9, 4, []float64{14, 16}},
		{"reversed or empty", 3, 3, 5, nil},
		{"wide", -1234, 5678, 4, []float64{0, 2000, 4000}},
	} {
		t.Run(tc.Name, func(t *testing.T) {
			got := niceTicks(tc.Lo, tc.Hi, tc.N)
			if !slices.Equal(got, tc.Want) {
				t.Errorf("niceTicks(%v, %v, %d) = %v, want %v", tc.Lo, tc.Hi, tc.N, got, tc.Want)
			}
		})
	}
}
