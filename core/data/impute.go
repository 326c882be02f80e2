package data

import (
	"math"
	"sort"
	"strconv"
)

// impute sets, with Impute, each feature's fill from the training rows:
// the median of a numeric or Timestamp one (0 when no training row has a
// value), and for a categorical one without MissingCategory the mode (for
// new rows); it notes each column missing in a kept row ("imputed").
func (pr *preparation) impute(train []int) {
	t := pr.t
	vals := make([]float64, 0, len(train)) // reused for each column: one allocation
	for j, c := range pr.features {
		col := &pr.p.Columns[j]
		missing := pr.missingIn(c)
		if col.Kind == Categorical {
			if missing > 0 {
				pr.notes = append(pr.notes, Note{Kind: "imputed", Name: col.Name, N: missing, Of: len(pr.kept), Value: MissingCategory})
				continue
			}
			counts := make([]int, len(col.Categories))
			for _, r := range train {
				k, ok := pr.catIndex[j][t.Cell(r, c)]
				if !ok {
					k = len(col.Categories) - 1
				}
				counts[k]++
			}
			col.FillIndex = 0
			for k, n := range counts {
				if n > counts[col.FillIndex] {
					col.FillIndex = k
				}
			}
			continue
		}
		vals = vals[:0]
		for _, r := range train {
			v := math.NaN()
			if col.Kind == Timestamp {
				v = pr.times[c][r]
			} else if !t.missing(r, c) {
				v = t.num[c][r]
			}
			if !math.IsNaN(v) {
				vals = append(vals, v)
			}
		}
		col.Fill = median(vals)
		if missing > 0 {
			value := strconv.FormatFloat(col.Fill, 'g', 6, 64)
			if col.Kind == Timestamp {
				value = FormatTime(col.Fill)
			}
			pr.notes = append(pr.notes, Note{Kind: "imputed", Name: col.Name, N: missing, Of: len(pr.kept), Value: value})
		}
	}
}

// median returns the median of v (the mean of the middle two for an even
// count), or 0 when v is empty. It sorts v.
func median(v []float64) float64 {
	n := len(v)
	if n == 0 {
		return 0
	}
	sort.Float64s(v)
	if n%2 == 1 {
		return v[n/2]
	}
	return (v[n/2-1] + v[n/2]) / 2
}

// FormatTime writes sec seconds after 1970 as 2019-03-23 or, with a time
// of day, 2019-03-23 20:21.
func FormatTime(sec float64) string {
	days := int(math.Floor(sec / 86400))
	y, m, d := civilFromDays(days)
	two := func(n int) string { return string([]byte{byte('0' + n/10), byte('0' + n%10)}) }
	s := strconv.Itoa(y) + "-" + two(m) + "-" + two(d)
	if clock := int(sec - float64(days)*86400); clock != 0 {
		s += " " + two(clock/3600) + ":" + two(clock%3600/60)
	}
	return s
}
