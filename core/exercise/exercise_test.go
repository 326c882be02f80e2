package exercise_test

import (
	"errors"
	"math"
	"reflect"
	"strings"
	"testing"

	"github.com/nnplayground/playground/core/exercise"
	"github.com/nnplayground/playground/core/link"
	"github.com/nnplayground/playground/core/nn"
	"github.com/nnplayground/playground/core/session"
)

// xorExercise: the generated XOR plane to 90 % test accuracy with at most
// 8 hidden neurons within 100 epochs, tanh locked.
func xorExercise() *exercise.Exercise {
	s := session.Default()
	s.Dataset, s.Points, s.Noise = "xor", 200, 0.05
	s.Model.Hidden = []int{1}
	return &exercise.Exercise{
		Nonce:        "test-nonce",
		Title:        "XOR <b>needs</b> a hidden layer",
		Instructions: "Reach 90 % test accuracy.\n<script>alert(1)</script> is just text.",
		Settings:     s,
		Locked:       []string{"activation", "seed"},
		Goal:         exercise.Goal{Metric: exercise.Accuracy, Threshold: 0.9, MaxHidden: 8, MaxEpochs: 100},
	}
}

// solve trains the student's settings until the goal is met and returns
// the code.
func solve(t *testing.T, ex *exercise.Exercise, s session.Settings, name string) (string, nn.Stats) {
	t.Helper()
	s = ex.StudentSettings(name, s)
	ss, err := session.Build(s)
	if err != nil {
		t.Fatal(err)
	}
	max := ex.Goal.MaxEpochs
	if max == 0 {
		max = exercise.MaxCheckEpochs
	}
	for ss.Trainer.Epoch() < max && !ex.Met(ss.Trainer.Stats()) {
		if err := ss.Trainer.Step(); err != nil {
			t.Fatal(err)
		}
	}
	st := ss.Trainer.Stats()
	code, err := ex.Code(name, s, false, st)
	if err != nil {
		t.Fatalf("no code after %d epochs: %v", st.Epoch, err)
	}
	return code, st
}

func student() session.Settings {
	s := session.Default()
	s.Model.Hidden, s.Model.Optimizer, s.Model.LearningRate = []int{6}, nn.Adam, 0.03
	s.Lang = "zh"
	return s
}

// retag edits a code's content and re-encodes it with a valid checksum, as
// a determined student could.
func retag(t *testing.T, code string, edit func(c *exercise.Completion)) string {
	t.Helper()
	c, err := exercise.ReadCode(code)
	if err != nil {
		t.Fatal(err)
	}
	edit(c)
	l, err := link.EncodeAs(exercise.CodeKind, c)
	if err != nil {
		t.Fatal(err)
	}
	return l
}

func TestSolveAndCheck(t *testing.T) {
	ex := xorExercise()
	l, err := ex.Link()
	if err != nil {
		t.Fatal(err)
	}
	ex2, err := exercise.Decode(l)
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(ex2, ex) || ex2.ID() != ex.ID() {
		t.Fatalf("exercise changed in its link:\n%+v\n%+v", ex2, ex)
	}
	t.Logf("exercise link: %d characters, ID %s", len(l), ex.ID())

	// The starting network (one hidden neuron) cannot solve it.
	start, err := ex.Start()
	if err != nil {
		t.Fatal(err)
	}
	if err := start.Trainer.StepN(100); err != nil {
		t.Fatal(err)
	}
	if st := start.Trainer.Stats(); ex.Met(st) {
		t.Errorf("one hidden neuron met the XOR goal: %+v", st)
	}
	if _, err := ex.Code("x", ex.StudentSettings("x", ex.Settings), false, start.Trainer.Stats()); !errors.Is(err, exercise.ErrGoal) {
		t.Errorf("a code for an unmet goal: %v", err)
	}

	code, st := solve(t, ex2, student(), "Ana <i>Li</i>")
	t.Logf("solved at epoch %d, test accuracy %.4f; code of %d characters", st.Epoch, st.TestMetric, len(code))
	res, err := exercise.Check(ex, code)
	if err != nil || !res.Accepted || res.Name != "Ana <i>Li</i>" || res.Epoch != st.Epoch || res.Metric != st.TestMetric {
		t.Fatalf("code rejected: %+v, %v", res, err)
	}

	other := xorExercise()
	other.Goal.Threshold = 0.85
	relu := student()
	relu.Model.Activation = nn.ReLU
	big := student()
	big.Model.Hidden = []int{8, 4}

	tests := []struct {
		Name  string
		Code  string
		Error error
	}{
		{"garbage", "hello world", exercise.ErrCode},
		{"empty", "", exercise.ErrCode},
		{"typo", code[:20] + string('A'+(code[20]+1-'A')%26) + code[21:], exercise.ErrCode},
		{"truncated", code[:len(code)-5], exercise.ErrCode},
		{"a session link", mustLink(t), exercise.ErrCode},
		{"edited metric", retag(t, code, func(c *exercise.Completion) { c.Metric = 0.99 }), exercise.ErrClaim},
		{"edited epoch", retag(t, code, func(c *exercise.Completion) { c.Epoch -= 3 }), nil},
		{"epoch over the limit", retag(t, code, func(c *exercise.Completion) { c.Epoch = 101 }), exercise.ErrLimit},
		{"negative epoch", retag(t, code, func(c *exercise.Completion) { c.Epoch = -1 }), exercise.ErrCode},
		{"edited learning rate", retag(t, code, func(c *exercise.Completion) { c.Settings.Model.LearningRate = 0.001 }), exercise.ErrClaim},
		{"edited hidden layer", retag(t, code, func(c *exercise.Completion) { c.Settings.Model.Hidden = []int{7} }), exercise.ErrClaim},
		{"locked activation", retag(t, code, func(c *exercise.Completion) { c.Settings.Model.Activation = nn.ReLU }), exercise.ErrLocked},
		{"too many neurons", retag(t, code, func(c *exercise.Completion) { c.Settings.Model.Hidden = []int{8, 4} }), exercise.ErrLimit},
		{"other exercise", retag(t, code, func(c *exercise.Completion) { c.Exercise = other.ID() }), exercise.ErrOtherExercise},
		{"starting weights it lacks", retag(t, code, func(c *exercise.Completion) { c.FromStart = true }), exercise.ErrCode},
		{"changed data is put back", retag(t, code, func(c *exercise.Completion) { c.Settings.Dataset, c.Settings.Model.Seed = "circle", 7 }), nil},
	}
	for _, tt := range tests {
		t.Run(tt.Name, func(t *testing.T) {
			res, err := exercise.Check(ex, tt.Code)
			if tt.Error == nil {
				if tt.Name == "edited epoch" {
					// Three epochs earlier the accuracy is either different
					// (a claim mismatch) or below the goal.
					if !errors.Is(err, exercise.ErrClaim) && !errors.Is(err, exercise.ErrGoal) {
						t.Fatalf("edited epoch: %+v, %v; want ErrClaim or ErrGoal", res, err)
					}
					return
				}
				if err != nil {
					t.Fatalf("rejected: %v", err)
				}
				return
			}
			if !errors.Is(err, tt.Error) || res.Accepted || res.Reason == "" {
				t.Fatalf("Check: %+v, %v; want %v", res, err, tt.Error)
			}
			t.Logf("rejected: %s", res.Reason)
		})
	}

	// Codes for forbidden settings are not even made.
	if _, err := ex.Code("x", ex.StudentSettings("x", relu), false, st); !errors.Is(err, exercise.ErrLocked) {
		t.Errorf("code with a locked setting changed: %v", err)
	}
	if _, err := ex.Code("x", ex.StudentSettings("x", big), false, st); !errors.Is(err, exercise.ErrLimit) {
		t.Errorf("code with 12 hidden neurons: %v", err)
	}
	late := st
	late.Epoch = 150
	if _, err := ex.Code("x", ex.StudentSettings("x", student()), false, late); !errors.Is(err, exercise.ErrLimit) {
		t.Errorf("code after 150 epochs: %v", err)
	}

	// A class overview.
	rows := exercise.CheckMany(ex, []string{code, "", "  ", "junk", tests[5].Code})
	if len(rows) != 3 || !rows[0].Accepted || rows[1].Accepted || rows[2].Accepted || !math.IsNaN(rows[1].Metric) {
		t.Errorf("class overview: %+v", rows)
	}
}

// A code started from the exercise's starting weights is checked from
// those weights; a regression goal on R².
func TestStartingWeightsAndR2(t *testing.T) {
	s := session.Default()
	s.Dataset, s.Points, s.Noise = "reg-plane", 100, 0
	s.Model.Hidden, s.Model.Activation = nil, nn.Linear
	base, err := session.Build(s)
	if err != nil {
		t.Fatal(err)
	}
	if err := base.Trainer.StepN(2); err != nil {
		t.Fatal(err)
	}
	ex := &exercise.Exercise{Nonce: "n", Settings: s, Weights: link.WeightsOf(base.Trainer), Locked: []string{"hidden"},
		Goal: exercise.Goal{Metric: exercise.R2, Threshold: 0.99, MaxEpochs: 50}}
	ss, err := link.Restore(&link.Session{Settings: ex.StudentSettings("Bo", s), Weights: ex.Weights})
	if err != nil {
		t.Fatal(err)
	}
	for !ex.Met(ss.Trainer.Stats()) {
		if ss.Trainer.Epoch() == 50 {
			t.Fatalf("R² %v after 50 epochs", ss.Trainer.Stats().TestMetric)
		}
		if err := ss.Trainer.Step(); err != nil {
			t.Fatal(err)
		}
	}
	code, err := ex.Code("Bo", ex.StudentSettings("Bo", s), true, ss.Trainer.Stats())
	if err != nil {
		t.Fatal(err)
	}
	if res, err := exercise.Check(ex, code); err != nil {
		t.Fatalf("%+v %v", res, err)
	}
	// The same claim without the starting weights does not hold.
	fresh := retag(t, code, func(c *exercise.Completion) { c.FromStart = false })
	if res, err := exercise.Check(ex, fresh); err == nil {
		t.Errorf("the claim holds from a fresh start too: %+v", res)
	}
	// Different starting weights are another exercise.
	ex2 := *ex
	w := *ex.Weights
	w.Params = append([]float64(nil), w.Params...)
	w.Params[0] += 0.5
	ex2.Weights = &w
	if _, err := exercise.Check(&ex2, code); !errors.Is(err, exercise.ErrOtherExercise) {
		t.Errorf("code for other starting weights: %v", err)
	}
	// The instructions are part of the exercise: another text is another
	// exercise.
	ex.Instructions = "Now with instructions."
	if _, err := exercise.Check(ex, code); !errors.Is(err, exercise.ErrOtherExercise) {
		t.Errorf("code of other instructions: %v", err)
	}
}

func TestExerciseErrors(t *testing.T) {
	edit := func(f func(e *exercise.Exercise)) *exercise.Exercise { e := xorExercise(); f(e); return e }
	tests := []struct {
		Name string
		Ex   *exercise.Exercise
		Text string
	}{
		{"metric", edit(func(e *exercise.Exercise) { e.Goal.Metric = "f1" }), "metric"},
		{"accuracy", edit(func(e *exercise.Exercise) { e.Goal.Threshold = 95 }), "accuracy"},
		{"threshold", edit(func(e *exercise.Exercise) { e.Goal.Metric, e.Goal.Threshold = exercise.Loss, math.Inf(1) }), "threshold"},
		{"limits", edit(func(e *exercise.Exercise) { e.Goal.MaxEpochs = -1 }), "limits"},
		{"lock", edit(func(e *exercise.Exercise) { e.Locked = []string{"colour"} }), "colour"},
		{"no test set", edit(func(e *exercise.Exercise) { e.Settings.TestRatio = 0 }), "test"},
		{"instructions", edit(func(e *exercise.Exercise) { e.Instructions = strings.Repeat("x", exercise.MaxText+1) }), "instructions"},
	}
	for _, tt := range tests {
		t.Run(tt.Name, func(t *testing.T) {
			if _, err := tt.Ex.Link(); err == nil || !strings.Contains(err.Error(), tt.Text) {
				t.Errorf("Link: %v; want an error about %q", err, tt.Text)
			}
		})
	}
	l, _ := link.Encode(&link.Session{Settings: session.Default()})
	if _, err := exercise.Decode(l); !errors.Is(err, link.ErrKind) {
		t.Errorf("a session link read as an exercise: %v", err)
	}
}

func mustLink(t *testing.T) string {
	l, err := link.Encode(&link.Session{Settings: session.Default()})
	if err != nil {
		t.Fatal(err)
	}
	return l
}
