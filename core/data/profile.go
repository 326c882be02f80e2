package data

import (
	"math"
	"sync"
)

// colProfile is what the Auto rules and GuessTarget know of a column,
// counted over some rows.
type colProfile struct {
	n        int    // rows with a value
	missing  int    // rows without
	distinct int    // distinct values
	whole    bool   // Numeric, every value a whole number
	rising   bool   // Numeric, every value above the one before (a row counter or a sorted identifier)
	time     bool   // Categorical, every value a date or a timestamp (parseTime)
	clock    bool   // Categorical, every value a time of day without a date (parseClock)
	notTime  string // Categorical, nine values in ten or more dates or timestamps: one that is not
	layout   string // Categorical dates: layoutISO, or layoutMDY or layoutDMY for dates with the year last
	spaced   bool   // Categorical, most values hold a space (names, free text)
	text     bool   // Categorical
}

// profiles caches each column's profile over all rows: GuessTarget and
// Prepare both read them, and a Table does not change after Parse.
type profiles struct {
	mu   sync.Mutex
	cols map[int]colProfile
}

// profile returns column c's profile over all rows, computed once.
func (t *Table) profile(c int) colProfile {
	t.profs.mu.Lock()
	defer t.profs.mu.Unlock()
	if p, ok := t.profs.cols[c]; ok {
		return p
	}
	if t.profs.cols == nil {
		t.profs.cols = map[int]colProfile{}
	}
	p := t.profileColumn(c, nil)
	t.profs.cols[c] = p
	return p
}

// maxFloats is how many different values profileColumn counts in a
// column of numbers that are not all whole: only whether they are few
// matters there, and a million different floats would cost a map of a
// million.
const maxFloats = 100

// profileColumn counts column c over rows (every row when rows is nil).
// In a numeric column with a fraction, distinct stops above maxFloats.
func (t *Table) profileColumn(c int, rows []int) colProfile {
	n := t.Rows()
	if rows != nil {
		n = len(rows)
	}
	row := func(i int) int {
		if rows == nil {
			return i
		}
		return rows[i]
	}
	var p colProfile
	if col := t.num[c]; col != nil {
		seen := make(map[float64]struct{})
		p.whole, p.rising = true, true
		prev := math.Inf(-1)
		for i := range n {
			v := col[row(i)]
			if math.IsNaN(v) {
				p.missing++
				continue
			}
			p.n++
			if _, ok := seen[v]; !ok && (p.whole || len(seen) <= maxFloats) {
				seen[v] = struct{}{}
			}
			p.whole = p.whole && v == math.Trunc(v)
			p.rising = p.rising && v > prev
			prev = v
		}
		p.distinct = len(seen)
		return p
	}
	seen := make(map[string]struct{})
	spaced, times, clocks, yearLasts, notTime := 0, 0, 0, 0, ""
	var needDMY, needMDY, dots bool
	p.text = true
	for i := range n {
		s := t.Cell(row(i), c)
		if isMissing(s) {
			p.missing++
			continue
		}
		p.n++
		if _, ok := seen[s]; !ok {
			seen[s] = struct{}{}
			if _, ok := parseClock(s); ok {
				clocks++
			}
			if _, ok := parseTime(s); ok {
				times++
			} else if a, b, dot, ok := yearLast(s); ok {
				yearLasts++
				needDMY, needMDY, dots = needDMY || a > 12, needMDY || b > 12, dots || dot
			} else if notTime == "" {
				notTime = s
			}
			for k := 0; k < len(s); k++ {
				if s[k] == ' ' {
					spaced++
					break
				}
			}
		}
	}
	p.distinct = len(seen)
	if yearLasts > 0 {
		p.layout = layoutMDY
		if needDMY || dots && !needMDY {
			p.layout = layoutDMY
		}
		if needDMY && needMDY { // both 13/1/2019 and 1/13/2019: no one layout
			times, notTime = 0, ""
		} else {
			times += yearLasts
		}
	}
	p.time = p.n > 0 && times == p.distinct
	p.clock = p.n > 0 && clocks == p.distinct
	if !p.time && times > 0 && 10*times >= 9*p.distinct {
		p.notTime = notTime
	}
	p.spaced = 2*spaced > p.distinct
	return p
}

// identifies reports whether a column with profile p, named name, tells
// the rows apart rather than describing them: called an id, a rising run
// of whole numbers each seen once, called an index, row or number (no, nr)
// with a different whole number or word in nine rows of ten, or text (not a timestamp)
// with a different value in more than half the rows (and more than 20
// values: names, codes).
func (p colProfile) identifies(name string) bool {
	if p.n == 0 {
		return false
	}
	if nameHas(name, "id", "idx", "uuid", "guid") {
		return true
	}
	if p.whole && p.rising && p.distinct == p.n && p.n >= 10 {
		return true
	}
	if nameHas(name, "index", "row", "no", "nr") && (p.whole || p.text) && 10*p.distinct >= 9*p.n && p.n >= 10 { // not a "body mass index"
		return true
	}
	return p.text && !p.time && p.distinct > 20 && 2*p.distinct > p.n
}

// names reports whether a column that identifies rows holds names (text
// with spaces, or called a name or title) rather than codes.
func (p colProfile) names(name string) bool {
	return p.text && (p.spaced || nameHas(name, "name", "title", "names"))
}
