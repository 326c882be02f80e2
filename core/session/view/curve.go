package view

import (
	"github.com/nnplayground/playground/core/data"
	"github.com/nnplayground/playground/core/session"
)

// Curve is a one-input regression's picture: the network's function over
// its input, with the table's points.
type Curve struct {
	Name   string       `json:"name"`           // the input column
	X      []float64    `json:"x"`              // res points across the input's range (padded by 10 %)
	Y      []float64    `json:"y"`              // the prediction at each, in the target's units
	Train  [][2]float64 `json:"train"`          // (input, target) of the training rows
	Test   [][2]float64 `json:"test,omitempty"` // and of the test rows, with withTest
	Target string       `json:"target"`
}

// NewCurve returns the network's function over the input of a regression
// with one numeric input column (derived inputs of it allowed), at res
// points, with the training (and, withTest, the test) points; nil for other
// data or res < 2.
func NewCurve(s *session.Session, res int, withTest bool) *Curve {
	p, t, ds := s.Data.Prep, s.Table, s.Data
	if ds.Task != data.Regression || len(p.Columns) != 1 || p.Columns[0].Kind != data.Numeric || res < 2 {
		return nil
	}
	name := p.Columns[0].Name
	c := t.Column(name)
	lo, hi := planeBounds(t, [2]int{c, c})
	cv := &Curve{Name: name, Target: ds.Target, X: make([]float64, res)}
	x := make([]float64, res*ds.Dim)
	for i := range res {
		cv.X[i] = lo[0] + float64(i)/float64(res-1)*(hi[0]-lo[0])
		p.EncodeBase(x[i*ds.Dim:(i+1)*ds.Dim], []float64{cv.X[i]})
	}
	cv.Y = s.Trainer.Predict(nil, x)
	points := func(sp *data.Split) [][2]float64 {
		pts := make([][2]float64, sp.N)
		for i, r := range sp.Rows {
			v, ok := t.Value(r, c)
			if !ok {
				v = p.Columns[0].Fill
			}
			pts[i] = [2]float64{v, p.TargetToRaw(sp.Y[i])}
		}
		return pts
	}
	cv.Train = points(&ds.Train)
	if withTest {
		cv.Test = points(&ds.Test)
	}
	return cv
}
