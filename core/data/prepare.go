package data

import (
	"fmt"
	"math"
	"slices"
	"sort"
	"strconv"
	"strings"
)

// MaxTestRatio and MaxValidRatio bound Spec.TestRatio and
// Spec.ValidRatio (session.Table declares the settings with them).
const (
	MaxTestRatio  = 0.9
	MaxValidRatio = 0.5
)

// Prepare turns a Table into a Dataset as the Spec says: it picks the
// feature and target columns, drops or fills missing values, one-hot
// encodes categorical features, adds derived features, splits train and
// test, and normalizes with the training split's statistics. Bad data or a
// bad Spec gives a *ParseError, except a ValidRatio outside [0, 0.5],
// which gives a plain error.
func Prepare(t *Table, s Spec) (*Dataset, error) {
	if !(s.TestRatio >= 0 && s.TestRatio <= MaxTestRatio) {
		return nil, &ParseError{Text: strconv.FormatFloat(s.TestRatio, 'g', -1, 64), Err: ErrTestRatio}
	}
	if !(s.ValidRatio >= 0 && s.ValidRatio <= MaxValidRatio) {
		return nil, fmt.Errorf("data: validation ratio %v must be in [0, %v]", s.ValidRatio, MaxValidRatio)
	}
	if t == nil || t.cols == 0 {
		return nil, &ParseError{Err: ErrEmpty}
	}
	pr := &preparation{t: t, s: s}
	if err := pr.roles(); err != nil {
		return nil, err
	}
	if s.Auto {
		pr.leaveOut()
	}
	if err := pr.checkCells(); err != nil {
		return nil, err
	}
	if err := pr.columns(); err != nil {
		return nil, err
	}
	if err := pr.keepRows(); err != nil {
		return nil, err
	}
	if err := pr.classes(); err != nil {
		return nil, err
	}
	if err := pr.inputs(); err != nil {
		return nil, err
	}
	train, test, err := splitRows(pr.kept, pr.isTest, pr.split >= 0, pr.classify, pr.label, s)
	if err != nil {
		return nil, err
	}
	train, valid := carveValid(train, pr.classify, pr.label, s)
	if err := pr.fill(train); err != nil {
		return nil, err
	}
	if err := pr.encode(train, test, valid); err != nil {
		return nil, err
	}
	pr.normalize()
	if err := pr.checkFinite(); err != nil {
		return nil, err
	}
	if s.Leaks {
		pr.leaks(train)
	}
	pr.ds.Notes = pr.notes
	pr.p.Version = pr.p.version()
	return pr.ds, nil
}

// preparation is Prepare's work in progress, filled in by its steps in
// order.
type preparation struct {
	t *Table
	s Spec

	// roles
	target   int    // the target column
	split    int    // the split column, or -1
	features []int  // the feature columns, in table order
	role     []byte // per column: 'f' feature, 't' target, 'i' ignored, 's' split

	// leaveOut
	times   [][]float64 // per table column: a Timestamp column's seconds since 1970 (NaN missing), else nil
	layouts []string    // per table column: a Timestamp column's date layout
	notes   []Note

	// columns
	p *Preprocessor

	// keepRows
	classify bool
	kept     []int    // the rows with a target (and, with DropRows, every feature)
	isTest   []bool   // per table row: the split column says "test"
	label    []string // per table row, when classify: the class label
	ds       *Dataset

	// classes and inputs
	classIndex map[string]int   // class label → index in p.Classes
	catIndex   []map[string]int // per feature: category → index in its Categories

	// encode
	source []int // the table column of each input
}

// lookup returns the column named name, or an ErrUnknownColumn error.
func (pr *preparation) lookup(name string) (int, error) {
	if c := pr.t.Column(name); c >= 0 {
		return c, nil
	}
	return -1, &ParseError{Text: name, Err: ErrUnknownColumn}
}

// roles finds the target (Spec.Target, or the last column with a value),
// the ignored columns, the split column and the features (every other
// column with a value), and rejects cell errors in the columns used.
func (pr *preparation) roles() error {
	t, s := pr.t, pr.s
	target := t.cols - 1 // the last column with a value: a trailing delimiter makes an empty one
	for target > 0 && t.Empty(target) {
		target--
	}
	if s.Target != "" {
		var err error
		if target, err = pr.lookup(s.Target); err != nil {
			return err
		}
	}
	role := make([]byte, t.cols) // 'f' feature, 't' target, 'i' ignored, 's' split
	for c := range role {
		role[c] = 'f'
	}
	role[target] = 't'
	for _, name := range s.Ignore {
		c, err := pr.lookup(name)
		if err != nil {
			return err
		}
		if c == target {
			return &ParseError{Column: c + 1, Text: name, Err: ErrBadRole}
		}
		role[c] = 'i'
	}
	split := -1
	if s.SplitColumn != "" {
		var err error
		if split, err = pr.lookup(s.SplitColumn); err != nil {
			return err
		}
		if split == target {
			return &ParseError{Column: split + 1, Text: s.SplitColumn, Err: ErrBadRole}
		}
		role[split] = 's'
	}
	var features []int
	for c, r := range role {
		if r == 'f' && !t.Empty(c) { // a column without values is left out
			features = append(features, c)
		}
	}
	if len(features) == 0 {
		return &ParseError{Err: ErrNoFeatures}
	}
	pr.target, pr.split, pr.features, pr.role = target, split, features, role
	return nil
}

// checkCells returns the first cell error (a word in a numeric column) of
// a column that is used: the target, the split column or a feature.
func (pr *preparation) checkCells() error {
	for _, e := range pr.t.Errors {
		if c := e.Column - 1; pr.role[c] != 'i' && (pr.role[c] != 'f' || slices.Contains(pr.features, c)) {
			return e
		}
	}
	return nil
}

// columns starts the Preprocessor: the target, the feature columns and the
// derived inputs, which must name numeric features.
func (pr *preparation) columns() error {
	t, s, target := pr.t, pr.s, pr.target
	p := &Preprocessor{
		Version: PreprocessorVersion, Norm: s.Norm, Missing: s.Missing,
		Target: t.Names[target], TargetKind: t.Kinds[target], TargetShift: 0, TargetScale: 1,
	}
	pr.p = p
	colIndex := make(map[string]int, len(pr.features)) // column name -> index in p.Columns
	for j, c := range pr.features {
		col := FeatureColumn{Name: t.Names[c], Kind: t.Kinds[c]}
		if pr.times != nil && pr.times[c] != nil {
			col.Kind, col.Layout = Timestamp, pr.layouts[c]
		}
		p.Columns = append(p.Columns, col)
		colIndex[t.Names[c]] = j
	}
	for _, d := range s.Derived {
		var di DerivedInput
		di.Kind = d.Kind
		if d.Kind < Square || d.Kind > Cos {
			return &ParseError{Text: strconv.Itoa(int(d.Kind)), Err: ErrBadRole}
		}
		names := []string{d.A}
		if d.Kind == Product {
			names = append(names, d.B)
		}
		for k, name := range names {
			c, err := pr.lookup(name)
			if err != nil {
				return err
			}
			j, ok := colIndex[name]
			if !ok || t.Kinds[c] != Numeric {
				return &ParseError{Column: c + 1, Text: name, Err: ErrNotNumeric}
			}
			if k == 0 {
				di.A = j
			} else {
				di.B = j
			}
		}
		p.Derived = append(p.Derived, di)
	}
	return nil
}

// keepRows drops the rows with a missing target (always) and with a missing
// feature (DropRows), reads the split column and the class labels, and
// starts the Dataset.
func (pr *preparation) keepRows() error {
	t, s, target, split := pr.t, pr.s, pr.target, pr.split
	pr.classify = t.Kinds[target] == Categorical || s.AsClasses || t.TwoValued(target)
	if !pr.classify && s.Auto && !s.AsNumbers {
		pr.classify = pr.fewWholeNumbers()
	}
	n := t.Rows()
	kept := make([]int, 0, n)
	isTest := make([]bool, n)
	label := make([]string, n) // class label of each row, when classify
	for r := range n {
		if split >= 0 {
			switch strings.ToLower(t.Cell(r, split)) {
			case "train":
			case "test":
				isTest[r] = true
			default:
				return &ParseError{Line: t.Line(r), Column: split + 1, Text: t.Cell(r, split), Err: ErrSplitValue}
			}
		}
		if t.missing(r, target) {
			continue
		}
		if pr.classify {
			label[r] = t.Cell(r, target)
			if t.Kinds[target] == Numeric {
				label[r] = strconv.FormatFloat(t.num[target][r], 'g', -1, 64)
			}
		}
		if s.Missing == DropRows && slices.ContainsFunc(pr.features, func(c int) bool { return t.missing(r, c) }) {
			continue
		}
		kept = append(kept, r)
	}
	if len(kept) < 2 {
		if c, k := mostMissing(t, pr.features, target); s.Missing == DropRows && k > 0 {
			return &ParseError{Column: c + 1, Text: t.Names[c], Err: ErrMostlyMissing}
		}
		return &ParseError{Text: strconv.Itoa(len(kept)) + " rows", Err: ErrTooFewRows}
	}
	pr.kept, pr.isTest, pr.label = kept, isTest, label
	pr.ds = &Dataset{Target: pr.p.Target, Rows: n, Dropped: n - len(kept), Prep: pr.p}
	return nil
}

// classes lists the classes of the kept rows (numbers in numeric order) and
// so chooses the task: Binary for two, Multiclass for more, Regression
// when the target is not classified.
func (pr *preparation) classes() error {
	p, target := pr.p, pr.target
	pr.classIndex = map[string]int{}
	if !pr.classify {
		return nil
	}
	p.Classes = distinct(pr.kept, func(r int) string { return pr.label[r] })
	if pr.t.Kinds[target] == Numeric {
		c := p.Classes
		sort.Slice(c, func(i, j int) bool {
			x, _ := strconv.ParseFloat(c[i], 64)
			y, _ := strconv.ParseFloat(c[j], 64)
			return x < y
		})
	}
	switch {
	case len(p.Classes) == 1:
		return &ParseError{Column: target + 1, Text: p.Classes[0], Err: ErrOneClass}
	case len(p.Classes) > MaxCategories:
		return &ParseError{Column: target + 1, Text: p.Target, Err: ErrTooManyClasses}
	case len(p.Classes) == 2:
		p.Task = Binary
	default:
		p.Task = Multiclass
	}
	for i, c := range p.Classes {
		pr.classIndex[c] = i
	}
	return nil
}

// inputs names the model's inputs: each numeric feature, one per category
// of each categorical feature (its categories from all kept rows), then the
// derived inputs; and sets the Dataset's shape, within MaxValues.
func (pr *preparation) inputs() error {
	p, ds := pr.p, pr.ds
	pr.catIndex = make([]map[string]int, len(pr.features))
	for j, c := range pr.features {
		col := &p.Columns[j]
		switch col.Kind {
		case Numeric:
			p.Inputs = append(p.Inputs, col.Name)
		case Timestamp:
			pr.timeInputs(j, c)
		case Categorical:
			if err := pr.categories(j, c); err != nil {
				return err
			}
		}
		if pr.s.Missing == Impute && col.Kind != Categorical {
			pr.indicator(j, c)
		}
	}
	for k, d := range pr.s.Derived {
		if d.Kind == Product {
			d.B = p.Columns[p.Derived[k].B].Name
		}
		d.A = p.Columns[p.Derived[k].A].Name
		p.Inputs = append(p.Inputs, derivedName(d))
	}
	ds.Task, ds.Classes, ds.Inputs, ds.Dim = p.Task, p.Classes, p.Inputs, len(p.Inputs)
	ds.Out = 1
	if p.Task == Multiclass {
		ds.Out = len(p.Classes)
	}
	if len(pr.kept) > MaxValues/(ds.Dim+ds.Out) {
		return &ParseError{Text: fmt.Sprintf("%d rows × %d values", len(pr.kept), ds.Dim+ds.Out), Err: ErrTooManyValues}
	}
	return nil
}

// fill sets, with FillMean, each feature's fill value from the training
// rows: the mean of a numeric or Timestamp feature, the mode of a
// categorical one; with Impute, see impute.
func (pr *preparation) fill(train []int) error {
	if pr.s.Missing == Impute {
		pr.impute(train)
		return nil
	}
	if pr.s.Missing != FillMean {
		return nil
	}
	t := pr.t
	for j, c := range pr.features {
		col := &pr.p.Columns[j]
		if col.Kind != Categorical {
			mean, k := 0.0, 0
			for _, r := range train {
				if v := pr.value(j, c, r); !math.IsNaN(v) {
					k++
					mean += (v - mean) / float64(k)
				}
			}
			if k == 0 {
				return &ParseError{Column: c + 1, Text: col.Name, Err: ErrAllMissing}
			}
			col.Fill = mean
			continue
		}
		counts := make([]int, len(col.Categories))
		for _, r := range train {
			if !t.missing(r, c) {
				k, ok := pr.catIndex[j][t.Cell(r, c)]
				if !ok { // with Other: a value outside the kept ones
					k = len(col.Categories) - 1
				}
				counts[k]++
			}
		}
		mode := 0
		for k, v := range counts {
			if v > counts[mode] {
				mode = k
			}
		}
		if counts[mode] == 0 {
			return &ParseError{Column: c + 1, Text: col.Name, Err: ErrAllMissing}
		}
		col.FillIndex = mode
	}
	return nil
}

// encode writes the Dataset's splits: the inputs of each row, not yet
// normalized, checked finite (an error names the row and column), and its
// target: the raw value, the class index (Binary) or one-hot (Multiclass).
func (pr *preparation) encode(train, test, valid []int) error {
	p, ds, features := pr.p, pr.ds, pr.features
	pr.source = make([]int, 0, ds.Dim)
	for j, c := range features {
		for range p.Columns[j].Width() {
			pr.source = append(pr.source, c)
		}
	}
	for _, d := range p.Derived {
		pr.source = append(pr.source, features[d.A])
	}
	base := make([]float64, len(features))
	if err := pr.encodeRows(&ds.Train, train, base); err != nil {
		return err
	}
	if err := pr.encodeRows(&ds.Test, test, base); err != nil {
		return err
	}
	return pr.encodeRows(&ds.Valid, valid, base)
}

// encodeRows fills sp with the rows, base being scratch space of one value
// per feature.
func (pr *preparation) encodeRows(sp *Split, rows []int, base []float64) error {
	t, p, ds := pr.t, pr.p, pr.ds
	*sp = Split{N: len(rows), Rows: rows, X: make([]float64, len(rows)*ds.Dim), Y: make([]float64, len(rows)*ds.Out)}
	for i, r := range rows {
		for j, c := range pr.features {
			col := &p.Columns[j]
			missing := t.missing(r, c)
			switch {
			case col.Kind == Timestamp:
				base[j] = pr.times[c][r] // NaN when missing: Impute fills it
			case col.Kind == Numeric && missing && p.Missing == Impute:
				base[j] = math.NaN()
			case col.Kind == Numeric && missing:
				base[j] = col.Fill
			case col.Kind == Numeric:
				base[j] = t.num[c][r]
			case missing:
				base[j] = float64(col.FillIndex)
			default:
				k, ok := pr.catIndex[j][t.Cell(r, c)]
				if !ok { // with Other: a value outside the kept ones
					k = len(col.Categories) - 1
				}
				base[j] = float64(k)
			}
		}
		x := sp.X[i*ds.Dim : (i+1)*ds.Dim]
		p.encode(x, base)
		for k, v := range x {
			if math.IsNaN(v) || math.IsInf(v, 0) {
				return &ParseError{Line: t.Line(r), Column: pr.source[k] + 1, Text: p.Inputs[k], Err: ErrNotFinite}
			}
		}
		switch p.Task {
		case Regression:
			sp.Y[i] = t.num[pr.target][r]
		case Binary:
			sp.Y[i] = float64(pr.classIndex[pr.label[r]])
		case Multiclass:
			sp.Y[i*ds.Out+pr.classIndex[pr.label[r]]] = 1
		}
	}
	return nil
}

// normalize fits the normalization on the training split (one-hot inputs
// keep shift 0 and scale 1; a regression target is normalized too) and
// applies it to both splits.
func (pr *preparation) normalize() {
	p, ds, norm := pr.p, pr.ds, pr.s.Norm
	p.Shift = make([]float64, ds.Dim)
	p.Scale = make([]float64, ds.Dim)
	k := 0
	for _, col := range p.Columns {
		if col.Kind == Categorical {
			for range col.Categories {
				p.Shift[k], p.Scale[k] = 0, 1
				k++
			}
			continue
		}
		for range 1 + len(col.Parts) {
			p.Shift[k], p.Scale[k] = fit(norm, ds.Train.X, ds.Dim, k)
			k++
		}
		if col.Indicator {
			p.Shift[k], p.Scale[k] = 0, 1
			k++
		}
	}
	for ; k < ds.Dim; k++ {
		p.Shift[k], p.Scale[k] = fit(norm, ds.Train.X, ds.Dim, k)
	}
	for _, sp := range []*Split{&ds.Train, &ds.Test, &ds.Valid} {
		for i := range sp.N {
			p.normalize(sp.X[i*ds.Dim : (i+1)*ds.Dim])
		}
	}
	if p.Task == Regression {
		p.TargetShift, p.TargetScale = fit(norm, ds.Train.Y, 1, 0)
		for _, sp := range []*Split{&ds.Train, &ds.Test, &ds.Valid} {
			for i, v := range sp.Y {
				sp.Y[i] = p.TargetFromRaw(v)
			}
		}
	}
}

// checkFinite returns an error for the first value that normalization made
// infinite (a column of numbers near 1e308, whose mean or range overflows),
// at the line and column of its cell, quoting the cell.
func (pr *preparation) checkFinite() error {
	t, ds := pr.t, pr.ds
	for _, sp := range []*Split{&ds.Train, &ds.Test, &ds.Valid} {
		for i, v := range sp.X {
			if math.IsNaN(v) || math.IsInf(v, 0) {
				r, c := sp.Rows[i/ds.Dim], pr.source[i%ds.Dim]
				return &ParseError{Line: t.Line(r), Column: c + 1, Text: t.Cell(r, c), Err: ErrNotFinite}
			}
		}
		for i, v := range sp.Y {
			if math.IsNaN(v) || math.IsInf(v, 0) {
				r := sp.Rows[i/ds.Out]
				return &ParseError{Line: t.Line(r), Column: pr.target + 1, Text: t.Cell(r, pr.target), Err: ErrNotFinite}
			}
		}
	}
	return nil
}

// missing reports whether cell (r, c) has no value. Stray words in numeric
// columns count as missing here; Prepare rejects them beforehand.
func (t *Table) missing(r, c int) bool {
	if col := t.num[c]; col != nil {
		return math.IsNaN(col[r])
	}
	return isMissing(t.Cell(r, c))
}

// distinct returns the sorted distinct values of key over rows.
func distinct(rows []int, key func(int) string) []string {
	seen := map[string]bool{}
	var out []string
	for _, r := range rows {
		k := key(r)
		if !seen[k] {
			seen[k] = true
			out = append(out, k)
		}
	}
	sortStrings(out)
	return out
}

// sortStrings sorts s. The package sorts with sort.Slice only: each of
// slices.Sort's instantiations adds its own copy of the sorting code to the
// browser's trainer binary.
func sortStrings(s []string) {
	sort.Slice(s, func(i, j int) bool { return s[i] < s[j] })
}

// fit returns the shift and scale of column k of the row-major x with dim
// columns: mean and population standard deviation (ZScore), min and range
// (MinMax) or 0 and 1 (NoNorm). A constant column gets scale 1.
func fit(norm Norm, x []float64, dim, k int) (shift, scale float64) {
	n := len(x) / dim
	if n == 0 || norm == NoNorm {
		return 0, 1
	}
	switch norm {
	case MinMax:
		lo, hi := x[k], x[k]
		for i := k; i < len(x); i += dim {
			lo, hi = min(lo, x[i]), max(hi, x[i])
		}
		if hi-lo > 0 {
			return lo, hi - lo
		}
		return lo, 1
	default:
		mean := 0.0
		for i := k; i < len(x); i += dim {
			mean += x[i]
		}
		mean /= float64(n)
		ss := 0.0
		for i := k; i < len(x); i += dim {
			d := x[i] - mean
			ss += d * d
		}
		std := math.Sqrt(ss / float64(n))
		if !(std > 1e-12*math.Abs(mean)) || std == 0 {
			return mean, 1
		}
		return mean, std
	}
}

// mostMissing returns the feature column with the most missing values in
// the rows that have a target, and how many it misses.
func mostMissing(t *Table, features []int, target int) (col, n int) {
	for _, c := range features {
		k := 0
		for r := range t.Rows() {
			if !t.missing(r, target) && t.missing(r, c) {
				k++
			}
		}
		if k > n {
			col, n = c, k
		}
	}
	return col, n
}
