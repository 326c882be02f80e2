package session

import (
	"slices"

	"github.com/nnplayground/playground/core/nn"
)

// Tunable reports whether going from settings a to b changes only what a
// running session can take without a new network (nn.Tunable: learning
// rate, decay, momentum, Nesterov, L1, L2, clipping, batch size), and
// perhaps the language. Everything about the data, its split and
// preparation, the network's shape and the seed must be equal.
func Tunable(a, b Settings) bool {
	return nn.Tunable(a.Model, b.Model) && sameData(&a, &b) && a.TrainSeed == b.TrainSeed && a.ValidRatio == b.ValidRatio
}

// sameData reports whether a and b describe the same prepared data: the
// same table, column roles, preparation and split. (Compared field by
// field: reflect.DeepEqual would cost the trainer's binary 12 kB.)
func sameData(a, b *Settings) bool {
	return a.Dataset == b.Dataset && a.Points == b.Points && a.Noise == b.Noise && a.Text == b.Text &&
		a.Target == b.Target && slices.Equal(a.Ignore, b.Ignore) && a.AsClasses == b.AsClasses &&
		a.Missing == b.Missing && slices.Equal(a.Derived, b.Derived) && a.TestRatio == b.TestRatio &&
		a.Norm == b.Norm && a.SplitColumn == b.SplitColumn && slices.Equal(a.Use, b.Use) && a.AsNumbers == b.AsNumbers &&
		a.Version == b.Version
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
