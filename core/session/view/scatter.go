package view

import (
	"github.com/nnplayground/playground/core/data"
	"github.com/nnplayground/playground/core/session"
)

// Scatter returns (actual, predicted) pairs in the target's units for the
// test split (the training split when there is no test split), for
// regression; nil otherwise.
func Scatter(s *session.Session) [][2]float64 {
	ds := s.Data
	if ds.Task != data.Regression {
		return nil
	}
	sp := &ds.Test
	if sp.N == 0 {
		sp = &ds.Train
	}
	pred := s.Trainer.Predict(nil, sp.X)
	out := make([][2]float64, sp.N)
	for r := range out {
		out[r] = [2]float64{ds.Prep.TargetToRaw(sp.Y[r]), pred[r]}
	}
	return out
}
