package web

import "github.com/maxence-charriere/go-app/v9/pkg/app"

// slowAfter is how long (ms) training may go without a report from the
// trainer worker before the page says so and offers to stop: an epoch of
// nn.MaxEpochWork takes about 2 s in the worker on a school laptop.
const slowAfter = 3000

// heard notes that the trainer worker reported (or that a run starts):
// the watchdog counts from here.
func (s *store) heard() {
	if !app.IsClient {
		return
	}
	s.lastHeard = app.Window().Get("performance").Call("now").Float()
	if s.slow {
		s.slow = false
		s.notify(topicRun)
	}
}

// watch, called every frame, raises the slow-training notice (#slow-note)
// when training has gone slowAfter (or window.nnSlowAfter ms, which the
// browser tests set) without a report. The worker still
// finishes its epoch; Stop pauses it after that epoch.
func (s *store) watch() {
	if !s.running || s.slow || s.lastHeard == 0 {
		return
	}
	after := float64(slowAfter)
	if v := app.Window().Get("nnSlowAfter"); v.Type() == app.TypeNumber { // tests shorten it
		after = v.Float()
	}
	if app.Window().Get("performance").Call("now").Float()-s.lastHeard > after {
		s.slow = true
		s.notify(topicRun)
	}
}
