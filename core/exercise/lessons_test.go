package exercise_test

import (
	"encoding/json"
	"errors"
	"fmt"
	"math"
	"os"
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/nnplayground/playground/core/exercise"
	"github.com/nnplayground/playground/core/exercise/guide"
	"github.com/nnplayground/playground/core/link"
	"github.com/nnplayground/playground/core/session"
)

// The gallery in its order (gallery, lessons_list.go): one neuron and a line, the
// loss and gradient descent, normalization, XOR, the spiral, a learning
// rate too high, vanishing gradients, dead ReLU, overfitting, Adam against
// SGD, categorical columns and missing values, regression and R², a
// decision map, and one neuron's forward and backward pass.
var galleryOrder = []string{"tutorial", "loss", "normalize", "xor", "spiral", "exploding", "vanishing",
	"dead-relu", "overfit", "adam-sgd", "penguins", "diabetes", "iris", "explain"}

// Every gallery lesson is valid, in both languages, starts without a
// setup of its own (so that a version 1 link's settings are what it opens
// with), and the tutorial's FAQ answers each have a step the student
// performs: NaN losses, exploding and vanishing gradients, overfitting and
// normalization.
func TestGallery(t *testing.T) {
	var ids []string
	faq := map[string]bool{}
	for _, l := range exercise.Lessons() {
		ids = append(ids, l.ID)
		if err := l.Validate(); err != nil {
			t.Errorf("%s: %v", l.ID, err)
		}
		if l.Steps[0].Setup != nil {
			t.Errorf("%s: the first step has a setup; the lesson's settings are its setup", l.ID)
		}
		for _, s := range l.Steps {
			if s.Check != nil && s.Check.Kind == guide.CheckEvent {
				faq[string(s.Check.Event)] = true
			}
			for _, a := range s.Actions {
				if a.Kind == guide.ActSet && a.Setting == "norm" {
					faq["normalization"] = true
				}
			}
		}
	}
	if !slices.Equal(ids, galleryOrder) {
		t.Errorf("gallery %q, want %q", ids, galleryOrder)
	}
	for _, f := range []string{string(guide.Diverged), string(guide.Exploded), string(guide.Vanishing), string(guide.Overfitting), "normalization"} {
		if !faq[f] {
			t.Errorf("no step demonstrates the FAQ's %s", f)
		}
	}
}

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

// The normalize lesson's numbers: the tutorial's mistake, normalizing the
// test points with their own mean and standard deviation, computed with
// the lesson's model trained as its first step says.
func TestNormalizeClaims(t *testing.T) {
	l, _ := exercise.LessonByID("normalize")
	ss, err := session.Build(l.Settings)
	if err != nil {
		t.Fatal(err)
	}
	if err := ss.Trainer.StepN(l.Steps[0].Actions[0].Epochs); err != nil {
		t.Fatal(err)
	}
	text := l.Steps[0].Text.En + " " + l.Steps[1].Text.En
	normalizeClaims(t, text, ss)
}
func normalizeClaims(t *testing.T, lessonText string, ss *session.Session) {
	ds := ss.Data
	right := ss.Trainer.Predict(nil, ds.Test.X)
	raw := [][2]float64{{5, 6}, {6, 7}, {7, 8}} // the tutorial's X_test
	var mean, sd [2]float64
	for c := range 2 {
		for _, r := range raw {
			mean[c] += r[c] / 3
		}
		for _, r := range raw {
			sd[c] += (r[c] - mean[c]) * (r[c] - mean[c]) / 3
		}
		sd[c] = math.Sqrt(sd[c]) // population std, as np.std
	}
	var x []float64
	for _, r := range raw {
		for c := range 2 {
			x = append(x, (r[c]-mean[c])/sd[c])
		}
	}
	wrong := ss.Trainer.Predict(nil, x)
	var mseRight, mseWrong float64
	for i, y := range []float64{5, 6, 7} {
		mseRight += (right[i] - y) * (right[i] - y) / 3
		mseWrong += (wrong[i] - y) * (wrong[i] - y) / 3
	}
	claims := []string{
		fmt.Sprintf("%.2f, 0, %.2f", x[0], x[4]),
		fmt.Sprintf("%.2f, %.2f and %.2f", wrong[0], wrong[1], wrong[2]),
		fmt.Sprintf("test MSE is %.2f instead of %.2f", mseWrong, mseRight),
		fmt.Sprintf("mean %.1f and standard deviation %.2f", ds.Prep.Shift[0], ds.Prep.Scale[0]),
	}
	text := strings.ReplaceAll(lessonText, "−", "-")
	for _, c := range claims {
		if !strings.Contains(text, c) {
			t.Errorf("the lesson text does not say %q", c)
		}
	}
	t.Logf("own-statistics inputs %.4f, predictions %.4f (MSE %.4f) against %.4f (MSE %.4f)", x, wrong, mseWrong, right, mseRight)
}

// The explain lesson's numbers, from the engine's explain view
// (nn.Trainer.Explain): after step 2 every row's δ and gradients are 0;
// after step 3 one epoch moves w1 by −lr times the mean of the training
// rows' ∂L/∂w1, and the training loss falls from 1 to 0.36.
func TestExplainClaims(t *testing.T) {
	l, _ := exercise.LessonByID("explain")
	p := &player{t: t, lesson: &l.Lesson}
	p.load(l.Settings)
	rowGrads := func() (mean float64, zero bool) {
		tr, ds := p.ss.Trainer, p.ss.Data
		zero = true
		for r := range ds.Train.N {
			x, y := ds.Train.X[r*ds.Dim:(r+1)*ds.Dim], ds.Train.Y[r*ds.Out:(r+1)*ds.Out]
			n, err := tr.Explain(x, y, 1, 0)
			if err != nil {
				t.Fatal(err)
			}
			mean += n.GradW[0] / float64(ds.Train.N)
			zero = zero && n.Delta == 0 && n.GradW[0] == 0 && n.GradW[1] == 0 && n.GradB == 0
		}
		return mean, zero
	}
	for i := range 3 {
		playStep(t, p, i, &l.Steps[i])
		if i == 1 {
			if _, zero := rowGrads(); !zero {
				t.Errorf("step 2: some row's δ or gradient is not 0")
			}
		}
	}
	g, _ := rowGrads()
	w0 := p.ss.Trainer.Net().W[0][0]
	loss0 := p.state().Newest.TrainLoss
	playStep(t, p, 3, &l.Steps[3])
	w1 := p.ss.Trainer.Net().W[0][0]
	lr := l.Settings.Model.LearningRate
	if want := w0 - lr*g; math.Abs(w1-want) > 1e-12 {
		t.Errorf("w1 after one epoch %v, want w1 − lr·mean ∂L/∂w1 = %v − %v·%v = %v", w1, w0, lr, g, want)
	}
	got := fmt.Sprintf("from %.4g to %.2g", loss0, p.state().Newest.TrainLoss)
	if !strings.Contains(l.Steps[3].Text.En, got) {
		t.Errorf("step 4 does not say the training loss fell %s", got)
	}
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

// A step whose check asks for at least an accuracy or an R² says the
// number in its text, in both languages (90 % or 0.4), so that the text and
// the check cannot drift apart. (Checks for at most a value are bands
// around what the text says: "about 50 %" is checked as ≤ 60 %.)
func TestStepTextsSayTheirThresholds(t *testing.T) {
	for _, l := range exercise.Lessons() {
		for i, s := range l.Steps {
			c := s.Check
			if c == nil || c.Kind != guide.CheckMetric || c.Op != ">=" || !strings.Contains(c.Metric, "accuracy") && !strings.Contains(c.Metric, "r2") {
				continue
			}
			want := fmt.Sprintf("%g", c.Value)
			if strings.Contains(c.Metric, "accuracy") {
				want = fmt.Sprintf("%g%%", 100*c.Value)
			}
			for _, text := range []string{s.Text.En, s.Text.Zh} {
				if !strings.Contains(strings.ReplaceAll(text, " %", "%"), want) {
					t.Errorf("%s step %d: the text does not say %s: %q", l.ID, i+1, want, text)
				}
			}
		}
	}
}
