package nn_test

import (
	"testing"
	"time"

	"github.com/nnplayground/playground/core/data"
	"github.com/nnplayground/playground/core/nn"
	"github.com/nnplayground/playground/core/session"
)

// workloads are the benchmark workloads (session.Workloads), prepared.
func workloads(b testing.TB) []workload {
	var out []workload
	for _, w := range session.Workloads() {
		s, err := session.Build(w.Settings)
		if err != nil {
			b.Fatal(err)
		}
		out = append(out, workload{w.Name, s.Data, w.Settings.Model})
	}
	return out
}

type workload struct {
	name string
	ds   *data.Dataset
	cfg  nn.Config
}

var sink nn.Stats

// BenchmarkEpoch measures training epochs (Step) on each workload.
func BenchmarkEpoch(b *testing.B) {
	for _, w := range workloads(b) {
		b.Run(w.name, func(b *testing.B) {
			ds := w.ds
			tr, err := nn.NewTrainer(ds, w.cfg)
			if err != nil {
				b.Fatal(err)
			}
			if err := tr.Step(); err != nil { // warm up: allocate nothing in the loop
				b.Fatal(err)
			}
			b.ReportAllocs()
			b.ResetTimer()
			for b.Loop() {
				if err := tr.Step(); err != nil {
					b.Fatal(err)
				}
			}
			s := b.Elapsed().Seconds()
			b.ReportMetric(float64(b.N)/s, "epochs/s")
			b.ReportMetric(float64(b.N*ds.Train.N)/s, "samples/s")
		})
	}
}

// BenchmarkEpochStats measures an epoch followed by the losses and metrics
// of both splits, as the playground shows after every epoch.
func BenchmarkEpochStats(b *testing.B) {
	for _, w := range workloads(b) {
		b.Run(w.name, func(b *testing.B) {
			ds := w.ds
			tr, err := nn.NewTrainer(ds, w.cfg)
			if err != nil {
				b.Fatal(err)
			}
			var stats time.Duration
			b.ResetTimer()
			for b.Loop() {
				if err := tr.Step(); err != nil {
					b.Fatal(err)
				}
				t0 := time.Now()
				sink = tr.Stats()
				stats += time.Since(t0)
			}
			b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "epochs/s")
			b.ReportMetric(float64(stats.Nanoseconds())/float64(b.N), "stats-ns/epoch")
		})
	}
}

// BenchmarkEpochStatsCoach is BenchmarkEpochStats with the coach's checks
// after every epoch (and its unit check every 10 epochs) and the stop
// rules: the difference from BenchmarkEpochStats is their cost.
func BenchmarkEpochStatsCoach(b *testing.B) {
	for _, w := range workloads(b) {
		b.Run(w.name, func(b *testing.B) {
			tr, err := nn.NewTrainer(w.ds, w.cfg)
			if err != nil {
				b.Fatal(err)
			}
			c := nn.NewCoach(tr, nn.CoachConfig{})
			s := nn.NewStopper(tr, nn.StopRules{Patience: 1e6, RestoreBest: true})
			var check, stats time.Duration
			b.ReportAllocs()
			b.ResetTimer()
			for b.Loop() {
				if err := tr.Step(); err != nil {
					b.Fatal(err)
				}
				t0 := time.Now()
				sink = tr.Stats()
				t1 := time.Now()
				if _, err := c.Check(sink); err != nil {
					b.Fatal(err)
				}
				s.Check(sink)
				check += time.Since(t1)
				stats += t1.Sub(t0)
			}
			b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "epochs/s")
			// The checks' own time per epoch, and Stats's (which scans the
			// hidden units every 10 epochs for the coach).
			b.ReportMetric(float64(check.Nanoseconds())/float64(b.N), "check-ns/epoch")
			b.ReportMetric(float64(stats.Nanoseconds())/float64(b.N), "stats-ns/epoch")
		})
	}
}
