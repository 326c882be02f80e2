package main

import (
	"testing"

	"github.com/nnplayground/playground/core/session"
	"github.com/nnplayground/playground/core/session/view"
	"github.com/nnplayground/playground/core/wire"
)

// snapshotFor returns a full snapshot of the workload after 20 epochs
// (heatmap with its points, confusion matrix), with epochs epochs of
// history, as the worker posts while training.
func snapshotFor(b *testing.B, name string, epochs int) *wire.Snapshot {
	for _, w := range session.Workloads() {
		if w.Name != name {
			continue
		}
		ss, err := session.Build(w.Settings)
		if err != nil {
			b.Fatal(err)
		}
		for range 20 {
			ss.Trainer.Step()
		}
		r := &wire.Snapshot{Running: true, Net: ss.Trainer.Net(), Heatmap: view.NewHeatmap(ss, view.HeatRes, view.UnitRes, false), Confusion: ss.Trainer.Confusion()}
		for range epochs {
			r.History = append(r.History, ss.Trainer.Stats())
		}
		return r
	}
	b.Fatal("no workload")
	return nil
}

// BenchmarkSnapshotCodec times the encoding of a snapshot in the worker and
// its decoding in the page (both core/wire): spiral (2→8→8→1, 40 epochs of
// history, 500 points) and digits (64→32→10, one epoch, no heatmap).
func BenchmarkSnapshotCodec(b *testing.B) {
	for _, c := range []struct {
		name   string
		epochs int
	}{{"spiral500-batch10", 40}, {"1797x64-adam", 1}} {
		r := snapshotFor(b, c.name, c.epochs)
		b.Run(c.name+"/encode", func(b *testing.B) {
			var buf []byte
			for b.Loop() {
				buf = wire.Append(buf[:0], r)
			}
			b.ReportMetric(float64(len(buf)), "bytes")
		})
		b.Run(c.name+"/decode", func(b *testing.B) {
			buf := wire.Marshal(r)
			for b.Loop() {
				if _, err := wire.Unmarshal(buf, wire.Trainer); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
