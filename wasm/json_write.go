package main

import (
	"encoding/base64"
	"errors"
	"math"
	"strconv"
	"unicode/utf8"
)

// The worker writes its reports with hand-written encoders (report_json.go)
// on top of jsonWriter, and reads commands with a hand-written decoder
// (command_json.go): no reflection, so that trainer.wasm does without
// encoding/json and the method tables that reflection keeps (0.2 MB
// gzipped). The output is byte for byte what json.Marshal writes; tests
// compare them on every field.

// errNonFinite is the error for a NaN or infinite number, which JSON
// cannot carry.
var errNonFinite = errors.New("json: unsupported value: NaN or ±Inf")

// jsonWriter appends JSON to b. Its small methods are not inlined: the
// encoders call them hundreds of times, and inlined they would make the
// binary some tens of kilobytes larger for no measurable speed.
//
// jsonWriter appends JSON to b. The first error sticks; later writes are
// ignored once one happened.
type jsonWriter struct {
	b     []byte
	err   error
	comma bool // the next value or key needs a comma before it
}

func (w *jsonWriter) pre() {
	if w.comma {
		w.b = append(w.b, ',')
	}
	w.comma = true
}

// key starts the object member k.
//
//go:noinline
func (w *jsonWriter) key(k string) {
	w.pre()
	w.b = appendString(w.b, k)
	w.b = append(w.b, ':')
	w.comma = false
}

//go:noinline
func (w *jsonWriter) begin(c byte) {
	w.pre()
	w.b = append(w.b, c)
	w.comma = false
}

//go:noinline
func (w *jsonWriter) end(c byte) {
	w.b = append(w.b, c)
	w.comma = true
}

//go:noinline
func (w *jsonWriter) null() {
	w.pre()
	w.b = append(w.b, "null"...)
}

//go:noinline
func (w *jsonWriter) str(s string) {
	w.pre()
	w.b = appendString(w.b, s)
}

//go:noinline
func (w *jsonWriter) int(n int) {
	w.pre()
	w.b = strconv.AppendInt(w.b, int64(n), 10)
}

//go:noinline
func (w *jsonWriter) uint(n uint64) {
	w.pre()
	w.b = strconv.AppendUint(w.b, n, 10)
}

//go:noinline
func (w *jsonWriter) bool(v bool) {
	w.pre()
	w.b = strconv.AppendBool(w.b, v)
}

//go:noinline
func (w *jsonWriter) float(f float64) {
	w.pre()
	if math.IsNaN(f) || math.IsInf(f, 0) {
		if w.err == nil {
			w.err = errNonFinite
		}
		w.b = append(w.b, '0')
		return
	}
	w.b = appendFloat(w.b, f, 64)
}

// text writes an enum's text as a string, from its MarshalText passed as a
// method value (see jsonParser.text for why not an interface).
func (w *jsonWriter) text(marshal func() ([]byte, error)) {
	t, err := marshal()
	if err != nil && w.err == nil {
		w.err = err
	}
	w.str(string(t))
}

func (w *jsonWriter) bytes(p []byte) {
	if p == nil {
		w.null()
		return
	}
	w.pre()
	w.b = append(w.b, '"')
	w.b = base64.StdEncoding.AppendEncode(w.b, p)
	w.b = append(w.b, '"')
}

func (w *jsonWriter) floats(x []float64) {
	if x == nil {
		w.null()
		return
	}
	w.begin('[')
	for _, f := range x {
		w.float(f)
	}
	w.end(']')
}

func (w *jsonWriter) ints(x []int) {
	if x == nil {
		w.null()
		return
	}
	w.begin('[')
	for _, n := range x {
		w.int(n)
	}
	w.end(']')
}

func (w *jsonWriter) strs(x []string) {
	if x == nil {
		w.null()
		return
	}
	w.begin('[')
	for _, s := range x {
		w.str(s)
	}
	w.end(']')
}

// appendFloat writes the finite number f as encoding/json does: plain
// decimals from 1e-6 to 1e21, exponents outside, without a leading zero in a
// negative exponent (1e-7, not 1e-07).
func appendFloat(b []byte, f float64, bits int) []byte {
	abs := math.Abs(f)
	format := byte('f')
	if abs != 0 && (bits == 64 && (abs < 1e-6 || abs >= 1e21) || bits == 32 && (float32(abs) < 1e-6 || float32(abs) >= 1e21)) {
		format = 'e'
	}
	b = strconv.AppendFloat(b, f, format, -1, bits)
	if format == 'e' {
		if n := len(b); n >= 4 && b[n-4] == 'e' && b[n-3] == '-' && b[n-2] == '0' {
			b[n-2] = b[n-1]
			b = b[:n-1]
		}
	}
	return b
}

// appendString writes s as a JSON string, escaping as json.Marshal does
// (including its HTML escaping of <, > and &) and replacing invalid UTF-8
// with U+FFFD.
func appendString(b []byte, s string) []byte {
	const hex = "0123456789abcdef"
	b = append(b, '"')
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			switch {
			case c == '"' || c == '\\':
				b = append(b, '\\', c)
			case c == '\n':
				b = append(b, '\\', 'n')
			case c == '\r':
				b = append(b, '\\', 'r')
			case c == '\t':
				b = append(b, '\\', 't')
			case c < 0x20 || c == '<' || c == '>' || c == '&':
				b = append(b, '\\', 'u', '0', '0', hex[c>>4], hex[c&0xf])
			default:
				b = append(b, c)
			}
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == utf8.RuneError && n == 1:
			b = append(b, `\ufffd`...)
		case r == '\u2028' || r == '\u2029':
			b = append(b, '\\', 'u', '2', '0', '2', hex[r&0xf])
		default:
			b = append(b, s[i:i+n]...)
		}
		i += n
	}
	return append(b, '"')
}
