package main

import (
	"testing"
	"time"

	"github.com/nnplayground/playground/core/datasets"
	"github.com/nnplayground/playground/core/session"
	"github.com/nnplayground/playground/core/wire"
)

// stopOf returns the stop rule's verdict of the last report, or nil.
func stopOf(rs []report) *wire.Snapshot {
	for i := len(rs) - 1; i >= 0; i-- {
		if s, ok := rs[i].Msg.(*wire.Snapshot); ok && s.Stopped != nil {
			return s
		}
	}
	return nil
}

// Train after an early stop of the version-3 rules starts a new run under
// the same rules: it stops again, later (its wait grew with the epochs
// trained), and says the epoch it started from; with the version-2 rules
// (a wait that does not grow) Train goes on without them, as before.
func TestTrainAfterStop(t *testing.T) {
	iris, err := datasets.Text("iris", 0, 0, 1)
	if err != nil {
		t.Fatal(err)
	}
	s := session.Pasted(session.Default(), iris)
	s.Stop.MinUpdates = 100 // quick: iris has 9 batches an epoch
	h := newFakeHost(t)
	w := newWorker(h)
	load(t, w, h, s)
	h.send(&wire.Train{})
	first := stopOf(until(t, w, h, 60*time.Second, stopped))
	if first == nil {
		t.Fatal("no stop")
	}
	t.Logf("first run: %v", first.Stopped)
	h.send(&wire.Train{})
	rs := until(t, w, h, 60*time.Second, func(rs []report) bool { return stopped(rs) && stopOf(rs) != nil })
	second := stopOf(rs).Stopped
	t.Logf("second run: %v", second)
	if second.Since != first.Stopped.Best || second.Epoch <= first.Stopped.Epoch && second.Waited <= first.Stopped.Waited {
		t.Errorf("second stop %+v after %+v: want a run from the restored epoch that waited longer", second, first.Stopped)
	}

	old := s
	old.Version, old.ValidRatio, old.Stop = 2, session.DefaultValidRatio, session.DefaultStop()
	load(t, w, h, old)
	h.send(&wire.Train{})
	if stopOf(until(t, w, h, 60*time.Second, stopped)) == nil {
		t.Fatal("version 2: no stop")
	}
	h.send(&wire.Train{})
	until(t, w, h, 60*time.Second, func(rs []report) bool { return w.s.Trainer.Epoch() > 3000 }) // a safety net, not a speed bound: a loaded machine under Node needs more than 5 s
	if w.stopper != nil || !w.running {
		t.Errorf("version 2: Train after a stop should go on without the rules")
	}
	h.send(&wire.Pause{})
	until(t, w, h, 5*time.Second, stopped)
}

// After each load the worker posts the linear reference of that session
// (wire.Reference, after Loaded): ridge regression for a number, none
// without a test split.
func TestReferenceAfterLoad(t *testing.T) {
	h := newFakeHost(t)
	w := newWorker(h)
	s := session.Default()
	s.Dataset = "diabetes"
	load(t, w, h, s) // the tick that loads posts the reference after Loaded
	s.TestRatio = 0
	load(t, w, h, s)
	h.mu.Lock()
	defer h.mu.Unlock()
	if len(h.refs) != 2 || h.refs[0].Linear == nil || h.refs[0].Linear.Model != "ridge" || h.refs[0].Linear.Metric != "r2" || h.refs[1].Linear != nil {
		t.Fatalf("references %+v; want ridge, then none without a test split", h.refs)
	}
}
