package nn_test

import (
	"math"
	"strings"
	"testing"

	"github.com/nnplayground/playground/core/data"
	"github.com/nnplayground/playground/core/nn"
)

// stopRun trains until the stopper stops it (at most limit epochs) and
// returns the verdict and the validation loss of every epoch, epoch 0 first.
func stopRun(t *testing.T, tr *nn.Trainer, r nn.StopRules, limit int) (*nn.Stop, []float64) {
	t.Helper()
	s := nn.NewStopper(tr, r)
	valid := []float64{tr.Stats().ValidLoss}
	for range limit {
		if err := tr.Step(); err != nil {
			t.Fatal(err)
		}
		st := tr.Stats()
		valid = append(valid, st.ValidLoss)
		if stop := s.Check(st); stop != nil {
			return stop, valid
		}
	}
	return nil, valid
}

var irisValid = data.Spec{TestRatio: 0.2, ValidRatio: 0.2, Seed: 1}
var irisAdam = nn.Config{Hidden: []int{8}, Optimizer: nn.Adam, LearningRate: 0.01, BatchSize: 16, Seed: 1}

// Early stopping on iris stops Patience epochs after the lowest validation
// loss and restores that epoch's weights exactly: bit for bit those of a
// fresh run trained to it.
func TestEarlyStoppingRestoresBest(t *testing.T) {
	ds := load(t, "iris", irisValid)
	tr := train(t, ds, irisAdam, 0)
	stop, valid := stopRun(t, tr, nn.StopRules{Patience: 50, RestoreBest: true}, 5000)
	if stop == nil {
		t.Fatal("no early stop in 5,000 epochs")
	}
	t.Logf("%v", stop)
	best := 0
	for e, v := range valid {
		if v < valid[best] {
			best = e
		}
	}
	if stop.Reason != nn.StopPatience || stop.Best != best || stop.Epoch != best+50 || !stop.Restored || stop.Monitored != "validation" {
		t.Fatalf("stop %+v; want patience at epoch %d, best %d restored", stop, best+50, best)
	}
	if tr.Epoch() != best {
		t.Errorf("trainer at epoch %d, want %d", tr.Epoch(), best)
	}
	fresh := train(t, ds, irisAdam, best)
	if !sameBits(tr.Net().Params(), fresh.Net().Params()) {
		t.Fatalf("restored weights differ from a fresh run's at epoch %d", best)
	}
	if got := tr.Stats().ValidLoss; math.Float64bits(got) != math.Float64bits(valid[best]) {
		t.Errorf("validation loss %v after restoring, %v at epoch %d", got, valid[best], best)
	}
}

// Each rule stops training where it says, on the validation split, or the
// training split when there is none.
func TestStopRules(t *testing.T) {
	tests := []struct {
		Name      string
		Valid     float64
		Rules     nn.StopRules
		Reason    nn.StopReason
		Monitored string
		Check     func(st nn.Stats) bool
	}{
		{"max epochs", 0.2, nn.StopRules{MaxEpochs: 7}, nn.StopMaxEpochs, "validation", func(st nn.Stats) bool { return st.Epoch == 7 }},
		{"target loss", 0.2, nn.StopRules{TargetLoss: 0.3}, nn.StopTargetLoss, "validation", func(st nn.Stats) bool { return st.ValidLoss <= 0.3 }},
		{"target metric", 0.2, nn.StopRules{TargetMetric: 0.9}, nn.StopTargetMetric, "validation", func(st nn.Stats) bool { return st.ValidMetric >= 0.9 }},
		{"target loss, no validation", 0, nn.StopRules{TargetLoss: 0.3}, nn.StopTargetLoss, "train", func(st nn.Stats) bool { return st.TrainLoss <= 0.3 }},
		{"patience on the training loss", 0, nn.StopRules{Patience: 3, MaxEpochs: 10000}, nn.StopPatience, "train", func(st nn.Stats) bool { return st.Epoch < 10000 }},
	}
	for _, tt := range tests {
		t.Run(tt.Name, func(t *testing.T) {
			spec := irisValid
			spec.ValidRatio = tt.Valid
			tr := train(t, load(t, "iris", spec), irisAdam, 0)
			stop, _ := stopRun(t, tr, tt.Rules, 20000)
			if stop == nil {
				t.Fatal("did not stop")
			}
			if stop.Reason != tt.Reason || stop.Monitored != tt.Monitored || stop.Epoch != tr.Epoch() || !tt.Check(tr.Stats()) {
				t.Errorf("stop %+v at epoch %d (%+v)", stop, tr.Epoch(), tr.Stats())
			}
		})
	}
	if err := (nn.StopRules{Patience: -1}).Validate(); err == nil {
		t.Errorf("negative patience accepted")
	}
	if err := (nn.StopRules{TargetMetric: 2}).Validate(); err == nil {
		t.Errorf("target metric 2 accepted")
	}
}

// The version-3 rules on iris: no patience stop before MinUpdates; the
// wait grows with the run (PatienceShare); Resume after a restored stop
// trains on under the same rules and, with the wait grown, stops later.
func TestStopRulesGrow(t *testing.T) {
	ds := load(t, "iris", irisValid)
	tr := train(t, ds, irisAdam, 0)
	r := nn.StopRules{Patience: 5, PatienceShare: 0.5, MinUpdates: 600, MinDelta: 0.001, RestoreBest: true}
	s := nn.NewStopper(tr, r)
	run := func() (*nn.Stop, int) {
		for n := 1; n <= 20000; n++ {
			if err := tr.Step(); err != nil {
				t.Fatal(err)
			}
			if stop := s.Check(tr.Stats()); stop != nil {
				return stop, n
			}
		}
		t.Fatal("no stop in 20,000 epochs")
		return nil, 0
	}
	first, n1 := run()
	t.Logf("%v after %d epochs (%d batches each)", first, n1, tr.Batches())
	if first.Reason != nn.StopPatience || n1*tr.Batches() < r.MinUpdates || first.Waited < int(r.PatienceShare*float64(n1)) {
		t.Fatalf("first stop %+v after %d epochs: want patience, not before %d updates, a wait of half the run", first, n1, r.MinUpdates)
	}
	s.Resume()
	second, n2 := run()
	t.Logf("%v after %d more epochs", second, n2)
	if second.Since != first.Best || second.Waited < int(r.PatienceShare*float64(n1+n2)) || second.Waited <= first.Waited {
		t.Errorf("second stop %+v: want a run from epoch %d that waited longer than the first (%d)", second, first.Best, first.Waited)
	}
}

// A patience stop whose lowest loss is at the stop itself (the loss still
// falls, by less than MinDelta) says so instead of "has not improved".
func TestStopStringStillFalling(t *testing.T) {
	s := nn.Stop{Reason: nn.StopPatience, Epoch: 7360, Best: 7360, BestLoss: 0.05, Monitored: "validation", Waited: 1840}
	if got := s.String(); strings.Contains(got, "has not improved") || !strings.Contains(got, "less than the least improvement") {
		t.Errorf("String() = %q", got)
	}
	s.Best = 7000
	if got := s.String(); !strings.Contains(got, "has not improved for 1840 epochs") {
		t.Errorf("String() = %q", got)
	}
}
