package exercise_test

import (
	"errors"
	"testing"

	"github.com/nnplayground/playground/core/exercise"
	"github.com/nnplayground/playground/core/nn"
	"github.com/nnplayground/playground/core/session"
)

// irisExercise is an accuracy goal on iris with a test set of 45 rows,
// where accuracy moves in steps of 1/45: two names' trainings often land
// on the same accuracy at the same epoch.
func irisExercise(nonce string) *exercise.Exercise {
	s := session.Default()
	s.Dataset, s.TestRatio = "iris", 0.3
	s.Model.Hidden = []int{2}
	return &exercise.Exercise{Nonce: nonce, Settings: s,
		Goal: exercise.Goal{Metric: exercise.Accuracy, Threshold: 0.9, MaxEpochs: 300}}
}

// irisStudent is a student's answer to irisExercise, met within a few
// dozen epochs.
func irisStudent() session.Settings {
	s := session.Default()
	s.Model.Hidden, s.Model.Optimizer, s.Model.LearningRate, s.Model.BatchSize = []int{6}, nn.Adam, 0.03, 16
	return s
}

// Over 100 exercises with fresh nonces, each with an accuracy goal on a
// test set of 45 rows, no renamed code is accepted, whatever the metric
// says: the checker recomputes the training's fingerprint.
func TestRenamedCodesRefused(t *testing.T) {
	solved := 0
	for i := range 100 {
		ex := irisExercise(exercise.NewNonce())
		if rows := testRows(t, ex.Settings); rows > 50 {
			t.Fatalf("a test set of %d rows", rows)
		}
		code, st := solve(t, ex, irisStudent(), "Ana")
		solved++
		for _, name := range []string{"Bo", "Ana Li", "Cy"} {
			renamed := retag(t, code, func(c *exercise.Completion) { c.Name = name })
			res, err := exercise.Check(ex, renamed)
			if res.Accepted || !errors.Is(err, exercise.ErrClaim) {
				t.Errorf("exercise %d (nonce %s): Ana's code (epoch %d, accuracy %v) renamed %q: %+v, %v; want ErrClaim",
					i, ex.Nonce, st.Epoch, st.TestMetric, name, res, err)
			}
		}
	}
	t.Logf("%d exercises solved, each code renamed three ways", solved)
}
