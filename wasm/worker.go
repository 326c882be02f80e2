package main

import (
	"errors"
	"fmt"
	"math"
	"slices"
	"strings"
	"time"

	"github.com/nnplayground/playground/core/data"
	"github.com/nnplayground/playground/core/nn"
	"github.com/nnplayground/playground/core/session"
	"github.com/nnplayground/playground/core/session/view"
	"github.com/nnplayground/playground/core/wire"
)

// Timing of the training loop (see doc.go for why).
const (
	chunkTime = 6 * time.Millisecond // train this long between yields
	// snapshotTime is how often a snapshot is posted while training. The
	// page draws at its own frame rate from the newest one; decoding a
	// report costs the page's Go more than drawing, so ~30 a second (not
	// 60) leaves it its frames, and every epoch is still in the history.
	snapshotTime = 33 * time.Millisecond
	// epochSnapshotTime is how often a snapshot without new epochs shows
	// the weights while a long epoch trains.
	epochSnapshotTime = 100 * time.Millisecond
	// extrasShare bounds the share of time spent on a snapshot's heatmap,
	// confusion matrix or scatter: they are computed again only after
	// extrasShare⁻¹ times their last cost has passed.
	extrasShare = 0.1
)

// message is one command from the page, encoded (core/wire), with the time
// it arrived (or, for a command that the worker schedules itself, the time
// it was due).
type message struct {
	data []byte
	at   time.Duration // sinceStart when it arrived or was due
}

// workerStart is when the worker started. Messages carry their arrival as a
// time.Duration since workerStart, not as a time.Time: the host keeps messages in
// its queue and, being held in an interface, makes their field types
// reachable for reflection, which would keep time.Time's formatting and
// parsing code in trainer.wasm (about 80 kB).
var workerStart = time.Now()

// sinceStart returns the time since workerStart, on the monotonic clock.
func sinceStart() time.Duration { return time.Since(workerStart) }

// host is what the worker needs from its surroundings: the Web Worker in
// main_js.go, or a fake in tests.
type host interface {
	// post sends one encoded report to the page; it may reuse the
	// bytes once it returns.
	post(report []byte)
	// take returns the commands received since the last call, oldest first.
	take() []message
	// wait blocks until a command arrives or d has passed; d < 0 waits
	// for a command only.
	wait(d time.Duration)
	// yield lets the event loop deliver pending messages and returns soon.
	yield()
	// later delivers c after d, as if the page posted it.
	later(d time.Duration, c wire.Message)
}

// worker holds the loaded session and the state of the training loop.
type worker struct {
	h     host
	chunk time.Duration // chunkTime; tests shorten it

	settings session.Settings
	params   []float64        // starting weights of the settings, or nil for the seeded ones
	s        *session.Session // nil until the first successful load

	batches  int           // batches in an epoch
	batch    int           // batches done of the current epoch
	perBatch time.Duration // estimated time per batch

	running  bool    // training until paused
	steps    int     // epochs left of a step command
	speed    float64 // epochs per second; 0 = as fast as possible
	showTest bool
	// pointsSent is set once a heatmap with the training (and test) points
	// went out; running snapshots then leave them out (null), since they
	// change only with a load, a reset or show-test, which clear it.
	pointsSent bool
	diverged   *nn.DivergedError // why training stopped on a non-finite value; only load or reset clear it
	// tuned holds settings of a Tune that arrived in the middle of an
	// epoch, applied when the epoch is complete.
	tuned *session.Settings

	// pasted is the last Paste's table, parsed by the first load that
	// uses it, and parsed the last other table (a dataset's, or a load's
	// text): a load with the same text takes the table parsed before.
	pasted, parsed table

	// axes are the decision map's default axes and the epoch they were
	// chosen at (see heatmap); ok is false until chosen for the session.
	axes struct {
		x, y  string
		epoch int
		ok    bool
	}
	pausing bool // answering a pause: no new axes

	// The coach (nn.Coach) watches every epoch: exploded is set when it
	// stopped training, until a rollback, load or reset. The stop rules
	// (nn.Stopper) end training early; stopped says why, once.
	coach    *nn.Coach
	exploded *nn.ExplodedError
	stopper  *nn.Stopper
	stopped  *nn.Stop
	resume   bool // the stop rules stopped training: Train or Step resumes them (Stopper.Resume)

	linearDue bool // a load awaits its linear reference (wire.Reference)

	buf    []byte     // the encoding of the last report, reused
	hist   []nn.Stats // every epoch since the last report
	losses nn.OverfitWatch

	lastPost   time.Time     // when the last report went out
	lastExtras time.Time     // when the heatmap etc. were last computed
	extrasCost time.Duration // how long the last snapshot with them took

	paceStart  time.Time // speed cap: epochs since paceStart may not exceed speed·elapsed
	paceEpochs int

	pauseAt      time.Duration // arrival (sinceStart) of a pause not yet answered; -1 if none
	pauseLatency time.Duration // from the arrival of the last pause to its final snapshot

	posts     int           // reports posted
	postTime  time.Duration // time spent building, encoding and posting reports
	extTime   time.Duration // of which computing extras
	yields    int           // yields to the event loop between chunks
	yieldTime time.Duration // time spent in them
	benching  bool
}

func newWorker(h host) *worker {
	return &worker{h: h, chunk: chunkTime, pauseAt: -1}
}

// tick handles the pending commands, then trains one chunk and yields, or
// waits for a command when there is nothing to train.
func (w *worker) tick() {
	for _, m := range w.h.take() {
		w.handle(m)
	}
	if w.linearDue && w.s != nil {
		// The reference beside the network: a linear model on the same
		// training rows, after Loaded (a large table shows at once).
		w.linearDue = false
		w.send(&wire.Reference{Linear: w.s.Linear()})
	}
	if !w.busy() {
		w.h.wait(-1)
		return
	}
	if d := w.train(); d > 0 {
		w.h.wait(d)
	} else {
		t0 := time.Now()
		w.h.yield()
		w.yields++
		w.yieldTime += time.Since(t0)
	}
}

// busy reports whether there are epochs to train: while training, or
// while a step command has epochs left. Reports say it as Running.
func (w *worker) busy() bool {
	return w.s != nil && (w.running || w.steps > 0)
}

// handle executes one command. A panic is turned into an error report and
// stops training: user data never kills the worker.
func (w *worker) handle(m message) {
	defer func() {
		if r := recover(); r != nil {
			w.stop()
			w.postError(fmt.Errorf("trainer: internal error: %v", r))
		}
	}()
	c, err := wire.Unmarshal(m.data, wire.Trainer)
	if err != nil {
		w.postError(fmt.Errorf("trainer: bad command (tool requests go to the tools worker, wasm/checker): %w", err))
		return
	}
	switch c := c.(type) {
	case *wire.Paste:
		if c.Text != w.pasted.text {
			w.pasted = table{text: c.Text}
		}
	case *wire.Load:
		w.load(c.Settings, c.Params, c.Pasted)
	case *wire.SetSpeed:
		w.setSpeed(c.EpochsPerSec)
	case *wire.Tune:
		w.tune(c.Settings, c.Pasted)
	case *wire.ShowTest:
		w.showTest = c.Show
		w.pointsSent = false
		if w.s != nil {
			w.snapshot(true)
		}
	case *wire.Bench:
		w.bench(c.Seconds)
	case *wire.Train, *wire.Pause, *wire.Step, *wire.Reset, *wire.Rollback, *wire.Explain, *wire.Inspect, *wire.SetWeight, *wire.SetBias, *wire.GetModel, *wire.GetPredictions:
		if w.s == nil {
			w.postError(fmt.Errorf("trainer: %s before any data was loaded", opName(c)))
			return
		}
		w.handleLoaded(c, m.at)
	default:
		w.postError(fmt.Errorf("trainer: %s is not a trainer command (tool requests and checks run in the tools worker, wasm/checker)", opName(c)))
	}
}

// opName names a command in error messages: its type, as in "wire.Train".
func opName(c wire.Message) string { return strings.TrimPrefix(fmt.Sprintf("%T", c), "*") }

// handleLoaded executes a command that needs a loaded session; at is when
// it arrived.
func (w *worker) handleLoaded(c wire.Message, at time.Duration) {
	switch c := c.(type) {
	case *wire.Train:
		if w.diverged != nil {
			w.postDiverged()
			return
		}
		if w.exploded != nil {
			w.snapshot(true)
			return
		}
		if !w.running {
			w.resumeRules()
			w.running = true
			w.steps = 0
			w.pace()
		}
	case *wire.Pause:
		w.pause(at)
	case *wire.Step:
		if w.diverged != nil {
			w.postDiverged()
			return
		}
		if w.exploded != nil {
			w.snapshot(true)
			return
		}
		w.resumeRules()
		w.running = false
		w.steps += max(c.Epochs, 1)
	case *wire.Reset:
		w.load(w.settings, w.params, false) // its text is the pasted one or the last parsed
	case *wire.Rollback:
		w.rollback(c.How)
	case *wire.Explain:
		w.explain(c.Layer, c.Unit, c.Row)
	case *wire.Inspect:
		w.postOther(inspect(w.s, c.Values))
	case *wire.SetWeight:
		w.edit(w.s.Trainer.SetWeight(c.Layer, c.To, c.From, c.Value))
	case *wire.SetBias:
		w.edit(w.s.Trainer.SetBias(c.Layer, c.To, c.Value))
	case *wire.GetModel:
		w.postOther(&wire.ModelFile{Model: *w.s.Trainer.Model()})
	case *wire.GetPredictions:
		text, err := predictionsCSV(w.s)
		if err != nil {
			w.postError(err)
			return
		}
		w.postOther(&wire.Predictions{CSV: text})
	}
}

// setSpeed caps training at eps epochs per second (0: no cap).
func (w *worker) setSpeed(eps float64) {
	if !(eps >= 0) || math.IsInf(eps, 0) {
		w.postError(fmt.Errorf("trainer: speed must be a finite number ≥ 0, got %v", eps))
		return
	}
	w.speed = eps
	w.pace()
}

// pause stops training and posts the final snapshot; at is when the
// pause arrived, for the bench's pause latency.
func (w *worker) pause(at time.Duration) {
	if w.running || w.steps > 0 {
		w.pauseAt = at
	}
	w.stop()
	w.pausing = true
	w.snapshot(true)
	w.pausing = false
	if w.pauseAt >= 0 {
		w.pauseLatency = w.lastPost.Sub(workerStart) - w.pauseAt
		w.pauseAt = -1
	}
}

// edit reports the result of editing a weight or bias; the coach starts
// watching afresh.
func (w *worker) edit(err error) {
	if err != nil {
		w.postError(err)
		return
	}
	w.coach.Reset()
	w.hist = append(w.hist, w.s.Trainer.Stats()) // the edited weights' losses, at the same epoch
	w.snapshot(true)
}

// tune applies settings that differ only in what session.Tunable allows,
// between two epochs (at once when no epoch is under way); before any
// load it loads them.
func (w *worker) tune(next session.Settings, pasted bool) {
	if pasted && next.Dataset == "" {
		next.Text = w.pasted.text
	}
	if w.s == nil {
		w.load(next, nil, false)
		return
	}
	if !session.Tunable(w.settings, next) {
		w.postError(errors.New("trainer: tune: these settings need a new network (Load)"))
		return
	}
	w.tuned = &next
	if w.batch == 0 {
		w.applyTune()
	}
}

// load builds a fresh session from s, starting from the weights params
// when they are given (in nn.Network.Params order), and reports it. With
// pasted (and s.Dataset "") the data is the last Paste's. On error the
// previous session stays loaded and the error is reported, with its line
// and column for a data error.
func (w *worker) load(s session.Settings, params []float64, pasted bool) error {
	if pasted && s.Dataset == "" {
		s.Text = w.pasted.text
	}
	start := time.Now()
	ss, rows, err := w.build(s, pasted)
	built := time.Since(start)
	if err == nil && params != nil {
		err = ss.Trainer.SetParams(params, 0)
	}
	if err != nil {
		w.postError(err)
		return err
	}
	w.stop()
	w.settings, w.params, w.s, w.diverged = s, params, ss, nil
	w.tuned = nil
	w.axes.ok = false
	w.coach, w.exploded, w.stopped = nn.NewCoach(ss.Trainer, nn.CoachConfig{}), nil, nil
	w.stopper, w.resume = nil, false
	if s.Stop != (nn.StopRules{}) {
		w.stopper = nn.NewStopper(ss.Trainer, s.Stop)
	}
	w.batches, w.batch, w.perBatch = batches(ss), 0, 0
	w.pointsSent = false
	w.hist = append(w.hist[:0], ss.Trainer.Stats())
	w.losses.Reset()
	w.post(&wire.Loaded{Summary: *ss.Summary(), ParsedRows: rows, BuildMs: built.Seconds() * 1000, Snapshot: w.report(true)})
	w.linearDue = true // fitted once the commands at hand are handled (tick)
	return nil
}

// table is a parsed table and its text, or the error parsing it.
type table struct {
	text string
	t    *data.Table
	err  error
}

// build returns the session of s and the number of rows it parsed: none
// when the text is that of the pasted or the last parsed table, which it
// takes. A table parsed for a pasted load is kept as the pasted one, any
// other as the last parsed.
func (w *worker) build(s session.Settings, pasted bool) (ss *session.Session, rows int, err error) {
	if err := session.CheckVersion(s); err != nil {
		return nil, 0, err
	}
	text, err := s.DataText()
	if err != nil {
		return nil, 0, err
	}
	slot := &w.parsed
	if text == w.pasted.text && (pasted || w.pasted.t != nil) {
		slot = &w.pasted
	}
	if slot.text != text || slot.t == nil && slot.err == nil {
		t, err := data.Parse(text)
		*slot = table{text: text, t: t, err: err}
		if err == nil {
			rows = t.Rows()
		}
	}
	if slot.err != nil {
		return nil, 0, slot.err
	}
	ss, err = session.BuildTable(s, slot.t)
	return ss, rows, err
}

// watch runs the coach and the stop rules on the epoch just recorded. It
// stops training and reports when the coach sees an explosion or a rule
// ends training, and returns true then.
func (w *worker) watch(st nn.Stats) bool {
	if w.coach != nil {
		if _, err := w.coach.Check(st); err != nil {
			var ee *nn.ExplodedError
			if errors.As(err, &ee) {
				w.exploded = ee
				w.stop()
				w.snapshot(true)
				return true
			}
		}
	}
	if w.stopper != nil {
		if stop := w.stopper.Check(st); stop != nil {
			w.stopped = stop
			w.stop()
			if stop.Restored {
				// The trainer is back at the best epoch: the page's
				// history goes back there too.
				w.hist = append(w.hist, w.s.Trainer.Stats())
			}
			w.snapshot(true)
			w.stopped = nil
			if stop.Reason == nn.StopPatience && w.settings.Stop.PatienceShare > 0 {
				// Train again starts a new run under the same rules
				// (nn.Stopper.Resume): its wait has grown with the
				// epochs trained, so it looks further for a lower loss.
				w.resume = true
			} else {
				// Rules whose wait does not grow would stop the new run
				// where they stopped this one: Train again goes on
				// without them. A load or a reset brings them back.
				w.stopper = nil
			}
			return true
		}
	}
	return false
}

// rollback answers an explosion: back to the coach's last good epoch
// ("back"), and on with the learning rate divided by 10 ("lower") or with
// gradient clipping at norm 1 ("clip"). The page's history goes back to
// that epoch with the report (Tuned).
func (w *worker) rollback(how wire.RollbackHow) {
	if w.exploded == nil || w.coach == nil {
		w.postError(errors.New("trainer: rollback without an explosion"))
		return
	}
	var err error
	switch how {
	case wire.RollbackLower:
		var lr float64
		lr, err = w.coach.RollbackLower(10)
		w.settings.Model.LearningRate = lr
	case wire.RollbackClip:
		err = w.coach.RollbackClip(1)
		w.settings.Model.ClipNorm = 1
	default:
		w.coach.Rollback()
	}
	if err != nil {
		w.postError(err)
		return
	}
	w.s.Settings = w.settings
	w.exploded = nil
	w.batch = 0
	w.hist = append(w.hist[:0], w.s.Trainer.Stats())
	w.losses.Reset()
	w.post(&wire.Tuned{Epoch: w.s.Trainer.Epoch(), Snapshot: w.report(true)})
}

// explain answers wire.Explain: neuron unit of layer for row i of the test
// split (the training split when there is no test split), computed by the
// engine (nn.Trainer.Explain) with the current weights.
func (w *worker) explain(layer, unit, i int) {
	split := "test"
	if w.s.Data.Test.N == 0 {
		split = "train"
	}
	x, y, row, err := view.SplitRow(w.s, split, i)
	if err == nil {
		var n *nn.Neuron
		if n, err = w.s.Trainer.Explain(x, y, layer, unit); err == nil {
			w.postOther(&wire.Explained{Neuron: *n, Line: w.s.Table.Line(row), Split: split, Running: w.busy()})
			return
		}
	}
	w.postError(err)
}

// inspect answers Inspect: the network's prediction and every neuron's
// value for a row typed in by the user, or why a value cannot be read.
func inspect(s *session.Session, values []string) *wire.Inspected {
	r := &wire.Inspected{Values: values}
	x, err := view.PrepareRow(s, values)
	if err != nil {
		r.Error = err.Error()
		if line, col := session.ErrorPosition(err); line > 0 || col > 0 {
			code, cell := session.ErrorCell(err)
			r.Data = &wire.DataError{Code: code, Cell: cell, Column: col}
		}
		return r
	}
	r.Prediction = s.Trainer.PredictRow(x)
	return r
}

// applyTune applies the settings of a pending wire.Tune between two epochs
// and reports the epoch from which they train. A divergence stays (the
// learning rate that caused it is what a user lowers before resetting).
func (w *worker) applyTune() {
	next := *w.tuned
	w.tuned = nil
	if next.MapX != w.settings.MapX || next.MapY != w.settings.MapY {
		w.pointsSent = false // the points move to the new axes
	}
	if err := w.s.Tune(next); err != nil {
		w.postError(err)
		return
	}
	w.settings = next
	w.batches, w.batch = batches(w.s), 0
	w.perBatch = 0
	w.post(&wire.Tuned{Epoch: w.s.Trainer.Epoch(), Snapshot: w.report(true)}) // the map too: its axes may have changed
}

// batches returns the number of batches in an epoch of s.
func batches(s *session.Session) int {
	n, bs := s.Data.Train.N, s.Settings.Model.BatchSize
	if bs <= 0 || bs > n {
		return 1
	}
	return (n + bs - 1) / bs
}

// resumeRules starts a new run of the stop rules after they stopped
// training.
func (w *worker) resumeRules() {
	if w.resume && w.stopper != nil {
		w.stopper.Resume()
	}
	w.resume = false
}

// stop ends training and stepping.
func (w *worker) stop() {
	w.running = false
	w.steps = 0
}

// pace restarts the speed cap's count.
func (w *worker) pace() {
	w.paceStart = time.Now()
	w.paceEpochs = 0
}

// train trains for about chunkTime, or until the steps are done, and posts a
// snapshot when one is due. It returns how long to wait before the speed cap
// allows the next epoch, or 0.
//
// It trains a few batches at a time (Trainer.StepBatches), as many as its
// estimate of their cost lets fit into the chunk, so that a chunk, and so
// the answer to a pause, is not held up by a long epoch. A pause may
// therefore fall inside an epoch: the history ends at the last complete
// epoch, the network has the newest weights, and training resumes where it
// stopped, with the same numbers as without the pause.
func (w *worker) train() (wait time.Duration) {
	defer func() {
		if r := recover(); r != nil {
			w.stop()
			w.postError(fmt.Errorf("trainer: internal error while training: %v", r))
			wait = 0
		}
	}()
	t := w.s.Trainer
	start := time.Now()
	for w.busy() {
		left := w.chunk - time.Since(start)
		if left <= 0 {
			break
		}
		if w.batch == 0 && w.running && w.speed > 0 {
			due := w.paceStart.Add(time.Duration(float64(w.paceEpochs) / w.speed * float64(time.Second)))
			if d := time.Until(due); d > 0 {
				wait = d
				break
			}
		}
		n := 1
		if w.perBatch > 0 {
			n = max(1, min(int(left/w.perBatch), w.batches-w.batch))
		}
		t0 := time.Now()
		done, err := t.StepBatches(n)
		if err != nil {
			w.batch = 0
			w.stop()
			var de *nn.DivergedError
			if errors.As(err, &de) {
				w.diverged = de
				w.postDiverged()
			} else {
				w.postError(err)
			}
			return 0
		}
		if d := time.Since(t0) / time.Duration(n); w.perBatch == 0 {
			w.perBatch = d
		} else {
			w.perBatch = (3*w.perBatch + d) / 4
		}
		if !done {
			w.batch = min(w.batch+n, w.batches-1)
			continue
		}
		w.batch = 0
		st := t.Stats()
		w.record(st)
		if w.watch(st) {
			return 0
		}
		if w.tuned != nil {
			w.applyTune()
		}
		if w.running {
			w.paceEpochs++
		} else if w.steps--; w.steps == 0 {
			w.snapshot(true)
			return 0
		}
	}
	if since := time.Since(w.lastPost); len(w.hist) > 0 && since >= snapshotTime || w.batch > 0 && since >= epochSnapshotTime {
		w.snapshot(false)
	}
	return wait
}

// record appends one epoch's statistics to the history.
func (w *worker) record(s nn.Stats) {
	w.hist = append(w.hist, s) // Stats returns its own GradNorms
	if w.s.Data.Test.N > 0 {
		w.losses.Add(s.TrainLoss, s.TestLoss)
	}
}

// snapshot posts the history since the last report and the newest network;
// full adds the heatmap and the confusion matrix or scatter even when they
// were computed recently.
func (w *worker) snapshot(full bool) {
	start := time.Now()
	r := w.report(full)
	w.post(&r)
	d := time.Since(start)
	w.postTime += d
	if r.Heatmap != nil || r.Confusion != nil || r.Scatter != nil {
		// The extras' cost includes their encoding.
		w.extrasCost = d
	}
}

// report returns a snapshot of the current state (the history is emptied
// when it is posted).
func (w *worker) report(full bool) wire.Snapshot {
	r := wire.Snapshot{
		Running:     w.busy(),
		History:     w.hist,
		Net:         w.s.Trainer.Net(),
		Overfitting: w.losses.On(),
		Stopped:     w.stopped,
	}
	if w.coach != nil {
		r.Notices = w.coach.Notices()
	}
	if w.exploded != nil {
		e := *w.exploded
		r.Exploded = &e
	}
	if full || time.Since(w.lastExtras) >= max(snapshotTime, time.Duration(float64(w.extrasCost)/extrasShare)) {
		w.extras(&r, full)
	}
	return r
}

// heatmap is the output map: over the plane of two-input data, or for a
// table with more inputs the decision map over the two columns the
// settings name (the two most important by default), every other input
// held at its training median or mode.
func (w *worker) heatmap(full bool) *view.Heatmap {
	s := w.s
	if view.Planar(s) && w.settings.MapX == "" {
		return view.NewHeatmap(s, view.HeatRes, view.UnitRes, w.showTest)
	}
	cols := view.MapColumns(s)
	if len(cols) < 2 {
		return nil
	}
	x, y := w.settings.MapX, w.settings.MapY
	if !slices.Contains(cols, x) || !slices.Contains(cols, y) || x == y {
		// The most important columns (view.MapAxes evaluates the
		// training split once per column: a quarter of a second for
		// 64 columns) are chosen again for a report that answers a
		// command other than a pause (which must be quick), and kept
		// while training: the axes do not jump under the user's eyes.
		if e := s.Trainer.Epoch(); !w.axes.ok || full && !w.pausing && w.axes.epoch != e {
			w.axes.x, w.axes.y = view.MapAxes(s)
			w.axes.epoch, w.axes.ok = e, true
		}
		x, y = w.axes.x, w.axes.y
	}
	dm, err := view.NewDecisionMap(s, x, y, view.HeatRes, view.UnitRes, w.showTest, -1)
	if err != nil {
		return nil
	}
	dm.Heatmap.MapX, dm.Heatmap.MapY = dm.X, dm.Y
	return dm.Heatmap
}

// extras adds the heatmap (data with two numeric features) and the
// confusion matrix (classification) or the scatter of actual against
// predicted (regression), and notes how long they took.
func (w *worker) extras(r *wire.Snapshot, full bool) {
	start := time.Now()
	r.Heatmap = w.heatmap(full)
	if r.Heatmap != nil {
		if w.pointsSent && r.Running {
			r.Heatmap.Train, r.Heatmap.Test = nil, nil
		}
		w.pointsSent = true
	} else if r.Curve = view.NewCurve(w.s, view.CurveRes, w.showTest); r.Curve != nil {
		if w.pointsSent && r.Running {
			r.Curve.Train, r.Curve.Test = nil, nil
		}
		w.pointsSent = true
	}
	if w.s.Data.Task == data.Regression {
		r.Scatter = view.Scatter(w.s)
	} else {
		r.Confusion = w.s.Trainer.Confusion()
	}
	w.lastExtras = time.Now()
	w.extTime += w.lastExtras.Sub(start)
}

// post sends a report that carries a snapshot (Loaded, Tuned, Snapshot)
// and clears the history. Epochs with a non-finite statistic are left out
// of the history, and a network with a non-finite weight is not sent.
func (w *worker) post(r wire.Message) {
	var s *wire.Snapshot
	switch r := r.(type) {
	case *wire.Snapshot:
		s = r
	case *wire.Loaded:
		s = &r.Snapshot
	case *wire.Tuned:
		s = &r.Snapshot
	}
	if s != nil {
		s.History = finiteStats(s.History)
		if s.Net != nil && !finiteNet(s.Net) {
			s.Net = nil
		}
	}
	w.send(r)
	w.hist = w.hist[:0]
	w.lastPost = time.Now()
	w.posts++
}

// send encodes r and posts it.
func (w *worker) send(r wire.Message) {
	w.buf = wire.Append(w.buf[:0], r)
	w.h.post(w.buf)
}

// postOther posts a report that leaves the history for the next
// snapshot (ModelFile, Predictions, BenchResults).
func (w *worker) postOther(r wire.Message) { w.send(r) }

// postError reports err; a data error carries its parts.
func (w *worker) postError(err error) {
	f := &wire.Failed{Message: err.Error(), Running: w.busy()}
	if line, col := session.ErrorPosition(err); line > 0 || col > 0 {
		code, cell := session.ErrorCell(err)
		f.Data = &wire.DataError{Code: code, Cell: cell, Line: line, Column: col}
	} else if code, cell := session.ErrorCell(err); code != "" {
		f.Data = &wire.DataError{Code: code, Cell: cell}
	}
	w.send(f)
	w.lastPost = time.Now()
}

// postDiverged reports that training stopped on a non-finite value: the
// history up to it, and the divergence, which the page words.
func (w *worker) postDiverged() {
	r := w.report(true)
	de := *w.diverged
	r.Diverged = &de
	w.post(&r)
}

func finiteStats(h []nn.Stats) []nn.Stats {
	i := 0
	for i < len(h) && finiteStat(&h[i]) {
		i++
	}
	if i == len(h) {
		return h
	}
	out := h[:i:i]
	for _, s := range h[i:] {
		if finiteStat(&s) {
			out = append(out, s)
		}
	}
	return out
}

func finiteStat(s *nn.Stats) bool {
	return finite(s.TrainLoss, s.TestLoss, s.TrainMetric, s.TestMetric, s.TrainRMSE, s.TestRMSE, s.ValidLoss, s.ValidMetric, s.ValidRMSE) && finite(s.GradNorms...)
}

func finiteNet(n *nn.Network) bool {
	for l := range n.W {
		if !finite(n.W[l]...) || !finite(n.B[l]...) {
			return false
		}
	}
	return true
}

func finite(v ...float64) bool {
	for _, x := range v {
		if math.IsNaN(x) || math.IsInf(x, 0) {
			return false
		}
	}
	return true
}

// signal does a non-blocking send: callbacks from JavaScript must not block,
// and one pending signal is enough.
func signal(c chan struct{}) {
	select {
	case c <- struct{}{}:
	default:
	}
}
