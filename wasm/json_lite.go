package main

import (
	"encoding"
	"encoding/base64"
	"errors"
	"fmt"
	"math"
	"reflect"
	"strconv"
	"strings"
	"sync"
	"unicode/utf16"
	"unicode/utf8"
)

// The worker reads commands and writes reports with this small JSON codec
// instead of encoding/json, which would make trainer.wasm about 0.3 MB
// larger gzipped (1.17 MB instead of 0.87 MB). It follows encoding/json's
// rules for the types the protocol uses: struct fields by their json tag
// (omitempty, "-", embedded structs inlined), encoding.TextMarshaler and
// TextUnmarshaler, []byte as base64, nil slices and pointers as null, and
// NaN or ±Inf as an error. Maps and interfaces are not supported. Tests
// check it against encoding/json on every field of Command and Report.

// marshalJSON returns the JSON encoding of v.
func marshalJSON(v any) ([]byte, error) {
	return appendValue(nil, reflect.ValueOf(v))
}

var (
	textMarshaler   = reflect.TypeFor[encoding.TextMarshaler]()
	textUnmarshaler = reflect.TypeFor[encoding.TextUnmarshaler]()
)

func appendValue(b []byte, v reflect.Value) ([]byte, error) {
	if !v.IsValid() {
		return append(b, "null"...), nil
	}
	if v.Type().NumMethod() > 0 && v.Type().Implements(textMarshaler) && (v.Kind() != reflect.Pointer || !v.IsNil()) {
		t, err := v.Interface().(encoding.TextMarshaler).MarshalText()
		if err != nil {
			return nil, err
		}
		return appendString(b, string(t)), nil
	}
	switch v.Kind() {
	case reflect.Bool:
		return strconv.AppendBool(b, v.Bool()), nil
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		return strconv.AppendInt(b, v.Int(), 10), nil
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64:
		return strconv.AppendUint(b, v.Uint(), 10), nil
	case reflect.Float32, reflect.Float64:
		f := v.Float()
		if math.IsNaN(f) || math.IsInf(f, 0) {
			return nil, fmt.Errorf("json: unsupported value: %v", f)
		}
		return appendFloat(b, f, v.Type().Bits()), nil
	case reflect.String:
		return appendString(b, v.String()), nil
	case reflect.Pointer:
		if v.IsNil() {
			return append(b, "null"...), nil
		}
		return appendValue(b, v.Elem())
	case reflect.Slice:
		if v.IsNil() {
			return append(b, "null"...), nil
		}
		if v.Type().Elem().Kind() == reflect.Uint8 {
			b = append(b, '"')
			b = base64.StdEncoding.AppendEncode(b, v.Bytes())
			return append(b, '"'), nil
		}
		if v.Type() == float64s {
			return appendFloats(b, v.Interface().([]float64))
		}
		fallthrough
	case reflect.Array:
		b = append(b, '[')
		for i := range v.Len() {
			if i > 0 {
				b = append(b, ',')
			}
			var err error
			if b, err = appendValue(b, v.Index(i)); err != nil {
				return nil, err
			}
		}
		return append(b, ']'), nil
	case reflect.Struct:
		b = append(b, '{')
		b, _, err := appendFields(b, v, true)
		if err != nil {
			return nil, err
		}
		return append(b, '}'), nil
	}
	return nil, fmt.Errorf("json: unsupported type %v", v.Type())
}

var float64s = reflect.TypeFor[[]float64]()

// appendFloats writes x as a JSON array: the fast path for weights and
// statistics.
func appendFloats(b []byte, x []float64) ([]byte, error) {
	b = append(b, '[')
	for i, f := range x {
		if math.IsNaN(f) || math.IsInf(f, 0) {
			return nil, fmt.Errorf("json: unsupported value: %v", f)
		}
		if i > 0 {
			b = append(b, ',')
		}
		b = appendFloat(b, f, 64)
	}
	return append(b, ']'), nil
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

// jsonField is one encoded field of a struct type.
type jsonField struct {
	index     int
	key       []byte // "name": ready to append; nil for an inlined embedded struct
	omitEmpty bool
}

// jsonFields caches the encoded fields of each struct type.
var jsonFields sync.Map // reflect.Type → []jsonField

func fieldsOf(t reflect.Type) []jsonField {
	if fs, ok := jsonFields.Load(t); ok {
		return fs.([]jsonField)
	}
	var fs []jsonField
	for i := range t.NumField() {
		f := t.Field(i)
		name, omitEmpty, ok := fieldName(f)
		if !ok {
			continue
		}
		jf := jsonField{index: i, omitEmpty: omitEmpty}
		if name != "" {
			jf.key = append(appendString(nil, name), ':')
		}
		fs = append(fs, jf)
	}
	jsonFields.Store(t, fs)
	return fs
}

// appendFields writes the fields of struct v, inlining embedded structs;
// first says whether nothing has been written into the object yet.
func appendFields(b []byte, v reflect.Value, first bool) ([]byte, bool, error) {
	for _, f := range fieldsOf(v.Type()) {
		fv := v.Field(f.index)
		var err error
		if f.key == nil {
			if b, first, err = appendFields(b, fv, first); err != nil {
				return nil, false, err
			}
			continue
		}
		if f.omitEmpty && isEmpty(fv) {
			continue
		}
		if !first {
			b = append(b, ',')
		}
		first = false
		b = append(b, f.key...)
		if b, err = appendValue(b, fv); err != nil {
			return nil, false, err
		}
	}
	return b, first, nil
}

// fieldName returns the JSON name of a struct field ("" for an embedded
// struct without a tag, whose fields are inlined), whether it has
// omitempty, and false when it is not encoded at all.
func fieldName(f reflect.StructField) (name string, omitEmpty, ok bool) {
	tag := f.Tag.Get("json")
	if tag == "-" {
		return "", false, false
	}
	name, opts, _ := strings.Cut(tag, ",")
	omitEmpty = strings.Contains(","+opts+",", ",omitempty,")
	if f.Anonymous && name == "" && f.Type.Kind() == reflect.Struct {
		return "", omitEmpty, true
	}
	if !f.IsExported() {
		return "", false, false
	}
	if name == "" {
		name = f.Name
	}
	return name, omitEmpty, true
}

// isEmpty is encoding/json's notion of an empty value for omitempty.
func isEmpty(v reflect.Value) bool {
	switch v.Kind() {
	case reflect.Array, reflect.Map, reflect.Slice, reflect.String:
		return v.Len() == 0
	case reflect.Bool:
		return !v.Bool()
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		return v.Int() == 0
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64:
		return v.Uint() == 0
	case reflect.Float32, reflect.Float64:
		return v.Float() == 0
	case reflect.Interface, reflect.Pointer:
		return v.IsNil()
	}
	return false
}

// appendString writes s as a JSON string, escaping as encoding/json does
// (without its HTML escaping) and replacing invalid UTF-8 with U+FFFD.
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
			case c < 0x20:
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

// unmarshalJSON decodes the JSON text data into *v.
func unmarshalJSON(data []byte, v any) error {
	p := &jsonParser{s: data}
	rv := reflect.ValueOf(v)
	if rv.Kind() != reflect.Pointer || rv.IsNil() {
		return errors.New("json: unmarshal needs a non-nil pointer")
	}
	p.space()
	if err := p.value(rv.Elem()); err != nil {
		return err
	}
	p.space()
	if p.i < len(p.s) {
		return p.errorf("invalid character %q after top-level value", p.s[p.i])
	}
	return nil
}

type jsonParser struct {
	s     []byte
	i     int
	depth int
}

func (p *jsonParser) errorf(format string, args ...any) error {
	return fmt.Errorf("json: offset %d: %s", p.i, fmt.Sprintf(format, args...))
}

func (p *jsonParser) space() {
	for p.i < len(p.s) && (p.s[p.i] == ' ' || p.s[p.i] == '\t' || p.s[p.i] == '\n' || p.s[p.i] == '\r') {
		p.i++
	}
}

// value decodes the next value into v (settable), or skips it when v is
// not valid.
func (p *jsonParser) value(v reflect.Value) error {
	if p.depth++; p.depth > 1000 {
		return p.errorf("nested too deeply")
	}
	defer func() { p.depth-- }()
	if p.i >= len(p.s) {
		return p.errorf("unexpected end of input")
	}
	c := p.s[p.i]
	if c == 'n' {
		if err := p.literal("null"); err != nil {
			return err
		}
		if v.IsValid() {
			switch v.Kind() {
			case reflect.Pointer, reflect.Slice, reflect.Interface, reflect.Map:
				v.SetZero()
			}
		}
		return nil
	}
	// A pointer is allocated as needed and decoded through.
	for v.IsValid() && v.Kind() == reflect.Pointer {
		if v.IsNil() {
			v.Set(reflect.New(v.Type().Elem()))
		}
		v = v.Elem()
	}
	switch {
	case c == '{':
		return p.object(v)
	case c == '[':
		return p.array(v)
	case c == '"':
		s, err := p.str()
		if err != nil || !v.IsValid() {
			return err
		}
		return p.setString(v, s)
	case c == 't' || c == 'f':
		lit := "true"
		if c == 'f' {
			lit = "false"
		}
		if err := p.literal(lit); err != nil {
			return err
		}
		if !v.IsValid() {
			return nil
		}
		if v.Kind() != reflect.Bool {
			return p.errorf("cannot decode %s into %v", lit, v.Type())
		}
		v.SetBool(c == 't')
		return nil
	case c == '-' || c >= '0' && c <= '9':
		num, err := p.number()
		if err != nil || !v.IsValid() {
			return err
		}
		return p.setNumber(v, num)
	}
	return p.errorf("invalid character %q looking for a value", c)
}

func (p *jsonParser) literal(lit string) error {
	if !strings.HasPrefix(string(p.s[p.i:min(len(p.s), p.i+len(lit))]), lit) {
		return p.errorf("invalid literal, want %s", lit)
	}
	p.i += len(lit)
	return nil
}

func (p *jsonParser) object(v reflect.Value) error {
	if v.IsValid() && v.Kind() != reflect.Struct {
		return p.errorf("cannot decode an object into %v", v.Type())
	}
	p.i++ // {
	p.space()
	if p.i < len(p.s) && p.s[p.i] == '}' {
		p.i++
		return nil
	}
	for {
		p.space()
		if p.i >= len(p.s) || p.s[p.i] != '"' {
			return p.errorf("want a string key")
		}
		key, err := p.str()
		if err != nil {
			return err
		}
		p.space()
		if p.i >= len(p.s) || p.s[p.i] != ':' {
			return p.errorf("want ':' after a key")
		}
		p.i++
		p.space()
		var f reflect.Value
		if v.IsValid() {
			f = field(v, key)
		}
		if err := p.value(f); err != nil {
			return err
		}
		p.space()
		if p.i >= len(p.s) {
			return p.errorf("unexpected end of input in an object")
		}
		switch p.s[p.i] {
		case ',':
			p.i++
		case '}':
			p.i++
			return nil
		default:
			return p.errorf("invalid character %q after an object value", p.s[p.i])
		}
	}
}

// field returns the field of struct v that the key names, as encoding/json
// finds it: the exact tag name first, else a case-insensitive match;
// embedded structs' fields count as v's own. It returns the zero Value when
// there is none.
func field(v reflect.Value, key string) reflect.Value {
	var fold reflect.Value
	var walk func(v reflect.Value) reflect.Value
	walk = func(v reflect.Value) reflect.Value {
		t := v.Type()
		for i := range t.NumField() {
			f := t.Field(i)
			name, _, ok := fieldName(f)
			if !ok {
				continue
			}
			if name == "" {
				if fv := walk(v.Field(i)); fv.IsValid() {
					return fv
				}
				continue
			}
			if name == key {
				return v.Field(i)
			}
			if !fold.IsValid() && strings.EqualFold(name, key) {
				fold = v.Field(i)
			}
		}
		return reflect.Value{}
	}
	if fv := walk(v); fv.IsValid() {
		return fv
	}
	return fold
}

func (p *jsonParser) array(v reflect.Value) error {
	if v.IsValid() && v.Kind() != reflect.Slice && v.Kind() != reflect.Array {
		return p.errorf("cannot decode an array into %v", v.Type())
	}
	p.i++ // [
	n := 0
	if v.IsValid() && v.Kind() == reflect.Slice {
		v.Set(reflect.MakeSlice(v.Type(), 0, 0))
	}
	p.space()
	if p.i < len(p.s) && p.s[p.i] == ']' {
		p.i++
		return p.endArray(v, n)
	}
	for {
		p.space()
		var e reflect.Value
		if v.IsValid() {
			if v.Kind() == reflect.Slice {
				v.Set(reflect.Append(v, reflect.Zero(v.Type().Elem())))
				e = v.Index(n)
			} else if n < v.Len() {
				e = v.Index(n)
			}
		}
		if err := p.value(e); err != nil {
			return err
		}
		n++
		p.space()
		if p.i >= len(p.s) {
			return p.errorf("unexpected end of input in an array")
		}
		switch p.s[p.i] {
		case ',':
			p.i++
		case ']':
			p.i++
			return p.endArray(v, n)
		default:
			return p.errorf("invalid character %q after an array element", p.s[p.i])
		}
	}
}

// endArray zeroes the rest of an array that got n elements.
func (p *jsonParser) endArray(v reflect.Value, n int) error {
	if v.IsValid() && v.Kind() == reflect.Array {
		for i := n; i < v.Len(); i++ {
			v.Index(i).SetZero()
		}
	}
	return nil
}

func (p *jsonParser) setString(v reflect.Value, s string) error {
	if v.CanAddr() && v.Addr().Type().Implements(textUnmarshaler) {
		if err := v.Addr().Interface().(encoding.TextUnmarshaler).UnmarshalText([]byte(s)); err != nil {
			return p.errorf("%v", err)
		}
		return nil
	}
	switch {
	case v.Kind() == reflect.String:
		v.SetString(s)
	case v.Kind() == reflect.Slice && v.Type().Elem().Kind() == reflect.Uint8:
		b, err := base64.StdEncoding.DecodeString(s)
		if err != nil {
			return p.errorf("%v", err)
		}
		v.SetBytes(b)
	default:
		return p.errorf("cannot decode a string into %v", v.Type())
	}
	return nil
}

func (p *jsonParser) setNumber(v reflect.Value, num string) error {
	switch v.Kind() {
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		n, err := strconv.ParseInt(num, 10, v.Type().Bits())
		if err != nil {
			return p.errorf("cannot decode number %s into %v", num, v.Type())
		}
		v.SetInt(n)
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64:
		n, err := strconv.ParseUint(num, 10, v.Type().Bits())
		if err != nil {
			return p.errorf("cannot decode number %s into %v", num, v.Type())
		}
		v.SetUint(n)
	case reflect.Float32, reflect.Float64:
		f, err := strconv.ParseFloat(num, v.Type().Bits())
		if err != nil {
			return p.errorf("cannot decode number %s into %v", num, v.Type())
		}
		v.SetFloat(f)
	default:
		return p.errorf("cannot decode number %s into %v", num, v.Type())
	}
	return nil
}

// number scans a JSON number and returns its text.
func (p *jsonParser) number() (string, error) {
	start := p.i
	digits := func() int {
		n := 0
		for p.i < len(p.s) && p.s[p.i] >= '0' && p.s[p.i] <= '9' {
			p.i++
			n++
		}
		return n
	}
	if p.s[p.i] == '-' {
		p.i++
	}
	if p.i < len(p.s) && p.s[p.i] == '0' {
		p.i++
	} else if digits() == 0 {
		return "", p.errorf("invalid number")
	}
	if p.i < len(p.s) && p.s[p.i] == '.' {
		p.i++
		if digits() == 0 {
			return "", p.errorf("invalid number")
		}
	}
	if p.i < len(p.s) && (p.s[p.i] == 'e' || p.s[p.i] == 'E') {
		p.i++
		if p.i < len(p.s) && (p.s[p.i] == '+' || p.s[p.i] == '-') {
			p.i++
		}
		if digits() == 0 {
			return "", p.errorf("invalid number")
		}
	}
	return string(p.s[start:p.i]), nil
}

// str scans a JSON string and returns its value; invalid UTF-8 becomes
// U+FFFD as in encoding/json.
func (p *jsonParser) str() (string, error) {
	p.i++ // "
	var b strings.Builder
	for {
		if p.i >= len(p.s) {
			return "", p.errorf("unexpected end of input in a string")
		}
		c := p.s[p.i]
		switch {
		case c == '"':
			p.i++
			return b.String(), nil
		case c < 0x20:
			return "", p.errorf("invalid control character in a string")
		case c == '\\':
			if p.i+1 >= len(p.s) {
				return "", p.errorf("unexpected end of input in a string")
			}
			e := p.s[p.i+1]
			p.i += 2
			switch e {
			case '"', '\\', '/':
				b.WriteByte(e)
			case 'b':
				b.WriteByte('\b')
			case 'f':
				b.WriteByte('\f')
			case 'n':
				b.WriteByte('\n')
			case 'r':
				b.WriteByte('\r')
			case 't':
				b.WriteByte('\t')
			case 'u':
				r, ok := p.hex4()
				if !ok {
					return "", p.errorf("invalid \\u escape")
				}
				if utf16.IsSurrogate(r) {
					r2 := rune(-1)
					if p.i+1 < len(p.s) && p.s[p.i] == '\\' && p.s[p.i+1] == 'u' {
						save := p.i
						p.i += 2
						var ok2 bool
						if r2, ok2 = p.hex4(); !ok2 {
							return "", p.errorf("invalid \\u escape")
						}
						if d := utf16.DecodeRune(r, r2); d != utf8.RuneError {
							r, r2 = d, -1
						} else {
							p.i = save
							r2 = -1
						}
					}
					if utf16.IsSurrogate(r) {
						r = utf8.RuneError
					}
				}
				b.WriteRune(r)
			default:
				return "", p.errorf("invalid escape \\%c", e)
			}
		case c < utf8.RuneSelf:
			b.WriteByte(c)
			p.i++
		default:
			r, n := utf8.DecodeRune(p.s[p.i:])
			if r == utf8.RuneError && n == 1 {
				b.WriteRune(utf8.RuneError)
			} else {
				b.Write(p.s[p.i : p.i+n])
			}
			p.i += n
		}
	}
}

func (p *jsonParser) hex4() (rune, bool) {
	if p.i+4 > len(p.s) {
		return 0, false
	}
	n, err := strconv.ParseUint(string(p.s[p.i:p.i+4]), 16, 32)
	if err != nil {
		return 0, false
	}
	p.i += 4
	return rune(n), true
}
