package export

import (
	"strconv"
	"strings"
)

// pyFloat formats v as a Python float literal that reads back as the same
// float64 (shortest exact decimal, as encoding/json writes).
func pyFloat(v float64) string {
	s := strconv.FormatFloat(v, 'g', -1, 64)
	if !strings.ContainsAny(s, ".eEn") {
		s += ".0"
	}
	return s
}

// pyFloats formats v as a Python list of floats, wrapping lines every
// perLine values.
func pyFloats(v []float64, perLine int) string {
	var b strings.Builder
	b.WriteByte('[')
	for i, x := range v {
		if i > 0 {
			b.WriteString(", ")
			if perLine > 0 && i%perLine == 0 {
				b.WriteString("\n    ")
			}
		}
		b.WriteString(pyFloat(x))
	}
	b.WriteByte(']')
	return b.String()
}

// pyInts formats v as a Python list of ints.
func pyInts(v []int) string {
	var b strings.Builder
	b.WriteByte('[')
	for i, x := range v {
		if i > 0 {
			b.WriteString(", ")
			if i%24 == 0 {
				b.WriteString("\n    ")
			}
		}
		b.WriteString(strconv.Itoa(x))
	}
	b.WriteByte(']')
	return b.String()
}

// pyStr formats s as a Python string literal.
func pyStr(s string) string {
	// strconv.Quote's escapes (\n, \t, \", \\, \xNN, \uNNNN, \UNNNNNNNN)
	// are all valid in Python 3 string literals.
	return strconv.Quote(s)
}

func pyStrs(v []string) string {
	q := make([]string, len(v))
	for i, s := range v {
		q[i] = pyStr(s)
	}
	return "[" + strings.Join(q, ", ") + "]"
}

func pyBools(v []bool) string {
	q := make([]string, len(v))
	for i, b := range v {
		q[i] = "False"
		if b {
			q[i] = "True"
		}
	}
	return "[" + strings.Join(q, ", ") + "]"
}
