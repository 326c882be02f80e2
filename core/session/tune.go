package session

import (
	"slices"

	"github.com/nnplayground/playground/core/nn"
)

// Tunable reports whether going from settings a to b changes only what a
// running session can take without a new network: the settings marked
// Live in Table (the model's are nn.Tunables: learning rate, momentum,
// Nesterov, batch size, L1, L2, clipping, decay; and the decision map's
// axes and the language). Everything else must be equal: the data, its
// split and preparation, the network's shape, the seeds, the stop rules
// (the stopper is built with the network) and fields that Table does not
// list.
func Tunable(a, b Settings) bool {
	if !nn.Tunable(a.Model, b.Model) {
		return false
	}
	copyLive(&a, &b)
	return sameButModel(&a, &b) // the model: nn.Tunable, defaults filled in
}

// copyLive copies into dst the settings outside the model that Table marks
// Live: the decision map's axes and the language. (A list beside Table,
// as nn's beside Config, so that the trainer's binary, which needs only
// Tunable, does not link Table; TestTunableFields checks that they agree
// field by field.)
func copyLive(dst, src *Settings) { dst.MapX, dst.MapY, dst.Lang = src.MapX, src.MapY, src.Lang }

// sameButModel reports whether a and b are the same settings but for the
// model. (Compared field by field: reflect.DeepEqual would cost the
// trainer's binary 12 kB; TestTunableFields checks that every field is
// compared.)
func sameButModel(a, b *Settings) bool {
	return a.Version == b.Version && a.Dataset == b.Dataset && a.Points == b.Points && a.Noise == b.Noise && a.Text == b.Text &&
		a.Target == b.Target && slices.Equal(a.Ignore, b.Ignore) && slices.Equal(a.Use, b.Use) && a.AsNumbers == b.AsNumbers &&
		a.AsClasses == b.AsClasses && a.Missing == b.Missing && slices.Equal(a.Derived, b.Derived) && a.TestRatio == b.TestRatio &&
		a.Norm == b.Norm && a.SplitColumn == b.SplitColumn && a.ValidRatio == b.ValidRatio &&
		a.TrainSeed == b.TrainSeed && a.Stop == b.Stop && a.MapX == b.MapX && a.MapY == b.MapY && a.Lang == b.Lang
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
