package web

import "testing"

// TestEveryOf: a canvas is redrawn every frame while its draws are cheap,
// and less often, so that it takes at most drawShare of the time, once
// they cost more; a small view keeps its own pace when that is slower.
func TestEveryOf(t *testing.T) {
	for _, tc := range []struct {
		every, cost, want float64
	}{
		{0, 1, 0},                   // cheap: every frame
		{0, 2.4, 0},                 // 2.4/0.15 = 16 ms: still every frame
		{0, 30, 30 / drawShare},     // a 64-input network with its maps
		{500, 1, 500},               // a small view's own pace
		{500, 150, 150 / drawShare}, // slower than its own pace
	} {
		if got := everyOf(drawer{every: tc.every}, &drawState{cost: tc.cost}); got != tc.want {
			t.Errorf("every %v, cost %v ms: %v, want %v", tc.every, tc.cost, got, tc.want)
		}
	}
}
