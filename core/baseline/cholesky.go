package baseline

import (
	"errors"
	"math"
)

// errNotPositive is returned by cholesky for a matrix that is not
// symmetric positive definite (to working precision).
var errNotPositive = errors.New("baseline: matrix not positive definite")

// cholesky overwrites the lower triangle of the n×n row-major matrix a
// with L, where a = L·Lᵀ. It reads only the lower triangle.
func cholesky(a []float64, n int) error {
	for j := range n {
		rj := a[j*n : j*n+j+1]
		for i := j; i < n; i++ {
			ri := a[i*n : i*n+j+1]
			s := ri[j]
			for k := range j {
				s -= ri[k] * rj[k]
			}
			if i == j {
				if !(s > 0) {
					return errNotPositive
				}
				s = math.Sqrt(s)
			} else {
				s /= rj[j]
			}
			ri[j] = s
		}
	}
	return nil
}

// cholSolve solves L·Lᵀ·x = b for x in place, with L from cholesky.
func cholSolve(l []float64, n int, b []float64) {
	for i := range n { // L·y = b
		for k := range i {
			b[i] -= l[i*n+k] * b[k]
		}
		b[i] /= l[i*n+i]
	}
	for i := n - 1; i >= 0; i-- { // Lᵀ·x = y
		for k := i + 1; k < n; k++ {
			b[i] -= l[k*n+i] * b[k]
		}
		b[i] /= l[i*n+i]
	}
}
