package state

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
func (s *Store) Tune(reason string, edit func(*session.Settings)) {
	next := s.View()
	next.Model.Hidden = slices.Clone(next.Model.Hidden)
	next.Ignore = slices.Clone(next.Ignore)
	next.Derived = slices.Clone(next.Derived)
	edit(&next)
	if s.Exercise.ex != nil {
		next = s.Exercise.ex.Merge(next)
	}
	next.Lang, next.Version = s.lang, session.Version
	if s.Data.pending != nil || s.Data.summary == nil || !session.Tunable(s.Data.settings, next) {
		s.Change(false, reason, edit)
		return
	}
	s.Data.settings = next
	s.syncReg()
	s.lessonChange(s.Epoch(), false) // again at the epoch the worker applies it (Tuned)
	s.send(&wire.Tune{Settings: next})
	saveSession(s)
	if s.Exercise.ex == nil && s.Lessons.lesson == nil {
		clearFragment(s)
	}
	s.Notify(TopicData)
}

// undoChange goes back to the settings before the last change that needed
// a new network (offered by the reset notice). Call it inside ctx.Dispatch.
func (s *Store) UndoChange() {
	if s.Run.undo == nil {
		return
	}
	prev := *s.Run.undo
	s.Run.undo, s.Run.resetNotice = nil, ""
	s.Load(prev, s.Exercise.params, true)
	s.syncRegOf(prev)
	s.Notify(TopicRun | TopicData)
}
