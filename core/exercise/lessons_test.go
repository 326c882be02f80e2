package exercise_test

import (
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"reflect"
	"strings"
	"testing"

	"github.com/nnplayground/playground/core/exercise"
	"github.com/nnplayground/playground/core/exercise/guide"
	"github.com/nnplayground/playground/core/link"
	"github.com/nnplayground/playground/core/session"
)

// A gallery lesson's link names it; it opens the same lesson.
func TestLessonLinks(t *testing.T) {
	for _, l := range exercise.Lessons() {
		s, err := l.Link()
		if err != nil {
			t.Fatalf("%s: %v", l.ID, err)
		}
		back, err := exercise.DecodeLesson(s)
		if err != nil || !reflect.DeepEqual(*back, l) {
			t.Fatalf("%s: link %q opens %+v, %v", l.ID, s, back, err)
		}
		if len(s) > 120 {
			t.Errorf("%s: a gallery lesson's link of %d characters", l.ID, len(s))
		}
	}
}

// Version 1 lesson links (testdata/golden-lessons-v1.txt, made by the
// version before guided lessons) keep opening: the gallery lesson of their
// ID with their settings.
func TestLessonLinksV1(t *testing.T) {
	b, err := os.ReadFile("testdata/golden-lessons-v1.txt")
	if err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimSpace(string(b)), "\n")
	if len(lines) != 11 {
		t.Fatalf("%d golden version 1 lesson links, want 11", len(lines))
	}
	for _, line := range lines {
		id, s, _ := strings.Cut(line, " ")
		var old struct {
			ID       string           `json:"id"`
			Settings session.Settings `json:"settings"`
		}
		if err := link.DecodeAs(s, exercise.LessonKind, &old); err != nil || old.ID != id {
			t.Fatalf("%s: %v", id, err)
		}
		l, err := exercise.DecodeLesson(s)
		if err != nil {
			t.Fatalf("%s: %v", id, err)
		}
		if want := id; l.ID != want || !reflect.DeepEqual(l.Settings, old.Settings) {
			t.Errorf("%s opens %s with %+v, want %+v", id, l.ID, l.Settings, old.Settings)
		}
	}
}

// teacherLesson is a guided lesson a teacher might make.
func teacherLesson() exercise.Lesson {
	s := session.Default()
	s.Dataset = "xor"
	step := func(en string, c *guide.Check, a ...guide.Action) guide.Step {
		return guide.Step{Text: guide.Text{En: en, Zh: "中文：" + en}, Actions: a, Check: c}
	}
	return exercise.Lesson{Lesson: guide.Lesson{
		ID:       "class-7b-xor",
		Title:    guide.Text{En: "XOR, my way", Zh: "我的异或"},
		Settings: s,
		Steps: []guide.Step{
			step("Train 50 epochs.", &guide.Check{Kind: guide.CheckMetric, Metric: "epoch", Op: ">=", Value: 50}, guide.Action{Kind: guide.ActTrain, Epochs: 50}),
			step("Use Adam.", &guide.Check{Kind: guide.CheckSetting, Setting: "optimizer", Op: "=", Text: "adam"}, guide.Action{Kind: guide.ActSet, Setting: "optimizer", Value: "adam"}),
			step("Reach 95 %.", &guide.Check{Kind: guide.CheckMetric, Metric: "test-accuracy", Op: ">=", Value: 0.95}),
			step("Change a weight.", &guide.Check{Kind: guide.CheckWeight, Any: true}),
		},
	}}
}

// A teacher's lesson, and a gallery lesson changed, travel whole and come
// back equal.
func TestTeacherLessonLink(t *testing.T) {
	changed := exercise.Lessons()[3]
	changed.Steps[0].Text.En = "My words."
	for _, l := range []exercise.Lesson{teacherLesson(), changed} {
		s, err := l.Link()
		if err != nil {
			t.Fatal(err)
		}
		back, err := exercise.DecodeLesson(s)
		if err != nil {
			t.Fatal(err)
		}
		if !reflect.DeepEqual(mustJSON(t, back), mustJSON(t, &l)) {
			t.Errorf("%s: round trip\n%s\nwant\n%s", l.ID, mustJSON(t, back), mustJSON(t, &l))
		}
		if len(s) > link.LongLink {
			t.Errorf("%s: %d characters", l.ID, len(s))
		}
	}
	// The longest gallery lesson, whole, still fits a link chat tools keep.
	for _, l := range exercise.Lessons() {
		l.ID += "-copy"
		s, err := l.Link()
		if err != nil || len(s) > link.LongLink {
			t.Errorf("%s whole: %d characters, %v", l.ID, len(s), err)
		}
	}
}

// Lessons past the limits, or with bad parts, are refused with errors
// wrapping link.ErrCorrupt, before and after a link.
func TestLessonLimits(t *testing.T) {
	long := strings.Repeat("x", guide.MaxStepText+1)
	tests := []struct {
		Name string
		Edit func(l *guide.Lesson)
	}{
		{"two steps", func(l *guide.Lesson) { l.Steps = l.Steps[:2] }},
		{"nine steps", func(l *guide.Lesson) {
			for len(l.Steps) < 9 {
				l.Steps = append(l.Steps, l.Steps[0])
			}
		}},
		{"bad ID", func(l *guide.Lesson) { l.ID = "My Lesson" }},
		{"no Chinese title", func(l *guide.Lesson) { l.Title.Zh = "" }},
		{"long text", func(l *guide.Lesson) { l.Steps[1].Text.Zh = long }},
		{"bad UTF-8", func(l *guide.Lesson) { l.Steps[1].Text.En = "\xff" }},
		{"bad metric", func(l *guide.Lesson) { l.Steps[0].Check.Metric = "fun" }},
		{"bad event", func(l *guide.Lesson) { l.Steps[0].Check = &guide.Check{Kind: guide.CheckEvent, Event: "party"} }},
		{"bad action", func(l *guide.Lesson) { l.Steps[1].Actions[0].Value = "lbfgs" }},
		{"train forever", func(l *guide.Lesson) { l.Steps[0].Actions[0].Epochs = guide.MaxEpochs + 1 }},
		{"bad settings", func(l *guide.Lesson) { l.Settings.Dataset = "mnist" }},
		{"bad setup", func(l *guide.Lesson) { s := l.Settings; s.TestRatio = 2; l.Steps[2].Setup = &s }},
	}
	for _, tt := range tests {
		t.Run(tt.Name, func(t *testing.T) {
			l := teacherLesson()
			tt.Edit(&l.Lesson)
			if _, err := l.Link(); !errors.Is(err, link.ErrCorrupt) {
				t.Errorf("Link: %v, want ErrCorrupt", err)
			}
			if tt.Name == "bad UTF-8" {
				return // JSON writes it as U+FFFD: no link carries it
			}
			s, err := link.EncodeAs(exercise.LessonKind, map[string]any{"v": 2, "lesson": l.Lesson})
			if err != nil {
				t.Fatal(err)
			}
			if _, err := exercise.DecodeLesson(s); !errors.Is(err, link.ErrCorrupt) {
				t.Errorf("DecodeLesson: %v, want ErrCorrupt", err)
			}
		})
	}
}

// Bad lesson links: each error says what is wrong.
func TestBadLessonLinks(t *testing.T) {
	enc := func(body any) string {
		s, err := link.EncodeAs(exercise.LessonKind, body)
		if err != nil {
			t.Fatal(err)
		}
		return s
	}
	l := teacherLesson().Lesson
	s := session.Default()
	tests := []struct {
		Name  string
		Input string
		Error error
		Says  string
	}{
		{"newer", enc(map[string]any{"v": 3, "id": "xor"}), link.ErrNewerVersion, "version 3"},
		{"both", enc(map[string]any{"v": 2, "id": "xor", "lesson": l}), link.ErrCorrupt, "either"},
		{"neither", enc(map[string]any{"v": 2}), link.ErrCorrupt, "either"},
		{"settings in v2", enc(map[string]any{"v": 2, "id": "xor", "settings": s}), link.ErrCorrupt, "either"},
		{"unknown gallery lesson", enc(map[string]any{"v": 2, "id": "nope"}), link.ErrCorrupt, "no lesson"},
		{"gone v1 lesson", enc(map[string]any{"id": "nope", "settings": s}), link.ErrCorrupt, "no longer has"},
		{"v1 without settings", enc(map[string]any{"id": "xor"}), link.ErrCorrupt, "ID and settings"},
		{"unknown field", enc(map[string]any{"v": 2, "id": "xor", "extra": 1}), link.ErrCorrupt, "unknown field"},
		{"too long", "#v1." + strings.Repeat("A", exercise.MaxLessonLink), link.ErrTooLarge, "at most"},
		{"session link", mustLink(t), link.ErrKind, "not a \"lesson\" link"},
	}
	for _, tt := range tests {
		t.Run(tt.Name, func(t *testing.T) {
			got, err := exercise.DecodeLesson(tt.Input)
			if got != nil || !errors.Is(err, tt.Error) || !strings.Contains(err.Error(), tt.Says) {
				t.Errorf("DecodeLesson = %v, %v; want %v saying %q", got, err, tt.Error, tt.Says)
			}
		})
	}
}

// mustJSON returns l as JSON.
func mustJSON(t *testing.T, l *exercise.Lesson) string {
	b, err := json.Marshal(l)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// Lesson links of version 2 made by this version keep opening in every
// later version: testdata/golden-lessons-v2.txt holds a gallery lesson's
// link and a teacher's whole lesson's, with the ID and step count each
// opens (written with -update when the file does not exist).
func TestGoldenLessonsV2(t *testing.T) {
	const name = "testdata/golden-lessons-v2.txt"
	if _, err := os.Stat(name); err != nil && *update {
		var out string
		for _, l := range []exercise.Lesson{exercise.Lessons()[3], teacherLesson()} {
			s, err := l.Link()
			if err != nil {
				t.Fatal(err)
			}
			out += fmt.Sprintf("%s %d %s\n", l.ID, len(l.Steps), s)
		}
		if err := os.WriteFile(name, []byte(out), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	b, err := os.ReadFile(name)
	if err != nil {
		t.Fatal(err)
	}
	for line := range strings.Lines(strings.TrimSpace(string(b))) {
		var id, s string
		var steps int
		if _, err := fmt.Sscan(line, &id, &steps, &s); err != nil {
			t.Fatalf("%s: %q: %v", name, line, err)
		}
		l, err := exercise.DecodeLesson(s)
		if err != nil || l.ID != id || len(l.Steps) != steps {
			t.Errorf("%s opens %+v, %v; want %d steps", id, l, err, steps)
		}
	}
}
