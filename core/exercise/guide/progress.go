package guide

import (
	"slices"

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
