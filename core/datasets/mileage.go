package datasets

import (
	"fmt"
	"math"
	"math/rand/v2"
	"strings"
)

// MileageLike returns a table shaped like the car-mileage (auto-mpg) data,
// which the playground does not ship: 398 rows of cylinders, displacement,
// horsepower, weight, acceleration, model year and origin (usa, europe,
// japan), and mpg, drawn from seed. Fuel use per mile grows linearly with
// weight and horsepower and falls with the model year, so mpg, its
// reciprocal, bends: a network can beat a linear model, which explains
// about 0.8 of its variance. The tests of the stop defaults use it.
func MileageLike(seed uint64) string {
	rng := rand.New(rand.NewPCG(seed, 0x3a11e))
	var b strings.Builder
	b.WriteString("mpg,cylinders,displacement,horsepower,weight,acceleration,model_year,origin\n")
	origins := []string{"usa", "europe", "japan"}
	for range 398 {
		o := 0
		if u := rng.Float64(); u > 0.62 {
			o = 1 + int((u-0.62)/0.19)
		}
		weight := math.Min(5100, math.Max(1600, 3300-500*float64(o)+650*rng.NormFloat64()))
		cyl := 4
		switch {
		case weight > 3600:
			cyl = 8
		case weight > 2800:
			cyl = 6
		}
		disp := math.Max(68, 0.09*weight-120+float64(cyl)*12+25*rng.NormFloat64())
		hp := math.Max(46, 0.035*weight-5+12*rng.NormFloat64())
		acc := math.Max(8, 15.5+0.002*(weight-3000)-0.06*(hp-100)+2.2*rng.NormFloat64())
		year := 70 + rng.IntN(13)
		gpm := 1.1*weight/1000 + 0.012*hp - 0.11*float64(year-70) + 0.6
		mpg := math.Max(9, 100/gpm*(1+0.08*rng.NormFloat64()))
		fmt.Fprintf(&b, "%.1f,%d,%.0f,%.0f,%.0f,%.1f,%d,%s\n", mpg, cyl, disp, hp, weight, acc, year, origins[o])
	}
	return b.String()
}
