package nn

import (
	"fmt"
	"math/rand/v2"
	"testing"

	"gonum.org/v1/gonum/mat"
)

var denseSink float64

// BenchmarkDense compares one layer's forward product, z = W·x + b, done
// three ways: gonum's mat.VecDense.MulVec, the plain loop, and the unrolled
// kernel. It is why network.go uses plain loops and kernels, not gonum, for
// the small layers of a playground.
func BenchmarkDense(b *testing.B) {
	for _, n := range []int{2, 8, 16, 64} {
		rng := rand.New(rand.NewPCG(1, 2))
		w, x, bias, z := make([]float64, n*n), make([]float64, n), make([]float64, n), make([]float64, n)
		for i := range w {
			w[i] = rng.NormFloat64()
		}
		for i := range x {
			x[i] = rng.NormFloat64()
		}
		W, X, Z := mat.NewDense(n, n, w), mat.NewVecDense(n, x), mat.NewVecDense(n, z)
		B := mat.NewVecDense(n, bias)
		b.Run(fmt.Sprintf("gonum-%d", n), func(b *testing.B) {
			for b.Loop() {
				Z.MulVec(W, X)
				Z.AddVec(Z, B)
			}
			denseSink += z[0]
		})
		b.Run(fmt.Sprintf("loop-%d", n), func(b *testing.B) {
			for b.Loop() {
				denseLoop(z, w, bias, x)
			}
			denseSink += z[0]
		})
		b.Run(fmt.Sprintf("kernel-%d", n), func(b *testing.B) {
			for b.Loop() {
				dense(z, w, bias, x)
			}
			denseSink += z[0]
		})
	}
}
