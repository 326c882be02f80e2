package link

import (
	"fmt"
	"strings"
)

// unpackTable gives back the text of a packed table, of at most max bytes.
// What it allocates is bounded by the size of b (every cell costs at
// least one bit, and a cell writes at most maxDigits+2 or maxLabel bytes,
// or its own bytes) and by max: the text's length is known before it is
// written, and it is written once, without keeping the columns' values
// (each column reads its bits again as the rows are written).
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
	var out strings.Builder
	out.Grow(size)
	out.WriteString(header)
	var cell []byte
	for i := range int(rows) {
		out.WriteString(nl)
		for j := range columns {
			if j > 0 {
				out.WriteByte(sep)
			}
			cell = columns[j].appendNext(cell[:0], i)
			out.Write(cell)
		}
	}
	if flags&flagEndsNL != 0 {
		out.WriteString(nl)
	}
	return out.String(), nil
}

// column is one decoded column: its kind and cells, and the bytes its
// cells take in the text.
type column struct {
	kind  byte
	scale int
	lo    int64
	bits  bitReader // numbers: 0 empty, else k-lo+1; labels: indexes
	width int       // bits of a value in bits
	texts []string  // texts: the cells; labels: the list
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
		br := c.bits
		for range rows {
			v := br.read(width)
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
		br := c.bits
		for range rows {
			v := br.read(width)
			if v >= n {
				return fmt.Errorf("%w: label %d of %d", errPack, v, n)
			}
			c.size += len(c.texts[v])
		}
		return nil
	}
	return fmt.Errorf("%w: column kind %d", errPack, c.kind)
}

// readBits takes rows values of width bits, padded to a byte, for the
// column to read as its rows are written.
func (c *column) readBits(r *reader, rows, width int) error {
	n := (rows*width + 7) / 8
	if r.err != nil || n > len(r.b) {
		return fmt.Errorf("%w: %d values of %d bits in %d bytes", errPack, rows, width, len(r.b))
	}
	c.bits, c.width = bitReader{b: r.b[:n]}, width
	r.b = r.b[n:]
	return nil
}

// appendNext appends the column's cell of row i; the rows are written in
// order, each once.
func (c *column) appendNext(dst []byte, i int) []byte {
	switch c.kind {
	case colText:
		return append(dst, c.texts[i]...)
	case colLabels:
		return append(dst, c.texts[c.bits.read(c.width)]...)
	}
	return c.appendCell(dst, c.bits.read(c.width))
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
