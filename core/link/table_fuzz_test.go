package link

import (
	"math/rand/v2"
	"testing"

	"github.com/nnplayground/playground/internal/alloctest"
)

// FuzzUnpackTable: unpackTable never panics; what it allocates is bounded
// by the bytes it reads (at most allocPerByte of them per byte, and a
// little more); a text it gives back packs again to bytes that give back
// the same text.
func FuzzUnpackTable(f *testing.F) {
	for _, c := range packCases {
		if b, ok := packTable(c.Text); ok {
			f.Add(b)
		}
	}
	r := rand.New(rand.NewPCG(1, 2))
	for range 3 {
		b, _ := packTable(randomTable(r, 50))
		f.Add(b)
	}
	f.Add([]byte{packFormat, ',', 0, 1, 'x', 200, 1, 2, colShort, 0, 0, 1})
	f.Add([]byte{packFormat, ',', 0, 0, 0xff, 0xff, 0xff, 0xff, 0x0f, 2, colLabels, 1, 64})
	// allocPerByte: each of at most 8 cells per byte keeps a uint64 (64
	// bytes) and writes at most 21 bytes of text, twice (the bytes and the
	// string): 64 + 2·8·21 < 512.
	const allocPerByte, slack = 512, 64 << 10
	f.Fuzz(func(t *testing.T, b []byte) {
		var text string
		var err error
		if n := alloctest.Bytes(func() { text, err = unpackTable(b, MaxInflated) }); n > uint64(allocPerByte*len(b)+slack) {
			t.Fatalf("%d bytes allocated reading %d bytes", n, len(b))
		}
		if err != nil {
			return
		}
		if again, ok := packTable(text); ok {
			if back, err := unpackTable(again, MaxInflated); err != nil || back != text {
				t.Fatalf("packed again: %q, %v; want %q", back, err, text)
			}
		}
	})
}
