// Package baseline fits the simplest model worth comparing a network with:
// a linear one, on the same prepared training rows (a data.Dataset's Train
// split, inputs already normalized, categories one-hot encoded).
//
//   - Regression: ridge regression, the closed form of
//     min ‖y − Xw − b‖² + α‖w‖² (α = 1, the intercept not penalized, as
//     sklearn's Ridge), solved by a Cholesky factorization of the centred
//     normal equations.
//   - Binary classes: logistic regression, min Σ log(1+e^{−s·z}) + ½‖w‖²
//     (C = 1, as sklearn's LogisticRegression), by L-BFGS.
//   - Several classes: multinomial logistic regression (softmax, cross
//     entropy, the same L2 penalty on every class's weights), by L-BFGS.
//
// Fit is deterministic and uses only arithmetic, math.Sqrt and
// core/internal/fmath, so a fit gives the same bits natively and in
// WebAssembly.
//
// # Example
//
//	m, err := baseline.Fit(ds)
//	if err != nil { ... }
//	fmt.Printf("linear model: %.2f\n", m.Score(&ds.Test)) // accuracy, or R²
package baseline
