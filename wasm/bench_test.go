package main

import (
	"encoding/json"
	"strings"
	"testing"
	"time"
)

// TestBench runs the benchmark op briefly and checks the report's shape.
func TestBench(t *testing.T) {
	h := newFakeHost(t)
	w := newWorker(h)
	h.sendText(`{"op":"bench","value":0.4}`)
	var rep BenchReport
	deadline := time.Now().Add(30 * time.Second)
	for rep.Kind == "" && time.Now().Before(deadline) {
		w.tick()
		h.mu.Lock()
		for _, s := range h.raw {
			if strings.Contains(s, `"kind":"bench"`) {
				if err := json.Unmarshal([]byte(s), &rep); err != nil {
					t.Fatal(err)
				}
			}
		}
		h.raw = nil
		h.mu.Unlock()
		for _, r := range h.drain() {
			if r.Kind == "error" {
				t.Fatalf("bench: %s", r.Error)
			}
		}
	}
	if len(rep.Results) != 2 {
		t.Fatalf("bench: %d results, want 2", len(rep.Results))
	}
	for i, want := range []struct {
		name    string
		samples int
	}{{"spiral500-batch10", 500}, {"1797x64-adam", 1797}} {
		r := rep.Results[i]
		if r.Name != want.name || r.Samples != want.samples || r.Epochs < 1 || r.RawEpochs < 1 || len(r.PauseMs) != benchPauses {
			t.Errorf("result %d: %+v; want %s with %d samples, epochs and %d pauses", i, r, want.name, want.samples, benchPauses)
		}
		t.Logf("%s: %.0f epochs/s in the loop, %.0f bare, pause max %.1f ms", r.Name, r.EpochsPerSec, r.RawEpochsPerSec, r.PauseMaxMs)
	}
	if w.benching || w.running {
		t.Errorf("after bench: benching %v, running %v", w.benching, w.running)
	}
}
