// The row inspector's part of the store (rowState) and its verbs.

package state

import (
	"github.com/nnplayground/playground/core/wire"
	"slices"
)
import "github.com/nnplayground/playground/core/session"

// rowState is the row inspector's part of the store: the values typed or
// filled from a table row, and the trainer's answer. The store changes it
// (syncRow, setRowValue, rowFrom, askRow, the trainer's Inspected); the
// inspector reads it through Row and Answer.
type rowState struct {
	features []session.Feature // the columns the values are for
	values   []string          // the values typed, one per feature
	from     int               // the table row they were filled from (from 0; -1: typed)
	asked    bool              // a row was inspected: ask again after training
	answer   *wire.Inspected
}

// Row is the inspector's columns, the values for them, and the table row
// they were filled from (from 0; -1: typed).
func (r *rowState) Row() (features []session.Feature, values []string, from int) {
	return r.features, r.values, r.from
}

// Answer is the trainer's answer to the last row asked (nil before one).
func (r *rowState) Answer() *wire.Inspected { return r.answer }

// setRowValue sets the value of column i, typed.
func (s *Store) SetRowValue(i int, v string) {
	r := &s.Row
	if i < len(r.values) {
		r.values[i], r.from = v, -1
	}
}

// rowFrom fills the values from the table's row i and asks the trainer.
func (s *Store) RowFrom(i int) {
	s.Row.fill(s.Data.summary, i)
	s.AskRow()
}

// syncRow fills the values from the first table row when the input columns
// changed (new data, a column ignored).
func (s *Store) syncRow() {
	r := &s.Row
	var f []session.Feature
	if s.Data.Summary() != nil {
		f = s.Data.Summary().Features
	}
	if slices.EqualFunc(f, r.features, func(a, b session.Feature) bool {
		return a.Name == b.Name && slices.Equal(a.Categories, b.Categories)
	}) {
		return
	}
	r.features, r.answer, r.asked = f, nil, false
	r.fill(s.Data.Summary(), 0)
}

// fill sets the values from row i of the summary's preview.
func (r *rowState) fill(sum *session.Summary, i int) {
	r.values = make([]string, len(r.features))
	r.from = -1
	if sum == nil || i >= len(sum.Preview) {
		return
	}
	r.from = i
	for k, f := range r.features {
		if c := slices.Index(sum.Columns, f.Name); c >= 0 && c < len(sum.Preview[i]) {
			r.values[k] = sum.Preview[i][c]
		}
	}
}

// askRow sends the values to the trainer (Inspect).
func (s *Store) AskRow() {
	s.Row.asked = true
	s.send(&wire.Inspect{Values: slices.Clone(s.Row.values)})
}
