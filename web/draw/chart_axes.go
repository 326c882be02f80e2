package draw

import (
	"math"

	"github.com/nnplayground/playground/web/i18n"
)

// PlotArea is the inner box of a chart and the data range it shows.
type PlotArea struct {
	X, Y, W, H     float64 // pixels
	X0, X1, Y0, Y1 float64 // data
	Log            bool    // log10 y axis
}

// Px is the pixel column of data x.
func (p *PlotArea) Px(x float64) float64 {
	if p.X1 == p.X0 {
		return p.X
	}
	return p.X + (x-p.X0)/(p.X1-p.X0)*p.W
}

// Py is the pixel row of data y (on the log scale when Log).
func (p *PlotArea) Py(y float64) float64 {
	if p.Log {
		y = math.Log10(math.Max(y, 1e-300))
	}
	y0, y1 := p.Y0, p.Y1
	if y1 == y0 {
		return p.Y + p.H/2
	}
	return p.Y + p.H - (y-y0)/(y1-y0)*p.H
}

// FitY sets Y0, Y1 to cover ys (finite values only; positive ones when Log).
func (p *PlotArea) FitY(ys ...[]float64) {
	lo, hi := math.Inf(1), math.Inf(-1)
	for _, s := range ys {
		for _, y := range s {
			if math.IsNaN(y) || math.IsInf(y, 0) || (p.Log && y <= 0) {
				continue
			}
			if p.Log {
				y = math.Log10(y)
			}
			lo, hi = math.Min(lo, y), math.Max(hi, y)
		}
	}
	if lo > hi {
		lo, hi = 0, 1
	}
	p.SetY(lo, hi)
}

// SetY sets Y0, Y1 around the range lo..hi (in log10 units when Log).
func (p *PlotArea) SetY(lo, hi float64) {
	if lo == hi {
		lo, hi = lo-0.5, hi+0.5
	}
	if !p.Log && lo > 0 && lo < hi*0.5 {
		lo = 0
	}
	pad := (hi - lo) * 0.05
	p.Y0, p.Y1 = lo-pad, hi+pad
	if !p.Log && lo >= 0 && p.Y0 < 0 {
		p.Y0 = 0 // losses are never negative: no axis below zero
	}
}

// yLabel is the data value at the top (top=true) or bottom of the axis.
func (p *PlotArea) yLabel(top bool) float64 {
	v := p.Y0
	if top {
		v = p.Y1
	}
	if p.Log {
		return math.Pow(10, v)
	}
	return v
}

// Frame draws the box and the range labels. The box starts after the
// wider y label (a log scale's 0.0007505 needs more than the usual margin).
func (p *PlotArea) Frame(c *Canvas, xlabel string) {
	top, bottom := i18n.Short(p.yLabel(true)), i18n.Short(p.yLabel(false))
	if x := max(c.TextWidth(top), c.TextWidth(bottom)) + 6; x > p.X {
		p.W -= x - p.X
		p.X = x
	}
	c.Rect(p.X, p.Y, p.W, p.H, 0xcccccc)
	c.Text(top, p.X-4, p.Y+10, ColInk, "right")
	c.Text(bottom, p.X-4, p.Y+p.H, ColInk, "right")
	c.Text(i18n.Short(p.X0), p.X, p.Y+p.H+13, ColInk, "left")
	c.Text(i18n.Short(p.X1), p.X+p.W, p.Y+p.H+13, ColInk, "right")
	if xlabel != "" {
		c.Text(xlabel, p.X+p.W/2, p.Y+p.H+13, ColGrey, "center")
	}
}

// Line draws ys (indexed by xs) in colour rgb, width pixels wide, dashed or
// solid. A series with at most one point per pixel column is stroked as a
// polyline; a longer one is filled as its envelope, the band between each
// pixel column's lowest and highest value widened by the line's width (the
// shape a stroke through every point would cover), with the dashes cut
// across the columns. A canvas strokes a wide polyline that folds back on
// itself column after column, as a noisy loss does, at a cost that grows
// with the folds (most of the page's time in a frame while training, in
// software rendering); one filled polygon costs a fraction of it.
// ext indexes ys (nil: ys is scanned).
func (p *PlotArea) Line(c *Canvas, r *Recs, xs, ys []float64, ext *Extent, rgb int, width float64, dashed bool) {
	if len(ys) <= p.columns() {
		p.Series(r, xs, ys)
		c.Poly(r, rgb, width, dashed)
		return
	}
	p.band(r, xs, ys, ext, width, dashed)
	c.band(r, rgb)
}

// columns is the number of whole pixel columns of the plot area (at least 1).
func (p *PlotArea) columns() int { return max(int(p.W), 1) }

// Dashes of an envelope band, in pixel columns: dashOn drawn, then dashOff
// left out (the polyline's dashes are 6 and 4 pixels along the line).
const dashOn, dashOff = 6, 4

// band adds to r the envelope of ys, one record (x, top, bottom) per pixel
// column, its values those of the epochs that fall in the column; a record
// of NaNs ends a run (a column without a finite value, a dash's gap). ext
// indexes ys (nil: ys is scanned).
func (p *PlotArea) band(r *Recs, xs, ys []float64, ext *Extent, width float64, dashed bool) {
	r.Reset()
	n := len(ys)
	cols := p.columns()
	per := float64(n) / float64(cols)
	half := width / 2
	open := false
	gap := func() {
		if open {
			r.Add(math.NaN(), math.NaN(), math.NaN())
			open = false
		}
	}
	for c := range cols {
		a, b := int(float64(c)*per), min(int(float64(c+1)*per), n)
		if a >= b {
			continue
		}
		if dashed && c%(dashOn+dashOff) >= dashOn {
			gap()
			continue
		}
		e := ext.query(ys, a, b)
		lo := e.lo
		if p.Log {
			lo = e.loPos
		}
		if math.IsInf(lo, 0) {
			gap()
			continue
		}
		r.Add((p.Px(xs[a])+p.Px(xs[b-1]))/2, p.Py(e.hi)-half, p.Py(lo)+half)
		open = true
	}
}

// Series adds the polyline of ys (indexed by xs) to r; a value that cannot
// be drawn lifts the pen.
func (p *PlotArea) Series(r *Recs, xs []float64, ys []float64) {
	r.Reset()
	for i, y := range ys {
		p.point(r, xs[i], y)
	}
}

func (p *PlotArea) point(r *Recs, x, y float64) {
	if math.IsNaN(y) || math.IsInf(y, 0) || (p.Log && y <= 0) {
		r.Add(math.NaN(), math.NaN())
		return
	}
	r.Add(p.Px(x), p.Py(y))
}
