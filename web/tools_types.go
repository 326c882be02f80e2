package main

import (
	"github.com/nnplayground/playground/core/nn"
	"github.com/nnplayground/playground/core/session"
)

// The page does not link core/link or core/exercise (with compress/flate and
// crypto/sha256 they would add about 0.1 MB gzipped to app.wasm): the tools
// worker (worker.js?tools, running checker.wasm, see wasm/checker) encodes
// and decodes links and files, makes exercise links and completion codes and
// lists the lessons. The types below mirror the JSON of the core types the
// tools worker sends and receives; tools_types_test.go checks them against
// core.

// longLink mirrors link.LongLink: links longer than this get a warning.
const longLink = 8000

// sessionFileFormat mirrors link.FileFormat, the "format" of a session file.
const sessionFileFormat = "nnplayground-session"

// bilingual mirrors exercise.Text.
type bilingual struct {
	En string `json:"en"`
	Zh string `json:"zh"`
}

// In returns the text in the language lang ("zh" or else English).
func (t bilingual) In(lang string) string {
	if lang == "zh" {
		return t.Zh
	}
	return t.En
}

// lessonInfo mirrors exercise.Lesson.
type lessonInfo struct {
	ID       string           `json:"id"`
	Title    bilingual        `json:"title"`
	About    bilingual        `json:"about"`
	Settings session.Settings `json:"settings"`
	Epochs   int              `json:"epochs"`
	Chart    string           `json:"chart"`
}

// weights mirrors link.Weights.
type weights struct {
	Epoch  int       `json:"epoch"`
	Sizes  []int     `json:"sizes"`
	Params []float64 `json:"params"`
}

// linkSession mirrors link.Session.
type linkSession struct {
	Settings session.Settings `json:"settings"`
	Weights  *weights         `json:"weights,omitempty"`
}

// Goal metrics, as exercise.Metric.
const (
	metricAccuracy = "accuracy"
	metricR2       = "r2"
	metricLoss     = "loss"
)

// goal mirrors exercise.Goal.
type goal struct {
	Metric    string  `json:"metric"`
	Threshold float64 `json:"threshold"`
	MaxHidden int     `json:"maxHidden,omitempty"`
	MaxEpochs int     `json:"maxEpochs,omitempty"`
}

// exerciseInfo mirrors exercise.Exercise.
type exerciseInfo struct {
	Title        string           `json:"title,omitempty"`
	Instructions string           `json:"instructions,omitempty"`
	Settings     session.Settings `json:"settings"`
	Weights      *weights         `json:"weights,omitempty"`
	Locked       []string         `json:"locked,omitempty"`
	Goal         goal             `json:"goal"`
}

// opened mirrors the tools worker's answer to op decode-link.
type opened struct {
	Kind     string        `json:"kind"` // "session", "lesson" or "exercise"
	Session  *linkSession  `json:"session,omitempty"`
	Lesson   *lessonInfo   `json:"lesson,omitempty"`
	Exercise *exerciseInfo `json:"exercise,omitempty"`
}

// codeRequest and codeAnswer mirror op exercise-code's request and answer.
type codeRequest struct {
	Exercise  string           `json:"exercise"`
	Name      string           `json:"name"`
	Settings  session.Settings `json:"settings"`
	FromStart bool             `json:"fromStart"`
	Stats     *nn.Stats        `json:"stats"`
}

type codeAnswer struct {
	Allowed string `json:"allowed"`
	Code    string `json:"code"`
	Error   string `json:"error"`
}

// lessonItem is one lesson of op lessons.
type lessonItem struct {
	ID    string    `json:"id"`
	Title bilingual `json:"title"`
	About bilingual `json:"about"`
	Link  string    `json:"link"`
}

// fixedSettings mirrors exercise.Fixed: the settings every student shares
// with the exercise, always locked.
var fixedSettings = []string{"dataset", "points", "noise", "text", "target", "asClasses", "testRatio", "splitColumn", "seed"}

// lockableSettings mirrors exercise.Lockable().
var lockableSettings = []string{"activation", "batch", "beta1", "beta2", "clip", "decay", "derived", "eps", "hidden", "ignore",
	"init", "l1", "l2", "loss", "lr", "missing", "momentum", "nesterov", "norm", "optimizer"}

// Merge mirrors exercise.Exercise.Merge: the student's settings s with the
// exercise's data, split and seed put back.
func (e *exerciseInfo) Merge(s session.Settings) session.Settings {
	x := &e.Settings
	s.Dataset, s.Points, s.Noise, s.Text = x.Dataset, x.Points, x.Noise, x.Text
	s.Target, s.AsClasses, s.TestRatio, s.SplitColumn = x.Target, x.AsClasses, x.TestRatio, x.SplitColumn
	s.Model.Seed = x.Model.Seed
	return s
}

// Value mirrors exercise.Exercise.Value: the goal's metric.
func (e *exerciseInfo) Value(st nn.Stats) float64 {
	if e.Goal.Metric == metricLoss {
		return st.TestLoss
	}
	return st.TestMetric
}

// Met mirrors exercise.Exercise.Met: whether st meets the goal within the
// epoch limit.
func (e *exerciseInfo) Met(st nn.Stats) bool {
	if e.Goal.MaxEpochs > 0 && st.Epoch > e.Goal.MaxEpochs {
		return false
	}
	v := e.Value(st)
	if e.Goal.Metric == metricLoss {
		return v <= e.Goal.Threshold
	}
	return v >= e.Goal.Threshold
}
