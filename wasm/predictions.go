package main

import (
	"github.com/nnplayground/playground/core/nn"
	"github.com/nnplayground/playground/core/session"
)

// predictionsCSV returns the model's predictions on the test split (the
// training split when there is none) as CSV, in nn.AppendPredictionsCSV's
// columns: the table's columns but the target, "actual", "predicted" and,
// for classification, one "p_<class>" probability column per class.
func predictionsCSV(s *session.Session) (string, error) {
	ds := s.Data
	sp := &ds.Test
	if sp.N == 0 {
		sp = &ds.Train
	}
	pred := s.Trainer.Predict(nil, sp.X)
	return string(nn.AppendPredictionsCSV(nil, s.Table, sp.Rows, ds.Prep, sp.Y, pred)), nil
}
