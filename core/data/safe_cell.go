package data

import (
	"strconv"
	"strings"
)

// SafeCell returns a cell for a CSV file that a spreadsheet shows as text:
// a cell starting with =, +, -, @, a tab or a carriage return that is not a
// plain number gets a leading apostrophe, as OWASP advises against formula
// injection ("=HYPERLINK(…)" becomes "'=HYPERLINK(…)"; "-0.5" stays). Other
// cells are returned unchanged.
func SafeCell(s string) string {
	if s == "" || !strings.ContainsRune("=+-@\t\r", rune(s[0])) || isPlainNumber(s) {
		return s
	}
	return "'" + s
}

// isPlainNumber reports whether s is a finite decimal number such as -1.5,
// +2e-3 or -1,5 (a single decimal comma): digits, signs, '.', ',', 'e' and
// 'E' only (no "Inf", "NaN", hexadecimal or underscores), that
// strconv.ParseFloat reads.
func isPlainNumber(s string) bool {
	if strings.Trim(s, "0123456789+-.,eE") != "" {
		return false
	}
	if strings.Count(s, ",") == 1 && !strings.Contains(s, ".") {
		s = strings.Replace(s, ",", ".", 1)
	}
	_, err := strconv.ParseFloat(s, 64)
	return err == nil
}
