package data

import (
	"math"
	"strconv"
)

// Transform encodes every row of a new table as model inputs, finding the
// feature columns by name (extra columns are ignored). It returns the
// row-major n×Dim inputs. A missing feature column, a missing cell (unless
// the Preprocessor fills them, FillMean or Impute), a word in a numeric
// column, a cell of a Timestamp column that is not a time or a category
// not seen in training (unless the column has OtherCategory) is a
// *ParseError naming line and column.
func (p *Preprocessor) Transform(t *Table) (x []float64, n int, err error) {
	return p.NewTransformer().Transform(t)
}

// A Transformer is Preprocessor.Transform for many tables of the same
// columns (the chunks of one table, data.ReadChunks): what reads the
// categories is made once, and the inputs of each table reuse the
// previous one's memory.
type Transformer struct {
	p    *Preprocessor
	read func(j int, cell string) (float64, error)
	x    []float64
	base []float64
}

// NewTransformer returns a Transformer of p's encoding.
func (p *Preprocessor) NewTransformer() *Transformer {
	return &Transformer{p: p, read: p.CellReader(), base: make([]float64, len(p.Columns))}
}

// Transform is Preprocessor.Transform; the inputs it returns are
// overwritten by its next call.
func (tr *Transformer) Transform(t *Table) (x []float64, n int, err error) {
	p := tr.p
	cols := make([]int, len(p.Columns))
	for j, fc := range p.Columns {
		if cols[j] = t.Column(fc.Name); cols[j] < 0 {
			return nil, 0, &ParseError{Text: fc.Name, Err: ErrUnknownColumn}
		}
	}
	n = t.Rows()
	dim := p.Dim()
	if cap(tr.x) < n*dim {
		tr.x = make([]float64, n*dim)
	}
	x = tr.x[:n*dim]
	clear(x)
	base := tr.base
	for r := range n {
		for j := range p.Columns {
			c := cols[j]
			v, err := tr.read(j, t.Cell(r, c))
			if err != nil {
				return nil, 0, &ParseError{Line: t.Line(r), Column: c + 1, Text: t.Cell(r, c), Err: err}
			}
			base[j] = v
		}
		row := x[r*dim : (r+1)*dim]
		p.encode(row, base)
		p.normalize(row)
		for k, v := range row {
			if math.IsNaN(v) || math.IsInf(v, 0) {
				return nil, 0, &ParseError{Line: t.Line(r), Column: p.sourceColumn(cols, k) + 1, Text: p.Inputs[k], Err: ErrNotFinite}
			}
		}
	}
	return x, n, nil
}

// sourceColumn returns the table column (by cols, of Columns) that input
// k is made from.
func (p *Preprocessor) sourceColumn(cols []int, k int) int {
	for j := range p.Columns {
		w := p.Columns[j].Width()
		if k < w {
			return cols[j]
		}
		k -= w
	}
	if k < len(p.Derived) {
		return cols[p.Derived[k].A]
	}
	return -1
}

// CellReader returns a function that reads the trimmed cell of column j
// (of Columns) as its base value for EncodeBase: the number of a Numeric
// column, the seconds since 1970 of a Timestamp one, the category index of
// a Categorical one; a missing value is the column's fill (FillMean), NaN
// for a number or time and the FillIndex category (Impute), or ErrMissing.
// Its errors are sentinels: ErrNotNumber, ErrNotFinite, ErrNotTime,
// ErrUnseen, ErrMissing.
func (p *Preprocessor) CellReader() func(j int, cell string) (float64, error) {
	cats := make([]map[string]int, len(p.Columns))
	for j, fc := range p.Columns {
		if fc.Kind == Categorical {
			cats[j] = make(map[string]int, len(fc.Categories))
			for k, v := range fc.Categories {
				cats[j][v] = k
			}
		}
	}
	return func(j int, cell string) (float64, error) {
		fc := &p.Columns[j]
		if isMissing(cell) {
			switch {
			case p.Missing == DropRows:
				return 0, ErrMissing
			case fc.Kind == Categorical:
				return float64(fc.FillIndex), nil
			case p.Missing == Impute:
				return math.NaN(), nil
			}
			return fc.Fill, nil
		}
		switch fc.Kind {
		case Numeric:
			v, st := parseCell(cell)
			switch st {
			case stWord:
				return 0, ErrNotNumber
			case stNonFinite:
				return 0, ErrNotFinite
			}
			return v, nil
		case Timestamp:
			v, ok := parseTimeLayout(cell, fc.Layout)
			if !ok {
				return 0, ErrNotTime
			}
			return v, nil
		}
		k, ok := cats[j][cell]
		switch {
		case ok:
			return float64(k), nil
		case fc.Other:
			return float64(len(fc.Categories) - 1), nil
		}
		return 0, ErrUnseen
	}
}

// Labels reads the target column of a new table, found by name, encoded
// as Dataset Y: row-major n×Out, normalized for Regression, 0 or 1 for
// Binary, one-hot for Multiclass. A missing target, a word in a numeric
// target or an unseen class is a *ParseError naming line and column.
func (p *Preprocessor) Labels(t *Table) ([]float64, error) {
	c := t.Column(p.Target)
	if c < 0 {
		return nil, &ParseError{Text: p.Target, Err: ErrUnknownColumn}
	}
	out := 1
	if p.Task == Multiclass {
		out = len(p.Classes)
	}
	classes := make(map[string]int, len(p.Classes))
	for k, v := range p.Classes {
		classes[v] = k
	}
	y := make([]float64, t.Rows()*out)
	for r := range t.Rows() {
		cell := t.Cell(r, c)
		at := func(e error) error { return &ParseError{Line: t.Line(r), Column: c + 1, Text: cell, Err: e} }
		label := cell
		if p.Task == Regression || p.TargetKind == Numeric {
			v, st := parseCell(cell)
			switch st {
			case stMissing:
				return nil, at(ErrMissing)
			case stWord:
				return nil, at(ErrNotNumber)
			case stNonFinite:
				return nil, at(ErrNotFinite)
			}
			if p.Task == Regression {
				y[r] = p.TargetFromRaw(v)
				continue
			}
			label = strconv.FormatFloat(v, 'g', -1, 64)
		} else if isMissing(cell) {
			return nil, at(ErrMissing)
		}
		k, ok := classes[label]
		if !ok {
			return nil, at(ErrUnseen)
		}
		if p.Task == Binary {
			y[r] = float64(k)
		} else {
			y[r*out+k] = 1
		}
	}
	return y, nil
}
