package main

// overfitWindow is the number of recent epochs that overfitting looks at.
const overfitWindow = 20

// overfitMinRise is the smallest rise of the test loss over the window,
// relative to its mean, that counts as rising; below it the curve is flat and
// the notice would flicker with the noise of mini-batches.
const overfitMinRise = 0.005

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

// lossWindow keeps the train and test losses of the most recent epochs for
// overfitting, and whether the notice is on.
type lossWindow struct {
	train, test []float64
	on          bool
}

// add appends one epoch's losses, keeping at most 2·overfitWindow entries.
func (w *lossWindow) add(train, test float64) {
	if len(w.train) >= 2*overfitWindow {
		n := copy(w.train, w.train[len(w.train)-overfitWindow+1:])
		w.train = w.train[:n]
		n = copy(w.test, w.test[len(w.test)-overfitWindow+1:])
		w.test = w.test[:n]
	}
	w.train = append(w.train, train)
	w.test = append(w.test, test)
	w.on = overfitting(w.train, w.test, overfitWindow, w.on)
}

// reset forgets every epoch.
func (w *lossWindow) reset() {
	w.train = w.train[:0]
	w.test = w.test[:0]
	w.on = false
}

// overfitting reports whether the notice is on after the newest epoch.
func (w *lossWindow) overfitting() bool { return w.on }
