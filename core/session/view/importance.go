package view

import (
	"math"
	"sort"

	"github.com/nnplayground/playground/core/data"
	"github.com/nnplayground/playground/core/session"
)

// Importance is how much the model leans on one input column.
type Importance struct {
	Name string  `json:"name"`
	Rise float64 `json:"rise"` // the training loss with the column held, minus the training loss
}

// Importances returns every input column with the rise of the training
// loss when that column alone is held at its training median (numeric) or
// mode (categorical) on every training row, as a decision map holds the
// columns off its axes; most important first (ties in column order).
func Importances(s *session.Session) []Importance {
	p, ds := s.Data.Prep, s.Data
	held := heldBase(s)
	rows := make([][]float64, ds.Train.N)
	read := p.CellReader()
	for i, r := range ds.Train.Rows {
		rows[i] = rowBase(s, read, r, held)
	}
	base, _ := s.Trainer.Evaluate(&ds.Train)
	sp := data.Split{N: ds.Train.N, X: make([]float64, len(ds.Train.X)), Y: ds.Train.Y}
	out := make([]Importance, len(p.Columns))
	b := make([]float64, len(p.Columns))
	for j, c := range p.Columns {
		for i, rb := range rows {
			copy(b, rb)
			b[j] = held[j]
			p.EncodeBase(sp.X[i*ds.Dim:(i+1)*ds.Dim], b)
		}
		loss, _ := s.Trainer.Evaluate(&sp)
		out[j] = Importance{Name: c.Name, Rise: loss - base}
	}
	sort.SliceStable(out, func(i, k int) bool { return out[i].Rise > out[k].Rise })
	return out
}

// MapAxes returns the two numeric input columns a decision map starts
// with: the two most important (Importances), or the first two when the
// network has not been trained; "" when there are fewer than two.
func MapAxes(s *session.Session) (x, y string) {
	cols := MapColumns(s)
	if len(cols) < 2 {
		return "", ""
	}
	if s.Trainer.Epoch() == 0 {
		return cols[0], cols[1]
	}
	var top []string
	for _, im := range Importances(s) {
		for _, c := range cols {
			if c == im.Name && len(top) < 2 {
				top = append(top, c)
			}
		}
	}
	if indexOf(cols, top[1]) < indexOf(cols, top[0]) {
		top[0], top[1] = top[1], top[0] // keep the table's order on the axes
	}
	return top[0], top[1]
}

func indexOf(v []string, s string) int {
	for i, x := range v {
		if x == s {
			return i
		}
	}
	return -1
}

// rowBase returns the base values (data.Preprocessor.EncodeBase) of table
// row r, with held's value where the row has none. read is the
// Preprocessor's CellReader.
func rowBase(s *session.Session, read func(int, string) (float64, error), r int, held []float64) []float64 {
	p, t := s.Data.Prep, s.Table
	b := make([]float64, len(p.Columns))
	for j, fc := range p.Columns {
		c := t.Column(fc.Name)
		b[j] = held[j]
		if fc.Kind == data.Numeric {
			if v, ok := t.Value(r, c); ok {
				b[j] = v
			}
			continue
		}
		if v, err := read(j, t.Cell(r, c)); err == nil && !math.IsNaN(v) && !data.IsMissing(t.Cell(r, c)) {
			b[j] = v
		}
	}
	return b
}
