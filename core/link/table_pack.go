package link

import (
	"encoding/binary"
	"errors"
	"math/bits"
	"strings"
)

// A packed table is a pasted table (CSV/TSV text) stored column by column,
// which version 2 links carry instead of the text (docs/link-format.md):
// a column of decimal numbers as integers at the column's scale, packed in
// as few bits as its range needs; a column of few distinct texts as
// indexes into their list; any other column as its texts. packTable keeps
// a table only when unpackTable gives back its text byte for byte.
//
//	1                       format
//	sep                     ',' '\t' or ';'
//	flags                   1: lines end in "\r\n"; 2: the text ends with a line end
//	uvarint n, n bytes      the first line (the header), as it is
//	uvarint rows, uvarint cols
//	cols columns, each a kind byte and its data:
//	  0 texts:   rows × (uvarint n, n bytes)
//	  1 numbers, shortest (no trailing zeros), or
//	  2 numbers, every cell with exactly `scale` decimals:
//	             uvarint scale, zigzag varint min, byte width, then rows ×
//	             width bits (LSB first, padded to a byte): 0 an empty cell,
//	             1 minus zero ("-0", "-0.00"), v the number (min+v-2)·10^-scale
//	  3 few texts: uvarint n, n × (uvarint len, bytes), byte width, then
//	             rows × width bits: the index of each cell's text
const (
	packFormat = 1

	colText    = 0
	colShort   = 1
	colFixed   = 2
	colLabels  = 3
	maxDigits  = 18 // digits of a packed number: its integer fits an int64
	maxLabels  = 256
	maxLabel   = 64 // bytes of a text in a column of few texts
	flagCRLF   = 1
	flagEndsNL = 2
)

// errPack is the error of a damaged packed table.
var errPack = errors.New("bad packed table")

// packTable returns the packed form of a pasted table, and false when the
// text is not a table it can give back exactly: lines that do not all
// have the same number of fields, mixed line ends, a single line.
func packTable(text string) ([]byte, bool) {
	flags := byte(0)
	body := text
	if strings.Contains(text, "\r\n") {
		flags |= flagCRLF
		body = strings.ReplaceAll(body, "\r\n", "\n")
	}
	if strings.Contains(body, "\r") {
		return nil, false
	}
	if strings.HasSuffix(body, "\n") {
		flags |= flagEndsNL
		body = body[:len(body)-1]
	}
	lines := strings.Split(body, "\n")
	if len(lines) < 2 {
		return nil, false
	}
	sep, cells := splitRows(lines[1:])
	if sep == 0 {
		return nil, false
	}
	b := []byte{packFormat, sep, flags}
	b = appendString(b, lines[0])
	b = binary.AppendUvarint(b, uint64(len(cells)))
	b = binary.AppendUvarint(b, uint64(len(cells[0])))
	col := make([]string, len(cells))
	for j := range cells[0] {
		for i := range cells {
			col[i] = cells[i][j]
		}
		b = appendColumn(b, col)
	}
	if back, err := unpackTable(b, len(text)); err != nil || back != text {
		return nil, false
	}
	return b, true
}

// splitRows splits the data lines at the first separator that gives every
// line the same number of fields, at least two.
func splitRows(lines []string) (byte, [][]string) {
	for _, sep := range []byte{',', '\t', ';'} {
		s := string(sep)
		n := strings.Count(lines[0], s) + 1
		if n < 2 {
			continue
		}
		cells := make([][]string, len(lines))
		ok := true
		for i, l := range lines {
			if cells[i] = strings.Split(l, s); len(cells[i]) != n {
				ok = false
				break
			}
		}
		if ok {
			return sep, cells
		}
	}
	return 0, nil
}

func appendString(b []byte, s string) []byte {
	b = binary.AppendUvarint(b, uint64(len(s)))
	return append(b, s...)
}

// appendColumn appends one column in the first kind that gives back every
// cell: numbers, few texts, texts.
func appendColumn(b []byte, col []string) []byte {
	for _, kind := range []byte{colShort, colFixed} {
		if nb, ok := appendNumbers(b, col, kind); ok {
			return nb
		}
	}
	if nb, ok := appendLabels(b, col); ok {
		return nb
	}
	b = append(b, colText)
	for _, c := range col {
		b = appendString(b, c)
	}
	return b
}

// appendNumbers appends a column of numbers at a shared scale, if every
// cell is empty, minus zero or a number that formatNumber writes back as
// it is.
func appendNumbers(b []byte, col []string, kind byte) ([]byte, bool) {
	scale := 0
	for _, c := range col {
		if c == "" {
			continue
		}
		_, frac, ok := digitsOf(c)
		if !ok {
			return b, false
		}
		scale = max(scale, frac)
	}
	ks := make([]int64, len(col))
	negZero := make([]bool, len(col))
	var lo, hi int64
	seen := false
	for i, c := range col {
		if c == "" {
			continue
		}
		k, ok := parseNumber(c, scale)
		if ok && k == 0 && c[0] == '-' {
			if negZero[i] = string(formatMinusZero(nil, scale, kind == colFixed)) == c; !negZero[i] {
				return b, false
			}
			continue
		}
		if !ok || string(formatNumber(nil, k, scale, kind == colFixed)) != c {
			return b, false
		}
		ks[i] = k
		if !seen || k < lo {
			lo = k
		}
		if !seen || k > hi {
			hi = k
		}
		seen = true
	}
	if !seen {
		lo, hi = 0, 0 // empty cells and minus zeros
	}
	width := bits.Len64(uint64(hi-lo) + 2)
	b = append(b, kind)
	b = binary.AppendUvarint(b, uint64(scale))
	b = binary.AppendVarint(b, lo)
	b = append(b, byte(width))
	var w bitWriter
	for i, c := range col {
		v := uint64(0)
		switch {
		case negZero[i]:
			v = 1
		case c != "":
			v = uint64(ks[i]-lo) + 2
		}
		w.write(v, width)
	}
	return append(b, w.bytes()...), true
}

// appendLabels appends a column of at most maxLabels distinct short
// texts as indexes into their list.
func appendLabels(b []byte, col []string) ([]byte, bool) {
	index := map[string]int{}
	var labels []string
	for _, c := range col {
		if _, ok := index[c]; ok {
			continue
		}
		if len(c) > maxLabel || len(labels) == maxLabels {
			return b, false
		}
		index[c] = len(labels)
		labels = append(labels, c)
	}
	width := max(1, bits.Len(uint(len(labels)-1)))
	b = append(b, colLabels)
	b = binary.AppendUvarint(b, uint64(len(labels)))
	for _, l := range labels {
		b = appendString(b, l)
	}
	b = append(b, byte(width))
	var w bitWriter
	for _, c := range col {
		w.write(uint64(index[c]), width)
	}
	return append(b, w.bytes()...), true
}
