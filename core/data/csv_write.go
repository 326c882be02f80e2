package data

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// AppendCSVRecord appends one CSV record as encoding/csv's Writer writes
// it: fields with a comma, a quote, a line break or a leading space, and
// `\.`, quoted, with quotes doubled; "\n" after the record. (The Writer
// and its bufio.Writer would cost the trainer's binary more than these
// lines.) It does not escape formulas: see SafeCell.
func AppendCSVRecord(dst []byte, fields []string) []byte {
	for i, f := range fields {
		if i > 0 {
			dst = append(dst, ',')
		}
		r, _ := utf8.DecodeRuneInString(f)
		if f == "" || !strings.ContainsAny(f, ",\"\r\n") && !unicode.IsSpace(r) && f != `\.` {
			dst = append(dst, f...)
			continue
		}
		dst = append(dst, '"')
		for j := range len(f) {
			if f[j] == '"' {
				dst = append(dst, '"')
			}
			dst = append(dst, f[j])
		}
		dst = append(dst, '"')
	}
	return append(dst, '\n')
}
