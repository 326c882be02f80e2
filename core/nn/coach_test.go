package nn_test

import (
	"errors"
	"math"
	"slices"
	"strings"
	"testing"

	"github.com/nnplayground/playground/core/data"
	"github.com/nnplayground/playground/core/exercise/lessons"
	"github.com/nnplayground/playground/core/nn"
	"github.com/nnplayground/playground/core/session"
)

// lesson returns the settings of the gallery's lesson id.
func lesson(t testing.TB, id string) session.Settings {
	t.Helper()
	for _, l := range lessons.Gallery() {
		if l.ID == id {
			return l.Settings
		}
	}
	t.Fatalf("no lesson %q", id)
	return session.Settings{}
}

// coachRun trains tr with a coach for up to epochs epochs and returns the
// notices raised and the error that stopped it, if any.
func coachRun(t testing.TB, tr *nn.Trainer, c *nn.Coach, epochs int) ([]nn.Notice, error) {
	t.Helper()
	var all []nn.Notice
	for range epochs {
		if err := tr.Step(); err != nil {
			return all, err
		}
		ns, err := c.Check(tr.Stats())
		all = append(all, ns...)
		if err != nil {
			return all, err
		}
	}
	return all, nil
}

func sameBits(a, b []float64) bool {
	return slices.EqualFunc(a, b, func(x, y float64) bool { return math.Float64bits(x) == math.Float64bits(y) })
}

// irisRaw is iris without normalization (petal and sepal lengths in cm, up
// to 7.9), like wine without normalization (wine_test.go): at learning
// rate 1 with plain SGD its loss explodes while it stays finite.
func irisRaw(t testing.TB) *data.Dataset {
	return load(t, "iris", data.Spec{Norm: data.NoNorm, TestRatio: 0.2, Seed: 1})
}

var explodingConfig = nn.Config{Hidden: []int{8}, LearningRate: 1, BatchSize: 16, Seed: 1}

// An exploding run stops at a deterministic epoch with an *ExplodedError,
// and Rollback puts the trainer back to the last good epoch bit for bit:
// the same weights as a fresh run trained to that epoch, and the same
// numbers from there on.
func TestCoachExplodes(t *testing.T) {
	ds := irisRaw(t)
	tr, err := nn.NewTrainer(ds, explodingConfig)
	if err != nil {
		t.Fatal(err)
	}
	c := nn.NewCoach(tr, nn.CoachConfig{})
	_, err = coachRun(t, tr, c, 1000)
	var ee *nn.ExplodedError
	if !errors.As(err, &ee) {
		t.Fatalf("got %v, want an *ExplodedError", err)
	}
	t.Logf("%v", err)
	// Epoch 60, by a native run; the numbers are the same bits everywhere.
	// Its loss never fell to half its start: the last good epoch is the start.
	if ee.Epoch != 60 || ee.Why != nn.LossRose || ee.LastGood != 0 || !(ee.Value > ee.Limit) {
		t.Errorf("exploded at epoch %d (%v, %v > %v), last good %d; want epoch 60 by the loss, last good 0", ee.Epoch, ee.Why, ee.Value, ee.Limit, ee.LastGood)
	}
	for _, want := range []string{"epoch 60", "learning rate (it is 1)", "normalize", "clipping", "divided by 10"} {
		if !strings.Contains(err.Error(), want) {
			t.Errorf("message lacks %q", want)
		}
	}

	if got := c.Rollback(); got != ee.LastGood || tr.Epoch() != ee.LastGood {
		t.Fatalf("rolled back to epoch %d (trainer at %d), want %d", got, tr.Epoch(), ee.LastGood)
	}
	fresh := train(t, ds, explodingConfig, ee.LastGood)
	if !sameBits(tr.Net().Params(), fresh.Net().Params()) {
		t.Fatalf("weights after rollback differ from a fresh run's at epoch %d", ee.LastGood)
	}
	for range 5 {
		tr.Step()
		fresh.Step()
	}
	if !sameBits(tr.Net().Params(), fresh.Net().Params()) {
		t.Errorf("training on after rollback differs from the fresh run")
	}

	// The coach's offer: back, and on with the learning rate divided by 10.
	c.Rollback()
	lr, err := c.RollbackLower(10)
	if err != nil || lr != 0.1 || tr.Config().LearningRate != 0.1 {
		t.Fatalf("RollbackLower: lr %v, %v", lr, err)
	}
	if _, err := coachRun(t, tr, c, 300); err != nil {
		t.Errorf("after lowering the learning rate: %v", err)
	}
	if st := tr.Stats(); st.TestMetric < 0.9 {
		t.Errorf("after lowering the learning rate: test accuracy %.3f, want ≥ 0.9", st.TestMetric)
	}
}

// A run that learns, then explodes when its learning rate is raised 300
// times, goes back to its lowest-loss epoch bit for bit.
func TestCoachRollbackToBest(t *testing.T) {
	ds := load(t, "iris", data.Spec{TestRatio: 0.2, Seed: 1})
	cfg := nn.Config{Hidden: []int{8}, LearningRate: 0.1, BatchSize: 16, Seed: 1}
	tr := train(t, ds, cfg, 0)
	c := nn.NewCoach(tr, nn.CoachConfig{})
	if _, err := coachRun(t, tr, c, 50); err != nil {
		t.Fatal(err)
	}
	tr.SetLearningRate(30)
	_, err := coachRun(t, tr, c, 100)
	var ee *nn.ExplodedError
	if !errors.As(err, &ee) {
		t.Fatalf("got %v, want an *ExplodedError", err)
	}
	t.Logf("%v", err)
	if ee.LastGood < 1 || ee.LastGood > 50 {
		t.Fatalf("last good epoch %d, want one of the first 50", ee.LastGood)
	}
	c.Rollback()
	fresh := train(t, ds, cfg, ee.LastGood)
	if !sameBits(tr.Net().Params(), fresh.Net().Params()) || tr.Epoch() != ee.LastGood {
		t.Fatalf("weights after rollback differ from a fresh run's at epoch %d", ee.LastGood)
	}
	if a, b := tr.Stats().TrainLoss, fresh.Stats().TrainLoss; math.Float64bits(a) != math.Float64bits(b) {
		t.Errorf("training loss %v after rollback, %v fresh", a, b)
	}
}

// A NaN (DivergedError from Step) can also be rolled back.
func TestCoachRollbackAfterNaN(t *testing.T) {
	ds := load(t, "diabetes", data.Spec{Norm: data.NoNorm, Seed: 1})
	tr, err := nn.NewTrainer(ds, nn.Config{Hidden: []int{8}, Activation: nn.ReLU, LearningRate: 10, Seed: 1})
	if err != nil {
		t.Fatal(err)
	}
	c := nn.NewCoach(tr, nn.CoachConfig{})
	_, err = coachRun(t, tr, c, 1000)
	var de *nn.DivergedError
	var ee *nn.ExplodedError
	if !errors.As(err, &de) && !errors.As(err, &ee) {
		t.Fatalf("got %v, want a divergence", err)
	}
	if err := c.RollbackClip(1); err != nil {
		t.Fatal(err)
	}
	for _, p := range tr.Net().Params() {
		if math.IsNaN(p) || math.IsInf(p, 0) {
			t.Fatalf("parameter %v after rollback", p)
		}
	}
	if tr.Config().ClipNorm != 1 {
		t.Errorf("clipping %v, want 1", tr.Config().ClipNorm)
	}
}

// The loss growing epoch after epoch, and weights and gradients blowing
// up, each stop training on their own.
func TestCoachRules(t *testing.T) {
	tests := []struct {
		Name string
		Cfg  nn.CoachConfig
		Why  nn.Explosion
	}{
		{"loss grows", nn.CoachConfig{ExplodeFactor: 1e9, RiseEpochs: 3, WeightFactor: 1e9, GradFactor: 1e9}, nn.LossGrew},
		{"weights", nn.CoachConfig{ExplodeFactor: 1e9, RiseEpochs: 1e6, WeightFactor: 2, GradFactor: 1e9}, nn.WeightsGrew},
		{"gradient", nn.CoachConfig{ExplodeFactor: 1e9, RiseEpochs: 1e6, WeightFactor: 1e9, GradFactor: 1.5}, nn.GradientGrew},
	}
	for _, tt := range tests {
		t.Run(tt.Name, func(t *testing.T) {
			tr, err := nn.NewTrainer(irisRaw(t), explodingConfig)
			if err != nil {
				t.Fatal(err)
			}
			_, err = coachRun(t, tr, nn.NewCoach(tr, tt.Cfg), 1000)
			var ee *nn.ExplodedError
			if !errors.As(err, &ee) || ee.Why != tt.Why {
				t.Fatalf("got %v, want an explosion of the %v", err, tt.Why)
			}
			t.Logf("%v", err)
		})
	}
}

// A run that trains well raises no explosion and no unit notice.
func TestCoachQuiet(t *testing.T) {
	s, err := session.Build(lesson(t, "spiral"))
	if err != nil {
		t.Fatal(err)
	}
	c := nn.NewCoach(s.Trainer, nn.CoachConfig{})
	ns, err := coachRun(t, s.Trainer, c, 300)
	if err != nil {
		t.Fatal(err)
	}
	for _, n := range ns {
		if n.Kind != nn.Overfitting {
			t.Errorf("notice %v", n)
		}
	}
}

// An Evaluate of the training split between the coach's request for a
// unit scan and the Stats pass that answers it (as a decision map's column
// importance does) neither panics nor feeds the scan.
func TestCoachScanEvaluateBetween(t *testing.T) {
	ds := load(t, "iris", data.Spec{TestRatio: 0.2, Seed: 1})
	tr, err := nn.NewTrainer(ds, nn.Config{Hidden: []int{5}, Activation: nn.ReLU, Seed: 1})
	if err != nil {
		t.Fatal(err)
	}
	c := nn.NewCoach(tr, nn.CoachConfig{})
	for range 40 {
		if err := tr.Step(); err != nil {
			t.Fatal(err)
		}
		tr.Evaluate(&ds.Train)
		if _, err := c.Check(tr.Stats()); err != nil {
			t.Fatal(err)
		}
		tr.Evaluate(&ds.Train)
	}
}
