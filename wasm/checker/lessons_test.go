package main

import (
	"encoding/json"
	"testing"

	"github.com/nnplayground/playground/core/exercise"
	"github.com/nnplayground/playground/core/exercise/guide"
	"github.com/nnplayground/playground/core/session"
)

// Op lessons with a lesson makes its link, which decode-link opens whole;
// a lesson past the limits is refused with class "bad".
func TestLessonsOpTeacher(t *testing.T) {
	l := exercise.Lessons()[3].Lesson
	l.ID = "my-xor"
	body, _ := json.Marshal(l)
	r := ask(t, session.OpLessons, string(body))
	if r.Kind != session.KindTool {
		t.Fatalf("lessons with a lesson: %+v", r)
	}
	r = ask(t, session.OpDecodeLink, r.Data)
	var o struct {
		Kind   string        `json:"kind"`
		Lesson *guide.Lesson `json:"lesson"`
	}
	if err := json.Unmarshal([]byte(r.Data), &o); err != nil || o.Kind != exercise.LessonKind || o.Lesson == nil ||
		o.Lesson.ID != "my-xor" || len(o.Lesson.Steps) != len(l.Steps) || o.Lesson.Steps[1].Check == nil {
		t.Fatalf("decode-link of a teacher's lesson: %+v (%v)", r, err)
	}
	l.Steps = l.Steps[:2]
	body, _ = json.Marshal(l)
	if r = ask(t, session.OpLessons, string(body)); r.Kind != session.KindError || r.Data != "bad" {
		t.Fatalf("a lesson of two steps: %+v", r)
	}
}
