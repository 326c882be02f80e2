package rules

import (
	"math"
	"strconv"
)

// MetricText formats a metric or a loss as the page's readouts show it:
// Plain with 6 significant digits, so 0.7521739130434782 reads 0.752174.
// The class check's table and its CSV use it.
func MetricText(v float64) string { return Plain(v, 6) }

// Plain formats v as plain decimal text (never exponent notation) with sig
// significant digits; NaN and infinities as "NaN", "Infinity",
// "-Infinity". The page's readouts use it too.
func Plain(v float64, sig int) string {
	switch {
	case math.IsNaN(v):
		return "NaN"
	case math.IsInf(v, 1):
		return "Infinity"
	case math.IsInf(v, -1):
		return "-Infinity"
	case v == 0:
		return "0"
	}
	d := sig - 1 - int(math.Floor(math.Log10(math.Abs(v))))
	if d < 0 {
		d = 0
	}
	return strconv.FormatFloat(v, 'f', d, 64)
}
