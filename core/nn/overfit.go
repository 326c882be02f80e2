package nn

// OverfitWindow is the number of recent epochs whose slope the overfitting
// watch fits, and the fewest epochs the held-out loss must have spent
// since its minimum before a rise above it counts.
const OverfitWindow = 20

// overfitMinRise is the smallest rise of the held-out loss over the window,
// relative to its mean, that counts as rising; below it the curve is flat
// and the notice would flicker with the noise of mini-batches.
const overfitMinRise = 0.005

// OverfitRise is how far above its minimum the held-out loss must be, as a
// share of the minimum, for a slow rise to count as overfitting: with 0.2,
// a test loss that fell to 0.24 and climbed past 0.288 while the training
// loss fell.
const OverfitRise = 0.2

// OverfitWatch watches a held-out loss (validation, or test when there is no
// validation split) against the training loss, epoch by epoch, and reports
// overfitting: the held-out loss rising while the training loss does not.
// It has two rules, either of which raises the notice:
//
//   - fast: over the last OverfitWindow epochs the least-squares line
//     through the held-out loss rises by at least 0.5 % of its mean, while
//     the training loss's line rises by less than a quarter as much (or
//     falls). Once raised, any rise keeps it.
//   - slow: the held-out loss stands more than OverfitRise above its
//     minimum, reached at least OverfitWindow epochs ago, while the
//     training loss is below what it was at that minimum.
//
// Once raised, by either rule, the notice stays while the held-out loss
// stands more than OverfitRise/2 above its minimum and the training loss
// below its value then.
//
// The slow rule catches a run like iris trained for 20,000 epochs, whose test
// loss climbs from 0.24 to 0.37 too slowly for any window to see. The zero
// value is ready to use.
type OverfitWatch struct {
	train, test []float64 // the most recent losses, at most 2·OverfitWindow
	fast, slow  bool
	n           int     // epochs added
	best        float64 // lowest held-out loss
	bestAt      int     // the epoch (count of Adds) it was reached at
	trainAtBest float64 // the training loss then
}

// Add records one epoch's training and held-out losses and reports
// whether the notice is on after it.
func (w *OverfitWatch) Add(train, test float64) bool {
	if len(w.train) >= 2*OverfitWindow {
		n := copy(w.train, w.train[len(w.train)-OverfitWindow+1:])
		w.train = w.train[:n]
		n = copy(w.test, w.test[len(w.test)-OverfitWindow+1:])
		w.test = w.test[:n]
	}
	wasOn := w.On()
	w.train = append(w.train, train)
	w.test = append(w.test, test)
	w.fast = overfitting(w.train, w.test, OverfitWindow, w.fast)
	w.n++
	if w.n == 1 || test < w.best {
		w.best, w.bestAt, w.trainAtBest = test, w.n, train
	}
	above := func(rise float64) bool { return w.best > 0 && test > w.best*(1+rise) && train < w.trainAtBest }
	// Raised (by either rule), it stays while the loss stands above half
	// the rise, so that the notice does not flicker with the fast rule.
	w.slow = w.n-w.bestAt >= OverfitWindow && above(OverfitRise) || (w.slow || wasOn) && above(OverfitRise/2)
	return w.On()
}

// On reports whether the notice is on after the newest epoch.
func (w *OverfitWatch) On() bool { return w.fast || w.slow }

// Best returns the lowest held-out loss so far and the number of epochs
// added when it was reached (1 for the first).
func (w *OverfitWatch) Best() (loss float64, at int) { return w.best, w.bestAt }

// Reset forgets every epoch.
func (w *OverfitWatch) Reset() {
	*w = OverfitWatch{train: w.train[:0], test: w.test[:0]}
}

// overfitting reports whether, over the last window epochs, the test loss
// has been rising while the train loss has not: falling, flat (it often
// sits near zero once a network has memorised its data), or rising by less
// than a quarter as much. train and test hold one loss per epoch, oldest
// first; with fewer than window epochs, or window < 3, it reports false.
//
// Rising is judged on the least-squares line through each window rather
// than on its end points, so one noisy epoch neither raises nor clears the
// notice. To be raised, the test line must rise across the window by at
// least overfitMinRise of the mean test loss; once raised (on), any rise
// keeps it, so that it does not flicker while the test loss creeps up.
func overfitting(train, test []float64, window int, on bool) bool {
	if window < 3 || len(train) < window || len(test) < window {
		return false
	}
	trSlope, _ := slope(train[len(train)-window:])
	teSlope, teMean := slope(test[len(test)-window:])
	trRise := trSlope * float64(window-1)
	teRise := teSlope * float64(window-1)
	need := overfitMinRise * teMean
	if on {
		need = 0
	}
	return teMean > 0 && teRise > need && trRise < teRise/4
}

// slope returns the slope per step of the least-squares line through
// (i, y[i]), and the mean of y. y has at least two elements.
//
//	b = Σ (i - ī)(yᵢ - ȳ) / Σ (i - ī)²
func slope(y []float64) (b, mean float64) {
	n := float64(len(y))
	mx := (n - 1) / 2
	for _, v := range y {
		mean += v
	}
	mean /= n
	var sxy, sxx float64
	for i, v := range y {
		dx := float64(i) - mx
		sxy += dx * (v - mean)
		sxx += dx * dx
	}
	return sxy / sxx, mean
}
