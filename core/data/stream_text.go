package data

import (
	"bufio"
	"io"
	"unicode/utf8"
)

// textEncoding is how DecodeText reads a file's bytes.
type textEncoding uint8

const (
	encUTF8 textEncoding = iota
	enc1252
	encUTF16LE
	encUTF16BE
)

// textFacts is what scanText learns of a file's bytes in one pass: how
// DecodeText reads them, the length of the text, and whether it has line
// feeds and carriage returns (Parse reads a text of carriage returns alone
// as lines).
type textFacts struct {
	enc          textEncoding
	size         int64 // bytes of the decoded text
	hasLF, hasCR bool
}

// scanText reads r to its end and returns its textFacts, allocating a
// fixed buffer.
func scanText(r io.Reader) (textFacts, error) {
	br := bufio.NewReaderSize(r, 64<<10)
	if bom, _ := br.Peek(2); len(bom) == 2 && (bom[0] == 0xff && bom[1] == 0xfe || bom[0] == 0xfe && bom[1] == 0xff) {
		f := textFacts{enc: encUTF16LE}
		if bom[0] == 0xfe {
			f.enc = encUTF16BE
		}
		br.Discard(2)
		buf := make([]byte, 32<<10)
		d := &utf16Reader{r: br, big: f.enc == encUTF16BE}
		for {
			n, err := d.Read(buf)
			f.add(buf[:n])
			f.size += int64(n)
			if err == io.EOF {
				return f, nil
			}
			if err != nil {
				return f, err
			}
		}
	}
	var f textFacts
	valid := true
	var size1252 int64
	buf := make([]byte, 64<<10)
	var carry []byte // the start of a character cut by the end of a read
	for {
		n, err := br.Read(buf[len(carry):])
		block := buf[:len(carry)+n]
		f.add(block[len(carry):])
		for _, c := range block[len(carry):] {
			size1252 += int64(len1252(c))
		}
		f.size += int64(n)
		cut := len(block)
		if err != io.EOF {
			for k := 1; k <= utf8.UTFMax-1 && k <= len(block); k++ {
				if c := block[len(block)-k]; utf8.RuneStart(c) {
					if !utf8.FullRune(block[len(block)-k:]) {
						cut = len(block) - k
					}
					break
				}
			}
		}
		valid = valid && utf8.Valid(block[:cut])
		carry = append(buf[:0:0], block[cut:]...)
		copy(buf, carry)
		if err == io.EOF {
			if !valid {
				f.enc, f.size = enc1252, size1252
			}
			return f, nil
		}
		if err != nil {
			return f, err
		}
	}
}

// add notes the line ends of a piece of text.
func (f *textFacts) add(b []byte) {
	for _, c := range b {
		switch c {
		case '\n':
			f.hasLF = true
		case '\r':
			f.hasCR = true
		}
	}
}

// len1252 is the length in UTF-8 of the Windows-1252 byte c.
func len1252(c byte) int { return utf8.RuneLen(rune1252(c)) }

// textReader returns the text of the bytes r gives as DecodeText reads
// them, knowing their facts, without the byte order mark Parse drops, and
// with carriage returns made line feeds when the text has no line feed
// (as Parse does).
func textReader(r io.Reader, f textFacts) io.Reader {
	br := bufio.NewReaderSize(r, 64<<10)
	switch f.enc {
	case encUTF16LE, encUTF16BE:
		br.Discard(2)
		br = bufio.NewReaderSize(&utf16Reader{r: br, big: f.enc == encUTF16BE}, 64<<10)
	case enc1252:
		br = bufio.NewReaderSize(&cp1252Reader{r: br}, 64<<10)
	}
	if bom, _ := br.Peek(3); string(bom) == "\ufeff" {
		br.Discard(3)
	}
	if f.hasCR && !f.hasLF {
		return &crReader{r: br}
	}
	return br
}

// cp1252Reader reads Windows-1252 bytes as UTF-8 text (DecodeText).
type cp1252Reader struct {
	r   io.Reader
	in  []byte
	out []byte // decoded, not yet read
	err error
}

func (d *cp1252Reader) Read(p []byte) (int, error) {
	for len(d.out) == 0 {
		if d.err != nil {
			return 0, d.err
		}
		if d.in == nil {
			d.in = make([]byte, 16<<10)
		}
		n, err := d.r.Read(d.in)
		d.err = err
		out := d.out[:0]
		for _, c := range d.in[:n] {
			out = utf8.AppendRune(out, rune1252(c))
		}
		d.out = out
	}
	n := copy(p, d.out)
	d.out = d.out[n:]
	return n, nil
}

// utf16Reader reads UTF-16 code units (after the byte order mark) as
// UTF-8 text, as decodeUTF16 does: unpaired surrogates and an odd last
// byte become U+FFFD.
type utf16Reader struct {
	r    *bufio.Reader
	big  bool // big-endian
	out  []byte
	done bool
	next int // a unit read ahead, or -1
	init bool
}

// unit returns the next code unit, or -1 at the end; an odd last byte is
// -2.
func (d *utf16Reader) unit() int {
	if d.init && d.next != -1 {
		u := d.next
		d.next = -1
		return u
	}
	d.init, d.next = true, -1
	a, err := d.r.ReadByte()
	if err != nil {
		return -1
	}
	b, err := d.r.ReadByte()
	if err != nil {
		return -2
	}
	if d.big {
		return int(a)<<8 | int(b)
	}
	return int(b)<<8 | int(a)
}

func (d *utf16Reader) Read(p []byte) (int, error) {
	for len(d.out) == 0 {
		if d.done {
			return 0, io.EOF
		}
		out := d.out[:0]
		for len(out) < 4<<10 {
			u := d.unit()
			if u == -1 {
				d.done = true
				break
			}
			if u == -2 {
				out = utf8.AppendRune(out, utf8.RuneError)
				d.done = true
				break
			}
			r := rune(u)
			switch {
			case 0xd800 <= u && u < 0xdc00:
				if v := d.unit(); 0xdc00 <= v && v < 0xe000 {
					r = 0x10000 + (rune(u)-0xd800)<<10 + (rune(v) - 0xdc00)
				} else {
					r, d.next = utf8.RuneError, v // v is read again
				}
			case 0xdc00 <= u && u < 0xe000:
				r = utf8.RuneError
			}
			out = utf8.AppendRune(out, r)
		}
		d.out = out
	}
	n := copy(p, d.out)
	d.out = d.out[n:]
	return n, nil
}

// crReader reads carriage returns as line feeds.
type crReader struct{ r io.Reader }

func (c *crReader) Read(p []byte) (int, error) {
	n, err := c.r.Read(p)
	for i, b := range p[:n] {
		if b == '\r' {
			p[i] = '\n'
		}
	}
	return n, err
}
