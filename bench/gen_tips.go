package main

import (
	"math"
	"math/rand/v2"
)

// genTips writes a table in the layout of seaborn's tips (244 rows):
// total_bill, tip, sex, smoker, day, time, size. The tip is about 0.92 +
// 0.105 × the bill with noise that grows with the bill, as in the real
// table (where a linear model's R² is about 0.4–0.45). Documented target:
// tip.
func genTips(r *rand.Rand, n int, emit func(...string)) {
	emit("total_bill", "tip", "sex", "smoker", "day", "time", "size")
	days := []string{"Thur", "Fri", "Sat", "Sun"}
	for range n {
		day := pick(r, 62, 19, 87, 76)
		lunch := []float64{0.97, 0.37, 0, 0}[day]
		time := "Dinner"
		if r.Float64() < lunch {
			time = "Lunch"
		}
		size := []int{1, 2, 3, 4, 5, 6}[pick(r, 0.02, 0.64, 0.15, 0.15, 0.02, 0.02)]
		bill := 3 + float64(size)*5.5*math.Exp(0.35*r.NormFloat64())
		if time == "Dinner" {
			bill += 2
		}
		bill = math.Round(bill*100) / 100
		tip := 0.92 + 0.105*bill + (0.5+bill/40)*0.9*r.NormFloat64()
		if r.Float64() < 0.5 {
			tip = math.Round(tip*2) / 2
		}
		tip = math.Max(1, tip)
		sex := "Male"
		if r.Float64() < 0.36 {
			sex = "Female"
		}
		smoker := "No"
		if r.Float64() < 0.38 {
			smoker = "Yes"
		}
		emit(fmtF(bill, 2), fmtF(tip, 2), sex, smoker, days[day], time, fmtI(size))
	}
}
