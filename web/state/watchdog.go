package state

import (
	"github.com/nnplayground/playground/core/wire"
)
import "github.com/maxence-charriere/go-app/v9/pkg/app"

// slowAfter is how long (ms) training may go without a report from the
// trainer worker before the page says so and offers to stop: an epoch of
// nn.MaxEpochWork takes about 2 s in the worker on a school laptop.
const slowAfter = 3000

// trainerHealth is the trainer worker's health as the page sees it: the
// watchdog's time of the last report and its verdict, and the restarts
// after a worker died with the notice that says why. The store changes it
// (heard, watch, trainerDied, applyLoaded); the notices and the controls
// read it through Slow and RestartMsg.
type trainerHealth struct {
	lastHeard      float64 // performance.now() of the trainer's last report (0: none)
	slow           bool    // training has been silent past slowAfter
	restarts       int     // workers started after the first died
	restartMsg     string  // why, until the next load the user makes ("" when none)
	restartLoading bool    // the pending load is the restart's
}

// Slow is whether training has been silent past slowAfter.
func (h *trainerHealth) Slow() bool { return h.slow }

// RestartMsg says why the trainer was restarted (or could not be); "" when
// it was not, or once the user made a load of their own or dismissed it.
func (h *trainerHealth) RestartMsg() string { return h.restartMsg }

// dismissRestart hides the restart's notice.
func (s *Store) DismissRestart() { s.Health.restartMsg = "" }

// heard notes that the trainer worker reported (or that a run starts):
// the watchdog counts from here.
func (s *Store) heard() {
	if !app.IsClient {
		return
	}
	s.Health.lastHeard = app.Window().Get("performance").Call("now").Float()
	if s.Health.slow {
		s.Health.slow = false
		s.Notify(TopicRun)
	}
}

// watch, called every frame, raises the slow-training notice (#slow-note)
// when training has gone slowAfter (or window.nnSlowAfter ms, which the
// browser tests set) without a report. The worker still
// finishes its epoch; Stop pauses it after that epoch.
func (s *Store) Watch() {
	if !s.Run.running || s.Health.slow || s.Health.lastHeard == 0 {
		return
	}
	after := float64(slowAfter)
	if v := app.Window().Get("nnSlowAfter"); v.Type() == app.TypeNumber { // tests shorten it
		after = v.Float()
	}
	if app.Window().Get("performance").Call("now").Float()-s.Health.lastHeard > after {
		s.Health.slow = true
		s.Notify(TopicRun)
	}
}

// maxRestarts bounds the trainer restarts of one page: a trainer that dies
// at every start is not restarted forever.
const maxRestarts = 3

// trainerDied takes the trainer worker's own failure (its Go program
// exited, it could not start, it threw): a new worker is started with the
// last settings it accepted, from epoch 0, and the page says why. A change
// it was building when it died is not applied (it may be the cause).
func (s *Store) trainerDied(msg string) {
	s.Run.running = false
	if s.link != nil {
		s.link.stop()
		s.link = nil
	}
	if s.startTrainer == nil || s.Health.restarts >= maxRestarts {
		s.Health.restartMsg = tf(s.lang, "trainer-dead", msg)
		s.Notify(TopicRun | TopicData)
		return
	}
	s.Health.restarts++
	s.link = s.startTrainer()
	s.pasted = "" // the new worker has no table
	key := "trainer-restarted"
	if s.Data.pending != nil && !s.Health.restartLoading {
		key = "trainer-restarted-lost"
	}
	s.Data.pending = nil
	s.syncReg()
	s.send(&wire.SetSpeed{EpochsPerSec: s.Run.speed})
	s.Load(s.Data.settings, s.Exercise.params, false)
	s.Health.restartLoading = true
	s.Health.restartMsg = tf(s.lang, key, msg)
	s.Notify(TopicRun | TopicData)
}
