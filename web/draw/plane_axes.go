package draw

import (
	"math"

	"github.com/nnplayground/playground/web/i18n"
)

// niceTicks returns the round values inside lo..hi, about n of them: the
// multiples of a step of 1, 2 or 5 times a power of ten, the least such
// step at least (hi−lo)/n. Each value is k·m/10ᵉ or k·m·10ᵉ with whole k
// and m, so 0.6 is 0.6, not 3 × 0.2 = 0.6000000000000001.
func niceTicks(lo, hi float64, n int) []float64 {
	if !(hi > lo) || n < 1 || math.IsInf(hi-lo, 0) {
		return nil
	}
	raw := (hi - lo) / float64(n)
	e := math.Floor(math.Log10(raw))
	p := math.Pow(10, math.Abs(e))
	m := 10.0
	for _, c := range []float64{1, 2, 5} {
		if step(c, e, p) >= raw*(1-1e-12) {
			m = c
			break
		}
	}
	s := step(m, e, p)
	var out []float64
	for k := math.Ceil(lo/s - 1e-9); k*s <= hi+1e-9*(hi-lo) && len(out) <= 2*n+2; k++ {
		v := k * m * p
		if e < 0 {
			v = k * m / p
		}
		out = append(out, v+0) // +0: no −0
	}
	return out
}

func step(m, e, p float64) float64 {
	if e < 0 {
		return m / p
	}
	return m * p
}

var tickRecs Recs

// PlaneTicks draws the output plane's axes: ticks with their values below
// the plane (x0..x1) and left of it (y0..y1, upwards), the plane being the
// size×size square at (left, 0). The canvas's data-ticks lists them
// ("x values;y values"), for tests.
func PlaneTicks(c *Canvas, x0, x1, y0, y1, left, size float64) {
	n := max(3, int(size/80))
	xs, ys := niceTicks(x0, x1, n), niceTicks(y0, y1, n)
	tickRecs.Reset()
	var b []byte
	for i, v := range xs {
		x := left + (v-x0)/(x1-x0)*size
		tickRecs.Add(x, size, x, size+4, 1, float64(ColInk))
		c.Text(i18n.Full(v), x, size+14, ColInk, "center")
		if i > 0 {
			b = append(b, ',')
		}
		b = append(b, i18n.Full(v)...)
	}
	b = append(b, ';')
	for i, v := range ys {
		y := (y1 - v) / (y1 - y0) * size
		tickRecs.Add(left-4, y, left, y, 1, float64(ColInk))
		c.Text(i18n.Full(v), left-6, y+4, ColInk, "right")
		if i > 0 {
			b = append(b, ',')
		}
		b = append(b, i18n.Full(v)...)
	}
	tickRecs.Add(left, 0, left, size, 1, float64(ColInk))
	tickRecs.Add(left, size, left+size, size, 1, float64(ColInk))
	c.Segs(&tickRecs)
	c.Attr("data-ticks", string(b))
}
