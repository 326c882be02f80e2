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
	// PatienceShare > 0 lets patience grow with the run: training stops
	// after max(Patience, PatienceShare × epochs trained) epochs without a
	// new lowest loss, so that a long run is not cut off by the noise of a
	// few epochs. The epochs trained count every epoch the Stopper
	// checked, those of a run resumed after a stop too (Stopper.Resume).
	PatienceShare float64 `json:"patienceShare,omitempty"`
	// MinUpdates > 0 is the least training before early stopping: no
	// patience stop before that many batch updates (epochs trained ×
	// batches per epoch). A small table has few batches per epoch.
	MinUpdates int `json:"minUpdates,omitempty"`
	// MinDelta > 0 is the least improvement that counts for patience: a
	// loss is a new lowest one only when it is below the previous lowest
	// by more than MinDelta × the loss the Stopper started from (the
	// weights restored are still those of the lowest loss).
	MinDelta float64 `json:"minDelta,omitempty"`
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
	case !(r.PatienceShare >= 0 && r.PatienceShare <= 10):
		return fmt.Errorf("nn: patience share %v must be 0 (off) to 10", r.PatienceShare)
	case r.MinUpdates < 0 || r.MinUpdates > 1e9:
		return fmt.Errorf("nn: minimum updates %d must be 0 (off) to 1,000,000,000", r.MinUpdates)
	case !(r.MinDelta >= 0 && r.MinDelta < 1):
		return fmt.Errorf("nn: minimum improvement %v must be 0 (off) to below 1", r.MinDelta)
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
	StopPatience     StopReason = iota // early stopping: no new lowest validation loss for Patience epochs (or the share of the run, PatienceShare)
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
	// Since is the epoch the run that stopped started from: 0, or where
	// training resumed after an earlier stop (Stopper.Resume).
	Since int `json:"since,omitempty"`
	// Waited is, for a patience stop, the epochs since the last
	// improvement that counted (by more than MinDelta) or the start of the
	// run.
	Waited int `json:"waited,omitempty"`
}

func (s *Stop) String() string {
	var why string
	switch s.Reason {
	case StopPatience:
		why = fmt.Sprintf("early stopping: the %s loss has not improved for %d epochs", s.Monitored, s.Waited)
		if s.Best == s.Epoch {
			// Still falling, by less than the rules' least improvement.
			why = fmt.Sprintf("early stopping: the %s loss has fallen by less than the least improvement that counts for %d epochs", s.Monitored, s.Waited)
		}
	case StopTargetLoss:
		why = fmt.Sprintf("the %s loss reached its target", s.Monitored)
	case StopTargetMetric:
		why = fmt.Sprintf("the %s metric reached its target", s.Monitored)
	case StopMaxEpochs:
		why = "the epoch limit"
	}
	msg := fmt.Sprintf("stopped at epoch %d (%s); the lowest %s loss, %.6g, was at epoch %d", s.Epoch, why, s.Monitored, s.BestLoss, s.Best)
	if s.Since > 0 {
		msg = fmt.Sprintf("resumed at epoch %d and %s", s.Since, msg)
	}
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
	best     float64 // the lowest monitored loss
	bestAt   int     // its epoch
	bestCkpt Checkpoint
	mark     float64 // the loss patience measures improvements from
	markAt   int     // the epoch of the last improvement by more than MinDelta
	scale    float64 // the loss the stopper started from (MinDelta's unit)
	trained  int     // epochs checked, over every run
	since    int     // the epoch the current run started from
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

// Reset makes the trainer's current epoch the best one and starts the
// count of epochs trained again.
func (s *Stopper) Reset() {
	s.best, _ = s.monitored(s.t.Stats())
	s.bestAt = s.t.epoch
	s.mark, s.markAt, s.scale = s.best, s.bestAt, math.Abs(s.best)
	s.trained, s.since = 0, s.t.epoch
	if s.r.RestoreBest {
		s.t.Save(&s.bestCkpt)
	}
}

// Resume starts a new run under the same rules after a stop, from the
// trainer's current epoch (the best one when its weights were restored):
// the lowest loss and the epochs trained so far are kept, and patience
// counts from here. With PatienceShare the new run waits longer than the
// last for a new lowest loss, since more epochs were trained.
func (s *Stopper) Resume() {
	s.since = s.t.epoch
	if s.t.epoch < s.markAt { // the trainer went back (a rollback)
		s.markAt = s.t.epoch
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

// patient reports whether the patience rule lets training go on at
// epoch e: before MinUpdates, or less than max(Patience,
// PatienceShare × epochs trained) epochs after the last improvement by
// more than MinDelta (or the start of the run, if later).
func (s *Stopper) patient(e int) bool {
	if s.r.MinUpdates > 0 && s.trained*s.t.Batches() < s.r.MinUpdates {
		return true
	}
	wait := max(s.r.Patience, int(math.Ceil(s.r.PatienceShare*float64(s.trained))))
	return e-max(s.markAt, s.since) < wait
}

// Check looks at the epoch the trainer just completed, whose statistics
// are st, and returns nil to train on or the reason to stop. With
// RestoreBest the trainer then holds the best epoch's weights and state,
// bit for bit as they were at that epoch.
func (s *Stopper) Check(st Stats) *Stop {
	s.trained++
	loss, metric := s.monitored(st)
	if loss < s.best {
		s.best, s.bestAt = loss, st.Epoch
		if s.r.RestoreBest {
			s.t.Save(&s.bestCkpt)
		}
	}
	if loss < s.mark-s.r.MinDelta*s.scale {
		s.mark, s.markAt = loss, st.Epoch
	}
	var reason StopReason
	switch {
	case s.r.TargetLoss > 0 && loss <= s.r.TargetLoss:
		reason = StopTargetLoss
	case s.r.TargetMetric > 0 && metric >= s.r.TargetMetric:
		reason = StopTargetMetric
	case s.r.Patience > 0 && !s.patient(st.Epoch):
		reason = StopPatience
	case s.r.MaxEpochs > 0 && st.Epoch >= s.r.MaxEpochs:
		reason = StopMaxEpochs
	default:
		return nil
	}
	stop := &Stop{Reason: reason, Epoch: st.Epoch, Best: s.bestAt, BestLoss: s.best, Monitored: "train", Since: s.since}
	if reason == StopPatience {
		stop.Waited = st.Epoch - max(s.markAt, s.since)
	}
	if s.t.ds.Valid.N > 0 {
		stop.Monitored = "validation"
	}
	if s.r.RestoreBest && s.bestAt != st.Epoch {
		s.t.Restore(&s.bestCkpt)
		stop.Restored = true
	}
	return stop
}
