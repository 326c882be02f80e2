package data

import (
	"fmt"
	"math/rand/v2"
	"strconv"
	"strings"
	"testing"
)

// gen is a column of a generated table: its name and a cell maker.
type gen struct {
	name string
	cell func(r int, rng *rand.Rand) string
}

// genTable writes a CSV of n rows from cols, seeded.
func genTable(n int, cols ...gen) string {
	rng := rand.New(rand.NewPCG(17, 3))
	var b strings.Builder
	for i, c := range cols {
		if i > 0 {
			b.WriteByte(',')
		}
		b.WriteString(c.name)
	}
	b.WriteByte('\n')
	for r := range n {
		for i, c := range cols {
			if i > 0 {
				b.WriteByte(',')
			}
			b.WriteString(c.cell(r, rng))
		}
		b.WriteByte('\n')
	}
	return b.String()
}

func pick(words ...string) func(int, *rand.Rand) string {
	return func(_ int, rng *rand.Rand) string { return words[rng.IntN(len(words))] }
}

func uniform(lo, hi float64, prec int) func(int, *rand.Rand) string {
	return func(_ int, rng *rand.Rand) string {
		return strconv.FormatFloat(lo+(hi-lo)*rng.Float64(), 'f', prec, 64)
	}
}

func intIn(lo, hi int) func(int, *rand.Rand) string {
	return func(_ int, rng *rand.Rand) string { return strconv.Itoa(lo + rng.IntN(hi-lo+1)) }
}

// sometimes leaves a share of the cells of f empty.
func sometimes(share float64, f func(int, *rand.Rand) string) func(int, *rand.Rand) string {
	return func(r int, rng *rand.Rand) string {
		if rng.Float64() < share {
			return ""
		}
		return f(r, rng)
	}
}

// Well-known tables (digits, titanic, tips, …), as their headers and plausible rows
// (generated here; the cells only need the kinds and spreads of the
// originals): each documented target is the guess.
func guessTables() []struct{ Name, Text, Want string } {
	pixels := make([]gen, 0, 65)
	for i := range 64 {
		pixels = append(pixels, gen{fmt.Sprintf("pixel_%d_%d", i/8, i%8), intIn(0, 16)})
	}
	pixels = append(pixels, gen{"target", intIn(0, 9)})
	survived := make([]int, 120)
	for r := range survived {
		survived[r] = (r * 7 / 3) % 2
	}
	yesNo := func(r int, _ *rand.Rand) string { return [...]string{"no", "yes"}[survived[r]] }
	return []struct{ Name, Text, Want string }{
		{"tips", genTable(120, gen{"total_bill", uniform(3, 50, 2)}, gen{"tip", uniform(1, 10, 2)}, gen{"sex", pick("Male", "Female")},
			gen{"smoker", pick("Yes", "No")}, gen{"day", pick("Thur", "Fri", "Sat", "Sun")}, gen{"time", pick("Lunch", "Dinner")},
			gen{"size", intIn(1, 6)}), "tip"},
		{"mpg", genTable(120, gen{"mpg", uniform(9, 46, 1)}, gen{"cylinders", pick("4", "6", "8", "3", "5")}, gen{"displacement", uniform(68, 455, 1)},
			gen{"horsepower", sometimes(0.02, intIn(46, 230))}, gen{"weight", intIn(1613, 5140)}, gen{"acceleration", uniform(8, 24.8, 1)},
			gen{"model_year", intIn(70, 82)}, gen{"origin", pick("1", "2", "3")},
			gen{"name", func(r int, rng *rand.Rand) string {
				return [...]string{"chevrolet", "ford", "toyota", "amc", "vw"}[rng.IntN(5)] + " model " + strconv.Itoa(r)
			}}), "mpg"},
		{"diamonds", genTable(200, gen{"carat", uniform(0.2, 3, 2)}, gen{"cut", pick("Fair", "Good", "Very Good", "Premium", "Ideal")},
			gen{"color", pick("D", "E", "F", "G", "H", "I", "J")}, gen{"clarity", pick("I1", "SI2", "SI1", "VS2", "VS1", "VVS2", "VVS1", "IF")},
			gen{"depth", uniform(55, 70, 1)}, gen{"table", intIn(53, 65)}, gen{"price", intIn(326, 18823)},
			gen{"x", uniform(3.7, 10, 2)}, gen{"y", uniform(3.7, 10, 2)}, gen{"z", uniform(2.2, 6.5, 2)}), "price"},
		{"planets", genTable(150, gen{"method", pick("Radial Velocity", "Transit", "Imaging", "Microlensing", "Eclipse Timing Variations",
			"Pulsar Timing", "Astrometry", "Orbital Brightness Modulation", "Transit Timing Variations", "Pulsation Timing Variations")},
			gen{"number", intIn(1, 7)}, gen{"orbital_period", sometimes(0.04, uniform(0.1, 7300, 4))}, gen{"mass", sometimes(0.5, uniform(0.004, 25, 3))},
			gen{"distance", sometimes(0.2, uniform(1.3, 8500, 2))}, gen{"year", intIn(1989, 2014)}), "method"},
		{"titanic", genTable(120, gen{"survived", func(r int, _ *rand.Rand) string { return strconv.Itoa(survived[r]) }},
			gen{"pclass", pick("1", "2", "3")}, gen{"sex", pick("male", "female")}, gen{"age", sometimes(0.2, intIn(1, 80))},
			gen{"sibsp", intIn(0, 5)}, gen{"parch", intIn(0, 4)}, gen{"fare", uniform(0, 512, 4)}, gen{"embarked", sometimes(0.01, pick("S", "C", "Q"))},
			gen{"class", pick("First", "Second", "Third")}, gen{"who", pick("man", "woman", "child")}, gen{"adult_male", pick("True", "False")},
			gen{"deck", sometimes(0.77, pick("A", "B", "C", "D", "E", "F", "G"))}, gen{"embark_town", pick("Southampton", "Cherbourg", "Queenstown")},
			gen{"alive", yesNo}, gen{"alone", pick("True", "False")}), "survived"},
		{"iris", genTable(150, gen{"sepal_length", uniform(4.3, 7.9, 1)}, gen{"sepal_width", uniform(2, 4.4, 1)},
			gen{"petal_length", uniform(1, 6.9, 1)}, gen{"petal_width", uniform(0.1, 2.5, 1)},
			gen{"species", pick("setosa", "versicolor", "virginica")}), "species"},
		{"penguins", genTable(150, gen{"species", pick("Adelie", "Chinstrap", "Gentoo")}, gen{"island", pick("Biscoe", "Dream", "Torgersen")},
			gen{"bill_length_mm", sometimes(0.01, uniform(32, 60, 1))}, gen{"bill_depth_mm", sometimes(0.01, uniform(13, 21.5, 1))},
			gen{"flipper_length_mm", sometimes(0.01, intIn(172, 231))}, gen{"body_mass_g", sometimes(0.01, intIn(2700, 6300))},
			gen{"sex", sometimes(0.03, pick("Male", "Female"))}), "species"},
		{"pima", genTable(150, gen{"Pregnancies", intIn(0, 17)}, gen{"Glucose", intIn(0, 199)}, gen{"BloodPressure", intIn(0, 122)},
			gen{"SkinThickness", intIn(0, 99)}, gen{"Insulin", intIn(0, 846)}, gen{"BMI", uniform(0, 67, 1)},
			gen{"DiabetesPedigreeFunction", uniform(0.078, 2.42, 3)}, gen{"Age", intIn(21, 81)}, gen{"Outcome", pick("0", "1")}), "Outcome"},
		{"digits", genTable(150, pixels...), "target"},
		{"healthexp", genTable(100, gen{"Year", intIn(1970, 2020)}, gen{"Country", pick("Canada", "France", "Germany", "Great Britain", "Japan", "USA")},
			gen{"Spending_USD", uniform(100, 11000, 3)}, gen{"Life_Expectancy", uniform(69, 85, 1)}), "Life_Expectancy"},
		{"car crashes", genTable(51, gen{"total", uniform(5, 24, 1)}, gen{"speeding", uniform(1, 10, 3)}, gen{"alcohol", uniform(1, 10, 3)},
			gen{"ins_premium", uniform(600, 1300, 2)}, gen{"abbrev", func(r int, _ *rand.Rand) string { return string(rune('A'+r/26)) + string(rune('A'+r%26)) }}), "total"},
		{"an id named like a target", genTable(40, gen{"target_id", func(r int, _ *rand.Rand) string { return strconv.Itoa(500 + r) }},
			gen{"x", uniform(0, 1, 3)}, gen{"result", pick("win", "loss")}), "result"},
		{"plain numbers: the last column", genTable(40, gen{"a", uniform(0, 1, 3)}, gen{"b", uniform(0, 1, 3)}, gen{"c", uniform(0, 1, 3)}), "c"},
		{"an id and a timestamp are never the target", genTable(60, gen{"x", uniform(0, 1, 3)}, gen{"y", uniform(0, 1, 3)},
			gen{"when", func(r int, _ *rand.Rand) string { return fmt.Sprintf("2019-03-%02d 20:21:%02d", 1+r%28, r%60) }},
			gen{"id", func(r int, _ *rand.Rand) string { return "u" + strconv.Itoa(1000+r) }}), "y"},
	}
}

// Both rules, GuessTarget and version 3's, find these.
func TestGuessTarget(t *testing.T) {
	for _, tt := range guessTables() {
		t.Run(tt.Name, func(t *testing.T) {
			tb := mustParse(t, tt.Text)
			if g := GuessTarget(tb); g.Name != tt.Want {
				t.Errorf("GuessTarget = %q (runner-up %q), want %q", g.Name, g.Alt, tt.Want)
			}
			if g := GuessTargetV3(tb); g.Name != tt.Want {
				t.Errorf("GuessTargetV3 = %q (runner-up %q), want %q", g.Name, g.Alt, tt.Want)
			}
		})
	}
}

// Version 3: two binary outcome-like columns are close: the guess names
// the other.
func TestGuessTargetV3Close(t *testing.T) {
	text := genTable(80, gen{"smoker", pick("yes", "no")}, gen{"age", intIn(20, 70)}, gen{"bmi", uniform(18, 40, 1)},
		gen{"diabetic", pick("yes", "no")})
	g := GuessTargetV3(mustParse(t, text))
	if g.Name != "diabetic" || g.Alt != "smoker" {
		t.Errorf("GuessTarget = %+v, want diabetic with smoker close", g)
	}
	tips := guessTables()[0]
	if g := GuessTargetV3(mustParse(t, tips.Text)); g.Alt != "" {
		t.Errorf("tips: GuessTarget = %+v, want no close runner-up", g)
	}
}
