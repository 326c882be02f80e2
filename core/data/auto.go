package data

import (
	"math"
	"sort"
	"strings"
)

// IndicatorShare is the share of rows missing a numeric or time value
// from which Impute adds a missing-indicator input for the column.
const IndicatorShare = 0.05

// leaveOut applies Spec.Auto's column rules to the features: a column
// missing in more than half the rows ("left-out-empty"), or one that
// identifies rows ("left-out-id", "left-out-name"), or one of dates and
// times with a few other values ("left-out-time"), is left out unless
// Spec.Use names it; a column of dates or times becomes a Timestamp
// column. When every feature would go, none does.
func (pr *preparation) leaveOut() {
	t := pr.t
	use := make(map[string]bool, len(pr.s.Use))
	for _, name := range pr.s.Use {
		use[name] = true
	}
	rows := t.Rows()
	var kept []int
	var notes []Note
	pr.times, pr.layouts = make([][]float64, t.cols), make([]string, t.cols)
	for _, c := range pr.features {
		name := t.Names[c]
		p := t.profile(c)
		switch {
		case p.time:
			pr.times[c], pr.layouts[c] = t.timeColumn(c, p.layout), p.layout
		case p.clock && pr.s.Clock:
			pr.times[c], pr.layouts[c] = t.timeColumn(c, layoutClock), layoutClock
		}
		switch {
		case use[name]:
		case 2*p.missing > rows:
			notes = append(notes, Note{Kind: "left-out-empty", Name: name, N: p.missing, Of: rows})
			continue
		case p.notTime != "":
			notes = append(notes, Note{Kind: "left-out-time", Name: name, Value: p.notTime})
			continue
		case p.identifies(name) && p.names(name):
			notes = append(notes, Note{Kind: "left-out-name", Name: name, N: p.distinct, Of: p.n})
			continue
		case p.identifies(name):
			notes = append(notes, Note{Kind: "left-out-id", Name: name, N: p.distinct, Of: p.n})
			continue
		}
		kept = append(kept, c)
	}
	if len(kept) > 0 {
		pr.features = kept
		pr.notes = append(pr.notes, notes...)
	}
}

// timeColumn returns the seconds since 1970 of each cell of column c
// (parseTimeLayout), NaN where a cell is missing or not a time.
func (t *Table) timeColumn(c int, layout string) []float64 {
	out := make([]float64, t.Rows())
	for r := range out {
		v, ok := parseTimeLayout(t.Cell(r, c), layout)
		if !ok {
			v = math.NaN()
		}
		out[r] = v
	}
	return out
}

// fewWholeNumbers reports whether the numeric target holds whole numbers
// with 3 to 20 different values among the rows with a target, each seen
// twice on average (as sklearn's type_of_target judges a label, with the
// repeats that tell labels from counts), and notes it ("as-classes").
func (pr *preparation) fewWholeNumbers() bool {
	t, target := pr.t, pr.target
	if t.Kinds[target] != Numeric {
		return false
	}
	p := t.profile(target)
	if !p.whole || p.distinct < 3 || p.distinct > 20 || 2*p.distinct > p.n {
		return false
	}
	pr.notes = append(pr.notes, Note{Kind: "as-classes", Name: t.Names[target], N: p.distinct, Of: p.n})
	return true
}

// timeInputs names the inputs of Timestamp feature j (table column c): its
// time in days, then its hour when times of day vary, its weekday when the
// times span two weeks or more, its month when they span 60 days or more
// (over the kept rows).
func (pr *preparation) timeInputs(j, c int) {
	col, v := &pr.p.Columns[j], pr.times[c]
	if col.Layout == layoutClock { // its time in days is its time of day
		pr.p.Inputs = append(pr.p.Inputs, col.Name)
		pr.notes = append(pr.notes, Note{Kind: "clock", Name: col.Name})
		return
	}
	lo, hi := math.Inf(1), math.Inf(-1)
	var hours [24]bool
	nh := 0
	for _, r := range pr.kept {
		x := v[r]
		if math.IsNaN(x) {
			continue
		}
		lo, hi = min(lo, x), max(hi, x)
		if h := int(timePart(x, "hour")); !hours[h] {
			hours[h] = true
			nh++
		}
	}
	if nh > 1 {
		col.Parts = append(col.Parts, "hour")
	}
	if hi-lo >= 14*86400 {
		col.Parts = append(col.Parts, "weekday")
	}
	if hi-lo >= 60*86400 {
		col.Parts = append(col.Parts, "month")
	}
	pr.p.Inputs = append(pr.p.Inputs, col.Name)
	for _, part := range col.Parts {
		pr.p.Inputs = append(pr.p.Inputs, col.Name+" "+part)
	}
	pr.notes = append(pr.notes, Note{Kind: "timestamp", Name: col.Name, N: 1 + len(col.Parts),
		Value: strings.Join(append([]string{"days"}, col.Parts...), ", ")})
}

// categories lists the categories of categorical feature j (table column
// c) over the kept rows, sorted, and names its inputs. With Spec.Auto a
// column of more than MaxKept values keeps its MaxKept most frequent
// (the earlier value on a tie) and OtherCategory ("top-k"); without it, one
// of more than MaxCategories is an error. With Impute a column missing in a
// kept row gets MissingCategory, which fills it.
func (pr *preparation) categories(j, c int) error {
	t, p := pr.t, pr.p
	col := &p.Columns[j]
	counts := map[string]int{}
	missing := 0
	for _, r := range pr.kept {
		if t.missing(r, c) {
			missing++
			continue
		}
		counts[t.Cell(r, c)]++
	}
	values := make([]string, 0, len(counts))
	for v := range counts {
		values = append(values, v)
	}
	sortStrings(values)
	impute := pr.s.Missing == Impute
	switch {
	case len(values) == 0 && !impute:
		return &ParseError{Column: c + 1, Text: col.Name, Err: ErrAllMissing}
	case pr.s.Auto && len(values) > MaxKept:
		sort.SliceStable(values, func(a, b int) bool { return counts[values[a]] > counts[values[b]] })
		pr.notes = append(pr.notes, Note{Kind: "top-k", Name: col.Name, N: MaxKept, Of: len(values)})
		values = values[:MaxKept]
		sortStrings(values)
		col.Other = true
	case len(values) > MaxCategories:
		return &ParseError{Column: c + 1, Text: col.Name, Err: ErrTooManyClasses}
	}
	pr.catIndex[j] = make(map[string]int, len(values))
	for k, v := range values {
		pr.catIndex[j][v] = k
	}
	if impute && missing > 0 {
		col.FillIndex = len(values)
		values = append(values, MissingCategory)
	}
	if col.Other {
		values = append(values, OtherCategory)
	}
	col.Categories = values
	for _, v := range values {
		p.Inputs = append(p.Inputs, col.Name+"="+v)
	}
	return nil
}

// indicator adds a missing-indicator input to numeric or Timestamp feature
// j (table column c) when it is missing in IndicatorShare of the kept rows
// or more.
func (pr *preparation) indicator(j, c int) {
	col := &pr.p.Columns[j]
	missing := pr.missingIn(c)
	if missing == 0 || float64(missing) < IndicatorShare*float64(len(pr.kept)) {
		return
	}
	col.Indicator = true
	pr.p.Inputs = append(pr.p.Inputs, col.Name+" (missing)")
	pr.notes = append(pr.notes, Note{Kind: "indicator", Name: col.Name, N: missing, Of: len(pr.kept)})
}

// missingIn counts the kept rows missing a value in column c.
func (pr *preparation) missingIn(c int) int {
	n := 0
	for _, r := range pr.kept {
		if pr.t.missing(r, c) {
			n++
		}
	}
	return n
}
