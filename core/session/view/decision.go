package view

import (
	"fmt"
	"math"
	"slices"
	"sort"
	"strconv"

	"github.com/nnplayground/playground/core/data"
	"github.com/nnplayground/playground/core/session"
)

// DecisionMap is what the model decides over the plane of two chosen raw
// input columns of any table, every other input column held at one value.
type DecisionMap struct {
	X, Y string // the columns on the horizontal and vertical axes
	// Heatmap holds the output over the plane (and each hidden unit's), as
	// NewHeatmap does for two-input data, with the rows of the table
	// projected on the two columns as its points.
	Heatmap *Heatmap
	// Held lists every other input column with the value it is held at:
	// its training median (numeric) or mode (categorical), or the chosen
	// row's value.
	Held []Held
}

// Held is an input column held at one value on a decision map.
type Held struct {
	Name  string `json:"name"`
	Value string `json:"value"` // the number or the category
}

// MapColumns returns the numeric input columns, in input order: the
// columns a decision map can put on its axes.
func MapColumns(s *session.Session) []string {
	var out []string
	for _, c := range s.Data.Prep.Columns {
		if c.Kind == data.Numeric {
			out = append(out, c.Name)
		}
	}
	return out
}

// NewDecisionMap computes the model's output over the plane of the numeric
// input columns x and y (res×res cells, each hidden unit's at
// unitRes×unitRes) with every other input column held at its training
// median or mode, or, when row ≥ 0, at that table row's values (a missing
// value at the median or mode). The plane spans the columns' values over
// all rows, padded by 10 %, as NewHeatmap's; the training points (and
// the test points when withTest) are the rows' values of x and y. For
// two-input data, x and y its two columns, the output and the units are
// NewHeatmap's. An unknown, non-numeric or repeated column, or a row
// out of range, is an error.
func NewDecisionMap(s *session.Session, x, y string, res, unitRes int, withTest bool, row int) (*DecisionMap, error) {
	p, t, ds := s.Data.Prep, s.Table, s.Data
	jx, jy := slices.IndexFunc(p.Columns, func(c data.FeatureColumn) bool { return c.Name == x }),
		slices.IndexFunc(p.Columns, func(c data.FeatureColumn) bool { return c.Name == y })
	switch {
	case jx < 0 || jy < 0:
		return nil, fmt.Errorf("session: %q and %q are not both input columns", x, y)
	case jx == jy:
		return nil, fmt.Errorf("session: a decision map needs two different columns, not %q twice", x)
	case p.Columns[jx].Kind != data.Numeric || p.Columns[jy].Kind != data.Numeric:
		return nil, fmt.Errorf("session: %q and %q must both be numeric columns", x, y)
	case row >= t.Rows():
		return nil, fmt.Errorf("session: no row %d; the table has %d", row+1, t.Rows())
	case res < 2 || unitRes < 2:
		return nil, fmt.Errorf("session: map resolutions %d and %d must be at least 2", res, unitRes)
	}
	base := heldBase(s)
	if row >= 0 {
		base = rowBase(s, p.CellReader(), row, base)
	}
	cols := [2]int{t.Column(x), t.Column(y)}
	lo, hi := planeBounds(t, cols)
	m := &DecisionMap{X: x, Y: y, Heatmap: &Heatmap{Res: res, UnitRes: unitRes, X0: lo[0], X1: hi[0], Y0: lo[1], Y1: hi[1]}}
	level := outputLevel(ds)
	b := slices.Clone(base)
	drawPlane(m.Heatmap, s.Trainer.Net(), ds, lo, hi, level, func(dst []float64, vx, vy float64) {
		b[jx], b[jy] = vx, vy
		p.EncodeBase(dst, b)
	})
	points := func(sp *data.Split) [][3]float64 {
		pts := make([][3]float64, sp.N)
		for i, r := range sp.Rows {
			for k, c := range cols {
				v, ok := t.Value(r, c)
				if !ok {
					v = base[[2]int{jx, jy}[k]]
				}
				pts[i][k] = v
			}
			pts[i][2] = level(sp.Y[i*ds.Out : (i+1)*ds.Out])
		}
		return pts
	}
	m.Heatmap.Train = points(&ds.Train)
	if withTest {
		m.Heatmap.Test = points(&ds.Test)
	}
	for j, c := range p.Columns {
		if j == jx || j == jy {
			continue
		}
		v := strconv.FormatFloat(base[j], 'g', 6, 64)
		switch c.Kind {
		case data.Categorical:
			v = c.Categories[int(base[j])]
		case data.Timestamp:
			v = data.FormatTime(base[j])
		}
		m.Held = append(m.Held, Held{Name: c.Name, Value: v})
	}
	return m, nil
}

// heldBase returns the base values (data.Preprocessor.EncodeBase) of every
// input column at its training rows' median (numeric) or mode
// (categorical, the first in category order on a tie).
func heldBase(s *session.Session) []float64 {
	p, t := s.Data.Prep, s.Table
	base := make([]float64, len(p.Columns))
	read := p.CellReader()
	for j, fc := range p.Columns {
		c := t.Column(fc.Name)
		if fc.Kind != data.Categorical {
			var vals []float64
			for _, r := range s.Data.Train.Rows {
				if v, ok := t.Value(r, c); ok && fc.Kind == data.Numeric {
					vals = append(vals, v)
				} else if v, err := read(j, t.Cell(r, c)); fc.Kind == data.Timestamp && err == nil && !math.IsNaN(v) {
					vals = append(vals, v)
				}
			}
			base[j] = median(vals, fc.Fill)
			continue
		}
		counts := make([]int, len(fc.Categories))
		for _, r := range s.Data.Train.Rows {
			if k := slices.Index(fc.Categories, t.Cell(r, c)); k >= 0 {
				counts[k]++
			} else if fc.Other && !data.IsMissing(t.Cell(r, c)) {
				counts[len(counts)-1]++
			}
		}
		base[j] = float64(slices.Index(counts, slices.Max(counts)))
	}
	return base
}

// median returns the median of v (the mean of the middle two for an even
// count), or def when v is empty. It sorts v.
func median(v []float64, def float64) float64 {
	if len(v) == 0 {
		return def
	}
	sort.Float64s(v)
	n := len(v)
	if n%2 == 1 {
		return v[n/2]
	}
	return (v[n/2-1] + v[n/2]) / 2
}
