package data

import (
	"strconv"
	"strings"
)

// Numbers written for people rather than machines: spreadsheets export
// "1.234,5" (a decimal comma, usual with ';' between fields), "1,200"
// (thousands), "$3.50", "12,50 €" and "15%". readFormatted reads such cells
// as numbers when most of a column's non-numeric cells are written so, and
// rewrites them as plain numbers ("1234.5", "1200", "3.5", "12.5", "15": a
// percentage is read as the number before its sign).

// readFormatted converts, column by column, the word cells of records
// 1.. (below a possible header) that parseFormatted reads, when they are
// at least half of the column's word cells; the first record's cells are
// converted too when they read. commaFirst is true when fields are not
// separated by commas: a column is then read with decimal commas when
// that reads it, else with decimal points ("2,782.9" in a tab-separated
// file). It returns the columns converted.
func (t *Table) readFormatted(stat []cellStatus, commaFirst bool) []int {
	cols := t.cols
	var done []int
	for c := range cols {
		var f formatCount
		for i := cols + c; i < len(stat); i += cols {
			f.add(t.cells[i], stat[i], commaFirst)
		}
		decimalComma, ok := f.convention(commaFirst)
		if !ok {
			continue
		}
		t.convertColumn(stat, c, decimalComma, decimalComma && f.commas)
		done = append(done, c)
	}
	return done
}

// formatCount counts a column's word cells (below a possible header) and
// those parseFormatted reads, with a decimal point and with a decimal
// comma.
type formatCount struct {
	words  int
	point  int  // cells read with a decimal point (thousands grouped by commas)
	comma  int  // cells read with a decimal comma (thousands grouped by dots or spaces)
	commas bool // a decimal comma was read
}

// add counts a cell; commaToo says to try the decimal comma too.
func (f *formatCount) add(cell string, st cellStatus, commaToo bool) {
	if st != stWord {
		return
	}
	f.words++
	if _, _, good := parseFormatted(cell, false); good {
		f.point++
	}
	if !commaToo {
		return
	}
	if _, dc, good := parseFormatted(cell, true); good {
		f.comma++
		f.commas = f.commas || dc
	}
}

// read returns the word cells read with a decimal comma, or with a
// decimal point.
func (f *formatCount) read(decimalComma bool) int {
	if decimalComma {
		return f.comma
	}
	return f.point
}

// convention reports whether the column's formatted numbers are read (at
// least half of its word cells read) and whether with a decimal comma:
// with commaFirst, the decimal comma when it reads them, else the point.
func (f *formatCount) convention(commaFirst bool) (decimalComma, ok bool) {
	switch {
	case f.words == 0:
		return false, false
	case commaFirst && 2*f.read(true) >= f.words:
		return true, true
	}
	return false, 2*f.read(false) >= f.words
}

// convertColumn rewrites the cells of column c that parseFormatted reads
// as plain numbers, and, when the column has decimal commas (commas), its
// numbers whose dots group thousands.
func (t *Table) convertColumn(stat []cellStatus, c int, decimalComma, commas bool) {
	for i := c; i < len(stat); i += t.cols {
		s := t.cells[i]
		switch stat[i] {
		case stWord:
			v, _, good := parseFormatted(s, decimalComma)
			if !good {
				continue
			}
			stat[i] = stNumber
			t.cells[i] = strconv.FormatFloat(v, 'g', -1, 64)
		case stNumber:
			// With decimal commas, a dot groups thousands: 1.000 is a thousand.
			if !commas || !grouped(strings.TrimLeft(s, "+-"), '.') {
				continue
			}
			v, err := strconv.ParseFloat(strings.ReplaceAll(s, ".", ""), 64)
			if err != nil {
				continue
			}
			t.cells[i] = strconv.FormatFloat(v, 'g', -1, 64)
		}
	}
}

// parseFormatted reads s as a number with an optional sign, currency sign
// ($ € £ ¥ ₹, before or after) or trailing percent sign, thousands grouped
// by commas (or, with decimalComma, by dots or spaces) and, with
// decimalComma, a decimal comma. It reports whether a decimal comma was
// read, and whether s is such a number.
func parseFormatted(s string, decimalComma bool) (v float64, comma, ok bool) {
	s = strings.TrimSpace(s)
	s = strings.TrimSpace(strings.TrimSuffix(s, "%"))
	neg := false
	sign := func() {
		for _, p := range []string{"-", "−", "+"} {
			if r, found := strings.CutPrefix(s, p); found {
				neg, s = neg || p != "+", strings.TrimSpace(r)
				return
			}
		}
	}
	sign()
	for _, cur := range []string{"$", "€", "£", "¥", "₹"} {
		if r, found := strings.CutPrefix(s, cur); found {
			s = strings.TrimSpace(r)
			break
		}
		if r, found := strings.CutSuffix(s, cur); found {
			s = strings.TrimSpace(r)
			break
		}
	}
	sign()
	if s == "" || s[0] < '0' || s[0] > '9' {
		return 0, false, false
	}
	intPart, frac, hasFrac := s, "", false
	dec, group := byte('.'), byte(',')
	if decimalComma {
		dec, group = ',', '.'
		s = strings.ReplaceAll(strings.ReplaceAll(s, "\u00a0", " "), "\u202f", " ") // no-break spaces
		if strings.Contains(s, " ") {
			if strings.Contains(s, ".") {
				return 0, false, false
			}
			s = strings.ReplaceAll(s, " ", ".")
		}
		intPart = s
	}
	if i := strings.IndexByte(s, dec); i >= 0 {
		intPart, frac, hasFrac = s[:i], s[i+1:], true
	}
	if hasFrac && (frac == "" || strings.Trim(frac, "0123456789") != "") {
		return 0, false, false
	}
	if strings.IndexByte(intPart, group) >= 0 {
		if !grouped(intPart, group) {
			return 0, false, false
		}
		intPart = strings.ReplaceAll(intPart, string(group), "")
	}
	if strings.Trim(intPart, "0123456789") != "" {
		return 0, false, false
	}
	plain := intPart
	if hasFrac {
		plain += "." + frac
	}
	v, err := strconv.ParseFloat(plain, 64)
	if err != nil {
		return 0, false, false
	}
	if neg {
		v = -v
	}
	return v, decimalComma && hasFrac, true
}

// grouped reports whether s is digits in groups of three after the first
// group of one to three, separated by sep: 1,234,567.
func grouped(s string, sep byte) bool {
	parts := strings.Split(s, string(sep))
	if len(parts) < 2 || len(parts[0]) < 1 || len(parts[0]) > 3 {
		return false
	}
	for i, p := range parts {
		if (i > 0 && len(p) != 3) || strings.Trim(p, "0123456789") != "" {
			return false
		}
	}
	return true
}
