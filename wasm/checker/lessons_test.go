package main

import (
	"testing"

	"github.com/nnplayground/playground/core/exercise"
	"github.com/nnplayground/playground/core/wire/tools"
)

// MakeLesson with a teacher's lesson makes its link, which DecodeLink
// opens; a lesson past the limits is refused with class "bad".
func TestLessonsOpTeacher(t *testing.T) {
	l := exercise.Lessons()[3].Lesson
	l.ID = "my-xor"
	made, ok := ask(t, &tools.MakeLesson{ID: 7, Lesson: l}).(*tools.LinkText)
	if !ok {
		t.Fatalf("lessons with a lesson: %+v", made)
	}
	o, ok := ask(t, &tools.DecodeLink{ID: 7, Link: made.Text}).(*tools.Opened)
	if !ok || o.Kind != exercise.LessonKind || o.Lesson == nil || o.Lesson.ID != "my-xor" || len(o.Lesson.Steps) != len(l.Steps) || o.Lesson.Steps[1].Check == nil {
		t.Fatalf("DecodeLink of a teacher's lesson: %+v", o)
	}
	if ls, err := exercise.DecodeLesson(made.Text); err != nil || len(ls.Steps) != len(l.Steps) || ls.Steps[1].Check == nil {
		t.Fatalf("the link of a teacher's lesson: %+v (%v)", ls, err)
	}
	l.Steps = l.Steps[:2]
	if f, ok := ask(t, &tools.MakeLesson{ID: 7, Lesson: l}).(*tools.ToolFailed); !ok || f.Class != tools.FailBad {
		t.Fatalf("a lesson of two steps: %+v", f)
	}
}
