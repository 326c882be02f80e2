// The trainer's reports folded into the store (store.apply): a new
// session, a snapshot, the coach's verdicts, an error.

package web

import (
	"fmt"
	"slices"
	"strconv"
	"strings"

	"github.com/maxence-charriere/go-app/v9/pkg/app"

	"github.com/nnplayground/playground/core/exercise/guide"
	"github.com/nnplayground/playground/core/nn"
	"github.com/nnplayground/playground/core/session"
	"github.com/nnplayground/playground/core/wire"
)

// apply folds one report of the trainer into the store.
func (s *store) apply(m wire.Message) {
	s.heard()
	defer s.lessonHeard()
	switch r := m.(type) {
	case *wire.Snapshot:
		s.run.loaded = true
		s.applySnapshot(r, s.snapshotTopics(r), false)
		if !r.Running {
			s.run.rests++
			s.paint.dirty |= dirtyHist // the frame loop writes it with the readouts
		}
	case *wire.Loaded:
		s.run.loaded = true
		s.applyLoaded(r)
	case *wire.Reference:
		if s.data.summary != nil { // the loaded session's: Reference follows its Loaded
			s.data.summary.Linear = r.Linear
			s.paint.dirty |= dirtyHist // the metric chart's line
			s.notify(topicData | topicStats)
		}
	case *wire.Tuned:
		s.run.loaded = true
		s.run.tunedAt = r.Epoch
		if r.Epoch == 0 {
			s.run.runSettings = s.data.settings // the whole run trains with them
		} else if s.run.firstTune < 0 {
			s.run.firstTune = r.Epoch
		}
		s.lessonChange(r.Epoch, false)
		s.applySnapshot(&r.Snapshot, topicRun|topicSnapshot, true)
	case *wire.Failed:
		s.run.loaded = true
		s.applyFailed(r)
	case *wire.Explained:
		s.run.loaded = true
		s.explain.answer, s.explain.line, s.explain.split = &r.Neuron, r.Line, r.Split
		s.notify(topicRun)
	case *wire.Inspected:
		s.row.answer = r
		s.notify(topicRun)
	default:
		s.applyExtra(m)
	}
}

// overfitting is whether #overfitting shows after snapshot r: once seen
// in a run, it stays until the run ends (the worker's verdict can flip at
// every snapshot, and #notices is a live region: it must not flicker).
func overfitting(s *store, r *wire.Snapshot) bool {
	return r.Overfitting || (r.Running && s.run.running && s.run.overfitting)
}

// snapshotTopics says what a snapshot changes for the components: a
// running one re-renders only what it changes (the readouts and canvases
// are the frame loop's).
func (s *store) snapshotTopics(r *wire.Snapshot) topic {
	var tp topic
	if r.Running != s.run.running || overfitting(s, r) != s.run.overfitting || r.Diverged != nil || r.Exploded != nil {
		tp |= topicRun
	}
	if !r.Running || s.snapTimer() {
		tp |= topicSnapshot
	}
	if s.exercise.ex != nil {
		tp |= topicStats
	}
	return tp
}

// applyLoaded takes a new session: the settings sent, its summary and
// epoch 0.
func (s *store) applyLoaded(r *wire.Loaded) {
	s.run.loads++
	s.explain.answer = nil
	if q, net := s.explain.req, r.Snapshot.Net; q != nil && net != nil && (q.Layer >= len(net.Sizes) || q.Unit >= net.Sizes[q.Layer]) {
		s.explain.req = nil // that neuron is gone
	}
	s.fromSaved = false
	if s.health.restartLoading {
		s.health.restartLoading = false // the restarted trainer is ready: its notice stays
	} else {
		s.health.restartMsg = ""
	}
	if s.data.pending != nil {
		s.data.settings = *s.data.pending
		s.data.pending = nil
	}
	s.lessonChange(0, true)
	s.exercise.params, s.exercise.sentParams = s.exercise.sentParams, nil
	s.exercise.fromStart = s.exercise.params != nil && r.Snapshot.Net != nil && sameParams(r.Snapshot.Net, s.exercise.params)
	if s.exercise.params != nil && !s.exercise.fromStart {
		s.run.otherErr = t(s.lang, "params-ignored")
	}
	s.exercise.edited = false
	s.run.runSettings, s.run.firstTune, s.run.tunedAt = s.data.settings, -1, -1
	saveSession(s)
	s.syncReg()
	s.data.summary = &r.Summary
	s.syncRow()
	if s.row.asked {
		s.askRow() // the new network's answer
	}
	s.run.history = s.run.history[:0]
	s.paint.cols.Truncate(0)
	if !(s.exercise.params != nil && !s.exercise.fromStart) {
		s.run.otherErr = ""
	}
	s.data.dataErr = ""
	s.data.dataErrAt.code = ""
	s.run.diverged = false
	s.run.stopped = nil
	s.run.net, s.run.heat, s.run.curve, s.run.confusion, s.run.scatter = nil, nil, nil, nil, nil
	s.applySnapshot(&r.Snapshot, topicRun|topicSnapshot|topicData|topicShape|topicStats, true)
	trainIfAsked(s)
}

// applyFailed takes the trainer's error: a pending load's settings that do
// not build, a data error, or another.
func (s *store) applyFailed(r *wire.Failed) {
	tp := topicRun | topicSnapshot
	if s.extraError(r.Message) {
		s.notify(topicRun)
		return
	}
	var at errParts
	if r.Data != nil {
		at = errParts{code: r.Data.Code, cell: r.Data.Cell, line: r.Data.Line, column: r.Data.Column}
	}
	if s.data.pending != nil && s.fromSaved {
		// The session saved by the last visit no longer builds: start
		// from the defaults.
		s.fromSaved = false
		s.askLessons()
		s.load(session.Default(), nil, true)
		return
	}
	if s.data.pending != nil && s.exercise.sentParams != nil && at.line == 0 {
		// The starting weights do not fit these settings: build them
		// from the seed instead, and say so.
		next := *s.data.pending
		s.load(next, nil, s.data.dataEdit)
		s.run.otherErr = t(s.lang, "params-dropped") + " (" + r.Message + ")"
		s.notify(topicRun)
		return
	}
	if s.data.pending != nil {
		s.data.pending = nil
		s.syncReg()
		tp |= topicData
	}
	s.run.trainWhenReady = false // nothing to train: the click is dropped
	if s.data.dataEdit || at.line > 0 {
		s.data.dataErr, s.data.dataErrAt = r.Message, at
		if at.line > 0 && !strings.Contains(r.Message, strconv.Itoa(at.line)) {
			s.data.dataErr += fmt.Sprintf(" (line %d, column %d)", at.line, at.column)
		}
		tp |= topicData
	} else {
		s.run.otherErr = r.Message
	}
	s.run.running = r.Running
	s.notify(tp)
}

// applySnapshot takes the epochs, network and extras of a report; full is
// set for every report but a running snapshot (which redraws only what
// changed).
func (s *store) applySnapshot(r *wire.Snapshot, tp topic, full bool) {
	if !full && !r.Running && (len(r.History) > 0 || s.run.running) {
		// The numbers of the epoch now shown (a run ended, or a step).
		if s.explain.req != nil {
			s.askExplain()
		}
		if s.row.asked {
			s.askRow()
		}
	}
	s.applyCoach(r, &tp)
	if len(r.History) > 0 {
		first := r.History[0].Epoch
		n := len(s.run.history)
		for n > 0 && s.run.history[n-1].Epoch >= first {
			n--
		}
		s.run.history = append(s.run.history[:n], r.History...)
		s.paint.cols.Truncate(n)
		s.paint.cols.Add(r.History, s.data.summary != nil && s.data.summary.Test > 0, s.data.summary != nil && s.data.summary.Valid > 0)
		s.guideHistory(r.History)
		if full {
			tp |= topicStats
		}
		s.paint.dirty |= dirtyHist
	}
	if r.Net != nil {
		if !sameShape(s.run.net, r.Net) {
			tp |= topicShape
		}
		s.run.net = r.Net
		s.paint.dirty |= dirtyNet
	}
	if r.Heatmap != nil {
		if r.Heatmap.Train == nil && s.run.heat != nil {
			// A running snapshot leaves the points out: keep the last ones.
			r.Heatmap.Train, r.Heatmap.Test = s.run.heat.Train, s.run.heat.Test
		}
		if s.run.heat == nil || len(s.run.heat.Units) != len(r.Heatmap.Units) || s.run.heat.MapX != r.Heatmap.MapX || s.run.heat.MapY != r.Heatmap.MapY {
			tp |= topicShape
		}
		s.run.heat = r.Heatmap
		s.paint.dirty |= dirtyHeat
	}
	if r.Curve != nil {
		if r.Curve.Train == nil && s.run.curve != nil {
			r.Curve.Train, r.Curve.Test = s.run.curve.Train, s.run.curve.Test // as for the heatmap
		}
		if s.run.curve == nil {
			tp |= topicShape
		}
		s.run.curve = r.Curve
		s.paint.dirty |= dirtyHeat
	}
	if r.Confusion != nil {
		s.run.confusion = r.Confusion
	}
	if r.Scatter != nil {
		s.run.scatter = r.Scatter
		s.paint.dirty |= dirtyMisc
	}
	if full {
		s.paint.dirty = dirtyAll
	}
	s.run.overfitting = overfitting(s, r)
	s.run.running = r.Running
	if r.Diverged != nil {
		s.run.diverged = true
		s.lessonEvent(guide.Diverged)
		s.run.divergedAt = r.Diverged
		s.run.otherErr = r.Diverged.Error()
		s.run.running = false
	}
	s.notify(tp)
}

// applyCoach takes the coach's notices, an explosion and a stop rule's
// verdict.
func (s *store) applyCoach(r *wire.Snapshot, tp *topic) {
	if coachChanged(s.run.notices, r.Notices) || (s.run.exploded == nil) != (r.Exploded == nil) || r.Stopped != nil {
		*tp |= topicRun
		s.paint.dirty |= dirtyNet // units the notices name are ringed on the network
	}
	s.guideEvents(r)
	s.run.notices, s.run.exploded = r.Notices, nil
	if r.Exploded != nil {
		s.run.exploded = session.NewExplosion(r.Exploded)
		s.run.explodedMsg = r.Exploded.Error() // the engine's English
	}
	if r.Stopped != nil {
		s.run.stopped = r.Stopped
	}
	if r.Exploded != nil || r.Stopped != nil {
		s.run.running = false
	}
}

// snapTimer says whether the components that show each snapshot while
// training (the confusion matrix) may re-render now: at most four times a
// second; the snapshot that ends a run always re-renders them.
func (s *store) snapTimer() bool {
	now := app.Window().Get("performance").Call("now").Float()
	if now-s.run.lastSnap < 250 {
		return false
	}
	s.run.lastSnap = now
	return true
}

func sameShape(a, b *nn.Network) bool {
	if a == nil || b == nil || len(a.Sizes) != len(b.Sizes) {
		return false
	}
	for i := range a.Sizes {
		if a.Sizes[i] != b.Sizes[i] {
			return false
		}
	}
	return true
}

// coachChanged reports whether the coach's notices changed (kind, layer or
// units), so that the notices are drawn again.
func coachChanged(a, b []nn.Notice) bool {
	return !slices.EqualFunc(a, b, func(x, y nn.Notice) bool {
		return x.Kind == y.Kind && x.Layer == y.Layer && slices.Equal(x.Units, y.Units)
	})
}
