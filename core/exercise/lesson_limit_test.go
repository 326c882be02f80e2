package exercise

import (
	"errors"
	"strings"
	"testing"

	"github.com/nnplayground/playground/core/exercise/guide"
	"github.com/nnplayground/playground/core/link"
	"github.com/nnplayground/playground/core/session"
)

// A lesson's tables are at most guide.MaxTextBytes in every version of the
// lesson link: a version 1 link (a gallery lesson's ID and its settings)
// with a 7.9 MB table was opened.
func TestLessonTableLimitEveryVersion(t *testing.T) {
	l := Lessons()[0]
	s := session.Default()
	s.Dataset, s.Text = "", "x,y\n"+strings.Repeat("1,2\n", (guide.MaxTextBytes/4)+1)
	v1, err := link.EncodeAs(LessonKind, &lessonLink{ID: l.ID, Settings: &s})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := DecodeLesson(v1); !errors.Is(err, link.ErrTooLarge) {
		t.Errorf("a version 1 lesson link with a %d-byte table: %v; want link.ErrTooLarge", len(s.Text), err)
	}
	s.Text = "x,y\n1,2\n3,4\n"
	v1, _ = link.EncodeAs(LessonKind, &lessonLink{ID: l.ID, Settings: &s})
	if _, err := DecodeLesson(v1); err != nil {
		t.Errorf("a version 1 lesson link with a small table: %v", err)
	}
}
