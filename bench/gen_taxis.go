package main

import (
	"math"
	"math/rand/v2"
	"time"
)

var (
	zoneA    = []string{"East", "West", "North", "South", "Upper", "Lower", "Central", "Old"}
	zoneB    = []string{"Village", "Harlem", "Park", "Heights", "Hill", "Square", "Side", "Point", "Bay", "Gardens", "Slope", "Ridge", "Yards", "Center", "Flatbush", "Chelsea", "Astoria", "Elmhurst", "Jamaica", "Flushing", "Midwood", "Bushwick"}
	boroughs = []string{"Manhattan", "Brooklyn", "Queens", "Bronx", "Staten Island"}
	taxiFrom = mustTime("2019-03-01 00:00:00")
)

func mustTime(s string) time.Time {
	t, err := time.Parse(time.DateTime, s)
	if err != nil {
		panic(err)
	}
	return t
}

// genTaxis writes a table in the layout of seaborn's taxis (6,433 rows):
// pickup and dropoff timestamps, passengers, distance, fare, tip, tolls,
// total (fare + tip + tolls + fees: nearly the target written again),
// color, payment (a few empty), the pickup and dropoff zones (176 names)
// and boroughs. The fare follows the distance and the ride's duration,
// which only the two timestamps give. Documented target: fare.
func genTaxis(r *rand.Rand, n int, emit func(...string)) {
	emit("pickup", "dropoff", "passengers", "distance", "fare", "tip", "tolls", "total", "color", "payment",
		"pickup_zone", "dropoff_zone", "pickup_borough", "dropoff_borough")
	zone := func() (string, string) {
		k := int(math.Min(175, math.Floor(math.Exp(r.Float64()*math.Log(176))))) // Zipf-like: low indices often
		return zoneA[k%len(zoneA)] + " " + zoneB[k/len(zoneA)], boroughs[pick(r, 0.8, 0.08, 0.08, 0.03, 0.01)]
	}
	for range n {
		pickup := taxiFrom.Add(time.Duration(r.Int64N(31*24*3600)) * time.Second)
		dist := math.Round(clamp(lognormal(r, 1.8, 0.8), 0, 30)*100) / 100
		hour := pickup.Hour()
		rush := b2f(hour >= 7 && hour <= 10 || hour >= 16 && hour <= 19)
		minutes := math.Max(1, 3+dist*(3+2*rush)+3*r.NormFloat64())
		dropoff := pickup.Add(time.Duration(minutes * float64(time.Minute)))
		fare := math.Max(2.5, math.Round((2.5+2.3*dist+0.35*minutes+r.NormFloat64())*2)/2)
		pay := []string{"credit card", "cash", ""}[pick(r, 0.7, 0.28, 0.02)]
		tip := 0.0
		if pay == "credit card" {
			tip = math.Round(fare*(0.15+0.1*r.Float64())*100) / 100
		}
		tolls := 0.0
		if r.Float64() < 0.04 {
			tolls = 5.76
		}
		total := fare + tip + tolls + 0.5 + 0.3 + 2.5
		color := "yellow"
		if r.Float64() < 0.08 {
			color = "green"
		}
		pz, pb := zone()
		dz, db := zone()
		emit(pickup.Format(time.DateTime), dropoff.Format(time.DateTime), fmtI([]int{0, 1, 2, 3, 4, 5, 6}[pick(r, 0.02, 0.7, 0.15, 0.05, 0.03, 0.03, 0.02)]),
			fmtF(dist, 2), fmtF(fare, 1), fmtF(tip, 2), fmtF(tolls, 2), fmtF(total, 2), color, pay, pz, dz, pb, db)
	}
}
