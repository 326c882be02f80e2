package datasets

import (
	"fmt"
	"math"
	"math/rand/v2"
	"strings"
)

// PimaLike returns a table shaped like the Pima diabetes data, which the
// playground does not ship: 768 rows, eight measurements on their own
// scales, and a binary outcome (about a third positive) from a logistic
// model of five of them, drawn from seed. A logistic regression predicts
// it to about 0.73; the tests of the stop defaults use it.
func PimaLike(seed uint64) string {
	rng := rand.New(rand.NewPCG(seed, 0x9137a))
	var b strings.Builder
	b.WriteString("pregnancies,glucose,pressure,skin,insulin,bmi,pedigree,age,outcome\n")
	for range 768 {
		preg := math.Floor(math.Abs(rng.NormFloat64()*3.4 + 3.8))
		glu := 121 + 30*rng.NormFloat64()
		bp := 69 + 12*rng.NormFloat64()
		skin := math.Max(0, 20+16*rng.NormFloat64())
		ins := math.Max(0, 80+100*rng.NormFloat64())
		bmi := 32 + 7*rng.NormFloat64()
		dpf := math.Abs(0.47 + 0.33*rng.NormFloat64())
		age := 21 + math.Abs(12*rng.NormFloat64())
		z := -0.8 + 1.1*(glu-121)/30 + 0.6*(bmi-32)/7 + 0.3*(age-30)/12 + 0.25*(preg-3.8)/3.4 + 0.3*(dpf-0.47)/0.33
		y := 0
		if rng.Float64() < 1/(1+math.Exp(-z)) {
			y = 1
		}
		fmt.Fprintf(&b, "%g,%.0f,%.0f,%.0f,%.0f,%.1f,%.3f,%.0f,%d\n", preg, glu, bp, skin, ins, bmi, dpf, age, y)
	}
	return b.String()
}
