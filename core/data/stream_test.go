package data

import (
	"bytes"
	"fmt"
	"io"
	"reflect"
	"strings"
	"testing"
)

// chunked is what ReadChunks gives for a file, put together: the rows of
// every chunk in one table (Errors aside: each chunk keeps its own first
// stray cells), or its error.
func chunked(b []byte, rows int) (*Table, int, error) {
	open := func() (io.ReadCloser, error) { return io.NopCloser(bytes.NewReader(b)), nil }
	var all *Table
	calls := 0
	err := ReadChunks(open, rows, func(t *Table) error {
		calls++
		if t.Rows() > rows {
			return fmt.Errorf("a chunk of %d rows; at most %d", t.Rows(), rows)
		}
		if all == nil {
			c := Table{Names: t.Names, Kinds: t.Kinds, Header: t.Header, Delimiter: t.Delimiter, Formatted: t.Formatted, StrayCells: t.StrayCells, cols: t.cols}
			c.cells = append([]string(nil), t.cells...)
			c.lines = append([]int(nil), t.lines...)
			c.num = make([][]float64, len(t.num))
			for j := range t.num {
				c.num[j] = append([]float64(nil), t.num[j]...)
			}
			all = &c
			return nil
		}
		if !reflect.DeepEqual(t.Names, all.Names) || !reflect.DeepEqual(t.Kinds, all.Kinds) || t.Header != all.Header {
			return fmt.Errorf("chunk of names %q, kinds %v; the first had %q, %v", t.Names, t.Kinds, all.Names, all.Kinds)
		}
		all.cells = append(all.cells, t.cells...)
		all.lines = append(all.lines, t.lines...)
		for j := range t.num {
			all.num[j] = append(all.num[j], t.num[j]...)
		}
		all.StrayCells += t.StrayCells
		return nil
	})
	return all, calls, err
}

// sameTable reports how a, parsed whole, and b, put together from chunks,
// differ ("" when they do not).
func sameTable(a, b *Table) string {
	switch {
	case !reflect.DeepEqual(a.Names, b.Names):
		return fmt.Sprintf("names %q and %q", a.Names, b.Names)
	case !reflect.DeepEqual(a.Kinds, b.Kinds):
		return fmt.Sprintf("kinds %v and %v", a.Kinds, b.Kinds)
	case a.Header != b.Header || a.Delimiter != b.Delimiter:
		return fmt.Sprintf("header %v, %q and %v, %q", a.Header, a.Delimiter, b.Header, b.Delimiter)
	case !reflect.DeepEqual(a.Formatted, b.Formatted) && len(a.Formatted)+len(b.Formatted) > 0:
		return fmt.Sprintf("formatted %v and %v", a.Formatted, b.Formatted)
	case !reflect.DeepEqual(a.cells, b.cells) && len(a.cells)+len(b.cells) > 0:
		return fmt.Sprintf("cells %q and %q", a.cells, b.cells)
	case !reflect.DeepEqual(a.lines, b.lines):
		return fmt.Sprintf("lines %v and %v", a.lines, b.lines)
	case a.StrayCells != b.StrayCells:
		return fmt.Sprintf("%d and %d stray cells", a.StrayCells, b.StrayCells)
	}
	for j := range a.num {
		for r := range a.num[j] {
			if x, y := a.num[j][r], b.num[j][r]; x != y && !(x != x && y != y) {
				return fmt.Sprintf("value %v and %v in row %d, column %d", x, y, r, j)
			}
		}
	}
	return ""
}

// checkChunks compares ReadChunks of b, in chunks of several sizes, with
// Parse(DecodeText(b)): the same error, or the same rows.
func checkChunks(t *testing.T, b []byte) {
	t.Helper()
	want, werr := Parse(DecodeText(b))
	for _, rows := range []int{1, 3, 1000} {
		got, _, err := chunked(b, rows)
		if werr != nil || err != nil {
			if fmt.Sprint(err) != fmt.Sprint(werr) {
				t.Fatalf("%q in chunks of %d: error %v; Parse: %v", b, rows, err, werr)
			}
			continue
		}
		if diff := sameTable(want, got); diff != "" {
			t.Fatalf("%q in chunks of %d: %s", b, rows, diff)
		}
	}
}

// ReadChunks gives the rows Parse gives, or its error, for every table of
// the package's tests, in UTF-8, Windows-1252, UTF-16 and with CR line
// ends.
func TestReadChunksAsParse(t *testing.T) {
	var inputs []string
	for _, tt := range parseTests {
		inputs = append(inputs, tt.Input)
	}
	for _, tt := range parseErrorTests {
		inputs = append(inputs, tt.Input)
	}
	inputs = append(inputs, tutorial,
		"sep=;\na;b\n1,5;2\n", "sep=;", "\ufeffa,b\n1,2\n", "a,b\r1,2\r3,4\r",
		"a;b;c\n1.234,5;2;x\n1.000;3;y\n2,5;4;z\n",               // decimal commas and grouped thousands
		"a,b\nx,1\ny,2\nx,3\n",                                   // a header word that appears below
		"a,b\n\"1\n2\",3\n4,5\n",                                 // a quoted line end
		"a,b\n\"1,2\n3,4\n",                                      // a quote never closed
		"a,b\n1,2\nx\"y,3\n4,5\n",                                // a bare quote
		"temp\xe9rature,y\n1,2\n3,4\n",                           // Windows-1252
		"\xff\xfea\x00,\x00b\x00\n\x001\x00,\x002\x00\n\x00",     // UTF-16LE
		"\xfe\xff\x00a\x00,\x00b\x00\n\x001\x00,\x002\x00\n\xd8", // UTF-16BE, an odd byte
		"a b c\n1 2 3\n4 5 6\n\"7 x\" 8 9\n",
		"x\n"+strings.Repeat("1\n", 120)+"\n\n",
	)
	for _, in := range inputs {
		checkChunks(t, []byte(in))
		if !strings.Contains(in, "\r") && strings.Contains(in, "\n") {
			checkChunks(t, []byte(strings.ReplaceAll(in, "\n", "\r")))
			checkChunks(t, []byte(strings.ReplaceAll(in, "\n", "\r\n")))
		}
	}
}

// FuzzReadChunks: for any bytes, ReadChunks gives the rows or the error of
// Parse(DecodeText(b)).
func FuzzReadChunks(f *testing.F) {
	for _, tt := range parseTests {
		f.Add([]byte(tt.Input))
	}
	for _, tt := range parseErrorTests[:len(parseErrorTests)-1] {
		f.Add([]byte(tt.Input))
	}
	f.Add([]byte("sep=;\na;b\n1,5;2\n"))
	f.Add([]byte("\xff\xfea\x00,\x00b\x00\n\x001\x00,\x002\x00\n\x00"))
	f.Fuzz(func(t *testing.T, b []byte) {
		if len(b) > 1<<16 {
			return
		}
		checkChunks(t, b)
	})
}
