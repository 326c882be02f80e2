package link

import "strings"

// digitsOf reads a decimal number "-12.5": its integer and fraction digit
// counts; ok is false for anything else or more than maxDigits digits.
func digitsOf(c string) (whole, frac int, ok bool) {
	s := strings.TrimPrefix(c, "-")
	w, f, dot := strings.Cut(s, ".")
	if w == "" || dot && f == "" || len(w)+len(f) > maxDigits {
		return 0, 0, false
	}
	for _, r := range w + f {
		if r < '0' || r > '9' {
			return 0, 0, false
		}
	}
	return len(w), len(f), true
}

// parseNumber returns the decimal number c times 10^scale as an integer.
func parseNumber(c string, scale int) (int64, bool) {
	neg := strings.HasPrefix(c, "-")
	w, f, _ := strings.Cut(strings.TrimPrefix(c, "-"), ".")
	if len(w)+scale > maxDigits {
		return 0, false
	}
	var k int64
	for _, r := range w + f + strings.Repeat("0", scale-len(f)) {
		k = 10*k + int64(r-'0')
	}
	if neg {
		k = -k
	}
	return k, true
}

// formatNumber appends k·10^-scale in decimal: with exactly scale decimals
// when fixed, else without trailing zeros (and without a point for a
// whole number).
func formatNumber(dst []byte, k int64, scale int, fixed bool) []byte {
	if k < 0 {
		dst = append(dst, '-')
	}
	a := uint64(k)
	if k < 0 {
		a = -a
	}
	p := uint64(1)
	for range scale {
		p *= 10
	}
	dst = appendUint(dst, a/p)
	frac := a % p
	if scale == 0 || !fixed && frac == 0 {
		return dst
	}
	var buf [maxDigits + 1]byte
	digits := appendUint(buf[:0], frac)
	dst = append(dst, '.')
	for range scale - len(digits) {
		dst = append(dst, '0')
	}
	if !fixed {
		for digits[len(digits)-1] == '0' {
			digits = digits[:len(digits)-1]
		}
	}
	return append(dst, digits...)
}

// formatMinusZero appends "-0" in the form formatNumber writes zero.
func formatMinusZero(dst []byte, scale int, fixed bool) []byte {
	return formatNumber(append(dst, '-'), 0, scale, fixed)
}

func appendUint(dst []byte, v uint64) []byte {
	var buf [20]byte
	i := len(buf)
	for {
		i--
		buf[i] = byte('0' + v%10)
		if v /= 10; v == 0 {
			break
		}
	}
	return append(dst, buf[i:]...)
}
