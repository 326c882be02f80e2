package main

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/nnplayground/playground/core/exercise"
	"github.com/nnplayground/playground/core/link"
	"github.com/nnplayground/playground/core/nn"
	"github.com/nnplayground/playground/core/session"
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
	cmd := func(text string, codes ...string) string {
		b, err := json.Marshal(session.Command{Op: session.OpCheck, Text: text, Codes: codes})
		if err != nil {
			t.Fatal(err)
		}
		return string(b)
	}
	acc := st.TestMetric
	tests := []struct {
		Name   string
		Input  string
		Output []map[string]any // the last report's Data, decoded
		Error  string           // part of the error report, when one is expected
	}{
		{"good, words, blank, damaged, tampered", cmd("https://x.example/play/"+l, code, "hello", "  ", "v2.AAAAAAAAAAAAAAAAAAAA", tampered), []map[string]any{
			{"name": `Ana "<i>Li</i>"`, "accepted": true, "epoch": float64(st.Epoch), "claimed": acc, "metric": acc, "reason": ""},
			{"name": "", "accepted": false, "epoch": 0.0, "claimed": 0.0, "metric": nil},
			{"name": `Ana "<i>Li</i>"`, "accepted": false, "epoch": float64(st.Epoch), "claimed": 0.99, "metric": acc},
		}, ""},
		{"a line of chat", cmd(l, "hi here is my code "+strings.TrimPrefix(code, "#")+", thanks!"), []map[string]any{
			{"name": `Ana "<i>Li</i>"`, "accepted": true, "flag": nil},
		}, ""},
		{"the same code twice", cmd(l, code, code), []map[string]any{
			{"accepted": true, "flag": nil},
			{"accepted": true, "flag": "the same code as row 1"},
		}, ""},
		{"no codes", cmd(l), []map[string]any{}, ""},
		{"bad link", cmd("#v1.garbage", code), nil, "link"},
		{"not a command", "{", nil, "checker: bad command"},
		{"other op", `{"op":"train"}`, nil, `unknown op "train"`},
	}
	for _, tt := range tests {
		t.Run(tt.Name, func(t *testing.T) {
			var reports []session.Report
			handle(tt.Input, func(s string) {
				var r session.Report
				if err := json.Unmarshal([]byte(s), &r); err != nil {
					t.Fatalf("report %q: %v", s, err)
				}
				reports = append(reports, r)
			})
			if len(reports) == 0 {
				t.Fatal("no report")
			}
			last := reports[len(reports)-1]
			if tt.Error != "" {
				if len(reports) != 1 || last.Kind != session.KindError || !strings.Contains(last.Error, tt.Error) {
					t.Fatalf("got %+v, want one error containing %q", reports, tt.Error)
				}
				return
			}
			if want := max(1, len(tt.Output)); len(reports) != want {
				t.Errorf("%d reports, want %d (one per code)", len(reports), want)
			}
			for i, r := range reports {
				var rows []map[string]any
				if r.Kind != session.KindCheck || json.Unmarshal([]byte(r.Data), &rows) != nil {
					t.Fatalf("report %d: %+v", i, r)
				}
				if want := min(i+1, len(tt.Output)); len(rows) != want {
					t.Errorf("report %d has %d rows", i, len(rows))
				}
			}
			var got []map[string]any
			json.Unmarshal([]byte(last.Data), &got)
			if len(got) != len(tt.Output) {
				t.Fatalf("got %d rows, want %d: %s", len(got), len(tt.Output), last.Data)
			}
			for i, want := range tt.Output {
				for k, v := range want {
					if got[i][k] != v {
						t.Errorf("row %d: %s = %v, want %v (%s)", i, k, got[i][k], v, last.Data)
					}
				}
				if ok := got[i]["accepted"] == true; ok != (got[i]["reason"] == "") {
					t.Errorf("row %d: accepted %v with reason %q", i, got[i]["accepted"], got[i]["reason"])
				}
			}
		})
	}
}

// A panic while checking is reported as an error, and the worker answers
// the next command.
func TestCheckRecovers(t *testing.T) {
	ex := xorExercise()
	l, err := ex.Link()
	if err != nil {
		t.Fatal(err)
	}
	defer func(f func(*exercise.Exercise, string) (exercise.Result, error)) { checkCode = f }(checkCode)
	checkCode = func(*exercise.Exercise, string) (exercise.Result, error) { panic("boom") }
	var got []session.Report
	post := func(s string) {
		var r session.Report
		if err := json.Unmarshal([]byte(s), &r); err != nil {
			t.Fatal(err)
		}
		got = append(got, r)
	}
	b, _ := json.Marshal(session.Command{Op: session.OpCheck, Text: l, Codes: []string{"v2.AAAAAAAAAAAAAAAAAAAA"}, ID: 7})
	handle(string(b), post)
	if len(got) != 1 || got[0].Kind != session.KindError || !strings.Contains(got[0].Error, "boom") || got[0].ID != 7 {
		t.Fatalf("after a panic: %+v", got)
	}
	checkCode = exercise.Check
	handle(string(b), post)
	if len(got) != 2 || got[1].Kind != session.KindCheck {
		t.Fatalf("after recovering: %+v", got)
	}
}
