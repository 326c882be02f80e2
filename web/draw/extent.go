package draw

import "math"

// Extent answers "lowest and highest value of ys[a:b]" for a column that
// grows at its end, in O(log n) per question whatever the range: it keeps
// the extremes of every aligned block of 2, 4, 8, … values, updated as values
// arrive. The charts ask it once per pixel column every frame, so that a
// frame costs the same after a million epochs as after a thousand.
type Extent struct {
	levels [][]extremes // levels[k]: the blocks of 2^(k+1) values
	n      int          // the values indexed
	gen    int          // series.gen when indexed
}

// extremes are the lowest, lowest positive and highest finite values of a
// block; an empty block has +Inf, +Inf, -Inf.
type extremes struct{ lo, loPos, hi float64 }

var noExtremes = extremes{math.Inf(1), math.Inf(1), math.Inf(-1)}

func extremesOf(v float64) extremes {
	if math.IsNaN(v) || math.IsInf(v, 0) {
		return noExtremes
	}
	e := extremes{v, math.Inf(1), v}
	if v > 0 {
		e.loPos = v
	}
	return e
}

func (e extremes) merge(o extremes) extremes {
	return extremes{min(e.lo, o.lo), min(e.loPos, o.loPos), max(e.hi, o.hi)}
}

// sync indexes ys. gen changes when values already indexed may have changed
// (the history was cut back); the index is then rebuilt.
func (x *Extent) sync(ys []float64, gen int) {
	if gen != x.gen || len(ys) < x.n {
		for k := range x.levels {
			x.levels[k] = x.levels[k][:0]
		}
		x.n, x.gen = 0, gen
	}
	for i := x.n; i < len(ys); i++ {
		// Value i completes the blocks of 2^k that end at it.
		for k := 1; (i+1)%(1<<k) == 0; k++ {
			var a, b extremes
			if k == 1 {
				a, b = extremesOf(ys[i-1]), extremesOf(ys[i])
			} else {
				lv := x.levels[k-2]
				a, b = lv[len(lv)-2], lv[len(lv)-1]
			}
			if len(x.levels) < k {
				x.levels = append(x.levels, nil)
			}
			x.levels[k-1] = append(x.levels[k-1], a.merge(b))
		}
	}
	x.n = len(ys)
}

// query returns the extremes of ys[a:b] (ys as indexed by the last sync; a
// nil extent scans the values).
func (x *Extent) query(ys []float64, a, b int) extremes {
	r := noExtremes
	var levels [][]extremes
	if x != nil {
		levels = x.levels
	}
	for i := a; i < b; {
		// The largest indexed block that starts at i and ends by b.
		k := 0
		for k < len(levels) && i%(2<<k) == 0 && i+(2<<k) <= b && i>>(k+1) < len(levels[k]) {
			k++
		}
		if k == 0 {
			r = r.merge(extremesOf(ys[i]))
			i++
			continue
		}
		r = r.merge(levels[k-1][i>>k])
		i += 1 << k
	}
	return r
}
