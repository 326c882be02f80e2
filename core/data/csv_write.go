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
// lines.) It does not escape formulas: see SafeCell and AppendSafeRecord.
// It is the one CSV writer of the engine, the page and nnplay: predictions
// (nn.AppendPredictionsCSV), the history's header (nn.AppendHistoryCSV),
// the class check's table
// (rules.AppendCheckCSV), the row inspector's row (view.PrepareRow)
// and nnplay's split files.
func AppendCSVRecord(dst []byte, fields []string) []byte { return appendRecord(dst, fields, false) }

// appendRecord is AppendCSVRecord, with each field made safe by SafeCell
// first when safe is set.
func appendRecord(dst []byte, fields []string, safe bool) []byte {
	for i, f := range fields {
		if i > 0 {
			dst = append(dst, ',')
		}
		if safe {
			f = SafeCell(f)
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

// AppendSafeRecord is AppendCSVRecord of fields each made safe from a
// spreadsheet's formulas by SafeCell: the records of the files a user
// opens in a spreadsheet (predictions, the class table).
func AppendSafeRecord(dst []byte, fields []string) []byte { return appendRecord(dst, fields, true) }
