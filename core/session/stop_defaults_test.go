package session_test

import (
	"fmt"
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/nnplayground/playground/core/nn"
	"github.com/nnplayground/playground/core/session"
)

// noisyTable returns n rows of three inputs and a number that depends on
// the first one weakly, under much noise: a validation loss that jumps
// about from epoch to epoch.
func noisyTable(n int, seed uint64) string {
	rng := rand.New(rand.NewPCG(seed, 17))
	var b strings.Builder
	b.WriteString("a,b,c,y\n")
	for range n {
		a, c, d := rng.NormFloat64(), rng.NormFloat64(), rng.NormFloat64()
		fmt.Fprintf(&b, "%.3f,%.3f,%.3f,%.3f\n", a, c, d, 0.5*a+0.3*a*a+rng.NormFloat64())
	}
	return b.String()
}

// stopOf trains s under its stop rules for at most limit epochs and
// returns the stop and the batches per epoch.
func stopOf(t *testing.T, s session.Settings, limit int) (*nn.Stop, int) {
	t.Helper()
	ss, err := session.Build(s)
	if err != nil {
		t.Fatal(err)
	}
	st := nn.NewStopper(ss.Trainer, s.Stop)
	for range limit {
		if err := ss.Trainer.Step(); err != nil {
			t.Fatal(err)
		}
		if stop := st.Check(ss.Trainer.Stats()); stop != nil {
			return stop, ss.Trainer.Batches()
		}
	}
	return nil, ss.Trainer.Batches()
}

// On a small noisy table (80 rows: 56 for training and validation) the
// version-3 stop defaults do not stop before their stated minimum run,
// session.TableMinUpdates batch updates, where the version-2 rules
// (patience 20 epochs) stop after a few dozen epochs.
func TestStopNotBeforeMinimum(t *testing.T) {
	for seed := uint64(1); seed <= 3; seed++ {
		s := session.Pasted(session.Default(), noisyTable(80, seed))
		s.Target = "y"
		if s.Stop.MinUpdates != session.TableMinUpdates || session.TableMinUpdates < 1000 {
			t.Fatalf("version-3 defaults %+v: want a stated minimum of at least 1,000 updates", s.Stop)
		}
		stop, batches := stopOf(t, s, 100000)
		if stop == nil || stop.Reason != nn.StopPatience {
			t.Fatalf("seed %d: stop %v; want early stopping", seed, stop)
		}
		if stop.Epoch*batches < session.TableMinUpdates {
			t.Errorf("seed %d: stopped at epoch %d (%d updates of %d a epoch), before the minimum %d", seed, stop.Epoch, stop.Epoch*batches, batches, session.TableMinUpdates)
		}
		old := s
		old.Version, old.ValidRatio, old.Stop = 2, session.DefaultValidRatio, session.DefaultStop()
		oldStop, _ := stopOf(t, old, 100000)
		t.Logf("seed %d: version 3 stops at epoch %d (%d updates), version 2 at epoch %d", seed, stop.Epoch, stop.Epoch*batches, oldStop.Epoch)
	}
}
