package wire

import (
	"encoding/binary"
	"errors"
	"math"
	"strconv"
)

// version is the first byte of every message: a page and a worker from
// different builds (an old worker.js in the cache) fail with ErrVersion
// instead of misreading each other.
const version = 1

// Errors of Unmarshal.
var (
	ErrVersion = errors.New("wire: a message from another version of the playground (reload the page)")
	ErrShort   = errors.New("wire: message cut short or malformed")
	ErrTag     = errors.New("wire: unknown message type")
)

// Message is one message between the page and a worker: a pointer to one
// of the message types of this package (the trainer's) or of package
// tools. Its methods are generated (wire_gen.go).
type Message interface {
	Tag() byte // the message type's number, which its encoding starts with
	Encode(e *Encoder)
	Decode(d *Decoder)
}

// A Protocol returns a new message of the type with the tag, or nil: the
// messages one worker understands. Trainer is the trainer's, and
// tools.Protocol the tools worker's; each binary links the code of the
// protocols it uses only.
type Protocol func(tag byte) Message

// Append appends m's encoding to dst and returns the extended buffer.
func Append(dst []byte, m Message) []byte {
	e := Encoder{b: append(dst, version, m.Tag())}
	m.Encode(&e)
	return e.b
}

// Marshal returns m's encoding.
func Marshal(m Message) []byte { return Append(nil, m) }

// Unmarshal decodes a message of protocol p written by Append. Slices in
// the message do not share memory with b.
func Unmarshal(b []byte, p Protocol) (Message, error) {
	if len(b) < 2 {
		return nil, ErrShort
	}
	if b[0] != version {
		return nil, ErrVersion
	}
	m := p(b[1])
	if m == nil {
		return nil, errors.Join(ErrTag, errors.New("wire: tag "+strconv.Itoa(int(b[1]))))
	}
	d := Decoder{b: b, i: 2}
	m.Decode(&d)
	if d.err == nil && d.i != len(b) {
		d.err = ErrShort
	}
	if d.err != nil {
		return nil, d.err
	}
	return m, nil
}

// Encoder appends values: integers as (zig-zag) varints, floats as their
// 8 little-endian IEEE 754 bytes (every bit kept, NaN and ±Inf included),
// strings and byte slices as a length and the bytes, slices as their
// length plus one (0 for nil) and their elements, pointers as a bool and
// the value.
type Encoder struct{ b []byte }

func (e *Encoder) Uint(v uint64) { e.b = binary.AppendUvarint(e.b, v) }
func (e *Encoder) Int(v int)     { e.b = binary.AppendVarint(e.b, int64(v)) }
func (e *Encoder) Float(v float64) {
	e.b = binary.LittleEndian.AppendUint64(e.b, math.Float64bits(v))
}
func (e *Encoder) Bool(v bool) {
	if v {
		e.b = append(e.b, 1)
	} else {
		e.b = append(e.b, 0)
	}
}
func (e *Encoder) Str(s string) {
	e.Uint(uint64(len(s)))
	e.b = append(e.b, s...)
}

// len writes a slice's length, or 0 for nil.
func (e *Encoder) Len(n int, isNil bool) {
	if isNil {
		e.Uint(0)
		return
	}
	e.Uint(uint64(n) + 1)
}

func (e *Encoder) Bytes(p []byte) {
	e.Len(len(p), p == nil)
	e.b = append(e.b, p...)
}

func (e *Encoder) Floats(x []float64) {
	e.Len(len(x), x == nil)
	e.b = growBy(e.b, 8*len(x))
	b := e.b[len(e.b)-8*len(x):]
	for i, v := range x {
		binary.LittleEndian.PutUint64(b[8*i:], math.Float64bits(v))
	}
}

// growBy extends b by n bytes.
func growBy(b []byte, n int) []byte {
	if cap(b)-len(b) < n {
		nb := make([]byte, len(b), 2*cap(b)+n)
		copy(nb, b)
		b = nb
	}
	return b[:len(b)+n]
}

// Decoder reads what Encoder wrote; the first error sticks in err and
// makes every later read return zero.
type Decoder struct {
	b   []byte
	i   int
	err error
}

func (d *Decoder) fail() {
	if d.err == nil {
		d.err = ErrShort
	}
	d.i = len(d.b)
}

func (d *Decoder) Uint() uint64 {
	v, n := binary.Uvarint(d.b[d.i:])
	if n <= 0 {
		d.fail()
		return 0
	}
	d.i += n
	return v
}

func (d *Decoder) Int() int {
	v, n := binary.Varint(d.b[d.i:])
	if n <= 0 || int64(int(v)) != v {
		d.fail()
		return 0
	}
	d.i += n
	return int(v)
}

func (d *Decoder) Float() float64 {
	if len(d.b)-d.i < 8 {
		d.fail()
		return 0
	}
	v := math.Float64frombits(binary.LittleEndian.Uint64(d.b[d.i:]))
	d.i += 8
	return v
}

func (d *Decoder) Bool() bool {
	if d.i >= len(d.b) || d.b[d.i] > 1 {
		d.fail()
		return false
	}
	d.i++
	return d.b[d.i-1] == 1
}

// take returns the next n bytes, or nil after an error.
func (d *Decoder) take(n uint64) []byte {
	if n > uint64(len(d.b)-d.i) {
		d.fail()
		return nil
	}
	p := d.b[d.i : d.i+int(n)]
	d.i += int(n)
	return p
}

func (d *Decoder) Str() string { return string(d.take(d.Uint())) }

// len reads a slice's length; ok is false for nil (or after an error). A
// length is at most the bytes left, each element taking at least one.
func (d *Decoder) Len() (n int, ok bool) {
	v := d.Uint()
	if v == 0 || d.err != nil {
		return 0, false
	}
	if v-1 > uint64(len(d.b)-d.i) {
		d.fail()
		return 0, false
	}
	return int(v - 1), true
}

func (d *Decoder) Bytes() []byte {
	n, ok := d.Len()
	if !ok {
		return nil
	}
	return append([]byte{}, d.take(uint64(n))...)
}

func (d *Decoder) Floats() []float64 {
	n, ok := d.Len()
	if !ok {
		return nil
	}
	p := d.take(8 * uint64(n))
	if p == nil && n > 0 {
		return nil
	}
	x := make([]float64, n)
	for i := range x {
		x[i] = math.Float64frombits(binary.LittleEndian.Uint64(p[8*i:]))
	}
	return x
}
