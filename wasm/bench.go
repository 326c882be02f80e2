package main

import (
	"errors"
	"fmt"
	"math"
	"slices"
	"time"

	"github.com/nnplayground/playground/core/nn"
	"github.com/nnplayground/playground/core/session"
)

// OpBench asks the worker to measure itself (see doc.go, # Benchmark). It
// is the worker's own op, not part of the page's protocol.
const OpBench = "bench"

// KindBench is the kind of the report that answers OpBench.
const KindBench = "bench"

// Bench defaults and limits.
const (
	benchSeconds    = 2.0                     // per workload, unless the command's Value says otherwise
	benchMaxSeconds = 30.0                    // longest allowed Value
	benchPauses     = 4                       // each workload's run is cut into this many train/pause rounds
	benchRawShare   = 0.25                    // share of the time spent in a bare Step loop first
	benchWarmShare  = 0.1                     // and before that, untimed, to let the engine compile its optimized code
	benchWarmMin    = 1500 * time.Millisecond // but at least this long (see warmUp)
)

// BenchReport answers OpBench.
type BenchReport struct {
	Kind    string        `json:"kind"` // KindBench
	Results []BenchResult `json:"results"`
}

// BenchResult is the measurement of one workload.
type BenchResult struct {
	Name    string `json:"name"`    // as in the native benchmarks, e.g. "spiral500-batch10"
	Samples int    `json:"samples"` // training rows per epoch

	// Training through the worker's loop (chunks, yields, snapshots with
	// heatmaps), as the page sees it.
	Epochs        int     `json:"epochs"`
	Seconds       float64 `json:"seconds"`
	EpochsPerSec  float64 `json:"epochsPerSec"`
	SamplesPerSec float64 `json:"samplesPerSec"`
	Snapshots     int     `json:"snapshots"` // reports posted while training
	// SnapshotMs is the time spent building, encoding and posting them,
	// ExtrasMs the part of it spent on heatmaps, confusion or scatter.
	SnapshotMs float64 `json:"snapshotMs"`
	ExtrasMs   float64 `json:"extrasMs"`
	// Yields between chunks (which let the page's commands in), and the
	// time they took.
	Yields  int     `json:"yields"`
	YieldMs float64 `json:"yieldMs"`

	// Trainer.Step alone in a loop without yielding: the loop's overhead is
	// 1 - EpochsPerSec/RawEpochsPerSec.
	RawEpochs       int     `json:"rawEpochs"`
	RawSeconds      float64 `json:"rawSeconds"`
	RawEpochsPerSec float64 `json:"rawEpochsPerSec"`
	// Step then Stats (which the loop needs for every epoch's history) in
	// a loop without yielding.
	StatsEpochsPerSec float64 `json:"statsEpochsPerSec"`

	// PauseMs holds, for each pause, the milliseconds from the moment it
	// was due to the final snapshot with Running false.
	PauseMs    []float64 `json:"pauseMs"`
	PauseMaxMs float64   `json:"pauseMaxMs"`
}

// benchNames are the workloads of session.Workloads that the worker
// measures: the core issue's (a) and (c).
var benchNames = []string{"spiral500-batch10", "1797x64-adam"}

// benchWorkloads returns the workloads called benchNames.
func benchWorkloads() []session.Workload {
	var ws []session.Workload
	for _, w := range session.Workloads() {
		if slices.Contains(benchNames, w.Name) {
			ws = append(ws, w)
		}
	}
	return ws
}

// bench measures every workload and posts a BenchReport. The last workload
// stays loaded.
func (w *worker) bench(c command) {
	if w.benching {
		w.postError(errors.New("trainer: a benchmark is already running"))
		return
	}
	secs := c.Value
	if secs <= 0 {
		secs = benchSeconds
	}
	secs = min(secs, benchMaxSeconds)
	w.benching = true
	speed := w.speed
	w.speed = 0
	defer func() { w.benching, w.speed = false, speed }()

	rep := BenchReport{Kind: KindBench}
	for _, b := range benchWorkloads() {
		r, err := w.benchOne(b, secs)
		if err != nil {
			w.postError(fmt.Errorf("trainer: benchmark %s: %w", b.Name, err))
			return
		}
		rep.Results = append(rep.Results, r)
	}
	js, _ := encodeBench(rep)
	w.h.post(string(js))
	w.lastPost = time.Now()
}

// warmUp steps t for at least min, and then until the engine has compiled
// its optimized code: until two consecutive 200 ms slices train within 2 %
// of each other (at most 6 s). The browser first runs WebAssembly from a
// baseline compiler, about half as fast, and optimizes a function once it
// has run enough, in the background: on this two-core machine the bare
// Step loop measured 1,800-2,300 epochs/s in some runs after a 0.4 s warm-up
// and 3,300-3,500 in others.
func warmUp(t *nn.Trainer, min time.Duration) error {
	const slice, most = 200 * time.Millisecond, 6 * time.Second
	start := time.Now()
	prev := 0.0
	for {
		s0, n := time.Now(), 0
		for time.Since(s0) < slice {
			if err := t.Step(); err != nil {
				return err
			}
			n++
		}
		rate := float64(n) / time.Since(s0).Seconds()
		if time.Since(start) >= most || time.Since(start) >= min && prev > 0 && math.Abs(rate-prev) <= 0.02*prev {
			return nil
		}
		prev = rate
	}
}

// benchOne loads one workload, steps it untimed for a tenth of secs and
// until its speed settles (warmUp), times a
// bare Step loop for a quarter of secs, then trains through the worker's
// loop for the rest, in benchPauses rounds each ended by a pause command
// delivered by a timer. The quarter is split: Step alone, then Step and
// Stats.
func (w *worker) benchOne(b session.Workload, secs float64) (BenchResult, error) {
	if err := w.load(b.Settings, nil); err != nil {
		return BenchResult{}, err
	}
	t := w.s.Trainer
	r := BenchResult{Name: b.Name, Samples: w.s.Data.Train.N}

	if err := warmUp(t, max(time.Duration(secs*benchWarmShare*float64(time.Second)), benchWarmMin)); err != nil {
		return r, err
	}
	budget := time.Duration(secs * benchRawShare / 2 * float64(time.Second))
	start := time.Now()
	for time.Since(start) < budget {
		if err := t.Step(); err != nil {
			return r, err
		}
		r.RawEpochs++
	}
	r.RawSeconds = time.Since(start).Seconds()
	r.RawEpochsPerSec = float64(r.RawEpochs) / r.RawSeconds
	n := 0
	start = time.Now()
	for time.Since(start) < budget {
		if err := t.Step(); err != nil {
			return r, err
		}
		t.Stats()
		n++
	}
	r.StatsEpochsPerSec = float64(n) / time.Since(start).Seconds()

	round := time.Duration(secs * (1 - benchRawShare) / benchPauses * float64(time.Second))
	for range benchPauses {
		e0 := t.Stats().Epoch
		posts, postTime, extTime, yields, yieldTime := w.posts, w.postTime, w.extTime, w.yields, w.yieldTime
		w.running, w.steps = true, 0
		w.pace()
		start := time.Now()
		w.h.later(round, `{"op":"pause"}`)
		for w.running {
			w.tick()
		}
		if w.diverged != nil {
			return r, w.diverged
		}
		r.Seconds += w.lastPost.Sub(start).Seconds()
		r.Epochs += t.Stats().Epoch - e0
		r.Snapshots += w.posts - posts
		r.SnapshotMs += float64(w.postTime-postTime) / float64(time.Millisecond)
		r.ExtrasMs += float64(w.extTime-extTime) / float64(time.Millisecond)
		r.Yields += w.yields - yields
		r.YieldMs += float64(w.yieldTime-yieldTime) / float64(time.Millisecond)
		ms := float64(w.pauseLatency) / float64(time.Millisecond)
		r.PauseMs = append(r.PauseMs, ms)
		r.PauseMaxMs = max(r.PauseMaxMs, ms)
	}
	r.EpochsPerSec = float64(r.Epochs) / r.Seconds
	r.SamplesPerSec = r.EpochsPerSec * float64(r.Samples)
	return r, nil
}
