package link

import (
	"encoding/binary"
	"fmt"
)

// PastedTable is a link body that may carry a pasted table (session.Settings.Text):
// Session, and exercise.Exercise. PastedText points at the table's text.
// A version 2 link carries the text packed column by column after the
// JSON, where it is "", and DecodeAs puts it back.
type PastedTable interface {
	PastedText() *string
}

// PastedText points at the session's pasted table.
func (s *Session) PastedText() *string { return &s.Settings.Text }

// encodePacked returns the version 2 link of v, whose pasted table is
// packed (packTable), and false when v has no table that packs.
//
//	#v2.<base64url(zlib(uvarint len(json) ‖ json ‖ packed table))>
//
// It empties the table's text while it writes the JSON and puts it back.
func encodePacked(kind string, v any) (string, bool) {
	t, ok := v.(PastedTable)
	if !ok || *t.PastedText() == "" {
		return "", false
	}
	text := *t.PastedText()
	packed, ok := packTable(text)
	if !ok {
		return "", false
	}
	*t.PastedText() = ""
	body, err := marshal(v)
	*t.PastedText() = text
	if err != nil {
		return "", false
	}
	js, err := marshal(envelope{Kind: kind, Body: body})
	if err != nil {
		return "", false
	}
	b := binary.AppendUvarint(nil, uint64(len(js)))
	b = append(append(b, js...), packed...)
	l, err := compress(2, b)
	return l, err == nil
}

// splitV2 splits the inflated payload of a version 2 link into the
// envelope's JSON and the packed table (empty when there is none).
func splitV2(b []byte) (js, packed []byte, err error) {
	n, k := binary.Uvarint(b)
	if k <= 0 || n > uint64(len(b)-k) {
		return nil, nil, fmt.Errorf("%w: a version 2 link without its length", ErrCorrupt)
	}
	return b[k : k+int(n)], b[k+int(n):], nil
}
