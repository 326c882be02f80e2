package main

import (
	"math"
	"math/rand/v2"
)

// genDiamonds writes a table in the layout of seaborn's diamonds (53,940
// rows): carat, cut, color, clarity, depth, table, price, x, y, z. The
// price grows as carat^1.8 and with better cut, color and clarity, with
// 13 % noise; x, y and z follow the carat (they identify it, and so nearly
// the price). Documented target: price.
func genDiamonds(r *rand.Rand, n int, emit func(...string)) {
	emit("carat", "cut", "color", "clarity", "depth", "table", "price", "x", "y", "z")
	cuts := []string{"Fair", "Good", "Very Good", "Premium", "Ideal"}
	colors := []string{"D", "E", "F", "G", "H", "I", "J"}
	clarities := []string{"I1", "SI2", "SI1", "VS2", "VS1", "VVS2", "VVS1", "IF"}
	for range n {
		carat := math.Round(clamp(lognormal(r, 0.7, 0.55), 0.2, 5)*100) / 100
		cut := pick(r, 0.03, 0.09, 0.22, 0.26, 0.40)
		color := pick(r, 0.13, 0.18, 0.18, 0.21, 0.15, 0.10, 0.05)
		clarity := pick(r, 0.014, 0.17, 0.24, 0.23, 0.15, 0.09, 0.07, 0.03)
		depth := 61.75 + 1.4*r.NormFloat64()
		table := math.Round(57.5 + 2.2*r.NormFloat64())
		price := math.Exp(8.3 + 1.8*math.Log(carat) + 0.04*float64(cut) + 0.35 - 0.14*float64(color) - 0.9 + 0.15*float64(clarity) +
			0.13*r.NormFloat64())
		price = clamp(math.Round(price), 326, 18823)
		x := 6.45 * math.Cbrt(carat) * (1 + 0.01*r.NormFloat64())
		y := x * (1 + 0.005*r.NormFloat64())
		z := x * depth / 100
		emit(fmtF(carat, 2), cuts[cut], colors[color], clarities[clarity], fmtF(depth, 1), fmtF(table, 1), fmtF(price, 0),
			fmtF(x, 2), fmtF(y, 2), fmtF(z, 2))
	}
}
