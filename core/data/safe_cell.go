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
	if s == "" || !strings.ContainsRune("=+-@\t\r", rune(s[0])) {
		return s
	}
	if _, err := strconv.ParseFloat(s, 64); err == nil {
		return s
	}
	return "'" + s
}
