package main

import (
	"errors"
	"fmt"
	"math"
	"slices"
	"strconv"
	"time"

	"github.com/nnplayground/playground/core/data"
	"github.com/nnplayground/playground/core/nn"
	"github.com/nnplayground/playground/core/session"
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
	heatRes     = 50 // output heatmap: heatRes×heatRes cells
	unitRes     = 20 // each hidden unit's heatmap: unitRes×unitRes cells
)

// message is one command from the page, with the time it arrived (or, for a
// command that the worker schedules itself, the time it was due).
type message struct {
	text string
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
	// post sends one report to the page.
	post(report string)
	// take returns the commands received since the last call, oldest first.
	take() []message
	// wait blocks until a command arrives or d has passed; d < 0 waits
	// for a command only.
	wait(d time.Duration)
	// yield lets the event loop deliver pending messages and returns soon.
	yield()
	// later delivers text as a command after d, as if the page posted it.
	later(d time.Duration, text string)
}

// command is a session.Command, plus the fields of the worker's own ops.
type command struct {
	session.Command
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
	diverged   error // why training stopped on a non-finite value; only load or reset clear it
	// tuned holds settings of an OpTune that arrived in the middle of an
	// epoch, applied when the epoch is complete.
	tuned *session.Settings

	// The coach (nn.Coach) watches every epoch: exploded is set when it
	// stopped training, until a rollback, load or reset. The stop rules
	// (nn.Stopper) end training early; stopped says why, once.
	coach    *nn.Coach
	exploded *nn.ExplodedError
	stopper  *nn.Stopper
	stopped  *nn.Stop

	enc    encoder
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

// run serves commands forever.
func (w *worker) run() {
	for {
		w.tick()
	}
}

// tick handles the pending commands, then trains one chunk and yields, or
// waits for a command when there is nothing to train.
func (w *worker) tick() {
	for _, m := range w.h.take() {
		w.handle(m)
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
	var c command
	if err := decodeCommand([]byte(m.text), &c.Command); err != nil {
		w.postError(fmt.Errorf("trainer: bad command %q: %v", clip(m.text, 80), err))
		return
	}
	switch c.Op {
	case session.OpLoad:
		if c.Settings == nil {
			w.postError(errors.New("trainer: load without settings"))
			return
		}
		w.load(*c.Settings, c.Params)
		return
	case session.OpSpeed:
		if !(c.Speed >= 0) || math.IsInf(c.Speed, 0) {
			w.postError(fmt.Errorf("trainer: speed must be a finite number ≥ 0, got %v", c.Speed))
			return
		}
		w.speed = c.Speed
		w.pace()
		return
	case session.OpTune:
		if c.Settings == nil {
			w.postError(errors.New("trainer: tune without settings"))
			return
		}
		if w.s == nil {
			w.load(*c.Settings, nil)
			return
		}
		if !session.Tunable(w.settings, *c.Settings) {
			w.postError(errors.New("trainer: tune: these settings need a new network (op load)"))
			return
		}
		next := *c.Settings
		w.tuned = &next
		if w.batch == 0 {
			w.applyTune()
		}
		return
	case session.OpShowTest:
		w.showTest = c.Flag
		w.pointsSent = false
		if w.s != nil {
			w.snapshot(session.KindSnapshot, true)
		}
		return
	case OpBench:
		w.bench(c)
		return
	case session.OpCheck:
		// The page sends checks to the tools worker (wasm/checker): the
		// trainer needs neither its weight nor its seconds of re-training.
		w.postError(errors.New("trainer: op \"check\" runs in the tools worker (wasm/checker), not the trainer"))
		return
	case session.OpTrain, session.OpPause, session.OpStep, session.OpReset, session.OpSetWeight, session.OpSetBias, session.OpRollback, session.OpExplain,
		session.OpModel, session.OpPredict:
	default:
		w.postError(fmt.Errorf("trainer: unknown op %q", c.Op))
		return
	}
	if w.s == nil {
		w.postError(fmt.Errorf("trainer: %q before any data was loaded", c.Op))
		return
	}
	switch c.Op {
	case session.OpTrain:
		if w.diverged != nil {
			w.postDiverged()
			return
		}
		if w.exploded != nil {
			w.snapshot(session.KindSnapshot, true)
			return
		}
		if !w.running {
			w.running = true
			w.steps = 0
			w.pace()
		}
	case session.OpPause:
		if w.running || w.steps > 0 {
			w.pauseAt = m.at
		}
		w.stop()
		w.snapshot(session.KindSnapshot, true)
		if w.pauseAt >= 0 {
			w.pauseLatency = w.lastPost.Sub(workerStart) - w.pauseAt
			w.pauseAt = -1
		}
	case session.OpStep:
		if w.diverged != nil {
			w.postDiverged()
			return
		}
		if w.exploded != nil {
			w.snapshot(session.KindSnapshot, true)
			return
		}
		n := c.Steps
		if n <= 0 {
			n = 1
		}
		w.running = false
		w.steps += n
	case session.OpReset:
		w.load(w.settings, w.params)
	case session.OpRollback:
		w.rollback(c.Text)
	case session.OpExplain:
		w.explain(c.Layer, c.To, c.Steps)
	case session.OpSetWeight:
		if err := w.s.Trainer.SetWeight(c.Layer, c.To, c.From, c.Value); err != nil {
			w.postError(err)
			return
		}
		w.coach.Reset()
		w.hist = append(w.hist, w.s.Trainer.Stats()) // the edited weights' losses, at the same epoch
		w.snapshot(session.KindSnapshot, true)
	case session.OpSetBias:
		if err := w.s.Trainer.SetBias(c.Layer, c.To, c.Value); err != nil {
			w.postError(err)
			return
		}
		w.coach.Reset()
		w.hist = append(w.hist, w.s.Trainer.Stats())
		w.snapshot(session.KindSnapshot, true)
	case session.OpModel:
		b, err := marshalModel(w.s.Trainer.Model())
		if err != nil {
			w.postError(err)
			return
		}
		w.postData(session.KindModel, string(b))
	case session.OpPredict:
		text, err := predictionsCSV(w.s)
		if err != nil {
			w.postError(err)
			return
		}
		w.postData(session.KindPredictions, text)
	}
}

// load builds a fresh session from s, starting from the weights params
// when they are given (in nn.Network.Params order), and reports it. On error
// the previous session stays loaded and the error is reported, with its line
// and column for a data error.
func (w *worker) load(s session.Settings, params []float64) error {
	ss, err := session.Build(s)
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
	w.coach, w.exploded, w.stopped = nn.NewCoach(ss.Trainer, nn.CoachConfig{}), nil, nil
	w.stopper = nil
	if s.Stop != (nn.StopRules{}) {
		w.stopper = nn.NewStopper(ss.Trainer, s.Stop)
	}
	w.batches, w.batch, w.perBatch = batches(ss), 0, 0
	w.enc.reset()
	w.pointsSent = false
	w.hist = append(w.hist[:0], ss.Trainer.Stats())
	w.losses.Reset()
	r := w.report(session.KindLoaded, true)
	r.Summary = ss.Summary()
	w.post(r)
	return nil
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
				w.snapshot(session.KindSnapshot, true)
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
			w.snapshot(session.KindSnapshot, true)
			// Train again goes on from here without the rule: the user
			// chose to train longer. A load or a reset brings it back.
			w.stopped, w.stopper = nil, nil
			return true
		}
	}
	return false
}

// rollback answers an explosion: back to the coach's last good epoch
// ("back"), and on with the learning rate divided by 10 ("lower") or with
// gradient clipping at norm 1 ("clip"). The page's history goes back to
// that epoch with the snapshot.
func (w *worker) rollback(how string) {
	if w.exploded == nil || w.coach == nil {
		w.postError(errors.New("trainer: rollback without an explosion"))
		return
	}
	var err error
	switch how {
	case "lower":
		var lr float64
		lr, err = w.coach.RollbackLower(10)
		w.settings.Model.LearningRate = lr
	case "clip":
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
	r := w.report(session.KindTuned, true)
	r.Epoch = w.s.Trainer.Epoch()
	w.post(r)
}

// explain answers OpExplain: neuron unit of layer for row i of the test
// split (the training split when there is no test split), computed by the
// engine (nn.Trainer.Explain) with the current weights.
func (w *worker) explain(layer, unit, i int) {
	split := "test"
	if w.s.Data.Test.N == 0 {
		split = "train"
	}
	x, y, row, err := w.s.SplitRow(split, i)
	if err == nil {
		var n *nn.Neuron
		if n, err = w.s.Trainer.Explain(x, y, layer, unit); err == nil {
			w.post(session.Report{Kind: session.KindExplain, Running: w.busy(), Explain: n, Line: w.s.Table.Line(row), Cell: split})
			return
		}
	}
	w.postError(err)
}

// applyTune applies the settings of a pending OpTune between two epochs
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
	r := w.report(session.KindTuned, true) // the map too: its axes may have changed
	r.Epoch = w.s.Trainer.Epoch()
	w.post(r)
}

// batches returns the number of batches in an epoch of s.
func batches(s *session.Session) int {
	n, bs := s.Data.Train.N, s.Settings.Model.BatchSize
	if bs <= 0 || bs > n {
		return 1
	}
	return (n + bs - 1) / bs
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
				w.diverged = err
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
			w.snapshot(session.KindSnapshot, true)
			return 0
		}
	}
	if since := time.Since(w.lastPost); len(w.hist) > 0 && since >= snapshotTime || w.batch > 0 && since >= epochSnapshotTime {
		w.snapshot(session.KindSnapshot, false)
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
func (w *worker) snapshot(kind string, full bool) {
	start := time.Now()
	r := w.report(kind, full)
	w.post(r)
	d := time.Since(start)
	w.postTime += d
	if r.Heatmap != nil || r.Confusion != nil || r.Scatter != nil {
		// The extras' cost includes their encoding.
		w.extrasCost = d
	}
}

// report builds a report of the current state and empties the history.
func (w *worker) report(kind string, full bool) session.Report {
	r := session.Report{
		Kind:        kind,
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
		r.Exploded = session.NewExplosion(w.exploded)
		r.Error = w.exploded.Error()
	}
	if full || time.Since(w.lastExtras) >= max(snapshotTime, time.Duration(float64(w.extrasCost)/extrasShare)) {
		w.extras(&r)
	}
	return r
}

// heatmap is the output map: over the plane of two-input data, or for a
// table with more inputs the decision map over the two columns the
// settings name (the two most important by default), every other input
// held at its training median or mode.
func (w *worker) heatmap() *session.Heatmap {
	s := w.s
	if s.Planar() && w.settings.MapX == "" {
		return s.Heatmap(heatRes, unitRes, w.showTest)
	}
	cols := s.MapColumns()
	if len(cols) < 2 {
		return nil
	}
	x, y := w.settings.MapX, w.settings.MapY
	if !slices.Contains(cols, x) || !slices.Contains(cols, y) || x == y {
		x, y = s.MapAxes()
	}
	dm, err := s.DecisionMap(x, y, heatRes, unitRes, w.showTest, -1)
	if err != nil {
		return nil
	}
	dm.Heatmap.MapX, dm.Heatmap.MapY = dm.X, dm.Y
	return dm.Heatmap
}

// extras adds the heatmap (data with two numeric features) and the
// confusion matrix (classification) or the scatter of actual against
// predicted (regression), and notes how long they took.
func (w *worker) extras(r *session.Report) {
	start := time.Now()
	r.Heatmap = w.heatmap()
	if r.Heatmap != nil {
		if w.pointsSent && r.Running {
			r.Heatmap.Train, r.Heatmap.Test = nil, nil
		}
		w.pointsSent = true
	}
	if w.s.Data.Task == data.Regression {
		r.Scatter = w.s.Scatter()
	} else {
		r.Confusion = w.s.Trainer.Confusion()
	}
	w.lastExtras = time.Now()
	w.extTime += w.lastExtras.Sub(start)
}

// post sends r as JSON and clears the history. Non-finite numbers, which
// JSON cannot carry, are left out: history entries with them are dropped and
// a network with them is not sent.
func (w *worker) post(r session.Report) {
	b, err := w.enc.encode(r)
	if err != nil {
		r.History = finiteStats(r.History)
		if r.Net != nil && !finiteNet(r.Net) {
			r.Net = nil
		}
		b, err = w.enc.encode(r)
	}
	if err != nil {
		b, _ = encodeReport(session.Report{Kind: session.KindError, Error: "trainer: cannot encode report: " + err.Error(), Running: w.busy()})
	}
	w.h.post(string(b))
	w.hist = w.hist[:0]
	w.lastPost = time.Now()
	w.posts++
}

// postData posts a report of the given kind whose payload is data. It
// leaves the history for the next snapshot.
func (w *worker) postData(kind, data string) {
	b, err := encodeReport(session.Report{Kind: kind, Running: w.busy(), Data: data})
	if err != nil {
		w.postError(err)
		return
	}
	w.h.post(string(b))
}

// postError reports err; a data error carries its line and column.
func (w *worker) postError(err error) {
	r := session.Report{Kind: session.KindError, Error: err.Error(), Running: w.busy()}
	r.Line, r.Column = session.ErrorPosition(err)
	r.Code, r.Cell = session.ErrorCell(err)
	b, _ := encodeReport(r)
	w.h.post(string(b))
	w.lastPost = time.Now()
}

// postDiverged reports that training stopped on a non-finite value: the
// history up to it, and the engine's explanation with its fix.
func (w *worker) postDiverged() {
	r := w.report(session.KindSnapshot, true)
	r.Diverged = true
	r.Error = w.diverged.Error()
	var de *nn.DivergedError
	if errors.As(w.diverged, &de) {
		// Its parts, for the page to word in other languages (see session.Report).
		clipped := "0"
		if de.Clipped {
			clipped = "1"
		}
		r.Code, r.Line = session.CodeDiverged, de.Epoch
		r.Cell = de.What + " " + strconv.FormatFloat(de.Value, 'g', -1, 64) + " " + strconv.FormatFloat(de.LearningRate, 'g', -1, 64) + " " + clipped
	}
	w.post(r)
}

func finiteStats(h []nn.Stats) []nn.Stats {
	out := h[:0:0]
	for _, s := range h {
		if ok := finite(s.TrainLoss, s.TestLoss, s.TrainMetric, s.TestMetric, s.TrainRMSE, s.TestRMSE, s.ValidLoss, s.ValidMetric, s.ValidRMSE) && finite(s.GradNorms...); ok {
			out = append(out, s)
		}
	}
	return out
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

// clip shortens s to at most n bytes for an error message.
func clip(s string, n int) string {
	if len(s) <= n {
		return s
	}
	return s[:n] + "…"
}
