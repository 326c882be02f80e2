package web

import (
	"slices"
	"strings"
	"testing"

	"github.com/nnplayground/playground/core/session"
	"github.com/nnplayground/playground/core/session/view"
	"github.com/nnplayground/playground/core/wire"
)

// The row inspector: the values start from the table's first row, go to
// the trainer as Inspect, and its answer (or the column it could not read)
// is shown; after a run it is asked again.
func TestStoreRowInspector(t *testing.T) {
	s, sent := testStore(t)
	x := session.Default()
	x.Dataset, x.Target, x.Ignore = "penguins", "species", []string{"year"}
	ses := built(t, x)
	deliver(t, s, loaded(ses))
	features, values, from := s.Row.Row()
	if len(features) != 6 || from != 0 || values[0] != ses.Table.Cell(0, ses.Table.Column(features[0].Name)) {
		t.Fatalf("features %+v, values %q from row %d", features, values, from)
	}
	if features[0].Name != "island" || len(features[0].Categories) != 3 || features[1].Categories != nil {
		t.Errorf("features %+v", features)
	}
	*sent = nil
	typed := []string{"Dream", "45", "17", "200", "4000", "female"}
	for i, v := range typed {
		s.SetRowValue(i, v)
	}
	s.AskRow()
	q, ok := (*sent)[0].(*wire.Inspect)
	if !ok || !slices.Equal(q.Values, typed) {
		t.Fatalf("sent %+v", (*sent)[0])
	}
	answer := func(values []string) *wire.Inspected {
		a := &wire.Inspected{Values: values}
		xs, err := view.PrepareRow(ses, values)
		if err != nil {
			_, col := session.ErrorPosition(err)
			code, cell := session.ErrorCell(err)
			a.Error, a.Data = err.Error(), &wire.DataError{Code: code, Cell: cell, Column: col}
			return a
		}
		a.Prediction = ses.Trainer.PredictRow(xs)
		return a
	}
	deliver(t, s, answer(q.Values))
	p := s.Row.Answer().Prediction
	if p == nil || len(p.Probs) != 3 || len(p.Units) != len(ses.Trainer.Net().Sizes) {
		t.Fatalf("answer %+v", s.Row.Answer())
	}
	bad := slices.Clone(q.Values)
	bad[2] = "deep"
	deliver(t, s, answer(bad))
	if en := rowErrorText("en", features, s.Row.Answer()); en != `bill_depth_mm: "deep": not a number in a numeric column` {
		t.Errorf("English error %q", en)
	}
	if zh := rowErrorText("zh", features, s.Row.Answer()); !strings.Contains(zh, "bill_depth_mm") || !strings.Contains(zh, "deep") || strings.Contains(zh, "number") {
		t.Errorf("Chinese error %q", zh)
	}
	// The end of a run asks again.
	*sent = nil
	deliver(t, s, trained(t, ses, 3, false))
	if len(*sent) != 1 {
		t.Fatalf("after a run: sent %d messages", len(*sent))
	}
	if _, ok := (*sent)[0].(*wire.Inspect); !ok {
		t.Errorf("after a run: sent %T, want Inspect", (*sent)[0])
	}
}
