package state

import (
	"testing"

	"github.com/nnplayground/playground/core/wire"
)

// TestExplainState: the explain view's state changes only through the
// store's methods, and each asks the trainer for the neuron on the row.
func TestExplainState(t *testing.T) {
	s, sent := testStore(t)
	if _, ok := s.Explain.Asked(); ok {
		t.Fatal("open before any neuron was asked for")
	}
	lastExplain := func() *wire.Explain {
		t.Helper()
		if len(*sent) == 0 {
			t.Fatal("nothing sent")
		}
		q, ok := (*sent)[len(*sent)-1].(*wire.Explain)
		if !ok {
			t.Fatalf("sent %T, want *wire.Explain", (*sent)[len(*sent)-1])
		}
		return q
	}
	s.OpenExplain(1, 2)
	if q := lastExplain(); *q != (wire.Explain{Layer: 1, Unit: 2, Row: 0}) {
		t.Errorf("open: asked %+v, want layer 1, unit 2, row 0", *q)
	}
	s.ExplainRow(4)
	if q := lastExplain(); *q != (wire.Explain{Layer: 1, Unit: 2, Row: 4}) {
		t.Errorf("row: asked %+v, want row 4", *q)
	}
	s.OpenExplain(2, 0) // another neuron keeps the row
	if q, ok := s.Explain.Asked(); !ok || q != (explainReq{Layer: 2, Unit: 0, Row: 4}) {
		t.Errorf("another neuron: %+v, %v; want layer 2, unit 0, row 4", q, ok)
	}
	s.CloseExplain()
	n := len(*sent)
	s.ExplainRow(1)
	if _, ok := s.Explain.Asked(); ok || len(*sent) != n {
		t.Errorf("closed: still open %v, or a row asked for (%d messages, want %d)", ok, len(*sent), n)
	}
}
