// Package rules holds the parts of an exercise that the page needs as well
// as the checker: the goal and its test, which settings are fixed or may be
// locked, and how a student's settings are merged with the exercise's.
// It is small on purpose: the page links it without core/exercise and
// core/link, whose compression and hashing stay in the tools worker.
package rules

import (
	"encoding/json"
	"slices"

	"github.com/nnplayground/playground/core/nn"
	"github.com/nnplayground/playground/core/session"
)

// Metric is what a goal measures on the test set.
type Metric string

const (
	Accuracy Metric = "accuracy" // classification: test accuracy ≥ Threshold
	R2       Metric = "r2"       // regression: test R² ≥ Threshold
	Loss     Metric = "loss"     // any task: test loss ≤ Threshold
)

// Goal is what a student must reach, within optional limits.
type Goal struct {
	Metric    Metric  `json:"metric"`
	Threshold float64 `json:"threshold"`
	MaxHidden int     `json:"maxHidden,omitempty"` // at most this many hidden neurons in total; 0 = no limit
	MaxEpochs int     `json:"maxEpochs,omitempty"` // reach the goal within this many epochs; 0 = no limit
}

// Value returns the goal's metric from training statistics.
func (g Goal) Value(st nn.Stats) float64 {
	if g.Metric == Loss {
		return st.TestLoss
	}
	return st.TestMetric
}

// Met reports whether statistics meet the goal (within the epoch limit).
func (g Goal) Met(st nn.Stats) bool {
	if g.MaxEpochs > 0 && st.Epoch > g.MaxEpochs {
		return false
	}
	v := g.Value(st)
	if g.Metric == Loss {
		return v <= g.Threshold
	}
	return v >= g.Threshold
}

// Merge returns a student's settings s with the exercise's data, split and
// seed (the Fixed settings of ex) put back.
func Merge(ex, s session.Settings) session.Settings {
	s.Dataset, s.Points, s.Noise, s.Text = ex.Dataset, ex.Points, ex.Noise, ex.Text
	s.Target, s.AsClasses, s.TestRatio, s.SplitColumn = ex.Target, ex.AsClasses, ex.TestRatio, ex.SplitColumn
	s.Model.Seed = ex.Model.Seed
	return s
}

// Fixed names the settings every student shares with the exercise: its
// data, its split and its seed. They are always locked.
var Fixed = []string{"dataset", "points", "noise", "text", "target", "asClasses", "testRatio", "splitColumn", "seed"}

// lockable names the other settings, sorted: the JSON names of
// session.Settings and nn.Config fields that a teacher may lock.
var lockable = []string{"activation", "batch", "beta1", "beta2", "clip", "decay", "derived", "eps", "hidden", "ignore",
	"init", "l1", "l2", "loss", "lr", "missing", "momentum", "nesterov", "norm", "optimizer"}

// Lockable returns the names of the settings a teacher may lock, sorted.
func Lockable() []string { return slices.Clone(lockable) }

// Setting returns the lockable setting called name of s as canonical text,
// with the model's defaults filled in (so that a learning rate left at 0
// equals 0.03), and false when name is not lockable. (A switch, not a map
// of functions, so that a program that only lists the names, as the page
// does, does not link the getters.)
func Setting(name string, s *session.Settings) (string, bool) {
	m := &s.Model
	var v any
	switch name {
	case "ignore":
		v = s.Ignore
	case "missing":
		v = s.Missing
	case "derived":
		v = s.Derived
	case "norm":
		v = s.Norm
	case "hidden":
		v = m.Hidden
	case "activation":
		v = m.Activation
	case "loss":
		v = m.Loss
	case "init":
		v = m.Init
	case "optimizer":
		v = m.Optimizer
	case "lr":
		v = m.Defaults().LearningRate
	case "momentum":
		v = m.Defaults().Momentum
	case "nesterov":
		v = m.Nesterov
	case "beta1":
		v = m.Defaults().Beta1
	case "beta2":
		v = m.Defaults().Beta2
	case "eps":
		v = m.Defaults().Epsilon
	case "batch":
		v = m.BatchSize
	case "l1":
		v = m.L1
	case "l2":
		v = m.L2
	case "clip":
		v = m.ClipNorm
	case "decay":
		v = m.Decay
	default:
		return "", false
	}
	return js(v), true
}

// js returns v as JSON; an empty list is "[]" whether nil or not.
func js(v any) string {
	b, err := json.Marshal(v)
	if err != nil {
		return "?"
	}
	if string(b) == "null" {
		return "[]"
	}
	return string(b)
}

// Text is a text in English and Simplified Chinese.
type Text struct {
	En string `json:"en"`
	Zh string `json:"zh"`
}

// In returns the text in the language lang ("zh" or else English).
func (t Text) In(lang string) string {
	if lang == "zh" {
		return t.Zh
	}
	return t.En
}

// The tools worker's messages about exercises and lessons (ops
// session.OpExerciseCode and session.OpLessons), shared by the page and the
// worker.

// CodeRequest asks for a completion code (op exercise-code).
type CodeRequest struct {
	Exercise  string           `json:"exercise"` // the exercise's link
	Name      string           `json:"name"`
	Settings  session.Settings `json:"settings"`
	FromStart bool             `json:"fromStart"`
	Stats     *nn.Stats        `json:"stats"` // the newest epoch that meets the goal; null when none does
}

// CodeAnswer is the answer of op exercise-code: Allowed is why the settings
// break a lock or limit ("" when they do not), Code the completion code
// for Stats, or Error why there is none.
type CodeAnswer struct {
	Allowed string `json:"allowed"`
	Code    string `json:"code"`
	Error   string `json:"error"`
}

// LessonItem is one lesson of op lessons: its texts and its link.
type LessonItem struct {
	ID    string `json:"id"`
	Title Text   `json:"title"`
	About Text   `json:"about"`
	Link  string `json:"link"`
}
