package fmath

import (
	"math"
	"math/rand/v2"
	"testing"
)

// The portable functions agree with the math package to a few ulps over
// their whole useful range.
func TestAccuracy(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	worst := map[string]float64{}
	check := func(name string, got, want float64) {
		rel := math.Abs(got-want) / math.Max(math.Abs(want), math.SmallestNonzeroFloat64)
		if want == got {
			rel = 0
		}
		worst[name] = math.Max(worst[name], rel)
	}
	for range 200000 {
		x := (rng.Float64()*2 - 1) * 700
		if rng.IntN(2) == 0 {
			x /= 300
		}
		check("Exp", Exp(x), math.Exp(x))
		check("Tanh", Tanh(x/20), math.Tanh(x/20))
		all := []float64{x / 20, x, math.NaN()}
		TanhAll(all)
		if all[0] != Tanh(x/20) || all[1] != Tanh(x) || !math.IsNaN(all[2]) {
			t.Fatalf("TanhAll(%v) = %v", x, all)
		}
		check("Sigmoid", Sigmoid(x/20), 1/(1+math.Exp(-x/20)))
		y := math.Abs(x) + 1e-300
		check("Log", Log(y), math.Log(y))
		vec := []float64{x, x / 300, y}
		ExpAll(vec[:2])
		LogAll(vec[2:])
		if !same(vec[0], Exp(x)) || !same(vec[1], Exp(x/300)) || !same(vec[2], Log(y)) {
			t.Fatalf("ExpAll/LogAll(%v) = %v", x, vec)
		}
	}
	limits := map[string]float64{"Exp": 1e-15, "Tanh": 2e-15, "Sigmoid": 2e-15, "Log": 1e-15}
	for name, w := range worst {
		t.Logf("%s: largest relative error %.3g", name, w)
		if w > limits[name] {
			t.Errorf("%s: relative error %.3g > %g", name, w, limits[name])
		}
	}
	for _, c := range []struct{ got, want float64 }{
		{Exp(0), 1}, {Exp(math.Inf(-1)), 0}, {Exp(800), math.Inf(1)}, {Tanh(30), 1}, {Tanh(-30), -1},
		{Tanh(0), 0}, {Sigmoid(-800), 0}, {Sigmoid(800), 1}, {Log(1), 0}, {Exp(-745.2), 0},
	} {
		if c.got != c.want {
			t.Errorf("got %v, want %v", c.got, c.want)
		}
	}
	edges := []float64{0, math.Copysign(0, -1), 1, -1, 707.9, 708, 708.5, 709, 709.7, 710, -707.9, -708, -708.5, -709, -745, -746,
		math.Inf(1), math.Inf(-1), math.NaN(), math.MaxFloat64, math.SmallestNonzeroFloat64, 2.2250738585072014e-308, 1e-310, -1e-310}
	for _, x := range edges {
		vec := []float64{x, x}
		ExpAll(vec[:1])
		LogAll(vec[1:])
		if !same(vec[0], Exp(x)) || !same(vec[1], Log(x)) {
			t.Errorf("ExpAll/LogAll(%v) = %v, want %v %v", x, vec, Exp(x), Log(x))
		}
	}
	if !math.IsNaN(Exp(math.NaN())) || !math.IsNaN(Tanh(math.NaN())) || !math.IsNaN(Log(-1)) {
		t.Errorf("NaN must stay NaN")
	}
}

// same reports whether a and b have the same bits, or are both NaN.
func same(a, b float64) bool {
	return math.Float64bits(a) == math.Float64bits(b) || (a != a && b != b)
}

var sink float64

func BenchmarkTanh(b *testing.B) {
	x := 0.0
	for b.Loop() {
		sink += Tanh(x)
		x += 0.001
		if x > 4 {
			x = -4
		}
	}
}

func BenchmarkMathTanh(b *testing.B) {
	x := 0.0
	for b.Loop() {
		sink += math.Tanh(x)
		x += 0.001
		if x > 4 {
			x = -4
		}
	}
}

func BenchmarkTanhDirect(b *testing.B) {
	x := 0.0
	for b.Loop() {
		sink += tanhDirect(x)
		x += 0.001
		if x > 4 {
			x = -4
		}
	}
}

func BenchmarkTanhAll(b *testing.B) { benchAll(b, TanhAll, 0, "Mtanh/s") }
func BenchmarkExpAll(b *testing.B)  { benchAll(b, ExpAll, 0, "Mexp/s") }
func BenchmarkLogAll(b *testing.B)  { benchAll(b, LogAll, 4.1, "Mlog/s") }

// benchAll times f on 80 values from lo-4 to lo+3.9 and reports millions
// of values per second.
func benchAll(b *testing.B, f func([]float64), lo float64, unit string) {
	v := make([]float64, 80)
	w := make([]float64, 80)
	for i := range v {
		v[i] = lo + float64(i-40)/10
	}
	for b.Loop() {
		copy(w, v)
		f(w)
	}
	sink += w[3]
	b.ReportMetric(float64(b.N*80)/b.Elapsed().Seconds()/1e6, unit)
}
