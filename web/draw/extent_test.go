package draw

import (
	"math"
	"math/rand/v2"
	"testing"
)

// TestExtent compares the index's answers with a scan, on a column that
// grows, holds NaN, Inf and non-positive values, and is cut back.
func TestExtent(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	var ys []float64
	var x Extent
	gen := 0
	check := func() {
		x.sync(ys, gen)
		for range 300 {
			a := rng.IntN(len(ys) + 1)
			b := a + rng.IntN(len(ys)-a+1)
			want := noExtremes
			for _, v := range ys[a:b] {
				want = want.merge(extremesOf(v))
			}
			if got := x.query(ys, a, b); got != want {
				t.Fatalf("n=%d [%d,%d): got %+v, want %+v", len(ys), a, b, got, want)
			}
			var none *Extent
			if got := none.query(ys, a, b); got != want {
				t.Fatalf("nil extent [%d,%d): got %+v, want %+v", a, b, got, want)
			}
		}
	}
	for round := range 6 {
		for range 1 + rng.IntN(700) {
			v := rng.NormFloat64()
			switch rng.IntN(40) {
			case 0:
				v = math.NaN()
			case 1:
				v = math.Inf(1)
			case 2:
				v = 0
			}
			ys = append(ys, v)
		}
		check()
		if round%2 == 1 { // cut back and change what was there
			ys = ys[:rng.IntN(len(ys))]
			for i := range ys {
				ys[i] += 10
			}
			gen++
			check()
		}
	}
	if len(x.levels) < 5 {
		t.Fatalf("only %d levels over %d values", len(x.levels), len(ys))
	}
}

// BenchmarkLossBand times the envelope of a 200,000-epoch loss on a
// 300-pixel-wide chart, as a frame draws it.
func BenchmarkLossBand(b *testing.B) {
	ys := make([]float64, 200_000)
	xs := make([]float64, len(ys))
	for i := range ys {
		xs[i], ys[i] = float64(i), 1/float64(i+1)+0.01*math.Sin(float64(i))
	}
	var x Extent
	x.sync(ys, 0)
	p := PlotArea{X: 48, Y: 6, W: 300, H: 160, Log: true, X0: 0, X1: xs[len(xs)-1], Y0: -3, Y1: 0.1}
	var r Recs
	for b.Loop() {
		p.band(&r, xs, ys, &x, 2, true)
	}
}
