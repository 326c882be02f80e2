package main

import (
	"runtime"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/nnplayground/playground/core/nn"
	"github.com/nnplayground/playground/core/session"
	"github.com/nnplayground/playground/core/session/view"
	"github.com/nnplayground/playground/core/wire"
)

// fakeHost is the worker's host for tests: commands are queued by the test
// (or by timers), and reports are collected.
type fakeHost struct {
	mu      sync.Mutex
	queue   []message
	wakeCh  chan struct{}
	reports []report
	refs    []*wire.Reference // every linear reference posted
	t       *testing.T
}

func newFakeHost(t *testing.T) *fakeHost {
	return &fakeHost{wakeCh: make(chan struct{}, 1), t: t}
}

func (h *fakeHost) send(c wire.Message) { h.sendBytes(wire.Marshal(c)) }

func (h *fakeHost) sendBytes(b []byte) {
	h.mu.Lock()
	h.queue = append(h.queue, message{data: b, at: sinceStart()})
	h.mu.Unlock()
	signal(h.wakeCh)
}

func (h *fakeHost) post(b []byte) {
	m, err := wire.Unmarshal(b, wire.Trainer)
	if err != nil {
		h.t.Fatalf("report does not decode: %v", err)
	}
	h.mu.Lock()
	defer h.mu.Unlock()
	if ref, ok := m.(*wire.Reference); ok {
		// Kept aside: the tests read the stream of the other reports.
		h.refs = append(h.refs, ref)
		return
	}
	h.reports = append(h.reports, flatten(h.t, m))
}

func (h *fakeHost) take() []message {
	h.mu.Lock()
	defer h.mu.Unlock()
	q := h.queue
	h.queue = nil
	return q
}

func (h *fakeHost) wait(d time.Duration) {
	h.mu.Lock()
	n := len(h.queue)
	h.mu.Unlock()
	if n > 0 {
		return
	}
	if d < 0 {
		d = 100 * time.Millisecond // a test never waits forever
	}
	select {
	case <-h.wakeCh:
	case <-time.After(d):
	}
}

func (h *fakeHost) yield() { runtime.Gosched() }

func (h *fakeHost) later(d time.Duration, c wire.Message) {
	due, b := sinceStart()+d, wire.Marshal(c)
	time.AfterFunc(d, func() {
		h.mu.Lock()
		h.queue = append(h.queue, message{data: b, at: due})
		h.mu.Unlock()
		signal(h.wakeCh)
	})
}

// drain returns the reports posted since the last call.
func (h *fakeHost) drain() []report {
	h.mu.Lock()
	defer h.mu.Unlock()
	r := h.reports
	h.reports = nil
	return r
}

// until runs the worker's loop until cond holds for the reports so far, or
// fails after timeout.
func until(t *testing.T, w *worker, h *fakeHost, timeout time.Duration, cond func([]report) bool) []report {
	t.Helper()
	var got []report
	deadline := time.Now().Add(timeout)
	for time.Now().Before(deadline) {
		w.tick()
		got = append(got, h.drain()...)
		if cond(got) {
			return got
		}
	}
	t.Fatalf("timed out; reports: %+v", kinds(got))
	return nil
}

func kinds(rs []report) []string {
	var k []string
	for _, r := range rs {
		k = append(k, r.Kind+":"+r.Error)
	}
	return k
}

func last(rs []report) report { return rs[len(rs)-1] }

func kind(k string) func([]report) bool {
	return func(rs []report) bool {
		for _, r := range rs {
			if r.Kind == k {
				return true
			}
		}
		return false
	}
}

// stopped holds once a report with Running false arrived.
func stopped(rs []report) bool {
	return len(rs) > 0 && !last(rs).Running && last(rs).Kind != kindLoaded
}

func circle() session.Settings {
	s := session.Default() // the circle, 4,2 tanh, 30 % test
	return s
}

func load(t *testing.T, w *worker, h *fakeHost, s session.Settings) report {
	t.Helper()
	h.send(&wire.Load{Settings: s})
	rs := until(t, w, h, 5*time.Second, func(rs []report) bool { return len(rs) > 0 })
	return rs[0]
}

func TestLoad(t *testing.T) {
	h := newFakeHost(t)
	w := newWorker(h)
	r := load(t, w, h, circle())
	if r.Kind != kindLoaded || r.Summary == nil || r.Net == nil || r.Running {
		t.Fatalf("load: got kind %q, summary %v, net %v, running %v", r.Kind, r.Summary != nil, r.Net != nil, r.Running)
	}
	if len(r.History) != 1 || r.History[0].Epoch != 0 {
		t.Errorf("load: history %+v, want epoch 0 alone", r.History)
	}
	if r.Heatmap == nil || len(r.Heatmap.Out) != view.HeatRes*view.HeatRes || r.Heatmap.UnitRes != view.UnitRes || len(r.Heatmap.Units) != 6 {
		t.Errorf("load: heatmap missing or misshapen")
	}
	if r.Heatmap != nil && len(r.Heatmap.Test) != 0 {
		t.Errorf("load: test points shown without show-test")
	}
	if len(r.Confusion) != 2 {
		t.Errorf("load: confusion %v, want 2×2", r.Confusion)
	}

	// A data error names its line and column and keeps the old data.
	bad := circle()
	bad.Dataset, bad.Text = "", "x,y,label\n1,2,a\n3,zz,b\n4,5,a\n"
	h.send(&wire.Load{Settings: bad})
	rs := until(t, w, h, time.Second, kind(kindError))
	if e := last(rs); e.Line == 0 || e.Column == 0 || !strings.Contains(e.Error, "zz") {
		t.Errorf("bad data: got line %d, column %d, error %q; want a position and the bad text", e.Line, e.Column, e.Error)
	}
	h.send(&wire.Step{Epochs: 1})
	rs = until(t, w, h, 5*time.Second, stopped)
	if got := last(rs); len(got.History) != 1 || got.Heatmap == nil || got.Heatmap.Res != view.HeatRes {
		t.Errorf("after bad data: step gave %+v; want the circle still loaded", kinds(rs))
	}

	// show-test adds the test points.
	h.send(&wire.ShowTest{Show: true})
	rs = until(t, w, h, time.Second, kind(kindSnapshot))
	if hm := last(rs).Heatmap; hm == nil || len(hm.Test) != 90 {
		t.Errorf("show-test: no test points in the heatmap")
	}
}

// TestStepMatchesTrainer checks that the worker reports exactly what core
// computes: the same settings and seed built natively and stepped give the
// same statistics.
func TestStepMatchesTrainer(t *testing.T) {
	h := newFakeHost(t)
	w := newWorker(h)
	load(t, w, h, circle())
	h.send(&wire.Step{Epochs: 7})
	rs := until(t, w, h, 5*time.Second, stopped)
	var hist []nn.Stats
	for _, r := range rs {
		hist = append(hist, r.History...)
	}
	if len(hist) != 7 {
		t.Fatalf("step 7: %d epochs reported", len(hist))
	}
	ss, err := session.Build(circle())
	if err != nil {
		t.Fatal(err)
	}
	for i := range hist {
		if err := ss.Trainer.Step(); err != nil {
			t.Fatal(err)
		}
		want := ss.Trainer.Stats()
		// Exact: the same code on the same numbers, and JSON carries
		// float64 exactly.
		if hist[i].Epoch != i+1 || hist[i].TrainLoss != want.TrainLoss || hist[i].TestLoss != want.TestLoss {
			t.Errorf("epoch %d: got %+v, want %+v", i+1, hist[i], want)
		}
	}

	// Reset starts again from the same network.
	h.send(&wire.Reset{})
	until(t, w, h, 5*time.Second, kind(kindLoaded))
	h.send(&wire.Step{})
	rs = until(t, w, h, 5*time.Second, stopped)
	if got := last(rs).History; len(got) != 1 || got[0].TrainLoss != hist[0].TrainLoss {
		t.Errorf("after reset, step: %+v, want epoch 1 as before %+v", got, hist[0])
	}
}

func TestTrainPause(t *testing.T) {
	h := newFakeHost(t)
	w := newWorker(h)
	load(t, w, h, circle())
	h.send(&wire.Train{})
	epochs, snaps := 0, 0
	var stoppedAt int // epochs trained when the pause was sent
	ticks := 0
	rs := until(t, w, h, 10*time.Second, func(rs []report) bool {
		for _, r := range rs[snaps:] {
			if r.Kind != kindSnapshot {
				t.Fatalf("report %d: kind %q (%s)", snaps, r.Kind, r.Error)
			}
			for _, s := range r.History {
				epochs++
				if s.Epoch != epochs {
					t.Fatalf("epoch %d reported as %d: history has a gap", epochs, s.Epoch)
				}
			}
			snaps++
		}
		if stoppedAt > 0 {
			ticks++
			return stopped(rs)
		}
		if len(rs) > 0 && !last(rs).Running {
			t.Fatalf("report %d: running false before the pause", len(rs))
		}
		// Pause once several snapshots came.
		if snaps >= 3 {
			stoppedAt = w.s.Trainer.Epoch()
			h.send(&wire.Pause{})
		}
		return false
	})
	// The pause is handled before the next chunk: one tick, no more epochs.
	if ticks != 1 || epochs != stoppedAt {
		t.Errorf("pause after epoch %d: answered after %d ticks, %d epochs reported", stoppedAt, ticks, epochs)
	}
	t.Logf("%d epochs in %d snapshots; pause answered after %v", epochs, len(rs), w.pauseLatency)

	// The heatmap's points went out with the load: running snapshots leave
	// them out, the final one has them.
	for i, r := range rs {
		if r.Running && r.Heatmap != nil && (r.Heatmap.Train != nil || r.Heatmap.Test != nil) {
			t.Errorf("running snapshot %d repeats the heatmap's points", i)
		}
	}
	if hm := last(rs).Heatmap; hm == nil || len(hm.Train) == 0 {
		t.Errorf("the final snapshot lacks the heatmap's points")
	}

	// Nothing more arrives once paused.
	w.tick()
	if rs := h.drain(); len(rs) != 0 {
		t.Errorf("after pause: %d more reports", len(rs))
	}
}

func TestSpeed(t *testing.T) {
	h := newFakeHost(t)
	w := newWorker(h)
	load(t, w, h, circle())
	h.send(&wire.SetSpeed{EpochsPerSec: 100})
	h.send(&wire.Train{})
	start := time.Now()
	var elapsed time.Duration
	rs := until(t, w, h, 5*time.Second, func(rs []report) bool {
		if elapsed == 0 && time.Since(start) >= 300*time.Millisecond {
			elapsed = time.Since(start)
			h.send(&wire.Pause{})
		}
		return stopped(rs)
	})
	epochs := 0
	for _, r := range rs {
		epochs += len(r.History)
	}
	// 100 epochs/s: never more than that; on a busy machine timers come
	// late, so the lower bound is loose.
	limit := 100 * elapsed.Seconds()
	if float64(epochs) > limit+1 || float64(epochs) < limit/10 {
		t.Errorf("speed 100 for %v: %d epochs, want about %.0f and never more", elapsed, epochs, limit)
	}
}

func TestDiverged(t *testing.T) {
	h := newFakeHost(t)
	w := newWorker(h)
	s := session.Default()
	s.Dataset, s.Points = "reg-plane", 200
	s.Norm = 2                  // no normalization
	s.Model.LearningRate = 1e30 // NaN within the first epoch, before the coach sees a finite explosion
	load(t, w, h, s)
	h.send(&wire.Train{})
	rs := until(t, w, h, 10*time.Second, stopped)
	r := last(rs)
	if !r.Diverged || !strings.Contains(r.Error, "diverged") || r.Running {
		t.Fatalf("got %+v, want a diverged report", kinds(rs))
	}
	t.Logf("diverged: %s", r.Error)
	h.send(&wire.Step{})
	rs = until(t, w, h, time.Second, func(rs []report) bool { return len(rs) > 0 })
	if !last(rs).Diverged {
		t.Errorf("step after divergence: got %+v, want the divergence again", kinds(rs))
	}
	h.send(&wire.Reset{})
	rs = until(t, w, h, time.Second, kind(kindLoaded))
	if last(rs).Diverged || w.diverged != nil {
		t.Errorf("reset did not clear the divergence")
	}
}

func TestBadCommands(t *testing.T) {
	tests := []struct {
		Name  string
		Input []byte
		Error string
	}{
		{"not a message", []byte(`{"op":"train"}`), "bad command"},
		{"cut short", wire.Marshal(&wire.Step{Epochs: 300})[:3], "bad command"},
		{"before load", wire.Marshal(&wire.Train{}), "wire.Train before any data"},
		{"negative speed", wire.Marshal(&wire.SetSpeed{EpochsPerSec: -1}), "speed"},
		{"not a command", wire.Marshal(&wire.Snapshot{}), "not a trainer command"},
	}
	for _, tt := range tests {
		t.Run(tt.Name, func(t *testing.T) {
			h := newFakeHost(t)
			w := newWorker(h)
			h.sendBytes(tt.Input)
			rs := until(t, w, h, time.Second, kind(kindError))
			if !strings.Contains(last(rs).Error, tt.Error) {
				t.Errorf("got error %q, want it to mention %q", last(rs).Error, tt.Error)
			}
		})
	}
	h := newFakeHost(t)
	w := newWorker(h)
	load(t, w, h, circle())
	for _, c := range []wire.Message{&wire.Loaded{}, &wire.SetWeight{Layer: 7, Value: 1}, &wire.SetBias{To: 99, Value: 1}} {
		h.send(c)
		rs := until(t, w, h, time.Second, kind(kindError))
		t.Logf("%T: %s", c, last(rs).Error)
	}
	h.send(&wire.SetWeight{Layer: 0, To: 1, From: 0, Value: 0.5})
	rs := until(t, w, h, time.Second, kind(kindSnapshot))
	if got := last(rs).Net.W[0][1*2+0]; got != 0.5 {
		t.Errorf("set-weight: W[0][2] = %v, want 0.5", got)
	}
}

// TestLongStep checks that a step of many epochs reports them all, in
// several snapshots of which only the last says it stopped.
func TestLongStep(t *testing.T) {
	h := newFakeHost(t)
	w := newWorker(h)
	load(t, w, h, circle())
	h.send(&wire.Step{Epochs: 1500})
	rs := until(t, w, h, 20*time.Second, stopped)
	epochs := 0
	for i, r := range rs {
		epochs += len(r.History)
		if r.Running != (i < len(rs)-1) {
			t.Errorf("report %d of %d: running %v", i+1, len(rs), r.Running)
		}
	}
	if epochs != 1500 || w.s.Trainer.Epoch() != 1500 {
		t.Errorf("step 1500: %d epochs reported, trainer at %d", epochs, w.s.Trainer.Epoch())
	}
	t.Logf("step 1500: %d snapshots", len(rs))
}

// TestPauseInsideEpoch pauses and resumes after every few batches, so that
// most pauses fall inside an epoch, and checks that the history is the same,
// bit for bit, as an uninterrupted run of core.
func TestPauseInsideEpoch(t *testing.T) {
	s := session.Default()
	s.Dataset, s.Points, s.Model.BatchSize = "spiral", 400, 4 // 70 batches an epoch
	h := newFakeHost(t)
	w := newWorker(h)
	w.chunk = 20 * time.Microsecond
	load(t, w, h, s)
	var hist []nn.Stats
	inside := 0
	for w.s.Trainer.Epoch() < 10 {
		h.send(&wire.Train{})
		w.tick()
		h.send(&wire.Pause{})
		w.tick()
		if w.batch > 0 {
			inside++
		}
		for _, r := range h.drain() {
			hist = append(hist, r.History...)
		}
	}
	if inside < 10 {
		t.Errorf("only %d pauses inside an epoch", inside)
	}
	ss, err := session.Build(s)
	if err != nil {
		t.Fatal(err)
	}
	for i, got := range hist {
		if err := ss.Trainer.Step(); err != nil {
			t.Fatal(err)
		}
		// Exact: the same code on the same numbers in the same order.
		if want := ss.Trainer.Stats(); got.Epoch != want.Epoch || got.TrainLoss != want.TrainLoss || got.TestLoss != want.TestLoss {
			t.Fatalf("report %d: got %+v, want %+v", i, got, want)
		}
	}
	t.Logf("%d epochs, %d pauses inside an epoch", len(hist), inside)
}

func TestLoadParams(t *testing.T) {
	h := newFakeHost(t)
	w := newWorker(h)
	s := circle()
	ss, _ := session.Build(s)
	p := make([]float64, len(ss.Trainer.Net().Params()))
	for i := range p {
		p[i] = float64(i) / 100
	}
	h.send(&wire.Load{Settings: s, Params: p})
	rs := until(t, w, h, 5*time.Second, kind(kindLoaded))
	net := last(rs).Net
	// Network.Params order: layer 0's weights (row j: into unit j), its
	// biases, then layer 1 …
	if net.W[0][0] != 0 || net.W[0][1] != 0.01 || net.B[0][0] != float64(net.Sizes[0]*net.Sizes[1])/100 {
		t.Errorf("loaded net: W[0][:2] = %v, B[0][0] = %v; want the given params", net.W[0][:2], net.B[0][0])
	}
	h.send(&wire.Step{})
	until(t, w, h, 5*time.Second, stopped)
	h.send(&wire.Reset{})
	rs = until(t, w, h, 5*time.Second, kind(kindLoaded))
	if got := last(rs).Net.W[0][1]; got != 0.01 {
		t.Errorf("after reset: W[0][1] = %v, want the given start 0.01", got)
	}
	h.send(&wire.Load{Settings: s, Params: p[1:]})
	rs = until(t, w, h, 5*time.Second, kind(kindError))
	if !strings.Contains(last(rs).Error, "24 parameters") || w.params == nil {
		t.Errorf("short params: got %q, and the previous start should stay", last(rs).Error)
	}
}

// TestKeptTable checks that the worker parses a pasted table once: loads
// and tunes that use the paste (Pasted), a reset and the same text again
// take the table parsed before and train the same as a fresh parse; a new
// paste is parsed.
func TestKeptTable(t *testing.T) {
	h := newFakeHost(t)
	w := newWorker(h)
	s := session.Default()
	s.Dataset, s.Text = "", "x,y,label\n1,2,a\n3,1,b\n4,5,a\n2,2,b\n5,1,a\n1,1,b\n"
	pasted := s
	pasted.Text = ""
	h.send(&wire.Paste{Text: s.Text})
	h.send(&wire.Load{Settings: pasted, Pasted: true})
	if r := last(until(t, w, h, 5*time.Second, kind(kindLoaded))); r.ParsedRows != 6 || w.settings.Text != s.Text {
		t.Fatalf("first load: %d rows parsed, text %q; want 6 rows", r.ParsedRows, w.settings.Text)
	}
	h.send(&wire.Step{Epochs: 3})
	want := last(until(t, w, h, 5*time.Second, stopped)).History

	for _, c := range []wire.Message{&wire.Load{Settings: pasted, Pasted: true}, &wire.Reset{}, &wire.Load{Settings: s}} {
		h.send(c)
		r := last(until(t, w, h, 5*time.Second, kind(kindLoaded)))
		if r.ParsedRows != 0 || r.Summary.Rows != 6 || w.settings.Text != s.Text {
			t.Errorf("%T: %d rows parsed, summary of %d rows, text %q; want the kept table", c, r.ParsedRows, r.Summary.Rows, w.settings.Text)
		}
		h.send(&wire.Step{Epochs: 3})
		if got := last(until(t, w, h, 5*time.Second, stopped)).History; len(got) != 3 || got[2].TrainLoss != want[2].TrainLoss || got[2].Epoch != want[2].Epoch {
			t.Errorf("%T, then 3 epochs: %+v, want %+v", c, got, want)
		}
	}

	lr := pasted
	lr.Model.LearningRate = 0.1
	h.send(&wire.Tune{Settings: lr, Pasted: true})
	if r := last(until(t, w, h, 5*time.Second, kind(kindTuned))); r.Kind != kindTuned || w.settings.Text != s.Text {
		t.Errorf("tune with Pasted: %s, text %q", r.Kind, w.settings.Text)
	}

	// A new paste is parsed; its data error is reported by the load that
	// uses it, and the old table stays loaded.
	h.send(&wire.Paste{Text: s.Text + "7,7,a\n"})
	h.send(&wire.Load{Settings: pasted, Pasted: true})
	if r := last(until(t, w, h, 5*time.Second, kind(kindLoaded))); r.ParsedRows != 7 {
		t.Errorf("a new paste: %d rows parsed, want 7", r.ParsedRows)
	}
	h.send(&wire.Paste{Text: "x,y,label\n1,2,a\n3,zz,b\n4,5,a\n"})
	h.send(&wire.Load{Settings: pasted, Pasted: true})
	if r := last(until(t, w, h, 5*time.Second, kind(kindError))); r.Line == 0 {
		t.Errorf("a bad paste: %+v, want a data error", r)
	}
	if w.s.Summary().Rows != 7 {
		t.Errorf("after a bad paste, %d rows loaded; want the 7 before", w.s.Summary().Rows)
	}
}

// TestExploded: a finite explosion stops training with the coach's
// explanation in parts (Report.Exploded), training and stepping are
// refused until a rollback, and rollback "lower" goes back to the last
// good epoch with the learning rate divided by 10, bit for bit the
// trainer of that epoch.
func TestExploded(t *testing.T) {
	h := newFakeHost(t)
	w := newWorker(h)
	s := session.Default()
	s.Dataset, s.Points = "reg-plane", 200
	s.Norm = 2
	s.Model.LearningRate = 1e3
	load(t, w, h, s)
	h.send(&wire.Train{})
	rs := until(t, w, h, 10*time.Second, stopped)
	r := last(rs)
	if r.Exploded == nil || r.Diverged || r.Running || !strings.Contains(r.Error, "exploded") {
		t.Fatalf("got %+v (exploded %+v), want an explosion", kinds(rs), r.Exploded)
	}
	if r.Exploded.Why == "" || r.Exploded.LearningRate != 1e3 || r.Exploded.Epoch < 1 {
		t.Errorf("explosion in parts: %+v", r.Exploded)
	}
	h.send(&wire.Step{})
	rs = until(t, w, h, time.Second, func(rs []report) bool { return len(rs) > 0 })
	if last(rs).Exploded == nil || len(last(rs).History) > 0 {
		t.Errorf("step after the explosion: %+v, want the explosion again and no epoch", kinds(rs))
	}
	good := r.Exploded.LastGood
	h.send(&wire.Rollback{How: wire.RollbackLower})
	rs = until(t, w, h, time.Second, kind(kindTuned))
	tr := last(rs)
	if tr.Exploded != nil || tr.Epoch != good || len(tr.History) != 1 || tr.History[0].Epoch != good {
		t.Errorf("rollback: %+v, want epoch %d and no explosion", tr, good)
	}
	if w.settings.Model.LearningRate != 100 {
		t.Errorf("rollback lower: learning rate %v, want 100", w.settings.Model.LearningRate)
	}
	ref, err := session.Build(s)
	if err != nil {
		t.Fatal(err)
	}
	if err := ref.Trainer.StepN(good); err != nil {
		t.Fatal(err)
	}
	if got, want := tr.History[0].TrainLoss, ref.Trainer.Stats().TrainLoss; got != want {
		t.Errorf("after the rollback the train loss is %v, the trainer of epoch %d has %v", got, good, want)
	}
}
