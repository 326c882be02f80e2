package session

import (
	"github.com/nnplayground/playground/core/baseline"
	"github.com/nnplayground/playground/core/data"
)

// Linear fits the linear model of the session's task to its training rows
// (the prepared Dataset the network trains on; see core/baseline: ridge,
// logistic or one-vs-rest logistic regression) and
// returns its metric on the test and training rows. It returns nil when
// there is no test split or the fit fails: the reference is then not shown.
func (s *Session) Linear() *Baseline {
	ds := s.Data
	if ds == nil || ds.Test.N == 0 {
		return nil
	}
	m, err := baseline.Fit(ds)
	if err != nil {
		return nil
	}
	b := &Baseline{Model: m.Name(), Metric: "accuracy", Test: m.Score(&ds.Test), Train: m.Score(&ds.Train)}
	if ds.Task == data.Regression {
		b.Metric = "r2"
	}
	return b
}
