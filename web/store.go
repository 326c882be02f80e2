// This file is over 400 lines: it is the store, one struct holding the
// page's whole state, with the methods that fold the trainer's reports
// into it. Most of its fields are still read directly by the components;
// the class check's, the explain view's and the trainer's health are
// sub-structs that their components read through methods (classCheck in
// check_rows.go, explainState in explain_view.go, trainerHealth in
// watchdog.go). Until the rest is cut the same way,
// splitting the file would only take the code that sets a field away from
// its declaration.

package web

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/nnplayground/playground/core/exercise/guide"

	"github.com/maxence-charriere/go-app/v9/pkg/app"
	"github.com/nnplayground/playground/core/nn"
	"github.com/nnplayground/playground/core/session"
	"github.com/nnplayground/playground/core/wire"
)

// topic says what changed in the store, so that each component re-renders
// only for what it shows.
type topic uint

const (
	topicData     topic = 1 << iota // summary, data error, settings
	topicStats                      // history grew (readouts)
	topicRun                        // running, diverged, overfitting, notices
	topicShape                      // network or heatmap shape changed
	topicSnapshot                   // any new snapshot (confusion matrix)
	topicLang                       // language switched
	topicCode                       // the tools worker answered for a completion code (exercise_code.go)
	topicAll      = ^topic(0)
)

// store holds everything the page knows: the settings, and the latest state
// of the trainer as reported by the worker. It is changed only inside
// ctx.Dispatch (by the playground's report handler and by components' event
// handlers), and notifies subscribed components, which re-render through
// their own ctx.Dispatch. Canvases are not components' state: the frame loop
// redraws them from the store at display frame rate when dirty is set.
type store struct {
	lang string

	data dataState // the settings, the data's summary and errors (store_data.go)

	run runState // the run: the trainer's reports and what they say, the speed (store_run.go)

	opts    viewOptions  // what the page shows: panels open, pinned runs, test points, log scale (store_view.go)
	explain explainState // the explain view's neuron and row, and the answer (store_explain.go)
	row     rowState     // the row inspector's values and answer (store_row.go)

	// Sharing and teaching: links, lessons, exercises, export.
	exercise exerciseState   // the exercise opened by link, the starting weights and the editor's last exercise (store_exercise.go)
	lessons  lessonState     // the lesson opened by link, its progress and the gallery (store_lesson.go)
	lastFrag string          // the fragment last routed, so that one link opens once
	awaiting map[string]bool // ops sent whose answer ("model", "predictions", "check") is awaited
	check    classCheck      // the class check (check_rows.go), which the checker shows
	notes    noteState       // the notes about links, files and this browser's storage (store_notes.go)
	kept     kept            // the texts kept in localStorage (storage.go)

	// health: the watchdog and the restarts (watchdog.go).
	health trainerHealth

	saveTimer app.Value
	fromSaved bool // the pending load is the session saved by the last visit

	// The tools worker (tools_link.go), started on first use.
	tools      *trainerLink
	startTools func() *trainerLink
	asks       map[int]toolsDone // requests awaiting their answer, by ID
	askID      int

	paint paintState // what the frame loop must redraw, the chart columns, the prerendered pictures (store_paint.go)

	link *trainerLink
	// startTrainer starts a trainer worker (playground.go), also after
	// one died (trainerDied, health).
	startTrainer func() *trainerLink
	// outbox, when set (store_test.go), receives what would be posted to
	// the trainer.
	outbox func(wire.Message)
	// toolsOutbox, when set (render_sends_test.go), receives what would
	// be posted to the tools worker.
	toolsOutbox func(wire.Message)
	// pasted is the text of the last wire.Paste sent: the trainer keeps
	// that table, and loads of pasted data send only the settings.
	pasted string
	subs   []subscriber
}

type subscriber struct {
	topics topic
	fn     func()
}

// Lang is the page's language ("en" or "zh").
func (s *store) Lang() string { return s.lang }

func newStore() *store {
	s := &store{lang: "en", paint: paintState{dirty: dirtyAll}, awaiting: map[string]bool{}, asks: map[int]toolsDone{}}
	s.data = dataState{settings: session.Default(), regKind: "none", regRate: 0.001, fieldErr: map[string]string{}}
	s.run = runState{firstTune: -1, tunedAt: -1, speed: defaultSpeed, stepEpochs: 1}
	s.syncReg()
	return s
}

// subscribe calls fn (which must dispatch on its component) whenever one of
// topics changes. The returned function unsubscribes.
func (s *store) subscribe(topics topic, fn func()) func() {
	sub := &subscriber{topics: topics, fn: fn}
	s.subs = append(s.subs, *sub)
	i := len(s.subs) - 1
	return func() {
		if i < len(s.subs) {
			s.subs[i].fn = nil
		}
	}
}

// notify first asks the workers for what the new state needs (askCode:
// the completion code), so that no component's Render sends a request.
func (s *store) notify(t topic) {
	s.askCode()
	for _, sub := range s.subs {
		if sub.fn != nil && sub.topics&t != 0 {
			sub.fn()
		}
	}
}

// epoch is the newest epoch reported, 0 before any training.
func (s *store) epoch() int {
	if len(s.run.history) == 0 {
		return 0
	}
	return s.run.history[len(s.run.history)-1].Epoch
}

// send posts c to the trainer. A Load or Tune of pasted data goes with its
// table only when the trainer does not have it already (a wire.Paste before
// it), and otherwise with the settings alone.
func (s *store) send(c wire.Message) {
	if s.link == nil && s.outbox == nil {
		return
	}
	switch c := c.(type) {
	case *wire.Load:
		c.Pasted = s.paste(&c.Settings)
	case *wire.Tune:
		c.Pasted = s.paste(&c.Settings)
	}
	s.post(c)
}

// post hands c to the trainer's link (or the outbox).
func (s *store) post(c wire.Message) {
	if s.outbox != nil {
		s.outbox(c)
		return
	}
	s.link.send(c)
}

// paste sends the pasted text of set to the trainer unless it was the last
// one sent, and leaves it out of set; it reports whether set has pasted
// data.
func (s *store) paste(set *session.Settings) bool {
	if set.Dataset != "" {
		return false
	}
	if set.Text != s.pasted {
		s.post(&wire.Paste{Text: set.Text})
		s.pasted = set.Text
	}
	set.Text = ""
	return true
}

// sendExtra sends a request whose answer the page awaits (GetModel,
// GetPredictions); the answer or the worker's error comes back through
// applyExtra.
func (s *store) sendExtra(c wire.Message) {
	switch c.(type) {
	case *wire.GetModel:
		s.awaiting[awaitModel] = true
	case *wire.GetPredictions:
		s.awaiting[awaitPredictions] = true
	}
	s.send(c)
}

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

// maxRestarts bounds the trainer restarts of one page: a trainer that dies
// at every start is not restarted forever.
const maxRestarts = 3

// trainerDied takes the trainer worker's own failure (its Go program
// exited, it could not start, it threw): a new worker is started with the
// last settings it accepted, from epoch 0, and the page says why. A change
// it was building when it died is not applied (it may be the cause).
func (s *store) trainerDied(msg string) {
	s.run.running = false
	if s.link != nil {
		s.link.stop()
		s.link = nil
	}
	if s.startTrainer == nil || s.health.restarts >= maxRestarts {
		s.health.restartMsg = tf(s.lang, "trainer-dead", msg)
		s.notify(topicRun | topicData)
		return
	}
	s.health.restarts++
	s.link = s.startTrainer()
	s.pasted = "" // the new worker has no table
	key := "trainer-restarted"
	if s.data.pending != nil && !s.health.restartLoading {
		key = "trainer-restarted-lost"
	}
	s.data.pending = nil
	s.syncReg()
	s.send(&wire.SetSpeed{EpochsPerSec: s.run.speed})
	s.load(s.data.settings, s.exercise.params, false)
	s.health.restartLoading = true
	s.health.restartMsg = tf(s.lang, key, msg)
	s.notify(topicRun | topicData)
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
