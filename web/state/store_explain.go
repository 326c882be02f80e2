// The explain view's part of the store (explainState) and the verbs that
// open, move and close it.

package state

import (
	"github.com/nnplayground/playground/core/exercise/guide"
	"github.com/nnplayground/playground/core/wire"
)
import "github.com/nnplayground/playground/core/nn"

// explainReq is the neuron and row the explain view shows.
type explainReq struct {
	Layer, Unit int // Network.Sizes index from 1, and the unit
	Row         int // row of the test split (the training split without one), from 0
}

// explainState is the explain view's state: the neuron and row asked for,
// and the trainer's answer with the row's line and split. The store
// changes it (openExplain, explainRow, closeExplain, apply); the
// components read it through Asked and Answer.
type explainState struct {
	req    *explainReq // nil: the view is closed
	answer *nn.Neuron  // nil until the trainer answers
	line   int         // the row's line in the data
	split  string      // the row's split ("test", "train", …)
}

// Asked is the neuron and row asked for; false when the view is closed.
func (e *explainState) Asked() (explainReq, bool) {
	if e.req == nil {
		return explainReq{}, false
	}
	return *e.req, true
}

// Answer is the trainer's last answer (nil before one) with its row's
// line and split.
func (e *explainState) Answer() (n *nn.Neuron, line int, split string) {
	return e.answer, e.line, e.split
}

// openExplain asks the worker for neuron unit of layer's computation on
// the chosen row and opens the explain view. Call it inside ctx.Dispatch.
func (s *Store) OpenExplain(layer, unit int) {
	row := 0
	if s.Explain.req != nil {
		row = s.Explain.req.Row
	}
	s.Explain.req = &explainReq{Layer: layer, Unit: unit, Row: row}
	s.askExplain()
	s.LessonEvent(guide.ExplainOpened)
	s.Notify(TopicRun)
}

// askExplain sends the explain view's request (again: after training, a
// new row or another neuron).
func (s *Store) askExplain() {
	if q := s.Explain.req; q != nil {
		s.send(&wire.Explain{Layer: q.Layer, Unit: q.Unit, Row: q.Row})
	}
}

// explainRow asks for the open neuron's computation on row (from 0) of
// the test split. Call it inside ctx.Dispatch.
func (s *Store) ExplainRow(row int) {
	if s.Explain.req != nil {
		s.Explain.req.Row = row
		s.askExplain()
	}
}

// closeExplain closes the explain view.
func (s *Store) CloseExplain() { s.Explain.req, s.Explain.answer = nil, nil }
