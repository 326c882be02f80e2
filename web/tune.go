package web

import (
	"github.com/nnplayground/playground/core/wire"
	"slices"

	"github.com/nnplayground/playground/core/session"
)

// tune applies edit to the current settings as a live change when it only
// touches what a running network can take (session.Tunable: learning rate,
// decay, momentum, regularization, clipping, batch size): the worker
// applies it between two epochs and training goes on, as in TensorFlow
// Playground. Any other change, or one made while new settings are being
// built, goes through change and starts over. Call it inside ctx.Dispatch.
func (s *store) tune(reason string, edit func(*session.Settings)) {
	next := s.view()
	next.Model.Hidden = slices.Clone(next.Model.Hidden)
	next.Ignore = slices.Clone(next.Ignore)
	next.Derived = slices.Clone(next.Derived)
	edit(&next)
	if s.exercise.ex != nil {
		next = s.exercise.ex.Merge(next)
	}
	next.Lang, next.Version = s.lang, session.Version
	if s.data.pending != nil || s.data.summary == nil || !session.Tunable(s.data.settings, next) {
		s.change(false, reason, edit)
		return
	}
	s.data.settings = next
	s.syncReg()
	s.lessonChange(s.epoch(), false) // again at the epoch the worker applies it (Tuned)
	s.send(&wire.Tune{Settings: next})
	saveSession(s)
	if s.exercise.ex == nil && s.lessons.lesson == nil {
		clearFragment(s)
	}
	s.notify(topicData)
}

// undoChange goes back to the settings before the last change that needed
// a new network (offered by the reset notice). Call it inside ctx.Dispatch.
func (s *store) undoChange() {
	if s.run.undo == nil {
		return
	}
	prev := *s.run.undo
	s.run.undo, s.run.resetNotice = nil, ""
	s.load(prev, s.exercise.params, true)
	s.syncRegOf(prev)
	s.notify(topicRun | topicData)
}
