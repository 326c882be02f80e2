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

// An edited digest is refused, and so is a code without one; the code's
// own digest is accepted.
func TestEditedDigestRefused(t *testing.T) {
	ex := xorExercise()
	code, _ := solve(t, ex, student(), "Ana")
	c, err := exercise.ReadCode(code)
	if err != nil {
		t.Fatal(err)
	}
	if len(c.Digest) < 16 {
		t.Fatalf("digest %q: want at least 64 bits", c.Digest)
	}
	flip := func(d string) string {
		b := []byte(d)
		if b[3] == '0' {
			b[3] = '1'
		} else {
			b[3] = '0'
		}
		return string(b)
	}
	tests := []struct {
		Name  string
		Code  string
		Error error
	}{
		{"honest", code, nil},
		{"one digit of the digest changed", retag(t, code, func(c *exercise.Completion) { c.Digest = flip(c.Digest) }), exercise.ErrClaim},
		{"no digest", retag(t, code, func(c *exercise.Completion) { c.Digest = "" }), exercise.ErrClaim},
		{"another epoch's digest", retag(t, code, func(c *exercise.Completion) { c.Epoch++ }), exercise.ErrClaim},
	}
	for _, tt := range tests {
		t.Run(tt.Name, func(t *testing.T) {
			res, err := exercise.Check(ex, tt.Code)
			if !errors.Is(err, tt.Error) || res.Accepted != (tt.Error == nil) {
				t.Fatalf("Check: %+v, %v; want %v", res, err, tt.Error)
			}
			if tt.Error != nil && res.Reason != exercise.ReasonChanged {
				t.Errorf("reason %q; want %q", res.Reason, exercise.ReasonChanged)
			}
		})
	}
}

// nativeCodesEnv names the file of exercise links and codes that
// TestDigestSameInWebAssembly hands to its WebAssembly run.
const nativeCodesEnv = "NNPLAY_NATIVE_CODES"
