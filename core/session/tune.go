package session

import (
	"reflect"

	"github.com/nnplayground/playground/core/nn"
)

// Tunable reports whether going from settings a to b changes only what a
// running session can take without a new network (nn.Tunable: learning
// rate, decay, momentum, Nesterov, L1, L2, clipping, batch size), and
// perhaps the language. Everything about the data, its split and
// preparation, the network's shape and the seed must be equal.
func Tunable(a, b Settings) bool {
	if !nn.Tunable(a.Model, b.Model) {
		return false
	}
	strip := func(s *Settings) {
		s.Model, s.Lang, s.Version = nn.Config{}, "", 0
		if len(s.Ignore) == 0 {
			s.Ignore = nil
		}
		if len(s.Derived) == 0 {
			s.Derived = nil
		}
	}
	strip(&a)
	strip(&b)
	return reflect.DeepEqual(a, b)
}

// Tune changes the running session's settings to next, keeping its
// weights, optimizer state and epoch (nn.Trainer.Tune). It returns
// nn.ErrNotTunable when next is not Tunable from the session's settings,
// and the settings' error when they are invalid; the session is unchanged
// then.
func (s *Session) Tune(next Settings) error {
	if !Tunable(s.Settings, next) {
		return nn.ErrNotTunable
	}
	if err := s.Trainer.Tune(next.Model); err != nil {
		return err
	}
	s.Settings = next
	return nil
}
