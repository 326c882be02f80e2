// The trainer's reports folded into the store (Store.Apply): a new
// session, a snapshot, the coach's verdicts, an error.

package state

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
func (s *Store) Apply(m wire.Message) {
	s.heard()
	defer s.lessonHeard()
	switch r := m.(type) {
	case *wire.Snapshot:
		s.Run.loaded = true
		s.applySnapshot(r, s.snapshotTopics(r), false)
		if !r.Running {
			s.Run.rests++
			s.Paint.dirty |= DirtyHist // the frame loop writes it with the readouts
		}
	case *wire.Loaded:
		s.Run.loaded = true
		s.applyLoaded(r)
	case *wire.Reference:
		if s.Data.summary != nil { // the loaded session's: Reference follows its Loaded
			s.Data.summary.Linear = r.Linear
			s.Paint.dirty |= DirtyHist // the metric chart's line
			s.Notify(TopicData | TopicStats)
		}
	case *wire.Tuned:
		s.Run.loaded = true
		s.Run.tunedAt = r.Epoch
		if r.Epoch == 0 {
			s.Run.runSettings = s.Data.settings // the whole run trains with them
		} else if s.Run.firstTune < 0 {
			s.Run.firstTune = r.Epoch
		}
		s.lessonChange(r.Epoch, false)
		s.applySnapshot(&r.Snapshot, TopicRun|TopicSnapshot, true)
	case *wire.Failed:
		s.Run.loaded = true
		s.applyFailed(r)
	case *wire.Explained:
		s.Run.loaded = true
		s.Explain.answer, s.Explain.line, s.Explain.split = &r.Neuron, r.Line, r.Split
		s.Notify(TopicRun)
	case *wire.Inspected:
		s.Row.answer = r
		s.Notify(TopicRun)
	default:
		s.applyExtra(m)
	}
}

// overfitting is whether #overfitting shows after snapshot r: once seen
// in a run, it stays until the run ends (the worker's verdict can flip at
// every snapshot, and #notices is a live region: it must not flicker).
func overfitting(s *Store, r *wire.Snapshot) bool {
	return r.Overfitting || (r.Running && s.Run.running && s.Run.overfitting)
}

// snapshotTopics says what a snapshot changes for the components: a
// running one re-renders only what it changes (the readouts and canvases
// are the frame loop's).
func (s *Store) snapshotTopics(r *wire.Snapshot) Topic {
	var tp Topic
	if r.Running != s.Run.running || overfitting(s, r) != s.Run.overfitting || r.Diverged != nil || r.Exploded != nil {
		tp |= TopicRun
	}
	if !r.Running || s.snapTimer() {
		tp |= TopicSnapshot
	}
	if s.Exercise.ex != nil {
		tp |= TopicStats
	}
	return tp
}

// applyLoaded takes a new session: the settings sent, its summary and
// epoch 0.
func (s *Store) applyLoaded(r *wire.Loaded) {
	s.Run.loads++
	s.Explain.answer = nil
	if q, net := s.Explain.req, r.Snapshot.Net; q != nil && net != nil && (q.Layer >= len(net.Sizes) || q.Unit >= net.Sizes[q.Layer]) {
		s.Explain.req = nil // that neuron is gone
	}
	s.fromSaved = false
	if s.Health.restartLoading {
		s.Health.restartLoading = false // the restarted trainer is ready: its notice stays
	} else {
		s.Health.restartMsg = ""
	}
	if s.Data.pending != nil {
		s.Data.settings = *s.Data.pending
		s.Data.pending = nil
	}
	s.lessonChange(0, true)
	s.Exercise.params, s.Exercise.sentParams = s.Exercise.sentParams, nil
	s.Exercise.fromStart = s.Exercise.params != nil && r.Snapshot.Net != nil && slices.Equal(flatParams(r.Snapshot.Net), s.Exercise.params)
	if s.Exercise.params != nil && !s.Exercise.fromStart {
		s.Run.otherErr = t(s.lang, "params-ignored")
	}
	s.Exercise.edited = false
	s.Run.runSettings, s.Run.firstTune, s.Run.tunedAt = s.Data.settings, -1, -1
	saveSession(s)
	s.syncReg()
	s.Data.summary = &r.Summary
	s.syncRow()
	if s.Row.asked {
		s.AskRow() // the new network's answer
	}
	s.Run.history = s.Run.history[:0]
	s.Paint.cols.Truncate(0)
	if !(s.Exercise.params != nil && !s.Exercise.fromStart) {
		s.Run.otherErr = ""
	}
	s.Data.dataErr = ""
	s.Data.dataErrAt.Code = ""
	s.Run.diverged = false
	s.Run.stopped = nil
	s.Run.net, s.Run.heat, s.Run.curve, s.Run.confusion, s.Run.scatter = nil, nil, nil, nil, nil
	s.applySnapshot(&r.Snapshot, TopicRun|TopicSnapshot|TopicData|TopicShape|TopicStats, true)
	trainIfAsked(s)
}

// applyFailed takes the trainer's error: a pending load's settings that do
// not build, a data error, or another.
func (s *Store) applyFailed(r *wire.Failed) {
	tp := TopicRun | TopicSnapshot
	if s.extraError(r.Message) {
		s.Notify(TopicRun)
		return
	}
	var at ErrParts
	if r.Data != nil {
		at = ErrParts{Code: r.Data.Code, Cell: r.Data.Cell, Line: r.Data.Line, Column: r.Data.Column}
	}
	if s.Data.pending != nil && s.fromSaved {
		// The session saved by the last visit no longer builds: start
		// from the defaults.
		s.fromSaved = false
		s.askLessons()
		s.Load(session.Default(), nil, true)
		return
	}
	if s.Data.pending != nil && s.Exercise.sentParams != nil && at.Line == 0 {
		// The starting weights do not fit these settings: build them
		// from the seed instead, and say so.
		next := *s.Data.pending
		s.Load(next, nil, s.Data.dataEdit)
		s.Run.otherErr = t(s.lang, "params-dropped") + " (" + r.Message + ")"
		s.Notify(TopicRun)
		return
	}
	if s.Data.pending != nil {
		s.Data.pending = nil
		s.syncReg()
		tp |= TopicData
	}
	s.Run.trainWhenReady = false // nothing to train: the click is dropped
	if s.Data.dataEdit || at.Line > 0 {
		s.Data.dataErr, s.Data.dataErrAt = r.Message, at
		if at.Line > 0 && !strings.Contains(r.Message, strconv.Itoa(at.Line)) {
			s.Data.dataErr += fmt.Sprintf(" (line %d, column %d)", at.Line, at.Column)
		}
		tp |= TopicData
	} else {
		s.Run.otherErr = r.Message
	}
	s.Run.running = r.Running
	s.Notify(tp)
}

// applySnapshot takes the epochs, network and extras of a report; full is
// set for every report but a running snapshot (which redraws only what
// changed).
func (s *Store) applySnapshot(r *wire.Snapshot, tp Topic, full bool) {
	if !full && !r.Running && (len(r.History) > 0 || s.Run.running) {
		// The numbers of the epoch now shown (a run ended, or a step).
		if s.Explain.req != nil {
			s.askExplain()
		}
		if s.Row.asked {
			s.AskRow()
		}
	}
	s.applyCoach(r, &tp)
	if len(r.History) > 0 {
		first := r.History[0].Epoch
		n := len(s.Run.history)
		for n > 0 && s.Run.history[n-1].Epoch >= first {
			n--
		}
		s.Run.history = append(s.Run.history[:n], r.History...)
		s.Paint.cols.Truncate(n)
		s.Paint.cols.Add(r.History, s.Data.summary != nil && s.Data.summary.Test > 0, s.Data.summary != nil && s.Data.summary.Valid > 0)
		s.guideHistory(r.History)
		if full {
			tp |= TopicStats
		}
		s.Paint.dirty |= DirtyHist
	}
	if r.Net != nil {
		if !sameShape(s.Run.net, r.Net) {
			tp |= TopicShape
		}
		s.Run.net = r.Net
		s.Paint.dirty |= DirtyNet
	}
	if r.Heatmap != nil {
		if r.Heatmap.Train == nil && s.Run.heat != nil {
			// A running snapshot leaves the points out: keep the last ones.
			r.Heatmap.Train, r.Heatmap.Test = s.Run.heat.Train, s.Run.heat.Test
		}
		if s.Run.heat == nil || len(s.Run.heat.Units) != len(r.Heatmap.Units) || s.Run.heat.MapX != r.Heatmap.MapX || s.Run.heat.MapY != r.Heatmap.MapY {
			tp |= TopicShape
		}
		s.Run.heat = r.Heatmap
		s.Paint.dirty |= DirtyHeat
	}
	if r.Curve != nil {
		if r.Curve.Train == nil && s.Run.curve != nil {
			r.Curve.Train, r.Curve.Test = s.Run.curve.Train, s.Run.curve.Test // as for the heatmap
		}
		if s.Run.curve == nil {
			tp |= TopicShape
		}
		s.Run.curve = r.Curve
		s.Paint.dirty |= DirtyHeat
	}
	if r.Confusion != nil {
		s.Run.confusion = r.Confusion
	}
	if r.Scatter != nil {
		s.Run.scatter = r.Scatter
		s.Paint.dirty |= DirtyMisc
	}
	if full {
		s.Paint.dirty = DirtyAll
	}
	s.Run.overfitting = overfitting(s, r)
	s.Run.running = r.Running
	if r.Diverged != nil {
		s.Run.diverged = true
		s.LessonEvent(guide.Diverged)
		s.Run.divergedAt = r.Diverged
		s.Run.otherErr = r.Diverged.Error()
		s.Run.running = false
	}
	s.Notify(tp)
}

// applyCoach takes the coach's notices, an explosion and a stop rule's
// verdict.
func (s *Store) applyCoach(r *wire.Snapshot, tp *Topic) {
	if coachChanged(s.Run.notices, r.Notices) || (s.Run.exploded == nil) != (r.Exploded == nil) || r.Stopped != nil {
		*tp |= TopicRun
		s.Paint.dirty |= DirtyNet // units the notices name are ringed on the network
	}
	s.guideEvents(r)
	s.Run.notices, s.Run.exploded = r.Notices, nil
	if r.Exploded != nil {
		s.Run.exploded = session.NewExplosion(r.Exploded)
		s.Run.explodedMsg = r.Exploded.Error() // the engine's English
	}
	if r.Stopped != nil {
		s.Run.stopped = r.Stopped
	}
	if r.Exploded != nil || r.Stopped != nil {
		s.Run.running = false
	}
}

// snapTimer says whether the components that show each snapshot while
// training (the confusion matrix) may re-render now: at most four times a
// second; the snapshot that ends a run always re-renders them.
func (s *Store) snapTimer() bool {
	now := app.Window().Get("performance").Call("now").Float()
	if now-s.Run.lastSnap < 250 {
		return false
	}
	s.Run.lastSnap = now
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
