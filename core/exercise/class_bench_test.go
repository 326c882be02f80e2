package exercise_test

import (
	"fmt"
	"testing"

	"github.com/nnplayground/playground/core/exercise"
	"github.com/nnplayground/playground/core/link"
	"github.com/nnplayground/playground/core/session"
)

// limitShape is a network and data at the checker's limits.
type limitShape struct {
	Name   string
	Points int   // xor points (70 % train rows)
	Hidden []int // hidden layers
	Batch  int   // 0: full batch
}

// limitShapes: a 50×50 network at the checker's limits, and shapes where the rows' and
// the steps' own costs weigh most.
var limitShapes = []limitShape{
	{"50x50 full batch", 200, []int{50, 50}, 0},
	{"50x50 batch 1", 200, []int{50, 50}, 1},
	{"no hidden layer, 2000 points", 2000, nil, 0},
	{"8 neurons, batch 1", 2000, []int{8}, 1},
}

// limitClass returns an exercise of the shape with no epoch limit and n
// forged codes, each under its own name, each claiming the last epoch the
// checker re-runs (MaxCheckWork): n replays at the limits.
func limitClass(tb testing.TB, sh limitShape, n int) (*exercise.Exercise, []string, int) {
	s := session.Default()
	s.Dataset, s.Points, s.Noise = "xor", sh.Points, 0.05
	s.Model.Hidden, s.Model.BatchSize = sh.Hidden, sh.Batch
	ex := &exercise.Exercise{Nonce: "limits", Settings: s, Goal: exercise.Goal{Metric: exercise.Accuracy, Threshold: 0.99}}
	ss, err := ex.Start()
	if err != nil {
		tb.Fatal(err)
	}
	epochs := ex.ReplayEpochs(ss)
	var codes []string
	for i := range n {
		name := fmt.Sprintf("student %d", i)
		c := &exercise.Completion{Format: exercise.CodeFormat, Name: name, Exercise: ex.ID(), Settings: ex.StudentSettings(name, s),
			Epoch: epochs, Metric: 1, Digest: "00112233445566778899aabb"}
		l, err := link.EncodeAs(exercise.CodeKind, c)
		if err != nil {
			tb.Fatal(err)
		}
		codes = append(codes, l)
	}
	return ex, codes, epochs
}

// BenchmarkClassAtLimits checks 30 forged codes at the checker's limits,
// each a full replay (none is refused before training): the time a
// teacher waits for the worst class. The goal is ≤ 60 s natively.
func BenchmarkClassAtLimits(b *testing.B) {
	for _, sh := range limitShapes {
		b.Run(sh.Name, func(b *testing.B) {
			ex, codes, epochs := limitClass(b, sh, 30)
			c0 := cpuTime()
			for b.Loop() {
				cls := exercise.NewClass(ex, nil)
				for _, c := range codes {
					if r, _ := cls.Add(c); r.Accepted {
						b.Fatal("a forged code accepted")
					}
				}
				if cls.Trainings != len(codes) {
					b.Fatalf("%d trainings", cls.Trainings)
				}
			}
			b.ReportMetric(b.Elapsed().Seconds()/float64(b.N), "s/class")
			b.ReportMetric((cpuTime()-c0).Seconds()/float64(b.N), "cpu-s/class")
			b.ReportMetric(float64(epochs), "epochs")
		})
	}
}

// BenchmarkReplayUnit measures the time of one unit of ReplayWork for each
// shape (100 epochs), to calibrate MaxCheckWork.
func BenchmarkReplayUnit(b *testing.B) {
	for _, sh := range limitShapes {
		b.Run(sh.Name, func(b *testing.B) {
			s := session.Default()
			s.Dataset, s.Points, s.Noise = "xor", sh.Points, 0.05
			s.Model.Hidden, s.Model.BatchSize = sh.Hidden, sh.Batch
			ss, err := session.Build(s)
			if err != nil {
				b.Fatal(err)
			}
			var work float64
			c0 := cpuTime()
			for b.Loop() {
				if err := ss.Trainer.StepN(100); err != nil {
					b.Fatal(err)
				}
				work += exercise.ReplayWork(100, ss.Data.Train.N, sh.Batch, len(ss.Trainer.Net().Params()))
			}
			b.ReportMetric((cpuTime()-c0).Seconds()*1e9/work, "cpu-ns/unit")
			b.ReportMetric(b.Elapsed().Seconds()*1e9/work, "ns/unit")
		})
	}
}
