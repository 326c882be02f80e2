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

// backSeq is the reference for the unrolled backward kernels: row by row,
// gw += dz·aᵀ, gb += dz, and da = Wᵀ·dz summed over the outputs in order.
func backSeq(gw, gb, w, a, dz, da []float64, in int) {
	out := len(gb)
	for k := 0; k*in < len(a); k++ {
		ar, d := a[k*in:k*in+in], dz[k*out:k*out+out]
		for j, dj := range d {
			gb[j] += dj
			for i, v := range ar {
				gw[j*in+i] += dj * v
			}
		}
		if da == nil {
			continue
		}
		for i := range in {
			var s float64
			for j, dj := range d {
				s += w[j*in+i] * dj
			}
			da[k*in+i] = s
		}
	}
}

// The unrolled kernels give the same bits as the reference loops, for
// every input width they cover and past it, for one row and for blocks.
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
		t.Helper()
		for i := range a {
			if math.Float64bits(a[i]) != math.Float64bits(b[i]) {
				t.Fatalf("width %d: %s[%d] = %v from the kernel, %v from the reference", in, what, i, a[i], b[i])
			}
		}
	}
	for in := 1; in <= maxKernelWidth+3; in++ {
		for _, out := range []int{1, 3, 6, 8, 13} {
			for _, m := range []int{1, 2, 5} {
				w, b, x, dz := vec(in*out), vec(out), vec(m*in), vec(m*out)
				z1, z2 := make([]float64, m*out), make([]float64, m*out)
				dense(z1, w, b, x)
				if in <= maxKernelWidth {
					for k := range m {
						denseSeq(z2[k*out:k*out+out], w, b, x[k*in:k*in+in])
					}
				} else {
					for k := range m {
						denseLoop(z2[k*out:k*out+out], w, b, x[k*in:k*in+in])
					}
				}
				same("z", in, z1, z2)

				g0, gb0 := vec(in*out), vec(out)
				gw1, gb1, da1 := append([]float64(nil), g0...), append([]float64(nil), gb0...), make([]float64, m*in)
				gw2, gb2, da2 := append([]float64(nil), g0...), append([]float64(nil), gb0...), make([]float64, m*in)
				backKernel(in)(gw1, gb1, w, x, dz, da1)
				backSeq(gw2, gb2, w, x, dz, da2, in)
				same("gw", in, gw1, gw2)
				same("gb", in, gb1, gb2)
				same("da", in, da1, da2)
				gw3 := append([]float64(nil), g0...)
				backKernel(in)(gw3, append([]float64(nil), gb0...), w, x, dz, nil)
				same("gw without da", in, gw3, gw2)
			}
		}
	}
}
