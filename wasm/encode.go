package main

import (
	"github.com/nnplayground/playground/core/nn"
	"github.com/nnplayground/playground/core/session"
)

// encoder writes reports as JSON. The heatmap's training and test points
// never change within a session but are most of a snapshot's encoding time
// (500 points take seven times as long as the rest of the report), so their
// JSON is kept and spliced in; the result is json.Marshal's.
type encoder struct {
	points pointCache
	buf    []byte
}

// reset forgets the encoded points, when the session changes.
func (e *encoder) reset() { e.points = pointCache{} }

// encode returns r as JSON, in a buffer that the next call reuses.
func (e *encoder) encode(r session.Report) ([]byte, error) {
	w := jsonWriter{b: e.buf[:0]}
	writeReport(&w, &r, &e.points)
	e.buf = w.b
	if w.err != nil {
		return nil, w.err
	}
	return w.b, nil
}

// encodeReport returns r as JSON.
func encodeReport(r session.Report) ([]byte, error) {
	var w jsonWriter
	writeReport(&w, &r, nil)
	return w.b, w.err
}

// encodeBench returns r as JSON.
func encodeBench(r BenchReport) ([]byte, error) {
	var w jsonWriter
	writeBench(&w, &r)
	return w.b, w.err
}

// marshalModel returns m's JSON form, as json.Marshal writes it.
func marshalModel(m *nn.Model) ([]byte, error) {
	var w jsonWriter
	writeModel(&w, m)
	return w.b, w.err
}
