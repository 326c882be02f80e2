package baseline

// RidgeAlpha is the ridge penalty α of Fit for regression, sklearn's
// Ridge default. The inputs are z-scores (or min-max scaled), so one α
// suits every column.
const RidgeAlpha = 1.0

// fitRidge returns the weights w (d) and the intercept b minimizing
// ‖y − Xw − b‖² + α‖w‖² over the n rows of x (row-major n×d) and y: with
// x̄, ȳ the column means, w solves (XcᵀXc + αI)·w = Xcᵀ(y − ȳ), where Xc is
// x with x̄ subtracted, and b = ȳ − x̄ᵀw.
func fitRidge(x, y []float64, n, d int, alpha float64) (w []float64, b float64, err error) {
	mean := make([]float64, d)
	var ybar float64
	for i := range n {
		row := x[i*d : i*d+d]
		for j, v := range row {
			mean[j] += v
		}
		ybar += y[i]
	}
	for j := range mean {
		mean[j] /= float64(n)
	}
	ybar /= float64(n)
	a := make([]float64, d*d) // lower triangle of XcᵀXc + αI
	w = make([]float64, d)    // Xcᵀ(y − ȳ), then the solution
	xc := make([]float64, d)
	for i := range n {
		row := x[i*d : i*d+d]
		for j, v := range row {
			xc[j] = v - mean[j]
		}
		r := y[i] - ybar
		for j, v := range xc {
			if v == 0 {
				continue
			}
			w[j] += v * r
			aj := a[j*d : j*d+j+1]
			for k, u := range xc[:j+1] {
				aj[k] += v * u
			}
		}
	}
	for j := range d {
		a[j*d+j] += alpha
	}
	if err := cholesky(a, d); err != nil {
		return nil, 0, err
	}
	cholSolve(a, d, w)
	b = ybar
	for j, v := range w {
		b -= mean[j] * v
	}
	return w, b, nil
}
