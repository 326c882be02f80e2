package wire_test

import (
	"errors"
	"reflect"
	"testing"
	"time"

	"github.com/nnplayground/playground/core/wire"
	"github.com/nnplayground/playground/core/wire/tools"
	"github.com/nnplayground/playground/internal/alloctest"
)

// allocBound is what decoding a message of n bytes may allocate: every
// encoded value takes at least one byte and decodes to at most a string or
// slice header (24 bytes) or a map entry, so 64 bytes per byte of message
// and a constant for the message itself.
func allocBound(n int) uint64 { return 64*uint64(n) + 64<<10 }

// protocols are both workers' protocols.
var protocols = []wire.Protocol{wire.Trainer, tools.Protocol}

// encodings returns the encoding of every message type, filled.
func encodings() [][]byte {
	var out [][]byte
	for _, m := range messages() {
		n := 0
		fill(reflect.ValueOf(m).Elem(), &n)
		out = append(out, wire.Marshal(m))
	}
	return out
}

// Every prefix of every message is refused as cut short, and a length that
// claims more elements than the bytes left is refused before anything is
// allocated for them; neither allocates past allocBound (for the 11-byte
// maximal prefix, 64 kB + 704 bytes; measured: at most 704 bytes and
// 50 µs).
func TestDecodePrefixesBounded(t *testing.T) {
	var maxPrefix uint64
	var maxTime time.Duration
	for _, b := range encodings() {
		p := protocols[0]
		if _, err := wire.Unmarshal(b, p); err != nil {
			p = protocols[1]
		}
		for n := wire.HeaderLen; n < len(b); n++ {
			var err error
			a := alloctest.Bytes(func() { _, err = wire.Unmarshal(b[:n], p) })
			if err == nil {
				t.Errorf("tag %d: a prefix of %d of %d bytes decoded", b[wire.HeaderLen-1], n, len(b))
			}
			if a > allocBound(n) {
				t.Errorf("tag %d: a prefix of %d bytes allocated %d", b[wire.HeaderLen-1], n, a)
			}
		}
		// The maximal prefix: the tag, then a first field of 2⁶³ (a length
		// of 2⁶³ elements when the first field is a slice or a string).
		huge := append(append([]byte{}, b[:wire.HeaderLen]...), 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x7f)
		a, d := alloctest.Measure(func() { wire.Unmarshal(huge, p) })
		if a > allocBound(len(huge)) {
			t.Errorf("tag %d: a first field of 2⁶³: %d bytes allocated", b[wire.HeaderLen-1], a)
		}
		maxPrefix = max(maxPrefix, a)
		maxTime = max(maxTime, d)
	}
	t.Logf("maximal prefixes of %d message types: refused in at most %v, %d bytes allocated at most (bound %d)",
		len(encodings()), maxTime, maxPrefix, allocBound(wire.HeaderLen+9))
}

// FuzzUnmarshal decodes any bytes with both protocols: never a panic, an
// error that is one of the package's, and allocations within allocBound.
func FuzzUnmarshal(f *testing.F) {
	for _, b := range encodings() {
		f.Add(b)
	}
	f.Fuzz(func(t *testing.T, b []byte) {
		for _, p := range protocols {
			var m wire.Message
			var err error
			a := alloctest.Bytes(func() { m, err = wire.Unmarshal(b, p) })
			if a > allocBound(len(b)) {
				t.Fatalf("%d bytes allocated %d decoding", len(b), a)
			}
			if err != nil {
				if !errors.Is(err, wire.ErrShort) && !errors.Is(err, wire.ErrTag) && !errors.Is(err, wire.ErrVersion) {
					t.Fatalf("error %v is none of ErrShort, ErrTag, ErrVersion", err)
				}
				continue
			}
			if again := wire.Marshal(m); len(again) > 0 && again[wire.HeaderLen-1] != b[wire.HeaderLen-1] {
				t.Fatalf("decoded tag %d re-encodes as tag %d", b[wire.HeaderLen-1], again[wire.HeaderLen-1])
			}
		}
	})
}
