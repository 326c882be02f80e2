package datasets

import (
	"math"
	"math/rand/v2"
	"strconv"
	"strings"
)

// ClinicLike returns a realistic pasted table of rows rows, drawn from
// seed: 7 numeric columns (integers, and decimals of 1 to 3 places, some
// negative) and a categorical label (low, mid, high) that depends on
// three of them, with a header, as a spreadsheet copies it. The tests of
// exercise links on pasted tables (400 rows × 8 columns) use it.
func ClinicLike(seed uint64, rows int) string {
	r := rand.New(rand.NewPCG(seed, 7))
	f := func(v float64, dec int) string {
		return strconv.FormatFloat(math.Round(v*math.Pow10(dec))/math.Pow10(dec), 'f', -1, 64)
	}
	var b strings.Builder
	b.WriteString("age,bmi,glucose,ratio,score,z,income,label\n")
	for range rows {
		age, bmi, glucose := 21+r.IntN(60), 18+27*r.Float64(), 60+r.IntN(140)
		ratio, score, z, income := r.Float64(), 10*(r.Float64()-0.5), r.NormFloat64(), 1000+r.IntN(9000)
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
