package guide

import (
	"fmt"
	"math"
	"slices"
	"strconv"

	"github.com/nnplayground/playground/core/session"
)

// SettingsAt returns the settings in use when step i opens, for a student
// who did what the steps before it asked: the lesson's settings, each
// step's setup, and the settings its actions change (set, add-layer,
// remove-layer, and the coach's buttons rollback-lower, which divides the
// learning rate by 10, and rollback-clip, which turns clipping on at 1).
// The page loads them when a student goes back to step i. It panics if i
// is not a step's index.
func (l *Lesson) SettingsAt(i int) session.Settings {
	if i < 0 || i >= len(l.Steps) {
		panic("guide: no such step")
	}
	s := l.Settings
	s.Model.Hidden = slices.Clone(s.Model.Hidden)
	for k := 0; k <= i; k++ {
		st := &l.Steps[k]
		if st.Setup != nil {
			s = *st.Setup
			s.Model.Hidden = slices.Clone(s.Model.Hidden)
		}
		if k == i {
			break
		}
		for _, a := range st.Actions {
			a.apply(&s)
		}
	}
	return s
}

// apply changes s as the action does, if it changes settings.
func (a *Action) apply(s *session.Settings) {
	switch a.Kind {
	case ActSet:
		Set(s, a.Setting, a.Value) // validated with the lesson
	case ActAddLayer:
		s.Model.Hidden = append(s.Model.Hidden, a.Units)
	case ActRemoveLayer:
		if n := len(s.Model.Hidden); n > 0 {
			s.Model.Hidden = s.Model.Hidden[:n-1]
		}
	case ActPress:
		switch a.Button {
		case ButtonRollbackLower:
			s.Model.LearningRate = s.Model.Defaults().LearningRate / 10
		case ButtonRollbackClip:
			s.Model.ClipNorm = 1
		}
	}
}

// SettingsAfter returns the settings in use when step i is done as it
// asks: SettingsAt(i) with the step's actions applied. It panics if i is
// not a step's index.
func (l *Lesson) SettingsAfter(i int) session.Settings {
	s := l.SettingsAt(i)
	for _, a := range l.Steps[i].Actions {
		a.apply(&s)
	}
	return s
}

// Want is a setting a step's actions ask for: its name (Settable's) and
// its value as Get writes it.
type Want struct {
	Setting string
	Text    string
}

// Wants returns the settings step i's actions set (set, add-layer and
// remove-layer, which set "hidden"), with the values SettingsAfter(i)
// gives them, in the order the actions name them. It panics if i is not a
// step's index.
func (l *Lesson) Wants(i int) []Want {
	after := l.SettingsAfter(i)
	var out []Want
	for _, a := range l.Steps[i].Actions {
		n := a.Setting
		switch a.Kind {
		case ActSet:
		case ActAddLayer, ActRemoveLayer:
			n = "hidden"
		default:
			continue
		}
		if slices.ContainsFunc(out, func(w Want) bool { return w.Setting == n }) {
			continue
		}
		text, _, _ := Get(&after, n)
		out = append(out, Want{Setting: n, Text: text})
	}
	return out
}

// Evaluate reports whether step i is done in st: the settings its actions
// ask for hold (Wants) and its check is met, or it has no check (a step to
// read). The reason says the first setting still to set ("set the
// normalization to minmax first: now zscore") or the check's reason. It
// panics if i is not a step's index.
func (l *Lesson) Evaluate(i int, st *LiveState) (bool, Text) {
	step := &l.Steps[i]
	if step.Check == nil {
		return step.Evaluate(st)
	}
	for _, w := range l.Wants(i) {
		text, _, _ := Get(&st.Settings, w.Setting)
		if sameSetting(text, w.Text) {
			continue
		}
		n, want, now := name(w.Setting), Text{En: w.Text, Zh: w.Text}, Text{En: text, Zh: text}
		if w.Setting == "hidden" {
			want, now = orNone(w.Text), orNone(text)
		}
		return false, Text{En: fmt.Sprintf("set %s to %s first: now %s", n.En, want.En, now.En),
			Zh: fmt.Sprintf("请先把%s设为 %s：目前为 %s", n.Zh, want.Zh, now.Zh)}
	}
	return Evaluate(step.Check, st)
}

// sameSetting compares two values as Get writes them: numbers by value
// (to a relative 1e-9: a field may write 0.03 as 0.030000000000000002),
// text exactly.
func sameSetting(a, b string) bool {
	if a == b {
		return true
	}
	x, err1 := strconv.ParseFloat(a, 64)
	y, err2 := strconv.ParseFloat(b, 64)
	return err1 == nil && err2 == nil && math.Abs(x-y) <= 1e-9*math.Max(1, math.Abs(y))
}

// orNone writes no hidden layers as "none".
func orNone(hidden string) Text {
	if hidden == "" {
		return Text{En: "none", Zh: "无"}
	}
	return Text{En: hidden, Zh: hidden}
}
