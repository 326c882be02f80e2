package web

import "math"

// plotArea is the inner box of a chart and the data range it shows.
type plotArea struct {
	X, Y, W, H     float64 // pixels
	X0, X1, Y0, Y1 float64 // data
	Log            bool    // log10 y axis
}

func (p *plotArea) px(x float64) float64 {
	if p.X1 == p.X0 {
		return p.X
	}
	return p.X + (x-p.X0)/(p.X1-p.X0)*p.W
}

func (p *plotArea) py(y float64) float64 {
	if p.Log {
		y = math.Log10(math.Max(y, 1e-300))
	}
	y0, y1 := p.Y0, p.Y1
	if y1 == y0 {
		return p.Y + p.H/2
	}
	return p.Y + p.H - (y-y0)/(y1-y0)*p.H
}

// fitY sets Y0, Y1 to cover ys (finite values only; positive ones when Log).
func (p *plotArea) fitY(ys ...[]float64) {
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
	p.setY(lo, hi)
}

// setY sets Y0, Y1 around the range lo..hi (in log10 units when Log).
func (p *plotArea) setY(lo, hi float64) {
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
func (p *plotArea) yLabel(top bool) float64 {
	v := p.Y0
	if top {
		v = p.Y1
	}
	if p.Log {
		return math.Pow(10, v)
	}
	return v
}

// frame draws the box and the range labels. The box starts after the
// wider y label (a log scale's 0.0007505 needs more than the usual margin).
func (p *plotArea) frame(c *canvas, xlabel string) {
	top, bottom := short(p.yLabel(true)), short(p.yLabel(false))
	if x := max(c.textWidth(top), c.textWidth(bottom)) + 6; x > p.X {
		p.W -= x - p.X
		p.X = x
	}
	c.rect(p.X, p.Y, p.W, p.H, 0xcccccc)
	c.text(top, p.X-4, p.Y+10, colInk, "right")
	c.text(bottom, p.X-4, p.Y+p.H, colInk, "right")
	c.text(short(p.X0), p.X, p.Y+p.H+13, colInk, "left")
	c.text(short(p.X1), p.X+p.W, p.Y+p.H+13, colInk, "right")
	if xlabel != "" {
		c.text(xlabel, p.X+p.W/2, p.Y+p.H+13, colGrey, "center")
	}
}

// line draws ys (indexed by xs) in colour rgb, width pixels wide, dashed or
// solid. A series with at most one point per pixel column is stroked as a
// polyline; a longer one is filled as its envelope, the band between each
// pixel column's lowest and highest value widened by the line's width (the
// shape a stroke through every point would cover), with the dashes cut
// across the columns. A canvas strokes a wide polyline that folds back on
// itself column after column, as a noisy loss does, at a cost that grows
// with the folds (most of the page's time in a frame while training, in
// software rendering); one filled polygon costs a fraction of it.
// ext indexes ys (nil: ys is scanned).
func (p *plotArea) line(c *canvas, r *recs, xs, ys []float64, ext *extent, rgb int, width float64, dashed bool) {
	if len(ys) <= p.columns() {
		p.series(r, xs, ys)
		c.poly(r, rgb, width, dashed)
		return
	}
	p.band(r, xs, ys, ext, width, dashed)
	c.band(r, rgb)
}

// columns is the number of whole pixel columns of the plot area (at least 1).
func (p *plotArea) columns() int { return max(int(p.W), 1) }

// Dashes of an envelope band, in pixel columns: dashOn drawn, then dashOff
// left out (the polyline's dashes are 6 and 4 pixels along the line).
const dashOn, dashOff = 6, 4

// band adds to r the envelope of ys, one record (x, top, bottom) per pixel
// column, its values those of the epochs that fall in the column; a record
// of NaNs ends a run (a column without a finite value, a dash's gap). ext
// indexes ys (nil: ys is scanned).
func (p *plotArea) band(r *recs, xs, ys []float64, ext *extent, width float64, dashed bool) {
	r.reset()
	n := len(ys)
	cols := p.columns()
	per := float64(n) / float64(cols)
	half := width / 2
	open := false
	gap := func() {
		if open {
			r.add(math.NaN(), math.NaN(), math.NaN())
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
		r.add((p.px(xs[a])+p.px(xs[b-1]))/2, p.py(e.hi)-half, p.py(lo)+half)
		open = true
	}
}

// series adds the polyline of ys (indexed by xs) to r; a value that cannot
// be drawn lifts the pen.
func (p *plotArea) series(r *recs, xs []float64, ys []float64) {
	r.reset()
	for i, y := range ys {
		p.point(r, xs[i], y)
	}
}

func (p *plotArea) point(r *recs, x, y float64) {
	if math.IsNaN(y) || math.IsInf(y, 0) || (p.Log && y <= 0) {
		r.add(math.NaN(), math.NaN())
		return
	}
	r.add(p.px(x), p.py(y))
}
