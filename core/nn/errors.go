package nn

import "fmt"

// DivergedError reports that training produced a value that is not a finite
// number. It answers the tutorial's FAQ on NaN losses: what happened, when,
// and what to change.
type DivergedError struct {
	Epoch        int     // the epoch that failed, counting from 1
	What         string  // "loss", "gradient" or "weights"
	Value        float64 // the offending value (NaN or ±Inf)
	LearningRate float64
	Clipped      bool // whether gradient clipping was on
}

func (e *DivergedError) Error() string {
	fix := "lower the learning rate (it is %g), make sure the inputs are normalized, or turn on gradient clipping"
	if e.Clipped {
		fix = "lower the learning rate (it is %g) or make sure the inputs are normalized"
	}
	return fmt.Sprintf("training diverged at epoch %d: the %s became %v. To fix it, "+fix+".",
		e.Epoch, e.What, e.Value, e.LearningRate)
}

func (t *Trainer) diverged(what string, v float64) error {
	return &DivergedError{
		Epoch:        t.epoch + 1,
		What:         what,
		Value:        v,
		LearningRate: t.cfg.LearningRate,
		Clipped:      t.cfg.ClipNorm > 0,
	}
}
