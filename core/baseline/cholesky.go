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
		d := rj[j]
		for k := range j {
			d -= rj[k] * rj[k]
		}
		if !(d > 0) {
			return errNotPositive
		}
		d = math.Sqrt(d)
		rj[j] = d
		for i := j + 1; i < n; i++ {
			ri := a[i*n : i*n+j+1]
			s := ri[j]
			for k := range j {
				s -= ri[k] * rj[k]
			}
			ri[j] = s / d
		}
	}
	return nil
}

// cholSolve solves L·Lᵀ·x = b for x in place, with L from cholesky.
func cholSolve(l []float64, n int, b []float64) {
	for i := range n { // L·y = b
		s := b[i]
		for k := range i {
			s -= l[i*n+k] * b[k]
		}
		b[i] = s / l[i*n+i]
	}
	for i := n - 1; i >= 0; i-- { // Lᵀ·x = y
		s := b[i]
		for k := i + 1; k < n; k++ {
			s -= l[k*n+i] * b[k]
		}
		b[i] = s / l[i*n+i]
	}
}
