package exercise_test

import (
	"encoding/json"
	"os"
	"strings"
	"testing"

	"github.com/nnplayground/playground/core/exercise"
	"github.com/nnplayground/playground/core/link"
)

// FuzzDecodeLesson: DecodeLesson never panics, and a lesson it accepts
// encodes again to a link that opens the same lesson.
func FuzzDecodeLesson(f *testing.F) {
	for _, name := range []string{"testdata/golden-lessons-v1.txt", "testdata/golden-lessons-v2.txt"} {
		b, err := os.ReadFile(name)
		if err != nil {
			f.Fatal(err)
		}
		for line := range strings.Lines(string(b)) {
			fields := strings.Fields(line)
			f.Add(fields[len(fields)-1])
		}
	}
	for _, l := range append(exercise.Lessons()[:3], teacherLesson()) {
		s, err := l.Link()
		if err != nil {
			f.Fatal(err)
		}
		f.Add(s)
		l.ID += "-whole"
		if s, err = l.Link(); err != nil {
			f.Fatal(err)
		}
		f.Add(s)
	}
	f.Add("")
	f.Add("#v1.")
	f.Fuzz(func(t *testing.T, in string) {
		l, err := exercise.DecodeLesson(in)
		if err != nil {
			if l != nil {
				t.Fatalf("DecodeLesson returned a lesson and the error %v", err)
			}
			return
		}
		s, err := l.Link()
		if err != nil {
			t.Fatalf("a decoded lesson does not encode: %v", err)
		}
		back, err := exercise.DecodeLesson(s)
		if err != nil {
			t.Fatalf("re-encoded link does not decode: %v", err)
		}
		a, _ := json.Marshal(back)
		b, _ := json.Marshal(l)
		if string(a) != string(b) {
			t.Fatalf("re-encoded link opens\n%s\nwant\n%s", a, b)
		}
		if _, err := link.KindOf(s); err != nil {
			t.Fatal(err)
		}
	})
}
