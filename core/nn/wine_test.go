package nn_test

import (
	"errors"
	"fmt"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"

	"github.com/nnplayground/playground/core/data"
	"github.com/nnplayground/playground/core/nn"
)

// wineLike returns a table shaped like the UCI wine data: 178 rows of 13
// measurements on their own scales (proline in the hundreds and
// thousands) and three classes, drawn from normal distributions with
// roughly wine's class means and standard deviations.
func wineLike(seed uint64) string {
	means := [3][13]float64{
		{13.7, 2.0, 2.46, 17, 106, 2.84, 2.98, 0.29, 1.9, 5.5, 1.06, 3.16, 1116},
		{12.3, 1.9, 2.24, 20, 94, 2.26, 2.08, 0.36, 1.63, 3.1, 1.06, 2.79, 520},
		{13.1, 3.3, 2.44, 21.4, 99, 1.68, 0.78, 0.45, 1.15, 7.4, 0.68, 1.68, 630}}
	sds := [3][13]float64{
		{.46, .69, .23, 2.5, 10, .34, .4, .07, .41, 1.2, .12, .36, 221},
		{.54, 1.0, .32, 3.3, 16, .55, .7, .12, .6, .92, .2, .5, 157},
		{.53, 1.09, .18, 2.3, 11, .36, .29, .12, .41, 2.3, .11, .27, 115}}
	counts := [3]int{59, 71, 48}
	rng := rand.New(rand.NewPCG(seed, 0x3173))
	var b strings.Builder
	b.WriteString("alcohol,malic_acid,ash,alcalinity,magnesium,phenols,flavanoids,nonflavanoid,proanthocyanins,color,hue,od280,proline,class\n")
	for c := range 3 {
		for range counts[c] {
			for k := range 13 {
				v := means[c][k] + sds[c][k]*rng.NormFloat64()
				if v < 0 {
					v = -v
				}
				fmt.Fprintf(&b, "%.3g,", v)
			}
			fmt.Fprintf(&b, "%d\n", c+1)
		}
	}
	return b.String()
}

// fixUntilTrained trains tr for up to epochs epochs with a coach, applying
// the coach's offer (back to the last good epoch, learning rate / 10) each
// time it stops an explosion, and returns the explosions and the notices.
func fixUntilTrained(t *testing.T, tr *nn.Trainer, epochs int) ([]*nn.ExplodedError, []nn.Notice) {
	t.Helper()
	c := nn.NewCoach(tr, nn.CoachConfig{})
	var stops []*nn.ExplodedError
	var notices []nn.Notice
	for tr.Epoch() < epochs && len(stops) < 10 {
		if err := tr.Step(); err != nil {
			t.Fatal(err)
		}
		ns, err := c.Check(tr.Stats())
		notices = append(notices, ns...)
		var ee *nn.ExplodedError
		if errors.As(err, &ee) {
			stops = append(stops, ee)
			if _, err := c.RollbackLower(10); err != nil {
				t.Fatal(err)
			}
		}
	}
	return stops, notices
}

// Wine at learning rate 100 with plain SGD (where the loss once climbed
// from about 1.1 to 20–90 and training ran on without a word), on a
// wine-like table (the playground does not ship wine): normalized, the
// coach stops the explosion at epoch 1 and its offer, taken as often as it
// is made, trains the page's starting network to ≥ 0.9 test accuracy.
// Without normalization the coach says to normalize first: lowering the
// learning rate alone leaves the tanh units saturated by inputs up to
// about 1,550.
func TestCoachWineLike(t *testing.T) {
	cfg := nn.Config{Hidden: []int{4, 2}, LearningRate: 100, BatchSize: 10, Seed: 1}
	ds := prepare(t, wineLike(1), data.Spec{TestRatio: 0.3, Seed: 1, AsClasses: true})
	tr, err := nn.NewTrainer(ds, cfg)
	if err != nil {
		t.Fatal(err)
	}
	stops, _ := fixUntilTrained(t, tr, 2000)
	if len(stops) == 0 || stops[0].Epoch != 1 || stops[0].InputMax > nn.LargeInput {
		t.Fatalf("explosions %v", stops)
	}
	t.Logf("%d fixes: learning rate %g, test accuracy %.3f", len(stops), tr.Config().LearningRate, tr.Stats().TestMetric)
	if acc := tr.Stats().TestMetric; acc < 0.9 {
		t.Errorf("test accuracy %.3f after the coach's fixes, want ≥ 0.9", acc)
	}

	raw := prepare(t, wineLike(1), data.Spec{Norm: data.NoNorm, TestRatio: 0.3, Seed: 1, AsClasses: true})
	tr, _ = nn.NewTrainer(raw, cfg)
	stops, notices := fixUntilTrained(t, tr, 100)
	if len(stops) == 0 || stops[0].Epoch != 1 || !(stops[0].InputMax > 1000) || !strings.Contains(stops[0].Error(), "normalize the inputs first (they reach") {
		t.Fatalf("without normalization: %v", stops)
	}
	t.Logf("%v", stops[0])
	if !slices.ContainsFunc(notices, func(n nn.Notice) bool {
		return n.Kind == nn.SaturatedUnits && strings.Contains(n.String(), "The inputs are not normalized")
	}) {
		t.Errorf("no saturated-units notice pointing at normalization: %v", notices)
	}
}
