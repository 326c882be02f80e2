package exercise_test

import (
	"math"
	"math/rand/v2"
	"strconv"
	"strings"
)

// table400 is a realistic pasted table: 400 rows of 7 numeric columns
// (integers, and floats with 2 to 4 significant digits, some negative) and
// a categorical label that depends on them, with a header, as a
// spreadsheet copies it.
func table400(seed uint64) string {
	r := rand.New(rand.NewPCG(seed, 7))
	var b strings.Builder
	b.WriteString("age,bmi,glucose,ratio,score,z,income,label\n")
	f := func(v float64, dec int) string {
		return strconv.FormatFloat(math.Round(v*math.Pow10(dec))/math.Pow10(dec), 'f', -1, 64)
	}
	for i := 0; i < 400; i++ {
		age := 21 + r.IntN(60)
		bmi := 18 + 27*r.Float64()
		glucose := 60 + r.IntN(140)
		ratio := r.Float64()
		score := 10 * (r.Float64() - 0.5)
		z := r.NormFloat64()
		income := 1000 + r.IntN(9000)
		label := "low"
		switch v := 0.02*float64(glucose) + 0.1*bmi + 2*ratio + 0.3*r.NormFloat64(); {
		case v > 7:
			label = "high"
		case v > 5.8:
			label = "mid"
		}
		b.WriteString(strings.Join([]string{strconv.Itoa(age), f(bmi, 1), strconv.Itoa(glucose), f(ratio, 3), f(score, 2), f(z, 2), strconv.Itoa(income), label}, ","))
		b.WriteByte('\n')
	}
	return b.String()
}
