package exercise_test

import (
	"testing"
	"time"

	"github.com/nnplayground/playground/core/exercise"
	"github.com/nnplayground/playground/core/exercise/rules"
	"github.com/nnplayground/playground/core/link"
	"github.com/nnplayground/playground/core/nn"
	"github.com/nnplayground/playground/core/session"
	"github.com/nnplayground/playground/internal/alloctest"
)

// An exercise link of a few hundred characters whose start is as heavy as
// a link may be (just under nn.MaxEpochWork an epoch) kept the editor's
// exercise info busy for 180 s. Info now answers within its work budget:
// StartMeets is -1 (too heavy to try) and the start is not built (it
// cost 1.2 s and 46 MB for its first statistics); the stated bound is
// 1 MB allocated.
func TestHeavyExerciseInfoBounded(t *testing.T) {
	s := session.Default()
	s.Dataset, s.Points, s.TestRatio = "circle", 100_000, 0.5
	s.Model.Hidden = []int{72, 72}
	s.Model.BatchSize = 0
	sizes := append(append([]int{2}, s.Model.Hidden...), 1)
	if w := nn.EpochWork(sizes, 50_000, 0, s.Model.Optimizer); w > nn.MaxEpochWork || w < nn.MaxEpochWork/2 {
		t.Fatalf("the case's epoch work is %.3g; want just under %.0g", w, float64(nn.MaxEpochWork))
	}
	ex := &exercise.Exercise{
		Format:   exercise.FormatVersion,
		Nonce:    "heavy",
		Settings: s,
		Goal:     exercise.Goal{Metric: exercise.Accuracy, Threshold: 0.99},
	}
	l, err := link.EncodeAs(exercise.Kind, ex)
	if err != nil {
		t.Fatal(err)
	}
	var info rules.ExerciseInfo
	alloc, d := alloctest.Measure(func() {
		var dec *exercise.Exercise
		if dec, err = exercise.Decode(l); err == nil {
			info = dec.Info()
		}
	})
	if err != nil {
		t.Fatalf("Decode of the %d-character link: %v", len(l), err)
	}
	t.Logf("%d-character exercise link: info in %v, %d kB allocated: %+v", len(l), d.Round(time.Millisecond), alloc>>10, info)
	if info.StartMeets != -1 {
		t.Errorf("StartMeets %d; want -1 (too heavy to try)", info.StartMeets)
	}
	if alloc > 1<<20 {
		t.Errorf("allocated %d kB for the info of a %d-character link; the bound is 1 MB", alloc>>10, len(l))
	}
}
