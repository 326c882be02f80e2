package exercise

import (
	"encoding/json"
	"sort"

	"github.com/nnplayground/playground/core/session"
)

// Fixed names the settings every student shares with the exercise: its
// data, its split and its seed. They are always locked.
var Fixed = []string{"dataset", "points", "noise", "text", "target", "asClasses", "testRatio", "splitColumn", "seed"}

// lockable maps the JSON name of each other setting to its value, as
// canonical text, with the model's defaults filled in (so that a learning
// rate left at 0 equals 0.03).
var lockable = map[string]func(s *session.Settings) string{
	"ignore":     func(s *session.Settings) string { return js(s.Ignore) },
	"missing":    func(s *session.Settings) string { return js(s.Missing) },
	"derived":    func(s *session.Settings) string { return js(s.Derived) },
	"norm":       func(s *session.Settings) string { return js(s.Norm) },
	"hidden":     func(s *session.Settings) string { return js(s.Model.Hidden) },
	"activation": func(s *session.Settings) string { return js(s.Model.Activation) },
	"loss":       func(s *session.Settings) string { return js(s.Model.Loss) },
	"init":       func(s *session.Settings) string { return js(s.Model.Init) },
	"optimizer":  func(s *session.Settings) string { return js(s.Model.Optimizer) },
	"lr":         func(s *session.Settings) string { return js(s.Model.Defaults().LearningRate) },
	"momentum":   func(s *session.Settings) string { return js(s.Model.Defaults().Momentum) },
	"nesterov":   func(s *session.Settings) string { return js(s.Model.Nesterov) },
	"beta1":      func(s *session.Settings) string { return js(s.Model.Defaults().Beta1) },
	"beta2":      func(s *session.Settings) string { return js(s.Model.Defaults().Beta2) },
	"eps":        func(s *session.Settings) string { return js(s.Model.Defaults().Epsilon) },
	"batch":      func(s *session.Settings) string { return js(s.Model.BatchSize) },
	"l1":         func(s *session.Settings) string { return js(s.Model.L1) },
	"l2":         func(s *session.Settings) string { return js(s.Model.L2) },
	"clip":       func(s *session.Settings) string { return js(s.Model.ClipNorm) },
	"decay":      func(s *session.Settings) string { return js(s.Model.Decay) },
}

// Lockable returns the names of the settings a teacher may lock, sorted:
// the JSON names of session.Settings and nn.Config fields.
func Lockable() []string {
	names := make([]string, 0, len(lockable))
	for n := range lockable {
		names = append(names, n)
	}
	sort.Strings(names)
	return names
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
