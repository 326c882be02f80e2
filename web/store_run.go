// The store's part about the run (runState) and its verbs: training,
// pausing and resetting it.

package web

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
	divergedAt  *nn.DivergedError // when diverged: what, when and with which learning rate, for divergedText
	resetNotice string            // catalog key of the reason the network was rebuilt
	loaded      bool              // the worker has reported at least once

	// Live changes (store.tune): the settings the current run started
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
	lastSnap float64 // performance.now() of the last topicSnapshot while running
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

// resetNet builds a fresh network from the same settings (same seed: same
// start). Call it inside ctx.Dispatch.
func resetNet(st *store) {
	if st.exercise.Params() != nil {
		// Back to the starting weights of the link or exercise, which
		// wire.Reset would replace by the seed's.
		st.load(st.data.settings, st.exercise.Params(), false)
	} else {
		st.send(&wire.Reset{})
	}
	st.exercise.edited = false
	st.run.running = false
	st.run.diverged = false
	st.run.otherErr = ""
	st.run.resetNotice = ""
	st.run.history = st.run.history[:0]
	st.paint.dirty = dirtyAll
	st.notify(topicRun | topicStats)
}

// rollback asks the worker to go back to the coach's last good epoch;
// RollbackLower and RollbackClip change the settings the page shows as the
// worker does. Call it from an event handler.
func rollback(st *store, how wire.RollbackHow) {
	if st.run.exploded == nil {
		return
	}
	e := *st.run.exploded
	switch how {
	case wire.RollbackLower:
		st.data.settings.Model.LearningRate = e.LearningRate / 10
	case wire.RollbackClip:
		st.data.settings.Model.ClipNorm = 1
	}
	if how != wire.RollbackBack && st.run.FirstTune() < 0 {
		st.run.firstTune = e.LastGood // the run no longer has one set of settings
	}
	st.send(&wire.Rollback{How: how})
	st.run.exploded, st.run.stopped = nil, nil
	st.lessonChange(e.LastGood, false)
	st.lessonEvent(guide.RolledBack)
	saveSession(st)
	st.notify(topicRun | topicData)
}

// toggleTrain starts or pauses training. Call it inside ctx.Dispatch.
func toggleTrain(st *store) {
	if st.data.summary == nil {
		// Not loaded yet: the click is kept (or a second one takes it
		// back), and trainIfAsked honours it when the data is loaded.
		st.run.trainWhenReady = !st.run.TrainWhenReady()
		st.notify(topicRun)
		return
	}
	if st.run.Running() {
		st.send(&wire.Pause{})
		st.run.running = false
	} else {
		st.send(&wire.Train{})
		st.run.running = true
		st.heard() // the watchdog counts from the start of the run
		st.run.diverged = false
		st.run.stopped = nil // a new run: the worker words its own stop
	}
	st.notify(topicRun)
}

// stepOnce trains one epoch. Call it inside ctx.Dispatch.
func stepOnce(st *store) { stepN(st, 1) }

// stepN trains n epochs (#step with #step-epochs; training stops earlier
// when the coach or a stop rule stops it). Call it inside ctx.Dispatch.
func stepN(st *store, n int) {
	if st.data.summary == nil {
		return
	}
	if st.run.Running() {
		st.send(&wire.Pause{})
		st.run.running = false
		st.notify(topicRun)
	}
	st.send(&wire.Step{Epochs: max(1, n)})
	if st.run.Stopped() != nil {
		st.run.stopped = nil // a new run: the worker words its own stop
		st.notify(topicRun)
	}
}

// trainPressed reports whether #train shows pressed: training, or asked
// for before the data was loaded.
func (s *store) trainPressed() bool { return s.run.Running() || s.run.TrainWhenReady() }

// trainIfAsked starts the training that a click on Train asked for before
// the first data set was loaded (here or in boot.js). Call it inside
// ctx.Dispatch, with the data loaded.
func trainIfAsked(st *store) {
	if st.run.TrainWhenReady() && st.data.summary != nil {
		st.run.trainWhenReady = false
		if !st.run.Running() {
			toggleTrain(st)
		}
	}
}

// setStepEpochs sets how many epochs a click on #step trains.
func (s *store) setStepEpochs(n int) { s.run.stepEpochs = n }

// setSpeed sets the training speed, in epochs a second (0: as fast as it
// goes), and tells the trainer.
func (s *store) setSpeed(v float64) {
	s.run.speed = v
	s.send(&wire.SetSpeed{EpochsPerSec: v})
}

// trainAsked notes that Train was clicked before the page ran (boot.js),
// so that training starts once the first data set is loaded.
func (s *store) trainAsked(asked bool) { s.run.trainWhenReady = asked }

// dismissReset hides the reset notice and forgets its undo.
func (s *store) dismissReset() { s.run.resetNotice, s.run.undo = "", nil }

// defaultSpeed shows learning as it happens: about five epochs a frame,
// where "as fast as possible" solves the circle before the eye can follow.
const defaultSpeed = 300
