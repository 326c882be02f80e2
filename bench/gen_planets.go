package main

import (
	"math/rand/v2"
)

// planet methods with their shares in seaborn's planets and how their
// planets look: the median orbital period (days), distance (parsecs) and
// mass (Jupiter masses), the share of each left empty, and the first
// year.
var planetMethods = []struct {
	name                         string
	share                        float64
	period, distance, mass       float64
	noPeriod, noDistance, noMass float64
	from                         int
}{
	{"Radial Velocity", 553, 360, 40, 1.5, 0, 0.05, 0.05, 1995},
	{"Transit", 397, 5, 500, 1, 0, 0.3, 0.97, 2002},
	{"Imaging", 38, 50000, 50, 8, 0.7, 0.05, 0.9, 2004},
	{"Microlensing", 23, 3000, 4000, 1, 0.85, 0.4, 0.9, 2004},
	{"Eclipse Timing Variations", 9, 4000, 500, 5, 0.2, 0.5, 0.8, 2008},
	{"Pulsar Timing", 5, 30, 1000, 0.01, 0, 0.8, 0.9, 1992},
	{"Transit Timing Variations", 4, 20, 800, 0.1, 0, 0.5, 0.9, 2011},
	{"Orbital Brightness Modulation", 3, 0.5, 1200, 1, 0, 0.3, 1, 2011},
	{"Astrometry", 2, 1000, 15, 10, 0, 0, 1, 2010},
	{"Pulsation Timing Variations", 1, 1170, 1000, 7, 0, 1, 1, 2007},
}

// genPlanets writes a table in the layout of seaborn's planets (1,035
// rows): method (10 classes, from 553 rows to 1), number, orbital_period,
// mass (about half empty), distance and year. Documented target: method.
func genPlanets(r *rand.Rand, n int, emit func(...string)) {
	emit("method", "number", "orbital_period", "mass", "distance", "year")
	w := make([]float64, len(planetMethods))
	for i, m := range planetMethods {
		w[i] = m.share
	}
	for range n {
		m := planetMethods[pick(r, w...)]
		emit(m.name, fmtI([]int{1, 2, 3, 4, 5, 6, 7}[pick(r, 0.6, 0.2, 0.1, 0.05, 0.03, 0.015, 0.005)]),
			maybe(r, m.noPeriod, fmtF(lognormal(r, m.period, 1.2), 4)), maybe(r, m.noMass, fmtF(lognormal(r, m.mass, 1), 3)),
			maybe(r, m.noDistance, fmtF(lognormal(r, m.distance, 0.8), 2)), fmtI(m.from+r.IntN(2015-m.from)))
	}
}
