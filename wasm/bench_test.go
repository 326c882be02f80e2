package main

import (
	"testing"
	"time"

	"github.com/nnplayground/playground/core/wire"
)

// TestBench runs the benchmark op briefly and checks the report's shape.
func TestBench(t *testing.T) {
	h := newFakeHost(t)
	w := newWorker(h)
	h.send(&wire.Bench{Seconds: 0.4})
	var rep *wire.BenchResults
	deadline := time.Now().Add(30 * time.Second)
	for rep == nil && time.Now().Before(deadline) {
		w.tick()
		for _, r := range h.drain() {
			if r.Kind == kindError {
				t.Fatalf("bench: %s", r.Error)
			}
			if r.Kind == kindBench {
				rep = r.Msg.(*wire.BenchResults)
			}
		}
	}
	if rep == nil {
		t.Fatal("no bench results")
	}
	if len(rep.Results) != 2 {
		t.Fatalf("bench: %d results, want 2", len(rep.Results))
	}
	for i, want := range []struct {
		name    string
		samples int
	}{{"spiral500-batch10", 500}, {"1797x64-adam", 1797}} {
		r := rep.Results[i]
		if r.Name != want.name || r.Samples != want.samples || r.Epochs < 1 || r.RawEpochs < 1 || len(r.PauseMs) != benchPauses ||
			!(r.EncodeMs > 0) || !(r.DecodeMs > 0) || r.SnapshotBytes < 100 {
			t.Errorf("result %d: %+v; want %s with %d samples, epochs and %d pauses", i, r, want.name, want.samples, benchPauses)
		}
		t.Logf("%s: %.0f epochs/s in the loop, %.0f bare, pause max %.1f ms; a snapshot of %d bytes encodes in %.3f ms, decodes in %.3f ms",
			r.Name, r.EpochsPerSec, r.RawEpochsPerSec, r.PauseMaxMs, r.SnapshotBytes, r.EncodeMs, r.DecodeMs)
	}
	if w.benching || w.running {
		t.Errorf("after bench: benching %v, running %v", w.benching, w.running)
	}
}
