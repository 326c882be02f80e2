package main

import (
	"bytes"
	"reflect"

	"github.com/nnplayground/playground/core/session"
)

// encoder writes reports as JSON. The heatmap's training and test points
// never change within a session but are most of a snapshot's encoding time
// (500 points take seven times as long as the rest of the report), so their
// JSON is kept and spliced in; the result decodes exactly as json.Marshal's.
type encoder struct {
	train, test []byte // encoded points of the current session; nil until needed
	buf         []byte
}

// reset forgets the encoded points, when the session changes.
func (e *encoder) reset() { e.train, e.test = nil, nil }

// encode returns r as JSON, in a buffer that the next call reuses.
func (e *encoder) encode(r session.Report) ([]byte, error) {
	hm := r.Heatmap
	r.Heatmap = nil
	b, err := appendValue(e.buf[:0], reflect.ValueOf(r))
	if err != nil {
		return nil, err
	}
	if hm != nil {
		h, err := e.heatmap(hm)
		if err != nil {
			return nil, err
		}
		// b is a JSON object ending in '}' with at least "kind" in it,
		// and no "heatmap" key (omitempty).
		b = append(b[:len(b)-1], `,"heatmap":`...)
		b = append(b, h...)
		b = append(b, '}')
	}
	e.buf = b
	return b, nil
}

// heatmap encodes hm with the points taken from the cache.
func (e *encoder) heatmap(hm *session.Heatmap) ([]byte, error) {
	var err error
	if e.train == nil {
		if e.train, err = marshalJSON(hm.Train); err != nil {
			return nil, err
		}
	}
	if hm.Test != nil && e.test == nil {
		if e.test, err = marshalJSON(hm.Test); err != nil {
			return nil, err
		}
	}
	c := *hm
	c.Train, c.Test = nil, nil
	b, err := marshalJSON(c)
	if err != nil {
		return nil, err
	}
	// Train has no omitempty: it is written as null; Test is left out.
	b = bytes.Replace(b, []byte(`"train":null`), append([]byte(`"train":`), e.train...), 1)
	if hm.Test != nil {
		b = append(b[:len(b)-1], `,"test":`...)
		b = append(b, e.test...)
		b = append(b, '}')
	}
	return b, nil
}
