package main

import (
	"reflect"
	"strings"
	"testing"

	"github.com/nnplayground/playground/core/exercise"
	"github.com/nnplayground/playground/core/exercise/rules"
	"github.com/nnplayground/playground/core/link"
	"github.com/nnplayground/playground/core/session"
	"github.com/nnplayground/playground/core/wire"
	"github.com/nnplayground/playground/core/wire/tools"
)

// ask sends one tool request through handle and returns its only answer.
func ask(t *testing.T, req wire.Message) wire.Message {
	t.Helper()
	var answers []wire.Message
	handle(wire.Marshal(req), func(b []byte) {
		m, err := wire.Unmarshal(b, tools.Protocol)
		if err != nil {
			t.Fatalf("answer: %v", err)
		}
		answers = append(answers, m)
	})
	if len(answers) != 1 || requestIDOf(answers[0]) != 7 {
		t.Fatalf("%T: got %+v, want one answer with ID 7", req, answers)
	}
	return answers[0]
}

// requestIDOf returns the ID of an answer.
func requestIDOf(m wire.Message) int {
	return int(reflect.ValueOf(m).Elem().FieldByName("ID").Int())
}

func TestTools(t *testing.T) {
	s := session.Default()
	s.Dataset, s.Lang = "xor", "zh"
	ls := session.Saved{Settings: s, Weights: &session.Weights{Epoch: 3, Sizes: []int{2, 1, 1}, Params: []float64{1, 2, 3, 4, 5}}}
	want, err := link.Encode((*link.Session)(&ls))
	if err != nil {
		t.Fatal(err)
	}
	if r, ok := ask(t, &tools.EncodeLink{ID: 7, Session: ls}).(*tools.LinkText); !ok || r.Text != want {
		t.Fatalf("EncodeLink: %+v, want %q", r, want)
	}
	o, ok := ask(t, &tools.DecodeLink{ID: 7, Link: "https://x.example/p/" + want}).(*tools.Opened)
	if !ok || o.Kind != link.KindSession || o.Session == nil || !reflect.DeepEqual(*o.Session, ls) {
		t.Fatalf("DecodeLink: %+v", o)
	}
	file, ok := ask(t, &tools.EncodeFile{ID: 7, Session: ls}).(*tools.LinkText)
	if !ok || !strings.Contains(file.Text, link.FileFormat) {
		t.Fatalf("EncodeFile: %+v", file)
	}
	back, ok := ask(t, &tools.DecodeFile{ID: 7, File: file.Text}).(*tools.SessionRead)
	if !ok || !reflect.DeepEqual(back.Session, ls) {
		t.Fatalf("DecodeFile: %+v", back)
	}

	// Lessons: every one listed with its link, which opens it.
	items, ok := ask(t, &tools.GetLessons{ID: 7}).(*tools.Lessons)
	if !ok || len(items.Items) != len(exercise.Lessons()) {
		t.Fatalf("lessons: %+v", items)
	}
	o, ok = ask(t, &tools.DecodeLink{ID: 7, Link: items.Items[0].Link}).(*tools.Opened)
	if !ok || o.Lesson == nil || o.Lesson.ID != items.Items[0].ID {
		t.Fatalf("DecodeLink of a lesson: %+v", o)
	}

	// An exercise: made, opened, and a code for a result that meets its goal.
	ex := xorExercise()
	made, ok := ask(t, &tools.MakeExercise{ID: 7, Exercise: rules.Exercise(*ex)}).(*tools.LinkText)
	if !ok {
		t.Fatalf("MakeExercise: %+v", made)
	}
	exLink := made.Text
	o, ok = ask(t, &tools.DecodeLink{ID: 7, Link: exLink}).(*tools.Opened)
	if !ok || o.Exercise == nil || o.Exercise.Goal != ex.Goal {
		t.Fatalf("DecodeLink of an exercise: %+v", o)
	}
	ex = (*exercise.Exercise)(o.Exercise) // with the nonce the worker chose
	info, ok := ask(t, &tools.GetExerciseInfo{ID: 7, Link: exLink}).(*tools.ExerciseInfo)
	if !ok || info.Info.ID != ex.ID() || info.Info.Nonce != ex.Nonce || !info.Info.NameBound || info.Info.AutoLocks["seed"] == "" {
		t.Fatalf("GetExerciseInfo: %+v", info)
	}
	code, st := solve(t, ex, "Ana")
	a, ok := ask(t, &tools.ExerciseCode{ID: 7, Request: rules.CodeRequest{Exercise: exLink, Name: "Ana", Settings: ex.StudentSettings("Ana", solvedSettings()), Stats: &st}}).(*tools.CodeAnswer)
	if !ok || a.Answer.Code != code || a.Answer.Allowed != "" || a.Answer.Error != "" {
		t.Fatalf("ExerciseCode: %+v, want code %q", a, code)
	}
	locked := solvedSettings()
	locked.Model.Activation++ // activation is locked
	a, ok = ask(t, &tools.ExerciseCode{ID: 7, Request: rules.CodeRequest{Exercise: exLink, Settings: locked, Stats: &st}}).(*tools.CodeAnswer)
	if !ok || a.Answer.Code != "" || !strings.Contains(a.Answer.Allowed, "activation") {
		t.Fatalf("ExerciseCode with a locked setting changed: %+v", a)
	}

	for _, tt := range []struct {
		Name  string
		Input wire.Message
		Class tools.FailClass
	}{
		{"damaged", &tools.DecodeLink{ID: 7, Link: "#v1.garbage"}, tools.FailBad},
		{"newer", &tools.DecodeLink{ID: 7, Link: "#v99.abc"}, tools.FailNewer},
		{"code as link", &tools.DecodeLink{ID: 7, Link: "#" + code}, tools.FailKind},
		{"not a file", &tools.DecodeFile{ID: 7, File: "{}"}, tools.FailBad},
	} {
		t.Run(tt.Name, func(t *testing.T) {
			r, ok := ask(t, tt.Input).(*tools.ToolFailed)
			if !ok || r.Class != tt.Class || r.Message == "" {
				t.Errorf("got %+v, want an error of class %v", r, tt.Class)
			}
		})
	}
}
