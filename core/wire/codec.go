package wire

import (
	"encoding/binary"
	"errors"
	"math"
	"strconv"
)

// HeaderLen is the length of a message's header: the schema hash of its
// protocol (4 bytes, little-endian), then its tag.
const HeaderLen = 5

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
	// Code encodes or decodes the message's fields, as c does; encoding a
	// message of a package other than wire, it first gives c its
	// protocol's schema hash (Codec.Schema).
	Code(c *Codec)
}

// A Protocol is the messages one worker understands: Trainer is the
// trainer's, and tools.Protocol the tools worker's; each binary links the
// code of the protocols it uses only.
type Protocol struct {
	// Schema is the hash of the layout of the protocol's messages (their
	// tags, field names, types and order, and those of every type they
	// reach), which genwire computes from the types and every message
	// carries: a page and a worker from different builds (an old
	// worker.js in the cache) fail with ErrVersion instead of misreading
	// each other, whether or not anyone remembered to bump a version.
	Schema uint32
	// New returns a new message of the type with the tag, or nil.
	New func(tag byte) Message
}

// Append appends m's encoding to dst and returns the extended buffer.
func Append(dst []byte, m Message) []byte {
	c := Codec{b: append(binary.LittleEndian.AppendUint32(dst, schemaHash), m.Tag()), schemaAt: len(dst) + 1}
	m.Code(&c)
	return c.b
}

// Marshal returns m's encoding.
func Marshal(m Message) []byte { return Append(nil, m) }

// Unmarshal decodes a message of protocol p written by Append. Slices in
// the message do not share memory with b.
func Unmarshal(b []byte, p Protocol) (Message, error) {
	if len(b) < HeaderLen {
		return nil, ErrShort
	}
	if binary.LittleEndian.Uint32(b) != p.Schema {
		return nil, ErrVersion
	}
	tag := b[HeaderLen-1]
	m := p.New(tag)
	if m == nil {
		return nil, errors.Join(ErrTag, errors.New("wire: tag "+strconv.Itoa(int(tag))))
	}
	c := Codec{b: b, i: HeaderLen, decoding: true}
	m.Code(&c)
	if c.err == nil && c.i != len(b) {
		c.err = ErrShort
	}
	if c.err != nil {
		return nil, c.err
	}
	return m, nil
}

// Codec encodes or decodes values, given by pointer: one generated function
// per type does both. Integers are (zig-zag) varints, floats their 8
// little-endian IEEE 754 bytes (every bit kept, NaN and ±Inf included),
// strings and byte slices a length and the bytes, slices their length plus
// one (0 for nil) and their elements, pointers a bool and the value.
// Decoding, the first error sticks and every later value reads as zero.
type Codec struct {
	b        []byte
	i        int // decoding: the next byte to read
	schemaAt int // encoding: 1 + where the header's schema hash goes, 0 once written
	decoding bool
	err      error
}

// Schema writes the schema hash of the message being encoded into its
// header in place of package wire's (Trainer.Schema), which Append writes:
// the generated Code of every message of another package (tools) calls it
// first, so that a message carries the hash of its own protocol (a second
// call, for a message inside another, writes nothing). Decoding, it does
// nothing: Unmarshal compared the hash with the protocol's.
func (c *Codec) Schema(hash uint32) {
	if c.schemaAt > 0 {
		binary.LittleEndian.PutUint32(c.b[c.schemaAt-1:], hash)
		c.schemaAt = 0
	}
}

// Decoding reports whether c decodes.
func (c *Codec) Decoding() bool { return c.decoding }

func (c *Codec) fail() {
	if c.err == nil {
		c.err = ErrShort
	}
	c.i = len(c.b)
}

// Uint codes *p.
func (c *Codec) Uint(p *uint64) {
	if !c.decoding {
		c.b = binary.AppendUvarint(c.b, *p)
		return
	}
	*p = c.uvarint()
}

func (c *Codec) uvarint() uint64 {
	v, n := binary.Uvarint(c.b[c.i:])
	if n <= 0 {
		c.fail()
		return 0
	}
	c.i += n
	return v
}

// Int codes *p.
func (c *Codec) Int(p *int) {
	if !c.decoding {
		c.b = binary.AppendVarint(c.b, int64(*p))
		return
	}
	v, n := binary.Varint(c.b[c.i:])
	if n <= 0 || int64(int(v)) != v {
		c.fail()
		v = 0
	}
	c.i += max(n, 0)
	*p = int(v)
}

// Float codes *p.
func (c *Codec) Float(p *float64) {
	if !c.decoding {
		c.b = binary.LittleEndian.AppendUint64(c.b, math.Float64bits(*p))
		return
	}
	if len(c.b)-c.i < 8 {
		c.fail()
		*p = 0
		return
	}
	*p = math.Float64frombits(binary.LittleEndian.Uint64(c.b[c.i:]))
	c.i += 8
}

// Bool codes *p.
func (c *Codec) Bool(p *bool) { *p = c.Present(*p) }

// Present codes whether a pointer is set (encoding, set), and returns it.
func (c *Codec) Present(set bool) bool {
	if !c.decoding {
		if set {
			c.b = append(c.b, 1)
		} else {
			c.b = append(c.b, 0)
		}
		return set
	}
	if c.i >= len(c.b) || c.b[c.i] > 1 {
		c.fail()
		return false
	}
	c.i++
	return c.b[c.i-1] == 1
}

// Str codes *p.
func (c *Codec) Str(p *string) {
	if !c.decoding {
		c.b = binary.AppendUvarint(c.b, uint64(len(*p)))
		c.b = append(c.b, *p...)
		return
	}
	*p = string(c.take(c.uvarint()))
}

// take returns the next n bytes, or nil after an error.
func (c *Codec) take(n uint64) []byte {
	if n > uint64(len(c.b)-c.i) {
		c.fail()
		return nil
	}
	p := c.b[c.i : c.i+int(n)]
	c.i += int(n)
	return p
}

// Len codes a slice's length n, or that it is nil, and returns them; a
// decoded length is at most the bytes left, each element taking at least
// one.
func (c *Codec) Len(n int, isNil bool) (int, bool) {
	if !c.decoding {
		if isNil {
			c.b = append(c.b, 0)
		} else {
			c.b = binary.AppendUvarint(c.b, uint64(n)+1)
		}
		return n, !isNil
	}
	v := c.uvarint()
	if v == 0 || c.err != nil {
		return 0, false
	}
	if v-1 > uint64(len(c.b)-c.i) {
		c.fail()
		return 0, false
	}
	return int(v - 1), true
}

// Bytes codes *p.
func (c *Codec) Bytes(p *[]byte) {
	n, ok := c.Len(len(*p), *p == nil)
	if !c.decoding {
		c.b = append(c.b, *p...)
		return
	}
	*p = nil
	if ok {
		*p = append([]byte{}, c.take(uint64(n))...)
	}
}

// Floats codes *p.
func (c *Codec) Floats(p *[]float64) {
	x := *p
	n, ok := c.Len(len(x), x == nil)
	if !c.decoding {
		c.b = growBy(c.b, 8*n)
		b := c.b[len(c.b)-8*n:]
		for i, v := range x {
			binary.LittleEndian.PutUint64(b[8*i:], math.Float64bits(v))
		}
		return
	}
	*p = nil
	if !ok {
		return
	}
	b := c.take(8 * uint64(n))
	if b == nil && n > 0 {
		return
	}
	x = make([]float64, n)
	for i := range x {
		x[i] = math.Float64frombits(binary.LittleEndian.Uint64(b[8*i:]))
	}
	*p = x
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

// Ints codes *p.
func (c *Codec) Ints(p *[]int) {
	n, ok := c.Len(len(*p), *p == nil)
	if c.decoding && ok {
		*p = make([]int, n)
	}
	for i := range *p {
		c.Int(&(*p)[i])
	}
}

// Strs codes *p.
func (c *Codec) Strs(p *[]string) {
	n, ok := c.Len(len(*p), *p == nil)
	if c.decoding && ok {
		*p = make([]string, n)
	}
	for i := range *p {
		c.Str(&(*p)[i])
	}
}

// Slice codes *p, each element with code.
func Slice[T any](c *Codec, p *[]T, code func(*Codec, *T)) {
	n, ok := c.Len(len(*p), *p == nil)
	if c.decoding && ok {
		*p = make([]T, n)
	}
	for i := range *p {
		code(c, &(*p)[i])
	}
}
