package data

import (
	"errors"
	"math"
	"strconv"
)

// cellStatus is what a single trimmed cell holds.
type cellStatus uint8

const (
	stMissing   cellStatus = iota // empty, NA, N/A, NaN, nan, ?, null, NULL, None, a dash, .., #N/A and Excel's errors
	stNumber                      // a finite number
	stNonFinite                   // inf, -Infinity, 1e999: looks like a number but is not finite
	stWord                        // anything else
)

// isMissing reports whether s is one of the tokens that mean "no value".
func isMissing(s string) bool {
	switch s {
	case "", "NA", "N/A", "n/a", "na", "NaN", "nan", "NAN", "?", "null", "NULL", "Null", "None", "none",
		"-", "–", "—", "..", "n.a.", "N.A.", // published tables' marks for no value
		"#N/A", "#NA", "#DIV/0!", "#VALUE!", "#REF!", "#NUM!", "#NAME?", "#NULL!": // spreadsheets' errors
		return true
	}
	return false
}

// IsMissing reports whether a trimmed cell means "no value": empty, NA,
// N/A, NaN, ?, null, None and their spellings in other cases, a dash
// (-, –, —), "..", n.a., and a spreadsheet's error values (#N/A, #DIV/0!,
// #VALUE!, #REF!, #NUM!, #NAME?, #NULL!).
func IsMissing(s string) bool { return isMissing(s) }

// parseCell classifies a trimmed cell and returns its value when it is a
// finite number. strconv.ParseFloat accepts "inf" and "NaN"; both are
// handled here: NaN spellings are missing, infinities are stNonFinite.
func parseCell(s string) (float64, cellStatus) {
	if isMissing(s) {
		return 0, stMissing
	}
	switch c := s[0]; {
	case c >= '0' && c <= '9', c == '+', c == '-', c == '.', c == 'i', c == 'I', c == 'n', c == 'N':
	default:
		return 0, stWord // fast path: ParseFloat would allocate an error
	}
	if !decimal(s) {
		return 0, stWord // Go's literals (1_000, 0x1p-2) are not numbers in a table
	}
	v, err := strconv.ParseFloat(s, 64)
	if err != nil {
		var ne *strconv.NumError
		if errors.As(err, &ne) && ne.Err == strconv.ErrRange {
			if math.IsInf(v, 0) {
				return 0, stNonFinite
			}
			return v, stNumber // underflow to zero or a subnormal
		}
		return 0, stWord
	}
	if math.IsNaN(v) {
		return 0, stMissing
	}
	if math.IsInf(v, 0) {
		return 0, stNonFinite
	}
	return v, stNumber
}

// decimal reports whether s is written with the characters of a decimal
// number (digits, a sign, a point, an exponent) or is a word for infinity
// or NaN: strconv.ParseFloat also reads digit separators (1_0.5) and
// hexadecimal floats (0x1p-2), which no spreadsheet writes.
func decimal(s string) bool {
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c == '_', c == 'x', c == 'X':
			return false
		}
	}
	return true
}
