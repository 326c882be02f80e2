package main

import (
	"testing"
	"time"

	"github.com/nnplayground/playground/core/nn"
	"github.com/nnplayground/playground/core/session"
	"github.com/nnplayground/playground/core/wire"
)

// TestTuneWhileTraining: a learning rate changed while the worker trains
// takes effect between two epochs without a reload, is reported with that
// epoch (KindTuned), and the whole history equals the native core's run
// with nn.Trainer.Tune called at the same epoch. A change that needs a new
// network is refused and training goes on.
func TestTuneWhileTraining(t *testing.T) {
	h := newFakeHost(t)
	w := newWorker(h)
	s := circle()
	s.Model.BatchSize = 10
	load(t, w, h, s)
	h.send(&wire.Train{})
	var hist []nn.Stats
	rs := until(t, w, h, 10*time.Second, func(rs []report) bool {
		n := 0
		for _, r := range rs {
			n += len(r.History)
		}
		return n >= 30
	})
	next := s
	next.Model.LearningRate = 0.3
	h.send(&wire.Tune{Settings: next})
	rs = append(rs, until(t, w, h, 10*time.Second, kind(kindTuned))...)
	bad := next
	bad.Model.Hidden = []int{3}
	h.send(&wire.Tune{Settings: bad})
	rs = append(rs, until(t, w, h, 10*time.Second, kind(kindError))...)
	more := until(t, w, h, 10*time.Second, func(more []report) bool {
		n := 0
		for _, r := range more {
			n += len(r.History)
		}
		return n >= 30
	})
	h.send(&wire.Pause{})
	more = append(more, until(t, w, h, 5*time.Second, stopped)...)
	rs = append(rs, more...)

	at := -1
	for _, r := range rs {
		hist = append(hist, r.History...)
		if r.Kind == kindTuned {
			at = r.Epoch
		}
	}
	if at < 30 {
		t.Fatalf("tuned at epoch %d, want ≥ 30", at)
	}
	for i, st := range hist {
		if st.Epoch != i+1 {
			t.Fatalf("history entry %d is epoch %d: training restarted or skipped", i, st.Epoch)
		}
	}
	if len(hist) < at+20 {
		t.Fatalf("only %d epochs after the change", len(hist)-at)
	}
	ss, err := session.Build(s)
	if err != nil {
		t.Fatal(err)
	}
	for i := range hist {
		e := i + 1
		if e == at+1 {
			if err := ss.Trainer.Tune(next.Model); err != nil {
				t.Fatal(err)
			}
		}
		if err := ss.Trainer.Step(); err != nil {
			t.Fatal(err)
		}
		want := ss.Trainer.Stats()
		if hist[i].TrainLoss != want.TrainLoss || hist[i].TestLoss != want.TestLoss {
			t.Fatalf("epoch %d (tuned at %d): worker %v/%v, native %v/%v", e, at, hist[i].TrainLoss, hist[i].TestLoss, want.TrainLoss, want.TestLoss)
		}
	}
	if w.settings.Model.LearningRate != 0.3 {
		t.Errorf("the worker's settings keep lr %v", w.settings.Model.LearningRate)
	}
}
