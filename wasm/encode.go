package main

import (
	"bytes"
	"encoding/json"

	"github.com/nnplayground/playground/core/session"
)

// encoder writes reports as JSON. The heatmap's training and test points
// never change within a session but are most of a snapshot's encoding time
// (500 points take seven times as long as the rest of the report), so their
// JSON is kept and spliced in; the result decodes exactly as json.Marshal's.
type encoder struct {
	train, test []byte // encoded points of the current session; nil until needed
}

// reset forgets the encoded points, when the session changes.
func (e *encoder) reset() { e.train, e.test = nil, nil }

// encode returns r as JSON.
func (e *encoder) encode(r session.Report) ([]byte, error) {
	hm := r.Heatmap
	if hm == nil {
		return json.Marshal(r)
	}
	r.Heatmap = nil
	b, err := json.Marshal(r)
	if err != nil {
		return nil, err
	}
	h, err := e.heatmap(hm)
	if err != nil {
		return nil, err
	}
	// b is a JSON object ending in '}' with at least "kind" in it, and
	// no "heatmap" key (omitempty).
	out := make([]byte, 0, len(b)+len(h)+12)
	out = append(out, b[:len(b)-1]...)
	out = append(out, `,"heatmap":`...)
	out = append(out, h...)
	return append(out, '}'), nil
}

// heatmap encodes hm with the points taken from the cache.
func (e *encoder) heatmap(hm *session.Heatmap) ([]byte, error) {
	var err error
	if e.train == nil {
		if e.train, err = json.Marshal(hm.Train); err != nil {
			return nil, err
		}
	}
	if hm.Test != nil && e.test == nil {
		if e.test, err = json.Marshal(hm.Test); err != nil {
			return nil, err
		}
	}
	c := *hm
	c.Train, c.Test = nil, nil
	b, err := json.Marshal(c)
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
