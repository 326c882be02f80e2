package nn

import (
	"math"
	"math/rand/v2"
	"testing"
)

// denseSeq is the reference for the unrolled forward kernels: the sum in
// input order, b + w₀x₀ + w₁x₁ + ….
func denseSeq(z, w, b, x []float64) {
	in := len(x)
	for j := range z {
		s := b[j]
		for i, v := range w[j*in : j*in+in] {
			s += v * x[i]
		}
		z[j] = s
	}
}

// The unrolled kernels give the same bits as the general loops, for every
// input width they cover and one past it.
func TestKernels(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 1))
	vec := func(n int) []float64 {
		v := make([]float64, n)
		for i := range v {
			v[i] = rng.NormFloat64()
		}
		return v
	}
	same := func(what string, in int, a, b []float64) {
		for i := range a {
			if math.Float64bits(a[i]) != math.Float64bits(b[i]) {
				t.Fatalf("width %d: %s[%d] = %v unrolled, %v in the loop", in, what, i, a[i], b[i])
			}
		}
	}
	for in := 1; in <= maxKernelWidth+1; in++ {
		for _, out := range []int{1, 3, 8} {
			w, b, x, dz := vec(in*out), vec(out), vec(in), vec(out)
			z1, z2 := make([]float64, out), make([]float64, out)
			fast := denseFast(z1, w, b, x)
			if fast != (in <= maxKernelWidth) {
				t.Fatalf("width %d: denseFast returned %v", in, fast)
			}
			if fast {
				denseSeq(z2, w, b, x)
			} else {
				dense(z1, w, b, x)
				denseLoop(z2, w, b, x)
			}
			same("z", in, z1, z2)

			g0, gb0 := vec(in*out), vec(out)
			gw1, gb1, da1 := append([]float64(nil), g0...), append([]float64(nil), gb0...), make([]float64, in)
			gw2, gb2, da2 := append([]float64(nil), g0...), append([]float64(nil), gb0...), make([]float64, in)
			back(gw1, gb1, w, x, dz, da1)
			backLoop(gw2, gb2, w, x, dz, da2)
			same("gw", in, gw1, gw2)
			same("gb", in, gb1, gb2)
			same("da", in, da1, da2)
		}
	}
}
