package main

import (
	"math"
	"math/rand/v2"
)

var (
	mpgBrands = [][]string{
		{"chevrolet", "ford", "plymouth", "amc", "dodge", "buick", "pontiac", "mercury", "oldsmobile", "chrysler"},
		{"toyota", "datsun", "honda", "mazda", "subaru"},
		{"volkswagen", "peugeot", "fiat", "audi", "volvo", "renault", "saab", "opel", "bmw"},
	}
	mpgModels   = []string{"custom", "deluxe", "sport", "coupe", "wagon", "sedan", "hatchback", "brougham", "gt", "classic", "special", "limited", "ii", "se", "dl"}
	mpgOrigins  = []string{"usa", "japan", "europe"}
	mpgCylinder = []int{3, 4, 5, 6, 8}
)

// genMPG writes a table in the layout of seaborn's mpg (398 rows): mpg
// first, cylinders, displacement, horsepower (6 empty), weight,
// acceleration, model_year, origin and name (a make and model, about 300
// different values). Mileage falls with weight and power and rises with the
// model year, as in the real table. Documented target: mpg.
func genMPG(r *rand.Rand, n int, emit func(...string)) {
	emit("mpg", "cylinders", "displacement", "horsepower", "weight", "acceleration", "model_year", "origin", "name")
	for range n {
		c := pick(r, 0.01, 0.513, 0.0075, 0.211, 0.259)
		cyl := mpgCylinder[c]
		var origin int
		switch cyl {
		case 3:
			origin = 1
		case 5:
			origin = 2
		case 4:
			origin = pick(r, 0.35, 0.35, 0.3)
		case 6:
			origin = pick(r, 0.8, 0.1, 0.1)
		}
		disp := math.Max(68, []float64{75, 110, 130, 220, 345}[c]+[]float64{5, 20, 10, 30, 45}[c]*r.NormFloat64())
		hp := math.Max(46, 0.35*disp+45+12*r.NormFloat64())
		weight := math.Max(1600, 1500+7*disp+250*r.NormFloat64())
		accel := clamp(21-0.04*hp+1.8*r.NormFloat64(), 8, 25)
		year := 70 + r.IntN(13)
		mpg := 45 - 0.0062*weight - 0.03*hp + 0.8*float64(year-76) + 1.5*b2f(origin != 0) + 2.5*r.NormFloat64()
		mpg += 0.0000025 * math.Pow(math.Max(0, 3000-weight), 2)
		mpg = clamp(mpg, 9, 46.6)
		name := mpgBrands[origin][r.IntN(len(mpgBrands[origin]))] + " " + mpgModels[r.IntN(len(mpgModels))]
		if r.Float64() < 0.5 {
			name += " " + fmtI(100+10*r.IntN(60))
		}
		emit(fmtF(mpg, 1), fmtI(cyl), fmtF(math.Round(disp), 1), maybe(r, 0.015, fmtF(math.Round(hp), 1)), fmtI(int(weight)),
			fmtF(accel, 1), fmtI(year), mpgOrigins[origin], name)
	}
}
