package session

import (
	"encoding"
	"math"
	"reflect"
	"strconv"
	"unicode/utf8"

	"github.com/nnplayground/playground/core/data"
)

// appendJSON appends v, a pointer to a setting's field, as encoding/json's
// Marshal writes it (floats, HTML-safe strings, text marshalers, integer
// enums, and lists of these), and reports false for a value Marshal
// refuses (NaN, Inf) or a type it does not know. Written by hand so that
// the trainer, which reads settings but never JSON, does not link
// encoding/json (its initialisation alone is 7 kB of the gzipped
// trainer); TestJSONAsMarshal holds it to Marshal's bytes.
func appendJSON(b []byte, v any) ([]byte, bool) {
	switch p := v.(type) {
	case *float64:
		return appendJSONFloat(b, *p)
	case *int:
		return strconv.AppendInt(b, int64(*p), 10), true
	case *uint64:
		return strconv.AppendUint(b, *p, 10), true
	case *bool:
		return strconv.AppendBool(b, *p), true
	case *string:
		return appendJSONString(b, *p), true
	case *[]string:
		if *p == nil {
			return append(b, "null"...), true
		}
		b = append(b, '[')
		for i, s := range *p {
			if i > 0 {
				b = append(b, ',')
			}
			b = appendJSONString(b, s)
		}
		return append(b, ']'), true
	case *[]int:
		if *p == nil {
			return append(b, "null"...), true
		}
		b = append(b, '[')
		for i, n := range *p {
			if i > 0 {
				b = append(b, ',')
			}
			b = strconv.AppendInt(b, int64(n), 10)
		}
		return append(b, ']'), true
	case *[]data.Derived:
		if *p == nil {
			return append(b, "null"...), true
		}
		b = append(b, '[')
		for i, d := range *p {
			if i > 0 {
				b = append(b, ',')
			}
			var ok bool
			b = append(b, `{"kind":`...)
			if b, ok = appendJSON(b, &d.Kind); !ok {
				return b, false
			}
			b = append(b, `,"a":`...)
			b = appendJSONString(b, d.A)
			if d.B != "" {
				b = append(b, `,"b":`...)
				b = appendJSONString(b, d.B)
			}
			b = append(b, '}')
		}
		return append(b, ']'), true
	case encoding.TextMarshaler:
		t, err := p.MarshalText()
		if err != nil {
			return b, false
		}
		return appendJSONString(b, string(t)), true
	}
	// An integer enum without names (data.Norm, data.Missing): a number.
	if r := reflect.ValueOf(v); r.Kind() == reflect.Pointer && r.Elem().CanInt() {
		return strconv.AppendInt(b, r.Elem().Int(), 10), true
	}
	return b, false
}

// appendJSONFloat writes f as encoding/json does: the shortest decimal,
// in exponent form below 1e-6 and from 1e21 on, with a one-digit negative
// exponent written e-7, not e-07.
func appendJSONFloat(b []byte, f float64) ([]byte, bool) {
	if math.IsNaN(f) || math.IsInf(f, 0) {
		return b, false
	}
	format := byte('f')
	if a := math.Abs(f); a != 0 && (a < 1e-6 || a >= 1e21) {
		format = 'e'
	}
	b = strconv.AppendFloat(b, f, format, -1, 64)
	if n := len(b); format == 'e' && n >= 4 && b[n-4] == 'e' && b[n-3] == '-' && b[n-2] == '0' {
		b[n-2] = b[n-1]
		b = b[:n-1]
	}
	return b, true
}

// appendJSONString writes s quoted as encoding/json does with HTML
// escaping: <, > and & as \u003c, \u003e and \u0026, control characters
// escaped, invalid UTF-8 as \ufffd, and U+2028 and U+2029 escaped.
func appendJSONString(b []byte, s string) []byte {
	const hex = "0123456789abcdef"
	b = append(b, '"')
	start := 0
	for i := 0; i < len(s); {
		if c := s[i]; c < utf8.RuneSelf {
			if c >= 0x20 && c != '"' && c != '\\' && c != '<' && c != '>' && c != '&' {
				i++
				continue
			}
			b = append(b, s[start:i]...)
			switch c {
			case '\\', '"':
				b = append(b, '\\', c)
			case '\b':
				b = append(b, '\\', 'b')
			case '\f':
				b = append(b, '\\', 'f')
			case '\n':
				b = append(b, '\\', 'n')
			case '\r':
				b = append(b, '\\', 'r')
			case '\t':
				b = append(b, '\\', 't')
			default:
				b = append(b, '\\', 'u', '0', '0', hex[c>>4], hex[c&0xF])
			}
			i++
			start = i
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && size == 1 {
			b = append(b, s[start:i]...)
			b = append(b, `\ufffd`...)
			i += size
			start = i
			continue
		}
		if r == '\u2028' || r == '\u2029' {
			b = append(b, s[start:i]...)
			b = append(b, '\\', 'u', '2', '0', '2', hex[r&0xF])
			i += size
			start = i
			continue
		}
		i += size
	}
	b = append(b, s[start:]...)
	return append(b, '"')
}
