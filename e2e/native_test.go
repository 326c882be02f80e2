package e2e

import (
	"fmt"
	"math/rand/v2"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/nnplayground/playground/core/nn"
	"github.com/nnplayground/playground/core/session"
)

// benchSettings returns the settings of the worker's benchmark workload
// name. They copy benchWorkloads in wasm/bench.go (package main, so it
// cannot be imported); nativeEpochsPerSec checks the row count against the
// worker's report.
func benchSettings(name string) (session.Settings, bool) {
	s := session.Default()
	switch name {
	case "spiral500-batch10": // (a) 500 points of the two spirals, 2→8→8→1 tanh, batch 10, SGD
		s.Dataset, s.Text, s.Points, s.Noise = "spiral", "", 500, 0
		s.Target, s.Derived, s.TestRatio = "", nil, 0
		s.Model = nn.Config{Hidden: []int{8, 8}, Activation: nn.Tanh, Optimizer: nn.SGD, LearningRate: 0.03, BatchSize: 10, Seed: 1}
	case "1797x64-adam": // (c) 1,797 rows × 64 features, 64→32→10 ReLU/softmax, Adam, batch 32
		s.Dataset, s.Text = "", digitsText(1797, 64, 10, 1)
		s.Target, s.AsClasses, s.Derived, s.TestRatio = "class", true, nil, 0
		s.Model = nn.Config{Hidden: []int{32}, Activation: nn.ReLU, Optimizer: nn.Adam, LearningRate: 0.001, BatchSize: 32, Seed: 1}
	default:
		return s, false
	}
	return s, true
}

// digitsText is wasm/bench.go's table shaped like the digits data.
func digitsText(rows, features, classes int, seed uint64) string {
	rng := rand.New(rand.NewPCG(seed, seed))
	var b strings.Builder
	for j := range features {
		fmt.Fprintf(&b, "p%d,", j)
	}
	b.WriteString("class\n")
	for range rows {
		for range features {
			b.WriteString(strconv.Itoa(rng.IntN(17)))
			b.WriteByte(',')
		}
		b.WriteString(strconv.Itoa(rng.IntN(classes)))
		b.WriteByte('\n')
	}
	return b.String()
}

// nativeEpochsPerSec trains the workload natively for about a second and
// returns its epochs per second.
func nativeEpochsPerSec(t *testing.T, name string, samples int) float64 {
	t.Helper()
	s, ok := benchSettings(name)
	if !ok {
		t.Errorf("the worker benchmarked %q, which this test does not know; update benchSettings", name)
		return 0
	}
	ses, err := session.Build(s)
	if err != nil {
		t.Fatalf("native %s: %v", name, err)
	}
	if n := ses.Data.Train.N; n != samples {
		t.Errorf("native %s trains on %d rows, the worker on %d: benchSettings is out of date", name, n, samples)
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
