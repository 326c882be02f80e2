package web

import (
	"github.com/nnplayground/playground/core/exercise/rules"
	"math"
	"strconv"
)

// plain formats v as plain decimal text (never exponent notation) with sig
// significant digits, as the class check's table does (rules.Plain).
func plain(v float64, sig int) string { return rules.Plain(v, sig) }

// full formats v with every digit needed to read it back exactly.
func full(v float64) string {
	return strconv.FormatFloat(v, 'g', -1, 64)
}

// short formats v compactly for labels and tooltips (4 significant digits).
func short(v float64) string {
	if v != 0 && (math.Abs(v) < 1e-3 || math.Abs(v) >= 1e6) {
		return strconv.FormatFloat(v, 'g', 4, 64)
	}
	return plain(v, 4)
}

// parseFloat reads a finite number typed by the user.
func parseFloat(s string) (float64, bool) {
	v, err := strconv.ParseFloat(s, 64)
	if err != nil || math.IsNaN(v) || math.IsInf(v, 0) {
		return 0, false
	}
	return v, true
}

func itoa(i int) string { return strconv.Itoa(i) }
