package main

import (
	"math"
	"math/rand/v2"
)

// genTitanic writes a table in the layout of seaborn's titanic (891 rows):
// survived, pclass, sex, age (about 20 % empty), sibsp, parch, fare,
// embarked, class (pclass in words), who, adult_male, deck (about 77 %
// empty), embark_town, alive (survived as yes/no: a leak) and alone.
// Survival follows sex, class, age and family size as in the real table
// (about 38 % survive). Documented target: survived.
func genTitanic(r *rand.Rand, n int, emit func(...string)) {
	emit("survived", "pclass", "sex", "age", "sibsp", "parch", "fare", "embarked", "class", "who", "adult_male", "deck",
		"embark_town", "alive", "alone")
	classes := []string{"First", "Second", "Third"}
	ports, towns := []string{"S", "C", "Q"}, []string{"Southampton", "Cherbourg", "Queenstown"}
	for range n {
		pc := pick(r, 0.242, 0.207, 0.551)
		female := r.Float64() < []float64{0.435, 0.413, 0.293}[pc]
		age := clamp([]float64{38, 30, 25}[pc]+14*r.NormFloat64(), 0.42, 80)
		if age >= 1 {
			age = math.Round(age)
		}
		ageKnown := r.Float64() >= []float64{0.14, 0.06, 0.28}[pc]
		sibsp := []int{0, 1, 2, 3, 4, 5, 8}[pick(r, 0.68, 0.23, 0.03, 0.02, 0.02, 0.01, 0.01)]
		parch := []int{0, 1, 2, 3, 4, 5, 6}[pick(r, 0.76, 0.13, 0.09, 0.006, 0.005, 0.005, 0.004)]
		fare := lognormal(r, []float64{60, 20, 9}[pc], []float64{0.6, 0.4, 0.4}[pc]) * (1 + 0.3*float64(sibsp+parch))
		port := pick(r, 0.72, 0.19, 0.09)
		child := age < 16
		z := 0.3 + 2.5*b2f(female) - 1.1*float64(pc) - 0.025*(age-30) + 1.2*b2f(age < 10) - 0.4*math.Max(0, float64(sibsp+parch)-2) +
			0.3*b2f(port == 1)
		survived := r.Float64() < sigmoid(z-1.1)
		who := "man"
		switch {
		case child:
			who = "child"
		case female:
			who = "woman"
		}
		deck := ""
		switch {
		case pc == 0 && r.Float64() < 0.8:
			deck = []string{"A", "B", "C", "D", "E", "T"}[pick(r, 0.15, 0.28, 0.35, 0.12, 0.09, 0.01)]
		case pc == 1 && r.Float64() < 0.1:
			deck = []string{"D", "E", "F"}[r.IntN(3)]
		case pc == 2 && r.Float64() < 0.05:
			deck = []string{"E", "F", "G"}[r.IntN(3)]
		}
		ageCell, embarked, town := "", ports[port], towns[port]
		if ageKnown {
			ageCell = fmtF(age, 2)
			if age == math.Round(age) {
				ageCell = fmtF(age, 1)
			}
		}
		if r.Float64() < 0.0025 {
			embarked, town = "", ""
		}
		emit(fmtI(int(b2f(survived))), fmtI(pc+1), map[bool]string{true: "female", false: "male"}[female], ageCell,
			fmtI(sibsp), fmtI(parch), fmtF(fare, 4), embarked, classes[pc], who, pyBool(who == "man"), deck, town,
			map[bool]string{true: "yes", false: "no"}[survived], pyBool(sibsp+parch == 0))
	}
}

func b2f(b bool) float64 {
	if b {
		return 1
	}
	return 0
}

// pyBool writes a boolean as pandas does: True or False.
func pyBool(b bool) string {
	if b {
		return "True"
	}
	return "False"
}
