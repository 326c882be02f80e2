// The store's part about the run (runState) and its verbs: training,
// pausing and resetting it.

package state

import (
	"github.com/nnplayground/playground/core/exercise/guide"
	"github.com/nnplayground/playground/core/nn"
	"github.com/nnplayground/playground/core/session"
	"github.com/nnplayground/playground/core/session/view"
	"github.com/nnplayground/playground/core/wire"
)

// runState is the store's part about the run: what the trainer reported
// (the history, the network, its maps and its verdicts), the settings the
// run started with and its live changes, and the speed. The store changes
// it (apply and its kin in store.go, the verbs below, tune.go); the
// components read it through its methods.
type runState struct {
	history     []nn.Stats
	net         *nn.Network
	heat        *view.Heatmap
	curve       *view.Curve // a one-input regression's function (no heatmap then)
	confusion   [][]int
	scatter     [][2]float64
	running     bool
	diverged    bool
	notices     []nn.Notice        // the coach's active notices
	exploded    *session.Explosion // the coach stopped training; its buttons roll back
	explodedMsg string             // the engine's explanation of it, in English
	stopped     *nn.Stop           // a stop rule ended training (shown until the next load)
	overfitting bool
	otherErr    string            // any other error from the worker
	divergedAt  *nn.DivergedError // when diverged: what, when and with which learning rate, for DivergedText
	resetNotice string            // catalog key of the reason the network was rebuilt
	loaded      bool              // the worker has reported at least once

	// Live changes (Store.Tune): the settings the current run started
	// with, and the epoch at which a setting was first changed while it
	// trained (-1: never), so that an exercise's code replays only runs
	// that used one set of settings.
	runSettings session.Settings
	firstTune   int
	// tunedAt is the epoch from which the last live change trains (-1:
	// none since the network was built), said by a notice.
	tunedAt int
	// undo holds the settings before the last change that needed a new
	// network, offered back by the reset notice.
	undo *session.Settings

	speed      float64
	stepEpochs int // epochs a click on #step trains (#step-epochs)
	// trainWhenReady: Train was clicked before the first data set was
	// loaded (controls.go, boot.go); the training starts when it is.
	trainWhenReady bool

	// loads counts the sessions the trainer has built (#data-summary's
	// data-loads), so that a script can tell a new one from the last.
	loads int
	// rests counts the trainer's snapshots at rest (Running false: the
	// answer to a pause or a step, or a stop), written with the numbers
	// they bring into #epoch's data-rests by the frame loop, so that a
	// script can tell when training has come to rest and at which epoch.
	rests    int
	lastSnap float64 // performance.now() of the last TopicSnapshot while running
}

// History is the epochs reported since the network was built.
func (r *runState) History() []nn.Stats { return r.history }

// Net is the network as last reported (nil before the first report).
func (r *runState) Net() *nn.Network { return r.net }

// Heat is the output's and the units' heatmaps (nil when the task has none).
func (r *runState) Heat() *view.Heatmap { return r.heat }

// Curve is a one-input regression's function (nil otherwise).
func (r *runState) Curve() *view.Curve { return r.curve }

// Confusion is the test split's confusion matrix (nil when none).
func (r *runState) Confusion() [][]int { return r.confusion }

// Scatter is the predicted against the true values of a regression.
func (r *runState) Scatter() [][2]float64 { return r.scatter }

// Running is whether the trainer trains.
func (r *runState) Running() bool { return r.running }

// Diverged is whether training diverged, and the engine's account of it.
func (r *runState) Diverged() (bool, *nn.DivergedError) { return r.diverged, r.divergedAt }

// Notices are the coach's active notices.
func (r *runState) Notices() []nn.Notice { return r.notices }

// Exploded is the coach's explosion that stopped training (nil: none) and
// the engine's explanation of it, in English.
func (r *runState) Exploded() (*session.Explosion, string) { return r.exploded, r.explodedMsg }

// Stopped is the stop rule that ended training (nil: none since the load).
func (r *runState) Stopped() *nn.Stop { return r.stopped }

// Overfitting is whether #overfitting shows.
func (r *runState) Overfitting() bool { return r.overfitting }

// OtherErr is the worker's last error that is not the data's ("" when none).
func (r *runState) OtherErr() string { return r.otherErr }

// ResetNotice is the catalog key of the reason the network was rebuilt
// ("" when none), and the settings before the change, which it offers back.
func (r *runState) ResetNotice() (key string, undo *session.Settings) { return r.resetNotice, r.undo }

// Loaded is whether the worker has reported at least once.
func (r *runState) Loaded() bool { return r.loaded }

// FirstTune is the epoch at which a setting was first changed while the
// run trained (-1: never).
func (r *runState) FirstTune() int { return r.firstTune }

// TunedAt is the epoch from which the last live change trains (-1: none
// since the network was built).
func (r *runState) TunedAt() int { return r.tunedAt }

// Speed is the training speed asked for, in epochs a second.
func (r *runState) Speed() float64 { return r.speed }

// StepEpochs is how many epochs a click on #step trains.
func (r *runState) StepEpochs() int { return r.stepEpochs }

// TrainWhenReady is whether Train was clicked before the first data set
// was loaded.
func (r *runState) TrainWhenReady() bool { return r.trainWhenReady }

// Counts are the sessions the trainer built and its snapshots at rest.
func (r *runState) Counts() (loads, rests int) { return r.loads, r.rests }

// ResetNet builds a fresh network from the same settings (same seed: same
// start). Call it inside ctx.Dispatch.
func ResetNet(st *Store) {
	if st.Exercise.Params() != nil {
		// Back to the starting weights of the link or exercise, which
		// wire.Reset would replace by the seed's.
		st.Load(st.Data.settings, st.Exercise.Params(), false)
	} else {
		st.send(&wire.Reset{})
	}
	st.Exercise.edited = false
	st.Run.running = false
	st.Run.diverged = false
	st.Run.otherErr = ""
	st.Run.resetNotice = ""
	st.Run.history = st.Run.history[:0]
	st.Paint.dirty = DirtyAll
	st.Notify(TopicRun | TopicStats)
}

// rollback asks the worker to go back to the coach's last good epoch;
// RollbackLower and RollbackClip change the settings the page shows as the
// worker does. Call it from an event handler.
func Rollback(st *Store, how wire.RollbackHow) {
	if st.Run.exploded == nil {
		return
	}
	e := *st.Run.exploded
	switch how {
	case wire.RollbackLower:
		st.Data.settings.Model.LearningRate = e.LearningRate / 10
	case wire.RollbackClip:
		st.Data.settings.Model.ClipNorm = 1
	}
	if how != wire.RollbackBack && st.Run.FirstTune() < 0 {
		st.Run.firstTune = e.LastGood // the run no longer has one set of settings
	}
	st.send(&wire.Rollback{How: how})
	st.Run.exploded, st.Run.stopped = nil, nil
	st.lessonChange(e.LastGood, false)
	st.LessonEvent(guide.RolledBack)
	saveSession(st)
	st.Notify(TopicRun | TopicData)
}

// ToggleTrain starts or pauses training. Call it inside ctx.Dispatch.
func ToggleTrain(st *Store) {
	if st.Data.summary == nil {
		// Not loaded yet: the click is kept (or a second one takes it
		// back), and trainIfAsked honours it when the data is loaded.
		st.Run.trainWhenReady = !st.Run.TrainWhenReady()
		st.Notify(TopicRun)
		return
	}
	if st.Run.Running() {
		st.send(&wire.Pause{})
		st.Run.running = false
	} else {
		st.send(&wire.Train{})
		st.Run.running = true
		st.heard() // the watchdog counts from the start of the run
		st.Run.diverged = false
		st.Run.stopped = nil // a new run: the worker words its own stop
	}
	st.Notify(TopicRun)
}

// StepOnce trains one epoch. Call it inside ctx.Dispatch.
func StepOnce(st *Store) { StepN(st, 1) }

// StepN trains n epochs (#step with #step-epochs; training stops earlier
// when the coach or a stop rule stops it). Call it inside ctx.Dispatch.
func StepN(st *Store, n int) {
	if st.Data.summary == nil {
		return
	}
	if st.Run.Running() {
		st.send(&wire.Pause{})
		st.Run.running = false
		st.Notify(TopicRun)
	}
	st.send(&wire.Step{Epochs: max(1, n)})
	if st.Run.Stopped() != nil {
		st.Run.stopped = nil // a new run: the worker words its own stop
		st.Notify(TopicRun)
	}
}

// trainPressed reports whether #train shows pressed: training, or asked
// for before the data was loaded.
func (s *Store) TrainPressed() bool { return s.Run.Running() || s.Run.TrainWhenReady() }

// trainIfAsked starts the training that a click on Train asked for before
// the first data set was loaded (here or in boot.js). Call it inside
// ctx.Dispatch, with the data loaded.
func trainIfAsked(st *Store) {
	if st.Run.TrainWhenReady() && st.Data.summary != nil {
		st.Run.trainWhenReady = false
		if !st.Run.Running() {
			ToggleTrain(st)
		}
	}
}

// setStepEpochs sets how many epochs a click on #step trains.
func (s *Store) SetStepEpochs(n int) { s.Run.stepEpochs = n }

// setSpeed sets the training speed, in epochs a second (0: as fast as it
// goes), and tells the trainer.
func (s *Store) SetSpeed(v float64) {
	s.Run.speed = v
	s.send(&wire.SetSpeed{EpochsPerSec: v})
}

// trainAsked notes that Train was clicked before the page ran (boot.js),
// so that training starts once the first data set is loaded.
func (s *Store) trainAsked(asked bool) { s.Run.trainWhenReady = asked }

// dismissReset hides the reset notice and forgets its undo.
func (s *Store) DismissReset() { s.Run.resetNotice, s.Run.undo = "", nil }

// defaultSpeed shows learning as it happens: about five epochs a frame,
// where "as fast as possible" solves the circle before the eye can follow.
const defaultSpeed = 300
