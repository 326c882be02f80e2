// Package baseline fits the simplest model worth comparing a network with:
// a linear one, on the same prepared training rows (a data.Dataset's Train
// split, inputs already normalized, categories one-hot encoded).
//
//   - Regression: ridge regression, min ½‖y − Xw − b‖² + (α/2)‖w‖² (α = 1, as
//     sklearn's Ridge, the intercept not penalized), in closed form: one
//     Newton step solves its normal equations, by a Cholesky factorization.
//   - Two classes: logistic regression, min Σ log(1+e^{−s·z}) + ½‖w‖²/C
//     (C = 1, as sklearn's LogisticRegression), by Newton's method (its
//     steps halved while they overshoot the minimum along their direction).
//   - More classes: one logistic regression per class against the others
//     (one-vs-rest), the class of the largest score predicted.
//
// A logistic fit of a large table (8,192 training rows or more) starts
// from the same fit on a subsample of about 4,096 of its rows, solved
// roughly: a few Newton steps over all the rows then finish (6 where
// from 0 they were 38 on BenchmarkFitMessy: 50,000 rows, four classes).
//
// One solver for all keeps the code small: it runs in the trainer's
// WebAssembly binary, which has a size budget (e2e TestSizeBudgets).
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
