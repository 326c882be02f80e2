package data

import (
	"math"
	"strconv"
)

// PreprocessorVersion is the version written in Preprocessor.Version:
// 2 when the Preprocessor uses what version 1 did not have (Impute,
// Timestamp columns, missing indicators, "(other)"), else 1, which every
// earlier playground reads.
const PreprocessorVersion = 2

// The categories that Spec.Auto and Impute add to a categorical column:
// the values outside its MaxKept most frequent, and a missing value.
const (
	OtherCategory   = "(other)"
	MissingCategory = "(missing)"
)

// Preprocessor turns raw rows into model inputs exactly as Prepare did for
// the training data: one-hot encoding, derived features, then normalization
// with the training split's statistics. All fields are exported so that it
// serialises with encoding/json and round-trips exactly (every number in it
// is finite, and encoding/json writes the shortest exact decimal form).
//
// Input i of the model is (raw_i - Shift[i]) / Scale[i], where raw lists, in
// order: for each of Columns, its value (Numeric), its time in days since
// 1970 and then its Parts (Timestamp), or its one-hot indicators
// (Categorical, one per category, in Categories order), followed by its
// missing indicator when it has one; then each of Derived. One-hot inputs
// and missing indicators are not normalized (Shift 0, Scale 1): they stay
// 0 or 1.
type Preprocessor struct {
	Version int             `json:"version"`
	Columns []FeatureColumn `json:"columns"`           // raw feature columns, in table order
	Derived []DerivedInput  `json:"derived,omitempty"` // derived inputs, after the base ones
	Inputs  []string        `json:"inputs"`            // names of the Dim model inputs
	Norm    Norm            `json:"norm"`
	Shift   []float64       `json:"shift"` // per input
	Scale   []float64       `json:"scale"` // per input, never 0
	Missing Missing         `json:"missing"`

	Task        Task     `json:"task"`
	Target      string   `json:"target"`
	TargetKind  Kind     `json:"targetKind"`        // kind of the target column in the training table
	Classes     []string `json:"classes,omitempty"` // class names, sorted; nil for Regression
	TargetShift float64  `json:"targetShift"`       // Regression: y = (raw - TargetShift) / TargetScale
	TargetScale float64  `json:"targetScale"`
}

// FeatureColumn is one raw feature column of the training table.
type FeatureColumn struct {
	Name       string   `json:"name"`
	Kind       Kind     `json:"kind"`
	Categories []string `json:"categories,omitempty"` // Categorical: sorted, from all kept rows (then MissingCategory, OtherCategory when used)
	Fill       float64  `json:"fill"`                 // FillMean: the training mean; Impute: the training median (Numeric, Timestamp)
	FillIndex  int      `json:"fillIndex"`            // FillMean: index of the training mode; Impute: of MissingCategory when there is one
	// Parts are the inputs of a Timestamp column after its time: some of
	// "hour", "weekday" (0 Monday) and "month" (1 January).
	Parts []string `json:"parts,omitempty"`
	// Layout is how a Timestamp column's cells are read: "mdy"
	// (3/23/2019) or "dmy" (23.03.2019) for dates with the year last,
	// "clock" for times of day without a date (Spec.Clock), "" for year
	// first only (ValidLayout).
	Layout string `json:"layout,omitempty"`
	// Indicator adds an input after the column's, 1 where its value is
	// missing (Impute, Numeric and Timestamp columns).
	Indicator bool `json:"indicator,omitempty"`
	// Other says the last category is OtherCategory, which takes every
	// value not among the others.
	Other bool `json:"other,omitempty"`
}

// Width returns the number of model inputs of the column.
func (c *FeatureColumn) Width() int {
	n := 1 + len(c.Parts)
	if c.Kind == Categorical {
		n = len(c.Categories)
	}
	if c.Indicator {
		n++
	}
	return n
}

// DerivedInput is a derived feature whose operands are indices into
// Preprocessor.Columns (B is used by Product only).
type DerivedInput struct {
	Kind DerivedKind `json:"kind"`
	A    int         `json:"a"`
	B    int         `json:"b"`
}

// Dim returns the number of model inputs.
func (p *Preprocessor) Dim() int { return len(p.Inputs) }

// Features returns the names of the raw feature columns, the order of the
// raw argument of TransformRow.
func (p *Preprocessor) Features() []string {
	out := make([]string, len(p.Columns))
	for i, c := range p.Columns {
		out[i] = c.Name
	}
	return out
}

// Numeric reports whether every raw feature column is numeric, which is
// when TransformRow may be used.
func (p *Preprocessor) Numeric() bool {
	for _, c := range p.Columns {
		if c.Kind != Numeric {
			return false
		}
	}
	return true
}

// TargetToRaw converts a Regression output back to target units. For
// classification tasks it returns y unchanged.
func (p *Preprocessor) TargetToRaw(y float64) float64 {
	if p.Task != Regression {
		return y
	}
	return y*p.TargetScale + p.TargetShift
}

// TargetFromRaw converts a target value to the normalized units of
// Dataset Y (Regression); for classification it returns y unchanged.
func (p *Preprocessor) TargetFromRaw(y float64) float64 {
	if p.Task != Regression {
		return y
	}
	return (y - p.TargetShift) / p.TargetScale
}

// TransformRow computes the model inputs of one row of raw numeric feature
// values given in the order of Features, applying derived features and
// normalization, into dst (allocated when nil) and returns it. It panics if
// len(raw) != len(Features()), if dst is not nil and len(dst) != Dim(), or if
// a feature column is Categorical (see Numeric).
func (p *Preprocessor) TransformRow(dst, raw []float64) []float64 {
	if len(raw) != len(p.Columns) {
		panic("data: TransformRow: wrong number of raw values")
	}
	if dst == nil {
		dst = make([]float64, p.Dim())
	} else if len(dst) != p.Dim() {
		panic("data: TransformRow: wrong length of dst")
	}
	for _, c := range p.Columns {
		if c.Kind != Numeric {
			panic("data: TransformRow: categorical feature " + strconv.Quote(c.Name))
		}
	}
	p.encode(dst, raw)
	p.normalize(dst)
	return dst
}

// EncodeBase computes the model inputs of one row given by its base
// values, one per Columns entry (the order of Features): the number for a
// Numeric column, the index in Categories of a Categorical column's value.
// Derived features and normalization are applied as for training. It writes
// into dst (allocated when nil) and returns it. It panics if len(base) !=
// len(Columns), if dst is not nil and len(dst) != Dim(), or if a category
// index is out of range. For all-numeric columns it equals TransformRow.
func (p *Preprocessor) EncodeBase(dst, base []float64) []float64 {
	if len(base) != len(p.Columns) {
		panic("data: EncodeBase: wrong number of base values")
	}
	if dst == nil {
		dst = make([]float64, p.Dim())
	} else if len(dst) != p.Dim() {
		panic("data: EncodeBase: wrong length of dst")
	}
	for j, c := range p.Columns {
		if k := base[j]; c.Kind == Categorical && !(k >= 0 && int(k) < len(c.Categories) && k == float64(int(k))) {
			panic("data: EncodeBase: no category " + strconv.FormatFloat(k, 'g', -1, 64) + " in column " + strconv.Quote(c.Name))
		}
	}
	p.encode(dst, base)
	p.normalize(dst)
	return dst
}

// encode writes the unnormalized inputs of one row into dst. base holds one
// value per column: the number (NaN when missing, Impute), the time in
// seconds since 1970 of a Timestamp one, or the category index of a
// Categorical one.
func (p *Preprocessor) encode(dst, base []float64) {
	k := 0
	for j := range p.Columns {
		c := &p.Columns[j]
		if c.Kind == Categorical {
			n := len(c.Categories)
			clear(dst[k : k+n])
			dst[k+int(base[j])] = 1
			k += n
			continue
		}
		v, missing := base[j], math.IsNaN(base[j])
		if missing {
			v = c.Fill
		}
		dst[k] = v
		k++
		if c.Kind == Timestamp {
			dst[k-1] = v / 86400
			for _, part := range c.Parts {
				dst[k] = timePart(v, part)
				k++
			}
		}
		if c.Indicator {
			dst[k] = 0
			if missing {
				dst[k] = 1
			}
			k++
		}
	}
	for _, d := range p.Derived {
		a := p.value(base, d.A)
		switch d.Kind {
		case Square:
			dst[k] = a * a
		case Product:
			dst[k] = a * p.value(base, d.B)
		case Sin:
			dst[k] = math.Sin(a)
		case Cos:
			dst[k] = math.Cos(a)
		}
		k++
	}
}

// value returns base[j], or column j's Fill when base[j] is NaN (missing).
func (p *Preprocessor) value(base []float64, j int) float64 {
	if math.IsNaN(base[j]) {
		return p.Columns[j].Fill
	}
	return base[j]
}

// normalize applies Shift and Scale in place.
func (p *Preprocessor) normalize(x []float64) {
	for i := range x {
		x[i] = (x[i] - p.Shift[i]) / p.Scale[i]
	}
}

// derivedName is the input name of a derived feature.
func derivedName(d Derived) string {
	switch d.Kind {
	case Square:
		return d.A + "²"
	case Product:
		return d.A + "·" + d.B
	case Sin:
		return "sin(" + d.A + ")"
	case Cos:
		return "cos(" + d.A + ")"
	}
	return "?"
}

// version returns 2 when p uses what PreprocessorVersion 1 did not have,
// else 1.
func (p *Preprocessor) version() int {
	if p.Missing == Impute {
		return 2
	}
	for _, c := range p.Columns {
		if c.Kind == Timestamp || c.Indicator || c.Other {
			return 2
		}
	}
	return 1
}
