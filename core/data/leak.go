package data

import "math"

// leakRows is the fewest training rows on which Prepare looks for leaks:
// on fewer, a column can give the target by chance.
const leakRows = 20

// leaks notes each feature that alone gives the target on the training
// rows ("leak"): for classes, a column whose every value (of a categorical
// column with at most one value per ten rows) goes with one class, or a
// number whose ranges per class do not overlap; for a number, a numeric
// column correlated with it at |r| ≥ 0.999. Rows missing the column's
// value are passed over; a column missing in more than a tenth of them is
// not judged.
func (pr *preparation) leaks(train []int) {
	if len(train) < leakRows {
		return
	}
	for j, c := range pr.features {
		col := &pr.p.Columns[j]
		var leak bool
		switch {
		case pr.classify && col.Kind == Categorical:
			leak = pr.leaksByValue(c, train)
		case pr.classify:
			leak = pr.leaksByRange(j, c, train)
		default:
			leak = col.Kind != Categorical && pr.leaksByCorrelation(j, c, train)
		}
		if leak {
			pr.notes = append(pr.notes, Note{Kind: "leak", Name: col.Name})
		}
	}
}

// value returns the number of numeric or Timestamp feature j (table
// column c) in table row r, NaN when missing.
func (pr *preparation) value(j, c, r int) float64 {
	if pr.p.Columns[j].Kind == Timestamp {
		return pr.times[c][r]
	}
	return pr.t.num[c][r]
}

// leaksByValue reports whether each value of categorical column c goes
// with a single class on the training rows, with few values.
func (pr *preparation) leaksByValue(c int, train []int) bool {
	class := map[string]string{}
	n := 0
	for _, r := range train {
		if pr.t.missing(r, c) {
			continue
		}
		n++
		v, l := pr.t.Cell(r, c), pr.label[r]
		if k, ok := class[v]; ok && k != l {
			return false
		}
		class[v] = l
	}
	return 10*n >= 9*len(train) && 10*len(class) <= n
}

// leaksByRange reports whether the values of numeric feature j in each
// class lie in a range that no other class's values reach.
func (pr *preparation) leaksByRange(j, c int, train []int) bool {
	lo := make([]float64, len(pr.p.Classes))
	hi := make([]float64, len(pr.p.Classes))
	for k := range lo {
		lo[k], hi[k] = math.Inf(1), math.Inf(-1)
	}
	n := 0
	for _, r := range train {
		v := pr.value(j, c, r)
		if math.IsNaN(v) {
			continue
		}
		n++
		k := pr.classIndex[pr.label[r]]
		lo[k], hi[k] = min(lo[k], v), max(hi[k], v)
	}
	if 10*n < 9*len(train) {
		return false
	}
	for a := range lo {
		for b := range a {
			if lo[a] <= hi[b] && lo[b] <= hi[a] {
				return false
			}
		}
	}
	return true
}

// leaksByCorrelation reports whether numeric feature j and the numeric
// target correlate at |r| ≥ 0.999 on the training rows.
func (pr *preparation) leaksByCorrelation(j, c int, train []int) bool {
	y := pr.t.num[pr.target]
	var mx, my float64
	n := 0
	for _, r := range train {
		if v := pr.value(j, c, r); !math.IsNaN(v) {
			n++
			mx += (v - mx) / float64(n)
			my += (y[r] - my) / float64(n)
		}
	}
	if 10*n < 9*len(train) {
		return false
	}
	var sxy, sxx, syy float64
	for _, r := range train {
		if v := pr.value(j, c, r); !math.IsNaN(v) {
			dx, dy := v-mx, y[r]-my
			sxy += dx * dy
			sxx += dx * dx
			syy += dy * dy
		}
	}
	return sxx > 0 && syy > 0 && sxy*sxy >= 0.998*sxx*syy // r² ≥ 0.998, |r| ≥ 0.999
}
