package session_test

import (
	"testing"

	"github.com/nnplayground/playground/core/datasets"
	"github.com/nnplayground/playground/core/nn"
	"github.com/nnplayground/playground/core/session"
)

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
	var linear, plain, stopped, stopped3 float64
	for seed := uint64(1); seed <= seeds; seed++ {
		s := session.Default()
		s.Version = 2 // the version-2 defaults; version 3's below
		s.Dataset, s.Text, s.Model.Seed = "", datasets.PimaLike(seed), seed
		lin := s
		lin.Model = nn.Config{Optimizer: nn.Adam, LearningRate: 0.01, BatchSize: 10, Seed: seed}
		linear += testAccuracy(t, lin, 200) / seeds
		plain += testAccuracy(t, s, 1000) / seeds
		def := session.WithStopDefaults(s)
		if def.ValidRatio != session.DefaultValidRatio || def.Stop != session.DefaultStop() {
			t.Fatalf("WithStopDefaults: %v, %+v", def.ValidRatio, def.Stop)
		}
		stopped += testAccuracy(t, def, 5000) / seeds
		s.Version = 3
		def3 := session.WithStopDefaults(s)
		if def3.ValidRatio != session.TableValidShare || def3.Stop != session.TableStop() {
			t.Fatalf("WithStopDefaults, version 3: %v, %+v", def3.ValidRatio, def3.Stop)
		}
		stopped3 += testAccuracy(t, def3, 5000) / seeds
	}
	t.Logf("mean test accuracy: linear %.3f, starting network 1,000 epochs %.3f, with the stop defaults %.3f (version 3: %.3f)", linear, plain, stopped, stopped3)
	if stopped < linear-0.02 || !(stopped > plain) || stopped3 < linear-0.02 || !(stopped3 > plain) {
		t.Errorf("with the stop defaults %.3f (version 3: %.3f), linear %.3f, without %.3f", stopped, stopped3, linear, plain)
	}
	// Settings with a rule of their own keep it.
	s := session.Default()
	s.Stop.MaxEpochs = 9
	if got := session.WithStopDefaults(s); got.ValidRatio != 0 || got.Stop != s.Stop {
		t.Errorf("WithStopDefaults changed settings that had a stop rule: %+v", got.Stop)
	}
}
