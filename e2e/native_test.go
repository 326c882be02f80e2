//go:build browserbench

package e2e

import (
	"testing"
	"time"

	"github.com/nnplayground/playground/core/session"
)

// nativeEpochsPerSec trains the benchmark workload name (session.Workloads,
// the same list the worker measures) natively for about a second and
// returns its epochs per second. samples is the row count the worker
// reported, checked against the native one.
func nativeEpochsPerSec(t *testing.T, name string, samples int) float64 {
	t.Helper()
	var s *session.Settings
	for _, w := range session.Workloads() {
		if w.Name == name {
			s = &w.Settings
		}
	}
	if s == nil {
		t.Errorf("the worker benchmarked %q, which session.Workloads does not list", name)
		return 0
	}
	ses, err := session.Build(*s)
	if err != nil {
		t.Fatalf("native %s: %v", name, err)
	}
	if n := ses.Data.Train.N; n != samples {
		t.Errorf("native %s trains on %d rows, the worker on %d", name, n, samples)
	}
	for range 3 { // warm up
		ses.Trainer.Step()
	}
	n := 0
	start := time.Now()
	for time.Since(start) < time.Second {
		if err := ses.Trainer.Step(); err != nil {
			t.Fatalf("native %s: %v", name, err)
		}
		n++
	}
	return float64(n) / time.Since(start).Seconds()
}
