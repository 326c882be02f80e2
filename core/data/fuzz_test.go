package data

import (
	"math"
	"testing"

	"github.com/nnplayground/playground/internal/alloctest"
)

// FuzzParse parses any text and prepares the table: errors are
// *ParseError values, prepared data is finite, and Parse allocates within
// a fixed factor of the text.

func FuzzParse(f *testing.F) {
	for _, tt := range parseTests {
		f.Add(tt.Input, 0.2, uint8(0))
	}
	for _, tt := range parseErrorTests[:len(parseErrorTests)-1] { // not the 10,001-column one
		f.Add(tt.Input, 0.0, uint8(1))
	}
	for _, tt := range prepareErrorTests {
		f.Add(tt.Input, 0.5, uint8(2))
	}
	f.Add(tutorial, 0.0, uint8(3))
	f.Add("x,y\n1e300,a\n-1e300,b\n1e300,a\n", 0.3, uint8(4))
	f.Fuzz(func(t *testing.T, text string, ratio float64, opts uint8) {
		var tb *Table
		var err error
		// Parse's memory stays within a stated factor of its text (see
		// TestHalfStrayTableBounded for the worst case measured: 10.7×),
		// plus about 1 KB per column (names, kinds, a slice of values each)
		// for up to MaxColumns.
		if a := alloctest.Bytes(func() { tb, err = Parse(text) }); a > 32*uint64(len(text))+1<<10*MaxColumns+1<<20 {
			t.Fatalf("Parse of %d bytes allocated %d", len(text), a)
		}
		if err != nil {
			if _, ok := err.(*ParseError); !ok {
				t.Fatalf("Parse error %T %v is not a *ParseError", err, err)
			}
			return
		}
		s := Spec{TestRatio: ratio, Seed: uint64(opts), AsClasses: opts&1 != 0, Missing: Missing(opts >> 1 & 1), Norm: Norm(opts >> 2 % 3)}
		if opts&16 != 0 && tb.Cols() > 1 && tb.Kinds[0] == Numeric {
			s.Derived = []Derived{{Kind: Square, A: tb.Names[0]}, {Kind: Sin, A: tb.Names[0]}, {Kind: Product, A: tb.Names[0], B: tb.Names[0]}}
		}
		for _, sp := range []Spec{{}, s} {
			ds, err := Prepare(tb, sp)
			if err != nil {
				if _, ok := err.(*ParseError); !ok {
					t.Fatalf("Prepare error %T %v is not a *ParseError", err, err)
				}
				continue
			}
			for _, v := range [][]float64{ds.Train.X, ds.Train.Y, ds.Test.X, ds.Test.Y} {
				for _, x := range v {
					if math.IsNaN(x) || math.IsInf(x, 0) {
						t.Fatalf("non-finite value %v in dataset of %q", x, text)
					}
				}
			}
			if ds.Train.N+ds.Test.N+ds.Dropped != ds.Rows || len(ds.Train.X) != ds.Train.N*ds.Dim {
				t.Fatalf("inconsistent sizes: %+v", ds)
			}
			if x, n, err := ds.Prep.Transform(tb); err == nil && len(x) != n*ds.Dim {
				t.Fatalf("Transform gave %d values for %d rows", len(x), n)
			}
		}
	})
}
