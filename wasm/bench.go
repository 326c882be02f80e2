package main

import (
	"errors"
	"fmt"
	"math"
	"slices"
	"time"

	"github.com/nnplayground/playground/core/nn"
	"github.com/nnplayground/playground/core/session"
	"github.com/nnplayground/playground/core/wire"
)

// Bench defaults and limits.
const (
	benchSeconds    = 2.0                     // per workload, unless the command says otherwise
	benchMaxSeconds = 30.0                    // longest allowed
	benchPauses     = 4                       // each workload's run is cut into this many train/pause rounds
	benchRawShare   = 0.25                    // share of the time spent in a bare Step loop first
	benchWarmShare  = 0.1                     // and before that, untimed, to let the engine compile its optimized code
	benchWarmMin    = 1500 * time.Millisecond // but at least this long (see warmUp)
	benchCodecRuns  = 20                      // encodings and decodings of a full snapshot timed
)

// benchNames are the workloads of session.Workloads that the worker
// measures: a mini-batch and an Adam workload (fullbatch1000 is left to
// the native benchmarks).
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

// bench measures every workload for secs seconds each and posts
// BenchResults. The last workload stays loaded.
func (w *worker) bench(secs float64) {
	if w.benching {
		w.postError(errors.New("trainer: a benchmark is already running"))
		return
	}
	if secs <= 0 {
		secs = benchSeconds
	}
	secs = min(secs, benchMaxSeconds)
	w.benching = true
	speed := w.speed
	w.speed = 0
	defer func() { w.benching, w.speed = false, speed }()

	var rep wire.BenchResults
	for _, b := range benchWorkloads() {
		r, err := w.benchOne(b, secs)
		if err != nil {
			w.postError(fmt.Errorf("trainer: benchmark %s: %w", b.Name, err))
			return
		}
		rep.Results = append(rep.Results, r)
	}
	w.postOther(&rep)
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
func (w *worker) benchOne(b session.Workload, secs float64) (wire.BenchResult, error) {
	if err := w.load(b.Settings, nil, false); err != nil {
		return wire.BenchResult{}, err
	}
	t := w.s.Trainer
	r := wire.BenchResult{Name: b.Name, Samples: w.s.Data.Train.N}

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
		w.h.later(round, &wire.Pause{})
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
	r.EncodeMs, r.DecodeMs, r.SnapshotBytes = w.benchCodec(max(1, r.Epochs/max(1, r.Snapshots)))
	return r, nil
}

// benchCodec times the encoding of a full snapshot (heatmap with its
// points, confusion or scatter) with epochs epochs of history, and its
// decoding, as the page decodes it, in milliseconds per snapshot, and
// returns its size.
func (w *worker) benchCodec(epochs int) (encMs, decMs float64, size int) {
	w.pointsSent = false
	s := w.report(true)
	s.History = nil
	for range epochs {
		s.History = append(s.History, w.s.Trainer.Stats())
	}
	var b []byte
	start := time.Now()
	for range benchCodecRuns {
		b = wire.Append(b[:0], &s)
	}
	encMs = float64(time.Since(start)) / float64(time.Millisecond) / benchCodecRuns
	start = time.Now()
	for range benchCodecRuns {
		if _, err := wire.Unmarshal(b, wire.Trainer); err != nil {
			panic(err) // our own encoding
		}
	}
	decMs = float64(time.Since(start)) / float64(time.Millisecond) / benchCodecRuns
	return encMs, decMs, len(b)
}
