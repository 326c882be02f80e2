package view

import (
	"fmt"

	"github.com/nnplayground/playground/core/data"
	"github.com/nnplayground/playground/core/session"
)

// SplitRow returns row i (from 0) of a split, "train", "validation" or
// "test": its prepared inputs and target (a row of the split's X and Y,
// for nn.Trainer.Explain) and its row in the table (from 0).
func SplitRow(s *session.Session, split string, i int) (x, y []float64, tableRow int, err error) {
	ds := s.Data
	var sp *data.Split
	switch split {
	case "train":
		sp = &ds.Train
	case "validation":
		sp = &ds.Valid
	case "test":
		sp = &ds.Test
	default:
		return nil, nil, 0, fmt.Errorf("session: no split %q: use train, validation or test", split)
	}
	if i < 0 || i >= sp.N {
		return nil, nil, 0, fmt.Errorf("session: the %s split has no row %d (it has %d)", split, i+1, sp.N)
	}
	return sp.X[i*ds.Dim : (i+1)*ds.Dim], sp.Y[i*ds.Out : (i+1)*ds.Out], sp.Rows[i], nil
}

// PrepareRow prepares a row typed in by the user: one value per input
// column, as text, in the order of Data.Prep.Features() (categorical
// columns take one of their categories). It returns the model's inputs,
// for nn.Trainer.PredictRow. A value that is not a number, or a category
// not seen in training, is a *data.ParseError naming its column.
func PrepareRow(s *session.Session, values []string) ([]float64, error) {
	names := s.Data.Prep.Features()
	if len(values) != len(names) {
		return nil, fmt.Errorf("session: %d values for %d input columns", len(values), len(names))
	}
	t, err := data.Parse(string(data.AppendCSVRecord(data.AppendCSVRecord(nil, names), values)))
	if err != nil {
		return nil, err
	}
	x, _, err := s.Data.Prep.Transform(t)
	return x, err
}
