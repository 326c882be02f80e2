package main

import (
	"encoding/json"
	"github.com/nnplayground/playground/core/exercise/rules"
	"strings"
	"testing"

	"github.com/nnplayground/playground/core/exercise"
	"github.com/nnplayground/playground/core/link"
	"github.com/nnplayground/playground/core/session"
)

// ask sends one tool op through handle and returns its only report.
func ask(t *testing.T, op, text string) session.Report {
	t.Helper()
	b, _ := json.Marshal(session.Command{Op: op, Text: text, ID: 7})
	var reports []session.Report
	handle(string(b), func(s string) {
		var r session.Report
		if err := json.Unmarshal([]byte(s), &r); err != nil {
			t.Fatalf("report %q: %v", s, err)
		}
		reports = append(reports, r)
	})
	if len(reports) != 1 || reports[0].ID != 7 {
		t.Fatalf("%s: got %+v, want one report with ID 7", op, reports)
	}
	return reports[0]
}

func TestTools(t *testing.T) {
	s := session.Default()
	s.Dataset, s.Lang = "xor", "zh"
	ls := link.Session{Settings: s, Weights: &link.Weights{Epoch: 3, Sizes: []int{2, 1, 1}, Params: []float64{1, 2, 3, 4, 5}}}
	body, _ := json.Marshal(ls)
	want, err := link.Encode(&ls)
	if err != nil {
		t.Fatal(err)
	}
	r := ask(t, session.OpEncodeLink, string(body))
	if r.Kind != session.KindTool || r.Data != want {
		t.Fatalf("encode-link: %+v, want Data %q", r, want)
	}
	r = ask(t, session.OpDecodeLink, "https://x.example/p/"+want)
	var o opened
	if err := json.Unmarshal([]byte(r.Data), &o); err != nil || o.Kind != link.KindSession || o.Session == nil ||
		o.Session.Settings.Dataset != "xor" || o.Session.Weights.Epoch != 3 {
		t.Fatalf("decode-link: %+v (%v)", r, err)
	}
	r = ask(t, session.OpEncodeFile, string(body))
	if !strings.Contains(r.Data, link.FileFormat) {
		t.Fatalf("encode-file: %+v", r)
	}
	r = ask(t, session.OpDecodeFile, r.Data)
	var back link.Session
	if err := json.Unmarshal([]byte(r.Data), &back); err != nil || back.Settings.Lang != "zh" || len(back.Weights.Params) != 5 {
		t.Fatalf("decode-file: %+v (%v)", r, err)
	}

	// Lessons: every one listed with its link, which opens it.
	r = ask(t, session.OpLessons, "")
	var items []rules.LessonItem
	if err := json.Unmarshal([]byte(r.Data), &items); err != nil || len(items) != len(exercise.Lessons()) {
		t.Fatalf("lessons: %d items (%v)", len(items), err)
	}
	r = ask(t, session.OpDecodeLink, items[0].Link)
	if err := json.Unmarshal([]byte(r.Data), &o); err != nil || o.Lesson == nil || o.Lesson.ID != items[0].ID {
		t.Fatalf("decode-link of a lesson: %+v", r)
	}

	// An exercise: made, opened, and a code for a result that meets its goal.
	ex := xorExercise()
	body, _ = json.Marshal(ex)
	r = ask(t, session.OpMakeExercise, string(body))
	exLink := r.Data
	r = ask(t, session.OpDecodeLink, exLink)
	if err := json.Unmarshal([]byte(r.Data), &o); err != nil || o.Exercise == nil || o.Exercise.Goal != ex.Goal {
		t.Fatalf("decode-link of an exercise: %+v", r)
	}
	ex = o.Exercise // with the nonce the worker chose
	r = ask(t, session.OpExerciseInfo, exLink)
	var info rules.ExerciseInfo
	if err := json.Unmarshal([]byte(r.Data), &info); err != nil || info.ID != ex.ID() || info.Nonce != ex.Nonce || !info.NameBound || info.AutoLocks["seed"] == "" {
		t.Fatalf("exercise-info: %+v (%v)", r, err)
	}
	code, st := solve(t, ex, "Ana")
	q, _ := json.Marshal(rules.CodeRequest{Exercise: exLink, Name: "Ana", Settings: ex.StudentSettings("Ana", solvedSettings()), Stats: &st})
	r = ask(t, session.OpExerciseCode, string(q))
	var a rules.CodeAnswer
	if err := json.Unmarshal([]byte(r.Data), &a); err != nil || a.Code != code || a.Allowed != "" || a.Error != "" {
		t.Fatalf("exercise-code: %+v, want code %q", r, code)
	}
	locked := solvedSettings()
	locked.Model.Activation++ // activation is locked
	q, _ = json.Marshal(rules.CodeRequest{Exercise: exLink, Settings: locked, Stats: &st})
	r = ask(t, session.OpExerciseCode, string(q))
	if err := json.Unmarshal([]byte(r.Data), &a); err != nil || a.Code != "" || !strings.Contains(a.Allowed, "activation") {
		t.Fatalf("exercise-code with a locked setting changed: %+v", r)
	}

	for _, tt := range []struct{ Name, Op, Input, Class string }{
		{"damaged", session.OpDecodeLink, "#v1.garbage", "bad"},
		{"newer", session.OpDecodeLink, "#v99.abc", "newer"},
		{"code as link", session.OpDecodeLink, "#" + code, "kind"},
		{"not a file", session.OpDecodeFile, "{}", "bad"},
	} {
		t.Run(tt.Name, func(t *testing.T) {
			r := ask(t, tt.Op, tt.Input)
			if r.Kind != session.KindError || r.Data != tt.Class || r.Error == "" {
				t.Errorf("got %+v, want an error of class %q", r, tt.Class)
			}
		})
	}
}
