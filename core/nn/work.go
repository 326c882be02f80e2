package nn

import "fmt"

// MaxEpochWork bounds the work of one epoch, in multiply-adds
// (EpochWork), checked by NewTrainer before anything is allocated: a link
// of a few hundred characters (100,000 points and two hidden layers of
// 1,024) must not cost minutes per epoch or freeze the page. 1e9 is 74
// times the 64-input digits workload (1,797 rows, 64→32→10, Adam, batch
// 32), about 2 s an epoch in the browser's worker on a school laptop.
const MaxEpochWork = 1e9

// EpochWork returns the multiply-adds of one epoch of training on rows
// rows with layer sizes sizes: a forward and a backward pass per row
// (3 × parameters), and an update of every parameter per batch (batch 0 is
// the full batch), counted 1, 2 or 4 times for SGD, Momentum and
// RMSProp, and Adam.
func EpochWork(sizes []int, rows, batch int, opt OptimizerKind) float64 {
	p := float64(ParamCount(sizes))
	updates := 1.0
	if batch > 0 && rows > 0 {
		updates = float64((rows + batch - 1) / batch)
	}
	f := 1.0
	switch opt {
	case Momentum, RMSProp:
		f = 2
	case Adam:
		f = 4
	}
	return 3*p*float64(rows) + f*p*updates
}

// checkWork returns an ErrTooLarge error when an epoch of training sizes on
// rows rows is past MaxEpochWork.
func checkWork(sizes []int, rows, batch int, opt OptimizerKind) error {
	if w := EpochWork(sizes, rows, batch, opt); w > MaxEpochWork {
		return fmt.Errorf("%w: %d rows through layers %v cost %.3g multiply-adds an epoch; the limit is %.0g (fewer rows or a smaller network)",
			ErrTooLarge, rows, sizes, w, float64(MaxEpochWork))
	}
	return nil
}
