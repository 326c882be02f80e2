package guide_test

import (
	"slices"
	"strings"
	"testing"

	"github.com/nnplayground/playground/core/exercise/guide"
	"github.com/nnplayground/playground/core/session"
)

// A Tracker counts only what happens after the step opened: epochs trained
// before, events seen before and notices already active are not the step's;
// a change restarts the count of epochs.
func TestTracker(t *testing.T) {
	s := session.Default()
	stats := func(epoch int, testLoss float64) guide.Stats {
		return guide.Stats{Epoch: epoch, TestLoss: testLoss, TrainLoss: testLoss}
	}
	loss := &guide.Check{Kind: guide.CheckMetric, Metric: "test-loss", Op: "<=", Value: 0.001, MinEpochs: 200}
	tests := []struct {
		Name string
		Do   func(tr *guide.Tracker)
		Met  bool
		Says string // in the reason, in English
	}{
		{"on arrival after training past the goal", func(tr *guide.Tracker) {
			tr.Epoch(stats(700, 0.0001)) // a report of the epoch the step opened at
		}, false, "test loss ≤ 0.001 after 200 epochs since this step opened: not trained yet"},
		{"the step's own network", func(tr *guide.Tracker) {
			tr.Change(s, 0, true) // built after the step opened
			tr.Epoch(stats(0, 0.5))
		}, false, "since this step opened: not trained yet"},
		{"35 epochs in", func(tr *guide.Tracker) {
			for e := 701; e <= 735; e++ {
				tr.Epoch(stats(e, 0.41))
			}
		}, false, "now 0.41 at 35"},
		{"200 epochs in", func(tr *guide.Tracker) {
			for e := 701; e <= 900; e++ {
				tr.Epoch(stats(e, 0.0002))
			}
		}, true, "0.0002"},
		{"a change restarts the count", func(tr *guide.Tracker) {
			for e := 701; e <= 900; e++ {
				tr.Epoch(stats(e, 0.0002))
			}
			n := s
			n.Norm = 2
			tr.Change(n, 0, true)
			tr.Epoch(stats(0, 21.5))
		}, false, "since your last change: not trained yet"},
		{"a live change restarts the count at its epoch", func(tr *guide.Tracker) {
			for e := 701; e <= 800; e++ {
				tr.Epoch(stats(e, 0.0002))
			}
			n := s
			n.Model.LearningRate = 0.3
			tr.Change(n, 800, false)
			for e := 801; e <= 999; e++ {
				tr.Epoch(stats(e, 0.0002))
			}
		}, false, "now 0.0002 at 199"},
	}
	for _, tt := range tests {
		t.Run(tt.Name, func(t *testing.T) {
			tr := guide.NewTracker(s, 700)
			tt.Do(tr)
			met, why := guide.Evaluate(loss, tr.State())
			if met != tt.Met || !strings.Contains(why.En, tt.Says) || why.Zh == "" || why.Zh == why.En {
				t.Errorf("met %v (%q, %q), want %v saying %q", met, why.En, why.Zh, tt.Met, tt.Says)
			}
		})
	}
}

// Events: only those seen after the step opened; a coach's notice counts
// when it becomes active, not while it stays active from before.
func TestTrackerEvents(t *testing.T) {
	dead := &guide.Check{Kind: guide.CheckEvent, Event: guide.DeadUnits}
	tr := guide.NewTracker(session.Default(), 0)
	tr.Notices([]guide.Event{guide.DeadUnits})
	tr.Enter(session.Default(), 100) // the next step opens with the notice still up
	tr.Notices([]guide.Event{guide.DeadUnits})
	if met, why := guide.Evaluate(dead, tr.State()); met {
		t.Errorf("a notice active before the step opened meets its check: %s", why.En)
	}
	tr.Notices(nil)
	tr.Notices([]guide.Event{guide.DeadUnits})
	if met, why := guide.Evaluate(dead, tr.State()); !met {
		t.Errorf("a notice raised anew does not meet its check: %s", why.En)
	}
	tr.Enter(session.Default(), 100)
	if st := tr.State(); len(st.Events) != 0 || len(st.Edited) != 0 || st.Newest != nil || st.Epochs != 0 {
		t.Errorf("entering a step keeps %+v", st)
	}
}

// A setting's check is met by a change made since the step opened: a
// value the step found already set does not count.
func TestTrackerSettingChanged(t *testing.T) {
	adam := &guide.Check{Kind: guide.CheckSetting, Setting: "optimizer", Op: "=", Text: "adam"}
	s := session.Default()
	if err := guide.Set(&s, "optimizer", "adam"); err != nil {
		t.Fatal(err)
	}
	tr := guide.NewTracker(s, 0)
	if met, why := guide.Evaluate(adam, tr.State()); met || !strings.Contains(why.En, "since this step opened") {
		t.Errorf("adam already set meets the check: %v %q", met, why.En)
	}
	sgd := s
	sgd.Model.Optimizer = 0
	tr.Change(sgd, 0, true)
	tr.Change(s, 0, true)
	if met, why := guide.Evaluate(adam, tr.State()); !met {
		t.Errorf("optimizer changed to adam: %q", why.En)
	}
	if got := tr.State().Changed; !slices.Contains(got, "optimizer") {
		t.Errorf("changed %q", got)
	}
}

// A weight edit counts the edited network's statistics at the same epoch.
func TestTrackerEdit(t *testing.T) {
	zero := &guide.Check{Kind: guide.CheckMetric, Metric: "train-loss", Op: "<=", Value: 1e-12}
	tr := guide.NewTracker(session.Default(), 40)
	tr.Epoch(guide.Stats{Epoch: 40, TrainLoss: 0})
	if met, _ := guide.Evaluate(zero, tr.State()); met {
		t.Errorf("the epoch the step opened at meets the check")
	}
	tr.Edit(guide.Edit{Layer: 0, To: 0, From: 0, Value: 1}, 40)
	tr.Epoch(guide.Stats{Epoch: 40, TrainLoss: 0})
	if met, why := guide.Evaluate(zero, tr.State()); !met {
		t.Errorf("the edited network's loss 0: %s", why.En)
	}
	if st := tr.State(); !slices.Contains(st.Events, guide.WeightEdited) || len(st.Edited) != 1 {
		t.Errorf("after an edit: %+v", st)
	}
}

// A step is done when its check is met and the settings its actions ask
// for hold: "set min-max and train 500" is not done by training 500 with
// z-score.
func TestLessonEvaluateWants(t *testing.T) {
	s := session.Default()
	s.Dataset = "xor"
	step := func(c *guide.Check, a ...guide.Action) guide.Step {
		return guide.Step{Text: guide.Text{En: "x", Zh: "x"}, Actions: a, Check: c}
	}
	l := &guide.Lesson{ID: "wants", Title: guide.Text{En: "x", Zh: "x"}, Settings: s, Steps: []guide.Step{
		step(&guide.Check{Kind: guide.CheckMetric, Metric: "epoch", Op: ">=", Value: 1}, guide.Action{Kind: guide.ActTrain, Epochs: 1}),
		step(&guide.Check{Kind: guide.CheckMetric, Metric: "test-loss", Op: "<=", Value: 0.5},
			guide.Action{Kind: guide.ActSet, Setting: "norm", Value: "minmax"}, guide.Action{Kind: guide.ActAddLayer, Units: 3},
			guide.Action{Kind: guide.ActTrain, Epochs: 5}),
		step(nil),
	}}
	tr := guide.NewTracker(s, 10)
	for e := 11; e <= 20; e++ {
		tr.Epoch(guide.Stats{Epoch: e, TestLoss: 0.1})
	}
	met, why := l.Evaluate(1, tr.State())
	if met || !strings.Contains(why.En, "minmax") || !strings.Contains(why.Zh, "minmax") {
		t.Errorf("z-score and the old layers: met %v, %q %q", met, why.En, why.Zh)
	}
	next := l.SettingsAt(1)
	guide.Set(&next, "norm", "minmax")
	next.Model.Hidden = append(next.Model.Hidden, 3)
	tr.Change(next, 0, true)
	for e := 1; e <= 5; e++ {
		tr.Epoch(guide.Stats{Epoch: e, TestLoss: 0.1})
	}
	if met, why := l.Evaluate(1, tr.State()); !met {
		t.Errorf("min-max, the layer added and trained: %q", why.En)
	}
	if met, _ := l.Evaluate(2, tr.State()); !met {
		t.Errorf("a step without a check is read and passed")
	}
}
