package nn

import (
	"math/rand/v2"
	"slices"
	"testing"
)

// shuffle draws the same numbers as rand.Rand.IntN from the same source,
// for lengths with and without a power of two among the draws.
func TestShuffle(t *testing.T) {
	for _, n := range []int{0, 1, 2, 3, 4, 7, 8, 9, 100, 500, 1 << 12} {
		for seed := range uint64(5) {
			a, b := rand.NewPCG(seed, 9), rand.NewPCG(seed, 9)
			want := make([]int, n)
			for i := range want {
				want[i] = i
			}
			got := slices.Clone(want)
			r := rand.New(a)
			for i := n - 1; i > 0; i-- {
				j := r.IntN(i + 1)
				want[i], want[j] = want[j], want[i]
			}
			shuffle(got, b)
			if !slices.Equal(got, want) || a.Uint64() != b.Uint64() {
				t.Fatalf("n=%d seed=%d: shuffle differs from rand.Rand.IntN", n, seed)
			}
		}
	}
}
