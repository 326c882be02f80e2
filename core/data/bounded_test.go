//go:build !wasm

// Native only: under Node's WebAssembly the 64 MB table takes minutes of
// make test, and the allocations measured are the native ones.

package data

import (
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/nnplayground/playground/internal/alloctest"
)

// A 1 MB cell that is not a number gives an error that quotes at most
// ~40 characters of it, in the table's list of stray cells and in Prepare's
// error. Stated bound: parsing and preparing the 1 MB table allocate at
// most 8 times its text (measured 7 MB: encoding/csv grows its line
// buffer to read the 1 MB line and copies the record once; the error and
// the table keep 40 bytes of the cell).
func TestHugeBadCellQuotedShort(t *testing.T) {
	big := strings.Repeat("z", 1<<20)
	text := "a,b,y\n1,2,3\n4," + big + ",6\n7,8,9\n"
	var tab *Table
	var err, perr error
	alloc, d := alloctest.Measure(func() {
		if tab, err = Parse(text); err == nil {
			_, perr = Prepare(tab, Spec{Target: "y"})
		}
	})
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("%d kB table with a 1 MB bad cell: parsed and prepared in %v, %d kB allocated", len(text)>>10, d.Round(time.Microsecond), alloc>>10)
	if alloc > 8*uint64(len(text)) {
		t.Errorf("allocated %d kB for a table of %d kB; the bound is 8 times the text", alloc>>10, len(text)>>10)
	}
	if len(tab.Errors) != 1 || len(tab.Errors[0].Text) > 45 {
		t.Fatalf("stray cells: %d, first quoting %d bytes", len(tab.Errors), len(tab.Errors[0].Text))
	}
	var pe *ParseError
	if !errors.As(perr, &pe) || pe.Line != 3 || pe.Column != 2 || !errors.Is(perr, ErrNotNumber) {
		t.Fatalf("Prepare: %v; want ErrNotNumber at line 3, column 2", perr)
	}
	if n := len(perr.Error()); n > 120 {
		t.Errorf("error message of %d bytes: %.200q", n, perr.Error())
	}
}

// A 64 MB table of 32 columns where every third row holds "x" in every
// cell: the stray cells are counted, but only the first few of each
// column are kept; Prepare still fails at the first one used, and the
// memory stays within a stated factor of the text.
func TestHalfStrayTableBounded(t *testing.T) {
	const cols = 32
	good := strings.TrimSuffix(strings.Repeat("1.5,", cols), ",") + "\n"
	bad := strings.TrimSuffix(strings.Repeat("x,", cols), ",") + "\n"
	var b strings.Builder
	b.Grow(MaxBytes)
	writeHeader(&b, cols)
	for b.Len()+2*len(good)+len(bad) <= MaxBytes {
		b.WriteString(good)
		b.WriteString(good)
		b.WriteString(bad)
	}
	text := b.String()
	var tab *Table
	var err error
	alloc, d := alloctest.Measure(func() { tab, err = Parse(text) })
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("%d MB of text: parsed in %v, %d MB allocated (%.1f× the text), %d stray cells, %d kept",
		len(text)>>20, d.Round(time.Millisecond), alloc>>20, float64(alloc)/float64(len(text)), tab.StrayCells, len(tab.Errors))
	if want := (tab.Rows() / 3) * cols; tab.StrayCells != want {
		t.Errorf("StrayCells %d, want %d", tab.StrayCells, want)
	}
	if len(tab.Errors) > cols*MaxStrayPerColumn {
		t.Errorf("%d stray cells kept; at most %d per column", len(tab.Errors), MaxStrayPerColumn)
	}
	// Stated bound: parsing allocates at most 10 times the text (measured
	// 8.3×: a string header, a status and, in numeric columns, a value per
	// cell; it was 10.7× when every cell's value was kept while reading).
	if alloc > 10*uint64(len(text)) {
		t.Errorf("allocated %d MB for %d MB of text: more than 10×", alloc>>20, len(text)>>20)
	}
	_, err = Prepare(tab, Spec{Target: "cab"})
	if !errors.Is(err, ErrNotNumber) {
		t.Errorf("Prepare: %v; want ErrNotNumber", err)
	}
}

// 64 MB of one-digit cells (32 columns), the densest table of numbers: the
// memory per cell is what Parse keeps (the cell's string, its value) and
// what it reads with. It took 9 s and 1.5 GB, then 1,045 MB (17.1×);
// now 801 MB (13.1×: a string header of 16 bytes, a status and a value of
// 8 bytes per 2-byte cell). Stated bound: 16 times the text.
func TestOneDigitTableBounded(t *testing.T) {
	const cols = 32
	row := strings.TrimSuffix(strings.Repeat("1,", cols), ",") + "\n"
	var b strings.Builder
	b.Grow(MaxBytes)
	writeHeader(&b, cols)
	for b.Len()+len(row) <= MaxBytes && (b.Len()/len(row)) < MaxRows {
		b.WriteString(row)
	}
	text := b.String()
	var tab *Table
	var err error
	alloc, d := alloctest.Measure(func() { tab, err = Parse(text) })
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("%d MB of text, %d rows: parsed in %v, %d MB allocated (%.1f× the text)",
		len(text)>>20, tab.Rows(), d.Round(time.Millisecond), alloc>>20, float64(alloc)/float64(len(text)))
	if alloc > 16*uint64(len(text)) {
		t.Errorf("allocated %d MB for %d MB of text: more than 16×", alloc>>20, len(text)>>20)
	}
}

// writeHeader writes a header of cols names, caa, cba, …, and its line end.
func writeHeader(b *strings.Builder, cols int) {
	for c := range cols {
		if c > 0 {
			b.WriteByte(',')
		}
		b.WriteString("c" + string(rune('a'+c%26)) + string(rune('a'+c/26)))
	}
	b.WriteByte('\n')
}
