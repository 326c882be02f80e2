package data

import (
	"strings"
	"unicode/utf16"
	"unicode/utf8"
)

// DecodeText returns the text of a file's bytes as the page's file reader
// (web/static/glue.js, the browser's TextDecoder) reads it, so that the
// page and the command line see the same table: UTF-16 after its byte
// order mark (Excel's "Unicode text"), UTF-8 when the bytes are valid
// UTF-8, and otherwise Windows-1252, the code page in which spreadsheets
// on Windows save CSV (ä, é, ß, €). As in TextDecoder, the five bytes that
// Windows-1252 leaves undefined become the C1 controls of the same number.
func DecodeText(b []byte) string {
	switch {
	case len(b) >= 2 && b[0] == 0xff && b[1] == 0xfe:
		return decodeUTF16(b[2:], func(p []byte) uint16 { return uint16(p[0]) | uint16(p[1])<<8 })
	case len(b) >= 2 && b[0] == 0xfe && b[1] == 0xff:
		return decodeUTF16(b[2:], func(p []byte) uint16 { return uint16(p[1]) | uint16(p[0])<<8 })
	case utf8.Valid(b):
		return string(b)
	}
	var sb strings.Builder
	sb.Grow(len(b) + len(b)/8)
	for _, c := range b {
		sb.WriteRune(rune1252(c))
	}
	return sb.String()
}

// rune1252 is the character of the Windows-1252 byte c: ASCII below 0x80,
// cp1252's table to 0x9F, Latin-1 from 0xA0.
func rune1252(c byte) rune {
	if 0x80 <= c && c < 0xa0 {
		return cp1252[c-0x80]
	}
	return rune(c)
}

// decodeUTF16 decodes b as UTF-16 code units read by unit; an odd last
// byte and unpaired surrogates become U+FFFD.
func decodeUTF16(b []byte, unit func([]byte) uint16) string {
	u := make([]uint16, 0, len(b)/2)
	for i := 0; i+1 < len(b); i += 2 {
		u = append(u, unit(b[i:]))
	}
	s := string(utf16.Decode(u))
	if len(b)%2 == 1 {
		s += "\ufffd"
	}
	return s
}

// cp1252 maps the bytes 0x80–0x9F of Windows-1252 to Unicode (the WHATWG
// Encoding Standard's index, which TextDecoder uses).
var cp1252 = [32]rune{
	0x20ac, 0x0081, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021,
	0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008d, 0x017d, 0x008f,
	0x0090, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014,
	0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, 0x009d, 0x017e, 0x0178,
}
