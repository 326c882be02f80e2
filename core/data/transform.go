package data

import (
	"math"
	"strconv"
)

// Transform encodes every row of a new table as model inputs, finding the
// feature columns by name (extra columns are ignored). It returns the
// row-major n×Dim inputs. A missing feature column, a missing cell (unless
// the Preprocessor fills them, FillMean), a word in a numeric column or a
// category not seen in training is a *ParseError naming line and column.
func (p *Preprocessor) Transform(t *Table) (x []float64, n int, err error) {
	cols := make([]int, len(p.Columns))
	cats := make([]map[string]int, len(p.Columns))
	for j, fc := range p.Columns {
		if cols[j] = t.Column(fc.Name); cols[j] < 0 {
			return nil, 0, &ParseError{Text: fc.Name, Err: ErrUnknownColumn}
		}
		if fc.Kind == Categorical {
			cats[j] = make(map[string]int, len(fc.Categories))
			for k, v := range fc.Categories {
				cats[j][v] = k
			}
		}
	}
	var source []int // table column of each input
	for j, fc := range p.Columns {
		for range max(1, len(fc.Categories)) {
			source = append(source, cols[j])
		}
	}
	for _, d := range p.Derived {
		source = append(source, cols[d.A])
	}
	n = t.Rows()
	dim := p.Dim()
	x = make([]float64, n*dim)
	base := make([]float64, len(p.Columns))
	for r := range n {
		for j, fc := range p.Columns {
			c := cols[j]
			cell := t.Cell(r, c)
			at := func(e error) error { return &ParseError{Line: t.Line(r), Column: c + 1, Text: cell, Err: e} }
			if fc.Kind == Numeric {
				v, st := parseCell(cell)
				switch st {
				case stMissing:
					if p.Missing != FillMean {
						return nil, 0, at(ErrMissing)
					}
					v = fc.Fill
				case stWord:
					return nil, 0, at(ErrNotNumber)
				case stNonFinite:
					return nil, 0, at(ErrNotFinite)
				}
				base[j] = v
				continue
			}
			if isMissing(cell) {
				if p.Missing != FillMean {
					return nil, 0, at(ErrMissing)
				}
				base[j] = float64(fc.FillIndex)
				continue
			}
			k, ok := cats[j][cell]
			if !ok {
				return nil, 0, at(ErrUnseen)
			}
			base[j] = float64(k)
		}
		row := x[r*dim : (r+1)*dim]
		p.encode(row, base)
		p.normalize(row)
		for k, v := range row {
			if math.IsNaN(v) || math.IsInf(v, 0) {
				return nil, 0, &ParseError{Line: t.Line(r), Column: source[k] + 1, Text: p.Inputs[k], Err: ErrNotFinite}
			}
		}
	}
	return x, n, nil
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
