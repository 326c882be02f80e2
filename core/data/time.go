package data

import "math"

// Timestamps. Spec.Auto reads a categorical column whose every value is a
// date or a time of day on a date as a Timestamp column: its base value is
// the time in seconds since 1970-01-01 00:00 UTC, and its inputs are that
// time (in days) and, where they vary, some of its parts, in this order:
// "hour", "weekday" and "month" (timePart).

// Date layouts of a Timestamp column (FeatureColumn.Layout): year first
// (ISO 8601, the default), or year last with the month first (3/23/2019,
// as the US writes) or the day first (23/03/2019, 23.03.2019).
const (
	layoutISO = ""
	layoutMDY = "mdy"
	layoutDMY = "dmy"
	// layoutClock is a Timestamp column of times of day without a date
	// (14:30, 2:30 PM; Spec.Clock): its time is the seconds since midnight,
	// its one input the time in days (0 at midnight, 0.75 at 18:00).
	layoutClock = "clock"
)

// ValidLayout reports whether layout is a Timestamp column's Layout.
func ValidLayout(layout string) bool {
	switch layout {
	case layoutISO, layoutMDY, layoutDMY, layoutClock:
		return true
	}
	return false
}

// ValidPart reports whether part is one of a Timestamp column's Parts
// (timePart): "hour", "weekday" or "month".
func ValidPart(part string) bool { return part == "hour" || part == "weekday" || part == "month" }

// parseTime reads a date or a timestamp in the forms people paste:
// 2019-03-23 or 2019/03/23 (month and day of one or two digits), then
// optionally a 'T' or a space and hh:mm, hh:mm:ss or hh:mm:ss.fff, then
// optionally 'Z', " UTC" or an offset ±hh:mm or ±hhmm. It returns the
// seconds since 1970-01-01 00:00 UTC (a time without offset is taken as
// UTC).
func parseTime(s string) (sec float64, ok bool) { return parseTimeLayout(s, layoutISO) }

// parseTimeLayout is parseTime that also reads, in layout layoutMDY or
// layoutDMY, a date with the year last: 3/23/2019 or 23.03.2019 ('/', '.'
// or '-' between the fields), with the same optional time.
func parseTimeLayout(s, layout string) (sec float64, ok bool) {
	if layout == layoutClock {
		return parseClock(s)
	}
	p := timeParser{s: s}
	var y, m, d int
	if layout != layoutISO && len(s) > 2 && (s[1] < '0' || s[1] > '9' || s[2] < '0' || s[2] > '9') {
		a, ok1 := p.digits(1, 2)
		sep := p.peek()
		if !ok1 || (sep != '-' && sep != '/' && sep != '.') {
			return 0, false
		}
		p.i++
		b, ok2 := p.digits(1, 2)
		ok3 := p.byte(sep)
		yy, ok4 := p.digits(4, 4)
		if !ok2 || !ok3 || !ok4 {
			return 0, false
		}
		y, m, d = yy, a, b
		if layout == layoutDMY {
			m, d = b, a
		}
	} else {
		yy, ok1 := p.digits(4, 4)
		sep := p.peek()
		if !ok1 || (sep != '-' && sep != '/') {
			return 0, false
		}
		p.i++
		mm, ok2 := p.digits(1, 2)
		ok3 := p.byte(sep)
		dd, ok4 := p.digits(1, 2)
		if !ok2 || !ok3 || !ok4 {
			return 0, false
		}
		y, m, d = yy, mm, dd
	}
	if m < 1 || m > 12 || d < 1 || d > daysIn(y, m) {
		return 0, false
	}
	sec = float64(daysFromCivil(y, m, d)) * 86400
	if p.i == len(s) {
		return sec, true
	}
	if c := p.peek(); c != 'T' && c != ' ' {
		return 0, false
	}
	p.i++
	hh, mm, ss, frac, ok := p.clock(2, 60)
	if !ok {
		return 0, false
	}
	clock := float64(hh*3600+mm*60+ss) + frac
	switch p.peek() {
	case 0:
	case 'Z':
		p.i++
	case ' ':
		if p.s[p.i:] != " UTC" {
			return 0, false
		}
		p.i = len(p.s)
	case '+', '-':
		sign := 1
		if p.peek() == '-' {
			sign = -1
		}
		p.i++
		oh, ok1 := p.digits(2, 2)
		if p.peek() == ':' {
			p.i++
		}
		om, ok2 := p.digits(2, 2)
		if !ok1 || !ok2 || oh > 23 || om > 59 {
			return 0, false
		}
		clock -= float64(sign * (oh*3600 + om*60))
	default:
		return 0, false
	}
	if p.i != len(s) {
		return 0, false
	}
	return sec + clock, true
}

// timeParser reads a string from left to right.
type timeParser struct {
	s string
	i int
}

// peek returns the next byte, or 0 at the end.
func (p *timeParser) peek() byte {
	if p.i < len(p.s) {
		return p.s[p.i]
	}
	return 0
}

// byte reads c.
func (p *timeParser) byte(c byte) bool {
	if p.peek() != c {
		return false
	}
	p.i++
	return true
}

// digits reads lo to hi decimal digits as a number.
func (p *timeParser) digits(lo, hi int) (int, bool) {
	n, k := 0, 0
	for k < hi && p.i < len(p.s) && p.s[p.i] >= '0' && p.s[p.i] <= '9' {
		n = n*10 + int(p.s[p.i]-'0')
		p.i++
		k++
	}
	return n, k >= lo
}

// daysIn returns the number of days of month m of year y.
func daysIn(y, m int) int {
	switch m {
	case 2:
		if y%4 == 0 && (y%100 != 0 || y%400 == 0) {
			return 29
		}
		return 28
	case 4, 6, 9, 11:
		return 30
	}
	return 31
}

// daysFromCivil returns the days from 1970-01-01 to y-m-d in the
// proleptic Gregorian calendar (Howard Hinnant's days_from_civil).
func daysFromCivil(y, m, d int) int {
	if m <= 2 {
		y--
	}
	era := floorDiv(y, 400)
	yoe := y - era*400
	mp := (m + 9) % 12
	doy := (153*mp+2)/5 + d - 1
	doe := yoe*365 + yoe/4 - yoe/100 + doy
	return era*146097 + doe - 719468
}

// monthFromDays returns the month (1 to 12) of the day days after
// 1970-01-01.
func monthFromDays(days int) int {
	_, m, _ := civilFromDays(days)
	return m
}

// civilFromDays returns the year, month (1 to 12) and day of the month of
// the day days after 1970-01-01 (Howard Hinnant's civil_from_days).
func civilFromDays(days int) (y, m, d int) {
	z := days + 719468
	era := floorDiv(z, 146097)
	doe := z - era*146097
	yoe := (doe - doe/1460 + doe/36524 - doe/146096) / 365
	doy := doe - (365*yoe + yoe/4 - yoe/100)
	mp := (5*doy + 2) / 153
	d = doy - (153*mp+2)/5 + 1
	m = mp + 3
	if mp >= 10 {
		m = mp - 9
	}
	y = yoe + era*400
	if m <= 2 {
		y++
	}
	return y, m, d
}

func floorDiv(a, b int) int {
	q := a / b
	if a%b != 0 && (a < 0) != (b < 0) {
		q--
	}
	return q
}

// timePart returns part ("hour" 0–23, "weekday" 0–6 from Monday, "month"
// 1–12) of the time sec seconds after 1970-01-01 00:00 UTC.
func timePart(sec float64, part string) float64 {
	days := math.Floor(sec / 86400)
	switch part {
	case "hour":
		return math.Floor((sec - days*86400) / 3600)
	case "weekday":
		return float64(floorDiv(int(days)+3, 7)*-7 + int(days) + 3)
	case "month":
		return float64(monthFromDays(int(days)))
	}
	return 0
}

// yearLast reads the first two fields of a date with the year last
// (3/23/2019, 23.03.2019), for choosing a column's layout, and whether
// the separator is a dot.
func yearLast(s string) (a, b int, dot, ok bool) {
	p := timeParser{s: s}
	a, ok1 := p.digits(1, 2)
	sep := p.peek()
	if !ok1 || (sep != '-' && sep != '/' && sep != '.') {
		return 0, 0, false, false
	}
	p.i++
	b, ok2 := p.digits(1, 2)
	ok3 := p.byte(sep)
	_, ok4 := p.digits(4, 4)
	return a, b, sep == '.', ok2 && ok3 && ok4
}

// parseClock reads a time of day without a date: h:mm or hh:mm, then
// optionally :ss and .fff, then optionally AM or PM (in any case, after a
// space or not; the hour then 1 to 12). It returns the seconds since
// midnight.
func parseClock(s string) (sec float64, ok bool) {
	p := timeParser{s: s}
	hh, mm, ss, frac, ok := p.clock(1, 59)
	if !ok {
		return 0, false
	}
	rest := p.s[p.i:]
	if len(rest) > 0 && rest[0] == ' ' {
		rest = rest[1:]
	}
	switch {
	case p.i == len(s):
	case len(rest) == 2 && (rest[1] == 'M' || rest[1] == 'm') && (rest[0] == 'A' || rest[0] == 'a' || rest[0] == 'P' || rest[0] == 'p'):
		if hh < 1 || hh > 12 {
			return 0, false
		}
		hh %= 12
		if rest[0] == 'P' || rest[0] == 'p' {
			hh += 12
		}
	default:
		return 0, false
	}
	return float64(hh*3600+mm*60+ss) + frac, true
}

// clock reads a time of day, hh:mm (an hour of at least minHour digits,
// at most two), then optionally :ss (at most maxSec) and .fff, and
// returns its parts.
func (p *timeParser) clock(minHour, maxSec int) (hh, mm, ss int, frac float64, ok bool) {
	hh, ok1 := p.digits(minHour, 2)
	ok2 := p.byte(':')
	mm, ok3 := p.digits(2, 2)
	if !ok1 || !ok2 || !ok3 || hh > 23 || mm > 59 {
		return 0, 0, 0, 0, false
	}
	if p.peek() != ':' {
		return hh, mm, 0, 0, true
	}
	p.i++
	if ss, ok = p.digits(2, 2); !ok || ss > maxSec {
		return 0, 0, 0, 0, false
	}
	if p.peek() == '.' {
		p.i++
		start := p.i
		f, ok := p.digits(1, 9)
		if !ok {
			return 0, 0, 0, 0, false
		}
		frac = float64(f) / math.Pow10(p.i-start)
	}
	return hh, mm, ss, frac, true
}
