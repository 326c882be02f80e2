package main

import (
	"math"
	"strings"
	"testing"

	"github.com/nnplayground/playground/core/exercise"
	"github.com/nnplayground/playground/core/exercise/rules"
	"github.com/nnplayground/playground/core/link"
	"github.com/nnplayground/playground/core/nn"
	"github.com/nnplayground/playground/core/session"
	"github.com/nnplayground/playground/core/wire"
	"github.com/nnplayground/playground/core/wire/tools"
)

// xorExercise is core/exercise's test exercise: XOR with a goal of 90 %
// test accuracy within 100 epochs.
func xorExercise() *exercise.Exercise {
	s := session.Default()
	s.Dataset, s.Points, s.Noise = "xor", 200, 0.05
	s.Model.Hidden = []int{1}
	return &exercise.Exercise{
		Nonce:    "test",
		Title:    "XOR",
		Settings: s,
		Locked:   []string{"activation", "seed"},
		Goal:     exercise.Goal{Metric: exercise.Accuracy, Threshold: 0.9, MaxHidden: 8, MaxEpochs: 100},
	}
}

// solvedSettings is a student's answer to xorExercise.
func solvedSettings() session.Settings {
	s := session.Default()
	s.Model.Hidden, s.Model.Optimizer, s.Model.LearningRate = []int{6}, nn.Adam, 0.03
	return s
}

// solve trains a student's settings until the goal is met and returns the
// completion code and the stats it claims.
func solve(t *testing.T, ex *exercise.Exercise, name string) (string, nn.Stats) {
	t.Helper()
	s := ex.StudentSettings(name, solvedSettings())
	ss, err := session.Build(s)
	if err != nil {
		t.Fatal(err)
	}
	for ss.Trainer.Epoch() < ex.Goal.MaxEpochs && !ex.Met(ss.Trainer.Stats()) {
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

func TestCheck(t *testing.T) {
	ex := xorExercise()
	l, err := ex.Link()
	if err != nil {
		t.Fatal(err)
	}
	code, st := solve(t, ex, `Ana "<i>Li</i>"`)
	c, err := exercise.ReadCode(code)
	if err != nil {
		t.Fatal(err)
	}
	c.Metric = 0.99 // a tampered claim with a valid checksum
	tampered, err := link.EncodeAs(exercise.CodeKind, c)
	if err != nil {
		t.Fatal(err)
	}
	cmd := func(l string, codes ...string) []byte {
		return wire.Marshal(&tools.Check{ID: 3, Link: l, Codes: codes})
	}
	acc := st.TestMetric
	nan := math.NaN()
	ana := `Ana "<i>Li</i>"`
	type row struct {
		Name     string
		Accepted bool
		Epoch    int
		Claimed  float64 // compared unless Some
		Metric   float64
		Flag     string
		Some     bool // compare Accepted and Flag only
	}
	tests := []struct {
		Name   string
		Input  []byte
		Output []row  // the last answer's results
		Error  string // part of the error, when one is expected
	}{
		{"good, words, blank, damaged, tampered", cmd("https://x.example/play/"+l, code, "hello", "  ", "v2.AAAAAAAAAAAAAAAAAAAA", tampered), []row{
			{Name: ana, Accepted: true, Epoch: st.Epoch, Claimed: acc, Metric: acc},
			{Name: "", Accepted: false, Epoch: 0, Claimed: 0, Metric: nan},
			{Name: ana, Accepted: false, Epoch: st.Epoch, Claimed: 0.99, Metric: acc},
		}, ""},
		{"a line of chat", cmd(l, "hi here is my code "+strings.TrimPrefix(code, "#")+", thanks!"), []row{
			{Accepted: true, Some: true},
		}, ""},
		{"the same code twice", cmd(l, code, code), []row{
			{Accepted: true, Some: true},
			{Accepted: true, Flag: "the same code as row 1", Some: true},
		}, ""},
		{"no codes", cmd(l), nil, ""},
		{"bad link", cmd("#v1.garbage", code), nil, "link"},
		{"not a request", []byte("{"), nil, "checker: bad request"},
		{"a trainer command (another schema)", wire.Marshal(&wire.Train{}), nil, "another version"},
	}
	for _, tt := range tests {
		t.Run(tt.Name, func(t *testing.T) {
			var answers []wire.Message
			handle(tt.Input, func(b []byte) {
				m, err := wire.Unmarshal(b, tools.Protocol)
				if err != nil {
					t.Fatalf("answer: %v", err)
				}
				answers = append(answers, m)
			})
			if len(answers) == 0 {
				t.Fatal("no answer")
			}
			if tt.Error != "" {
				f, ok := answers[0].(*tools.ToolFailed)
				if len(answers) != 1 || !ok || !strings.Contains(f.Message, tt.Error) {
					t.Fatalf("got %+v, want one error containing %q", answers, tt.Error)
				}
				return
			}
			if want := len(tt.Output) + 1; len(answers) != want {
				t.Errorf("%d answers, want %d (one per code and the last)", len(answers), want)
			}
			var got []rules.CheckResult
			for i, a := range answers {
				c, ok := a.(*tools.Checked)
				if !ok || c.ID != 3 || c.First != i || c.Total != len(tt.Output) || c.Done != (i == len(answers)-1) {
					t.Fatalf("answer %d: %+v", i, a)
				}
				if !c.Done && len(c.Rows) != 1 {
					t.Errorf("answer %d has %d rows; want its own only", i, len(c.Rows))
				}
				if !c.Done {
					got = append(got, c.Rows...)
				}
				for _, f := range c.Reflags {
					got[f.Row].Flag = f.Flag
				}
			}
			if len(got) != len(tt.Output) {
				t.Fatalf("got %d results, want %d: %+v", len(got), len(tt.Output), got)
			}
			same := func(a, b float64) bool { return a == b || math.IsNaN(a) && math.IsNaN(b) }
			for i, want := range tt.Output {
				g := got[i]
				if g.Accepted != want.Accepted || g.Flag != want.Flag ||
					!want.Some && (g.Name != want.Name || g.Epoch != want.Epoch || !same(g.Claimed, want.Claimed) || !same(g.Metric, want.Metric)) {
					t.Errorf("result %d: got %+v, want %+v", i, g, want)
				}
				if g.Accepted != (g.Reason == "") {
					t.Errorf("result %d: accepted %v with reason %q", i, g.Accepted, g.Reason)
				}
			}
		})
	}
}

// A panic while checking is reported as an error, and the worker answers
// the next request.
func TestCheckRecovers(t *testing.T) {
	ex := xorExercise()
	l, err := ex.Link()
	if err != nil {
		t.Fatal(err)
	}
	defer func(f func(*exercise.Class, string) (exercise.Result, []exercise.Reflag)) { addCode = f }(addCode)
	addCode = func(*exercise.Class, string) (exercise.Result, []exercise.Reflag) { panic("boom") }
	var got []wire.Message
	post := func(b []byte) {
		m, err := wire.Unmarshal(b, tools.Protocol)
		if err != nil {
			t.Fatal(err)
		}
		got = append(got, m)
	}
	b := wire.Marshal(&tools.Check{ID: 7, Link: l, Codes: []string{"v2.AAAAAAAAAAAAAAAAAAAA"}})
	handle(b, post)
	if f, ok := got[0].(*tools.ToolFailed); len(got) != 1 || !ok || !strings.Contains(f.Message, "boom") || f.ID != 7 {
		t.Fatalf("after a panic: %+v", got)
	}
	addCode = (*exercise.Class).Add
	handle(b, post)
	if c, ok := got[len(got)-1].(*tools.Checked); len(got) != 3 || !ok || !c.Done {
		t.Fatalf("after recovering: %+v", got)
	}
}

// A check asked to stop (StopCheck, which the worker takes between two
// codes) sends no more rows and a last answer that says Stopped; the
// class list's missing names come last when it runs to the end.
func TestCheckStopsAndListsMissing(t *testing.T) {
	ex := xorExercise()
	l, err := ex.Link()
	if err != nil {
		t.Fatal(err)
	}
	code, _ := solve(t, ex, "Ana")
	var got []*tools.Checked
	post := func(b []byte) {
		m, err := wire.Unmarshal(b, tools.Protocol)
		if err != nil {
			t.Fatal(err)
		}
		got = append(got, m.(*tools.Checked))
	}
	defer func(f func()) { pause = f }(pause)
	pauses := 0
	pause = func() {
		if pauses++; pauses == 2 {
			handle(wire.Marshal(&tools.StopCheck{ID: 9}), post) // the teacher presses Stop during the first code
		}
	}
	handle(wire.Marshal(&tools.Check{ID: 9, Link: l, Codes: []string{code, code, code}, Class: []string{"Ana", "Bo"}}), post)
	if len(got) != 2 || len(got[0].Rows) != 1 || !got[1].Done || !got[1].Stopped || len(got[1].Rows) != 0 || got[1].First != 1 {
		t.Fatalf("stopped after one code: %+v", got)
	}
	got = nil
	handle(wire.Marshal(&tools.Check{ID: 10, Link: l, Codes: []string{code}, Class: []string{"Ana", "Bo"}}), post)
	last := got[len(got)-1]
	if len(got) != 2 || !last.Done || last.Stopped || len(last.Rows) != 1 || !last.Rows[0].Missing || last.Rows[0].Name != "Bo" {
		t.Fatalf("Bo is missing: %+v", got)
	}
}
