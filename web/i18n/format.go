package i18n

import (
	"github.com/nnplayground/playground/core/exercise/rules"
	"math"
	"strconv"
)

// Plain formats v as plain decimal text (never exponent notation) with sig
// significant digits, as the class check's table does (rules.Plain).
func Plain(v float64, sig int) string { return rules.Plain(v, sig) }

// Full formats v with every digit needed to read it back exactly.
func Full(v float64) string {
	return strconv.FormatFloat(v, 'g', -1, 64)
}

// Short formats v compactly for labels and tooltips (4 significant digits).
func Short(v float64) string {
	if v != 0 && (math.Abs(v) < 1e-3 || math.Abs(v) >= 1e6) {
		return strconv.FormatFloat(v, 'g', 4, 64)
	}
	return Plain(v, 4)
}

// ParseFloat reads a finite number typed by the user.
func ParseFloat(s string) (float64, bool) {
	v, err := strconv.ParseFloat(s, 64)
	if err != nil || math.IsNaN(v) || math.IsInf(v, 0) {
		return 0, false
	}
	return v, true
}

// Itoa is strconv.Itoa, short for the page's labels.
func Itoa(i int) string { return strconv.Itoa(i) }
