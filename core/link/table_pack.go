package link

import (
	"encoding/binary"
	"errors"
	"fmt"
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

// digitsOf reads a decimal number "-12.5": its integer and fraction digit
// counts; ok is false for anything else or more than maxDigits digits.
func digitsOf(c string) (whole, frac int, ok bool) {
	s := strings.TrimPrefix(c, "-")
	w, f, dot := strings.Cut(s, ".")
	if w == "" || dot && f == "" || len(w)+len(f) > maxDigits {
		return 0, 0, false
	}
	for _, r := range w + f {
		if r < '0' || r > '9' {
			return 0, 0, false
		}
	}
	return len(w), len(f), true
}

// parseNumber returns the decimal number c times 10^scale as an integer.
func parseNumber(c string, scale int) (int64, bool) {
	neg := strings.HasPrefix(c, "-")
	w, f, _ := strings.Cut(strings.TrimPrefix(c, "-"), ".")
	if len(w)+scale > maxDigits {
		return 0, false
	}
	var k int64
	for _, r := range w + f + strings.Repeat("0", scale-len(f)) {
		k = 10*k + int64(r-'0')
	}
	if neg {
		k = -k
	}
	return k, true
}

// formatNumber appends k·10^-scale in decimal: with exactly scale decimals
// when fixed, else without trailing zeros (and without a point for a
// whole number).
func formatNumber(dst []byte, k int64, scale int, fixed bool) []byte {
	if k < 0 {
		dst = append(dst, '-')
	}
	a := uint64(k)
	if k < 0 {
		a = -a
	}
	p := uint64(1)
	for range scale {
		p *= 10
	}
	dst = appendUint(dst, a/p)
	frac := a % p
	if scale == 0 || !fixed && frac == 0 {
		return dst
	}
	var buf [maxDigits + 1]byte
	digits := appendUint(buf[:0], frac)
	dst = append(dst, '.')
	for range scale - len(digits) {
		dst = append(dst, '0')
	}
	if !fixed {
		for digits[len(digits)-1] == '0' {
			digits = digits[:len(digits)-1]
		}
	}
	return append(dst, digits...)
}

// formatMinusZero appends "-0" in the form formatNumber writes zero.
func formatMinusZero(dst []byte, scale int, fixed bool) []byte {
	return formatNumber(append(dst, '-'), 0, scale, fixed)
}

func appendUint(dst []byte, v uint64) []byte {
	var buf [20]byte
	i := len(buf)
	for {
		i--
		buf[i] = byte('0' + v%10)
		if v /= 10; v == 0 {
			break
		}
	}
	return append(dst, buf[i:]...)
}

// unpackTable gives back the text of a packed table, of at most max bytes.
// What it allocates is bounded by the size of b (every cell costs at
// least one bit, and a cell writes at most maxDigits+2 or maxLabel bytes,
// or its own bytes) and by max: the text's length is known before it is
// written.
func unpackTable(b []byte, max int) (string, error) {
	r := reader{b: b}
	if f := r.byte(); f != packFormat {
		return "", fmt.Errorf("%w: format %d", errPack, f)
	}
	sep, flags := r.byte(), r.byte()
	if sep != ',' && sep != '\t' && sep != ';' || flags > flagCRLF|flagEndsNL {
		return "", fmt.Errorf("%w: separator %q, flags %d", errPack, sep, flags)
	}
	header := r.string()
	rows, cols := r.uvarint(), r.uvarint()
	if r.err != nil || rows == 0 || cols < 2 || rows > uint64(8*len(b)) || cols > uint64(8*len(b))/rows {
		return "", fmt.Errorf("%w: %d rows of %d columns in %d bytes", errPack, rows, cols, len(b))
	}
	columns := make([]column, cols)
	for j := range columns {
		if err := columns[j].read(&r, int(rows)); err != nil {
			return "", err
		}
	}
	if r.err != nil || len(r.b) != 0 {
		return "", fmt.Errorf("%w: %d bytes left over", errPack, len(r.b))
	}
	nl := "\n"
	if flags&flagCRLF != 0 {
		nl = "\r\n"
	}
	size := len(header) + int(rows)*(int(cols)-1+len(nl))
	if flags&flagEndsNL == 0 {
		size -= len(nl)
	}
	for j := range columns {
		size += columns[j].size
		if size > max {
			return "", fmt.Errorf("%w: the table would take more than %d bytes", ErrTooLarge, max)
		}
	}
	out := make([]byte, 0, size)
	out = append(out, header...)
	for i := range int(rows) {
		out = append(out, nl...)
		for j := range columns {
			if j > 0 {
				out = append(out, sep)
			}
			out = columns[j].appendRow(out, i)
		}
	}
	if flags&flagEndsNL != 0 {
		out = append(out, nl...)
	}
	return string(out), nil
}

// column is one decoded column: its kind and cells, and the bytes its
// cells take in the text.
type column struct {
	kind  byte
	scale int
	lo    int64
	vals  []uint64 // numbers: 0 empty, else k-lo+1; labels: indexes
	texts []string // texts: the cells; labels: the list
	size  int
}

func (c *column) read(r *reader, rows int) error {
	c.kind = r.byte()
	switch c.kind {
	case colText:
		c.texts = make([]string, 0, min(rows, len(r.b)))
		for range rows {
			s := r.string()
			c.size += len(s)
			c.texts = append(c.texts, s)
			if r.err != nil {
				return r.err
			}
		}
		return nil
	case colShort, colFixed:
		scale, lo, width := r.uvarint(), r.varint(), int(r.byte())
		if r.err != nil || scale > maxDigits || width < 1 || width > 62 || lo <= -1e18 || lo >= 1e18 {
			return fmt.Errorf("%w: scale %d, width %d", errPack, scale, width)
		}
		c.scale, c.lo = int(scale), lo
		if err := c.readBits(r, rows, width); err != nil {
			return err
		}
		var buf [2 * (maxDigits + 2)]byte
		for _, v := range c.vals {
			if k := lo + int64(v) - 2; v > 1 && k >= 1e18 { // |lo| < 10¹⁸, v < 2⁶²: no overflow
				return fmt.Errorf("%w: a number out of range", errPack)
			}
			c.size += len(c.appendCell(buf[:0], v))
		}
		return nil
	case colLabels:
		n := r.uvarint()
		if r.err != nil || n == 0 || n > maxLabels {
			return fmt.Errorf("%w: %d labels", errPack, n)
		}
		c.texts = make([]string, n)
		for i := range c.texts {
			if c.texts[i] = r.string(); len(c.texts[i]) > maxLabel {
				return fmt.Errorf("%w: a label of %d bytes", errPack, len(c.texts[i]))
			}
		}
		width := int(r.byte())
		if r.err != nil || width < 1 || width > 8 {
			return fmt.Errorf("%w: label width %d", errPack, width)
		}
		if err := c.readBits(r, rows, width); err != nil {
			return err
		}
		for _, v := range c.vals {
			if v >= n {
				return fmt.Errorf("%w: label %d of %d", errPack, v, n)
			}
			c.size += len(c.texts[v])
		}
		return nil
	}
	return fmt.Errorf("%w: column kind %d", errPack, c.kind)
}

// readBits reads rows values of width bits, padded to a byte.
func (c *column) readBits(r *reader, rows, width int) error {
	n := (rows*width + 7) / 8
	if r.err != nil || n > len(r.b) {
		return fmt.Errorf("%w: %d values of %d bits in %d bytes", errPack, rows, width, len(r.b))
	}
	br := bitReader{b: r.b[:n]}
	r.b = r.b[n:]
	c.vals = make([]uint64, rows)
	for i := range c.vals {
		c.vals[i] = br.read(width)
	}
	return nil
}

// appendRow appends the column's cell of row i.
func (c *column) appendRow(dst []byte, i int) []byte {
	switch c.kind {
	case colText:
		return append(dst, c.texts[i]...)
	case colLabels:
		return append(dst, c.texts[c.vals[i]]...)
	}
	return c.appendCell(dst, c.vals[i])
}

// appendCell appends the number coded v (0 empty, 1 minus zero).
func (c *column) appendCell(dst []byte, v uint64) []byte {
	switch v {
	case 0:
		return dst
	case 1:
		return formatMinusZero(dst, c.scale, c.kind == colFixed)
	}
	return formatNumber(dst, c.lo+int64(v)-2, c.scale, c.kind == colFixed)
}

// reader reads a packed table; its first error sticks.
type reader struct {
	b   []byte
	err error
}

func (r *reader) fail() { r.err, r.b = errPack, nil }

func (r *reader) byte() byte {
	if len(r.b) == 0 {
		r.fail()
		return 0
	}
	v := r.b[0]
	r.b = r.b[1:]
	return v
}

func (r *reader) uvarint() uint64 {
	v, n := binary.Uvarint(r.b)
	if n <= 0 {
		r.fail()
		return 0
	}
	r.b = r.b[n:]
	return v
}

func (r *reader) varint() int64 {
	v, n := binary.Varint(r.b)
	if n <= 0 {
		r.fail()
		return 0
	}
	r.b = r.b[n:]
	return v
}

func (r *reader) string() string {
	n := r.uvarint()
	if r.err != nil || n > uint64(len(r.b)) {
		r.fail()
		return ""
	}
	s := string(r.b[:n])
	r.b = r.b[n:]
	return s
}

// bitWriter packs values LSB first.
type bitWriter struct {
	out  []byte
	acc  uint64
	nacc int
}

func (w *bitWriter) write(v uint64, width int) {
	for width > 0 {
		take := min(width, 64-w.nacc, 8)
		w.acc |= (v & (1<<take - 1)) << w.nacc
		w.nacc += take
		v >>= take
		width -= take
		for w.nacc >= 8 {
			w.out = append(w.out, byte(w.acc))
			w.acc >>= 8
			w.nacc -= 8
		}
	}
}

func (w *bitWriter) bytes() []byte {
	if w.nacc > 0 {
		w.out = append(w.out, byte(w.acc))
		w.acc, w.nacc = 0, 0
	}
	return w.out
}

// bitReader reads what bitWriter wrote; past the end it reads zeros.
type bitReader struct {
	b   []byte
	pos int // in bits
}

func (r *bitReader) read(width int) uint64 {
	var v uint64
	for i := 0; i < width; i++ {
		p := r.pos + i
		if p/8 < len(r.b) && r.b[p/8]>>(p%8)&1 != 0 {
			v |= 1 << i
		}
	}
	r.pos += width
	return v
}
