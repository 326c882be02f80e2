package session_test

import (
	"fmt"
	"math"
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/nnplayground/playground/core/nn"
	"github.com/nnplayground/playground/core/session"
)

// pimaLike returns a table shaped like the Pima diabetes data, which the
// playground does not ship: 768 rows, eight measurements on their own
// scales, and a binary outcome (about a third positive) from a logistic
// model of five of them, so that a logistic regression predicts it to
// about 0.73 and a network of 8 trained 200 epochs with Adam overfits.
func pimaLike(seed uint64) string {
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

// testAccuracy trains s for up to epochs epochs under its stop rules and
// returns the test metric.
func testAccuracy(t *testing.T, s session.Settings, epochs int) float64 {
	t.Helper()
	ss, err := session.Build(s)
	if err != nil {
		t.Fatal(err)
	}
	st := nn.NewStopper(ss.Trainer, s.Stop)
	for range epochs {
		if err := ss.Trainer.Step(); err != nil {
			t.Fatal(err)
		}
		if st.Check(ss.Trainer.Stats()) != nil {
			break
		}
	}
	return ss.Trainer.Stats().TestMetric
}

// A user who loads a table and presses Train with the starting settings
// and the stop defaults does not end worse than a linear model: on ten
// pima-like tables the mean test accuracy is within 0.02 of a logistic
// regression's (Adam, lr 0.01, 200 epochs), where the same network trained
// 1,000 epochs without them falls further behind.
func TestTableDefaults(t *testing.T) {
	const seeds = 10
	var linear, plain, stopped float64
	for seed := uint64(1); seed <= seeds; seed++ {
		s := session.Default()
		s.Dataset, s.Text, s.Model.Seed = "", pimaLike(seed), seed
		lin := s
		lin.Model = nn.Config{Optimizer: nn.Adam, LearningRate: 0.01, BatchSize: 10, Seed: seed}
		linear += testAccuracy(t, lin, 200) / seeds
		plain += testAccuracy(t, s, 1000) / seeds
		def := session.WithStopDefaults(s)
		if def.ValidRatio != session.DefaultValidRatio || def.Stop != session.DefaultStop() {
			t.Fatalf("WithStopDefaults: %v, %+v", def.ValidRatio, def.Stop)
		}
		stopped += testAccuracy(t, def, 5000) / seeds
	}
	t.Logf("mean test accuracy: linear %.3f, starting network 1,000 epochs %.3f, with the stop defaults %.3f", linear, plain, stopped)
	if stopped < linear-0.02 || !(stopped > plain) {
		t.Errorf("with the stop defaults %.3f, linear %.3f, without %.3f", stopped, linear, plain)
	}
	// Settings with a rule of their own keep it.
	s := session.Default()
	s.Stop.MaxEpochs = 9
	if got := session.WithStopDefaults(s); got.ValidRatio != 0 || got.Stop != s.Stop {
		t.Errorf("WithStopDefaults changed settings that had a stop rule: %+v", got.Stop)
	}
}
