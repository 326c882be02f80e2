package nn

import (
	"fmt"
	"math"
)

// StopRules say when training stops on its own. The zero value never
// stops.
type StopRules struct {
	// Patience > 0 turns early stopping on: training stops after Patience
	// epochs without a new lowest validation loss (the training loss when
	// the data has no validation split; never the test loss).
	Patience int `json:"patience,omitempty"`
	// RestoreBest puts back, when training stops by any rule, the weights
	// of the epoch with the lowest validation loss (training loss without a
	// validation split).
	RestoreBest bool `json:"restoreBest,omitempty"`
	// TargetLoss > 0 stops training once the validation loss (training
	// loss without a validation split) is at most TargetLoss.
	TargetLoss float64 `json:"targetLoss,omitempty"`
	// TargetMetric > 0 stops training once the validation metric
	// (training metric without a validation split: accuracy, or R² for
	// regression) is at least TargetMetric.
	TargetMetric float64 `json:"targetMetric,omitempty"`
	// MaxEpochs > 0 stops training at that epoch.
	MaxEpochs int `json:"maxEpochs,omitempty"`
}

// Validate reports the first rule of r that cannot be used.
func (r StopRules) Validate() error {
	switch {
	case r.Patience < 0 || r.Patience > 1e6:
		return fmt.Errorf("nn: patience %d must be 0 (off) to 1,000,000 epochs", r.Patience)
	case r.MaxEpochs < 0:
		return fmt.Errorf("nn: epoch limit %d must be 0 (off) or positive", r.MaxEpochs)
	case !(r.TargetLoss >= 0) || math.IsInf(r.TargetLoss, 0):
		return fmt.Errorf("nn: target loss %v must be 0 (off) or a positive number", r.TargetLoss)
	case !(r.TargetMetric >= 0 && r.TargetMetric <= 1):
		return fmt.Errorf("nn: target metric %v must be 0 (off) to 1", r.TargetMetric)
	}
	return nil
}

// StopReason is why training stopped.
type StopReason int

const (
	StopPatience     StopReason = iota // early stopping: no new lowest validation loss for Patience epochs
	StopTargetLoss                     // the loss reached TargetLoss
	StopTargetMetric                   // the metric reached TargetMetric
	StopMaxEpochs                      // the epoch limit
)

var stopNames = [...]string{StopPatience: "patience", StopTargetLoss: "target-loss", StopTargetMetric: "target-metric", StopMaxEpochs: "max-epochs"}

func (r StopReason) String() string               { return name(stopNames[:], int(r)) }
func (r StopReason) MarshalText() ([]byte, error) { return marshal(stopNames[:], int(r)) }
func (r *StopReason) UnmarshalText(b []byte) error {
	return unmarshal(stopNames[:], "stop reason", b, (*int)(r))
}

// Stop is a Stopper's verdict: why and when training stopped, and the best
// epoch (lowest monitored loss), whose weights the trainer holds when
// Restored.
type Stop struct {
	Reason    StopReason `json:"reason"`
	Epoch     int        `json:"epoch"`     // the epoch training stopped at
	Best      int        `json:"best"`      // the epoch of the lowest monitored loss
	BestLoss  float64    `json:"bestLoss"`  // that loss
	Monitored string     `json:"monitored"` // "validation" or "train"
	Restored  bool       `json:"restored"`  // the trainer was put back to epoch Best
}

func (s *Stop) String() string {
	var why string
	switch s.Reason {
	case StopPatience:
		why = fmt.Sprintf("early stopping: the %s loss has not improved for %d epochs", s.Monitored, s.Epoch-s.Best)
	case StopTargetLoss:
		why = fmt.Sprintf("the %s loss reached its target", s.Monitored)
	case StopTargetMetric:
		why = fmt.Sprintf("the %s metric reached its target", s.Monitored)
	case StopMaxEpochs:
		why = "the epoch limit"
	}
	msg := fmt.Sprintf("stopped at epoch %d (%s); the lowest %s loss, %.6g, was at epoch %d", s.Epoch, why, s.Monitored, s.BestLoss, s.Best)
	if s.Restored {
		msg += "; its weights are restored"
	}
	return msg
}

// Stopper applies StopRules to a trainer, epoch by epoch, and keeps the
// best epoch's checkpoint when RestoreBest is on.
type Stopper struct {
	t        *Trainer
	r        StopRules
	best     float64
	bestAt   int
	bestCkpt Checkpoint
}

// NewStopper returns a stopper for t whose best epoch is t's current one.
// It panics if r is not valid (see StopRules.Validate).
func NewStopper(t *Trainer, r StopRules) *Stopper {
	if err := r.Validate(); err != nil {
		panic(err)
	}
	s := &Stopper{t: t, r: r}
	s.Reset()
	return s
}

// Reset makes the trainer's current epoch the best one.
func (s *Stopper) Reset() {
	s.best, _ = s.monitored(s.t.Stats())
	s.bestAt = s.t.epoch
	if s.r.RestoreBest {
		s.t.Save(&s.bestCkpt)
	}
}

// monitored returns the loss and metric the rules watch: validation, or
// training when there is no validation split.
func (s *Stopper) monitored(st Stats) (loss, metric float64) {
	if s.t.ds.Valid.N > 0 {
		return st.ValidLoss, st.ValidMetric
	}
	return st.TrainLoss, st.TrainMetric
}

// Check looks at the epoch the trainer just completed, whose statistics
// are st, and returns nil to train on or the reason to stop. With
// RestoreBest the trainer then holds the best epoch's weights and state,
// bit for bit as they were at that epoch.
func (s *Stopper) Check(st Stats) *Stop {
	loss, metric := s.monitored(st)
	if loss < s.best {
		s.best, s.bestAt = loss, st.Epoch
		if s.r.RestoreBest {
			s.t.Save(&s.bestCkpt)
		}
	}
	var reason StopReason
	switch {
	case s.r.TargetLoss > 0 && loss <= s.r.TargetLoss:
		reason = StopTargetLoss
	case s.r.TargetMetric > 0 && metric >= s.r.TargetMetric:
		reason = StopTargetMetric
	case s.r.Patience > 0 && st.Epoch-s.bestAt >= s.r.Patience:
		reason = StopPatience
	case s.r.MaxEpochs > 0 && st.Epoch >= s.r.MaxEpochs:
		reason = StopMaxEpochs
	default:
		return nil
	}
	stop := &Stop{Reason: reason, Epoch: st.Epoch, Best: s.bestAt, BestLoss: s.best, Monitored: "train"}
	if s.t.ds.Valid.N > 0 {
		stop.Monitored = "validation"
	}
	if s.r.RestoreBest && s.bestAt != st.Epoch {
		s.t.Restore(&s.bestCkpt)
		stop.Restored = true
	}
	return stop
}
