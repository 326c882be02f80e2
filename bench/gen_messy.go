package main

import (
	"fmt"
	"math"
	"math/rand/v2"
	"time"
)

var (
	firstNames = []string{"Ada", "Alan", "Alice", "Amir", "Ana", "Ben", "Bo", "Carla", "Chen", "Dana", "David", "Elena", "Eli", "Emma",
		"Farah", "Felix", "Grace", "Hana", "Hugo", "Ines", "Ivan", "Jana", "Jin", "Jonas", "Kai", "Kim", "Lara", "Leo", "Lina",
		"Luis", "Maya", "Mei", "Mila", "Nadia", "Nils", "Noah", "Olga", "Omar", "Paul", "Priya", "Quinn", "Rosa", "Ravi", "Sara",
		"Sofia", "Tariq", "Tom", "Uma", "Vera", "Wei", "Yara", "Yusuf", "Zoe", "Ari", "Bela", "Cora", "Dev", "Ezra", "Fay", "Gil"}
	lastNames = []string{"Abe", "Adams", "Alvarez", "Bauer", "Becker", "Brown", "Chen", "Costa", "Cruz", "Dubois", "Ek", "Evans",
		"Fischer", "Garcia", "Gupta", "Haas", "Hall", "Ito", "Jensen", "Kato", "Khan", "Kim", "Klein", "Kowalski", "Lee", "Lopez",
		"Meyer", "Moreau", "Muller", "Nagy", "Nguyen", "Novak", "Ortiz", "Park", "Patel", "Perez", "Quist", "Rossi", "Roy", "Sato",
		"Schmidt", "Silva", "Singh", "Smith", "Sousa", "Tanaka", "Torres", "Ueda", "Varga", "Vogel", "Wang", "Weber", "Wilson",
		"Wong", "Xu", "Yamada", "Young", "Zhang", "Zimmer", "Berg", "Lund", "Holm", "Dahl", "Falk", "Aalto", "Rahman", "Okafor",
		"Mensah", "Diallo", "Haddad", "Farouk", "Ivanova", "Petrov", "Horvat", "Kaya", "Demir", "Yilmaz", "Arslan", "Sahin", "Celik"}
	messyCities   = []string{"Lisbon", "Porto", "Madrid", "Lyon", "Turin", "Ghent", "Leeds", "Bergen"}
	cityEffect    = []float64{-0.6, -0.3, 0, 0.2, 0.4, 0.6, -0.2, 0.1}
	cityWeight    = []float64{0.22, 0.12, 0.2, 0.1, 0.09, 0.07, 0.12, 0.08}
	planNames     = []string{"basic", "plus", "pro", "max"}
	messyEpoch, _ = time.Parse(time.DateTime, "2022-01-01 00:00:00")
)

// genMessy writes a customer table with what makes real tables hard: an
// identifier (customer_id), a name, a timestamp (signup), numbers with
// missing cells (age 5 %, income 10 %), a mostly empty column
// (referral_code, 93 % empty), a categorical column (city), integer class
// labels as the target (plan, 0–3, from a nonlinear score of age, income,
// visits, city, the scores and the signup time plus noise), and a leak:
// plan_name is plan written as a word. Documented target: plan.
func genMessy(r *rand.Rand, n int, emit func(...string)) {
	emit("customer_id", "name", "signup", "plan", "age", "city", "income", "visits", "score_a", "score_b", "referral_code", "plan_name")
	const span = 3 * 365 * 24 * 3600
	for i := range n {
		id := fmt.Sprintf("C%07d", 1000003+17*i)
		name := firstNames[r.IntN(len(firstNames))] + " " + string(rune('A'+r.IntN(26))) + ". " + lastNames[r.IntN(len(lastNames))]
		sec := r.Int64N(span)
		signup := messyEpoch.Add(time.Duration(sec) * time.Second).Format(time.DateTime)
		age := 18 + r.IntN(63)
		income := lognormal(r, 36000, 0.5)
		visits := int(math.Exp(0.6*r.NormFloat64() + 1))
		city := pick(r, cityWeight...)
		a, b := r.NormFloat64(), r.NormFloat64()
		z := 0.8*float64(age-49)/18 + math.Log(income/36000)/0.5 + 0.5*(math.Log1p(float64(visits))-1.3)/0.6 +
			cityEffect[city] + 0.7*a - 0.5*b + 0.6*a*b - 0.5*(float64(sec)/span-0.5)*2 + 0.7*r.NormFloat64()
		plan := 0
		for _, cut := range []float64{-1.2, 0, 1.2} {
			if z > cut {
				plan++
			}
		}
		ref := ""
		if r.Float64() < 0.07 {
			ref = fmt.Sprintf("R%05d", r.IntN(100000))
		}
		emit(id, name, signup, fmtI(plan), maybe(r, 0.05, fmtI(age)), messyCities[city], maybe(r, 0.1, fmtF(income, 0)),
			fmtI(visits), fmtF(a, 3), fmtF(b, 3), ref, planNames[plan])
	}
}
