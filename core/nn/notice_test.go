package nn_test

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/nnplayground/playground/core/data"
	"github.com/nnplayground/playground/core/nn"
	"github.com/nnplayground/playground/core/session"
)

// Units made dead or saturated by hand (a bias far beyond any z the
// normalized inputs give) are named, layer and units, by the coach's unit
// check, and training goes on.
func TestCoachUnits(t *testing.T) {
	tests := []struct {
		Name   string
		Act    nn.Activation
		Biases map[[2]int]float64 // {layer, unit} → bias
		Kind   nn.NoticeKind
		Layer  int
		Units  []int
	}{
		{"dead relu", nn.ReLU, map[[2]int]float64{{0, 2}: -100, {0, 5}: -100}, nn.DeadUnits, 1, []int{2, 5}},
		{"dead relu, second layer", nn.ReLU, map[[2]int]float64{{1, 0}: -100}, nn.DeadUnits, 2, []int{0}},
		{"saturated tanh", nn.Tanh, map[[2]int]float64{{0, 0}: 50, {0, 3}: -50}, nn.SaturatedUnits, 1, []int{0, 3}},
		{"saturated sigmoid", nn.Sigmoid, map[[2]int]float64{{1, 1}: 50}, nn.SaturatedUnits, 2, []int{1}},
	}
	// Every 5 epochs the units are measured on Stats's pass over the
	// training split; every epoch, the first check has no such pass and
	// makes its own.
	for _, every := range []int{5, 1} {
		for _, tt := range tests {
			t.Run(fmt.Sprintf("%s/every %d", tt.Name, every), func(t *testing.T) { unitCase(t, every, tt.Act, tt.Biases, tt.Kind, tt.Layer, tt.Units) })
		}
	}
}

func unitCase(t *testing.T, every int, act nn.Activation, biases map[[2]int]float64, kind nn.NoticeKind, layer int, units []int) {
	ds := load(t, "iris", data.Spec{TestRatio: 0.2, Seed: 1})
	tr, err := nn.NewTrainer(ds, nn.Config{Hidden: []int{6, 4}, Activation: act, LearningRate: 0.01, BatchSize: 16, Seed: 1})
	if err != nil {
		t.Fatal(err)
	}
	for k, b := range biases {
		if err := tr.SetBias(k[0], k[1], b); err != nil {
			t.Fatal(err)
		}
	}
	c := nn.NewCoach(tr, nn.CoachConfig{UnitEvery: every})
	ns, err := coachRun(t, tr, c, 5)
	if err != nil {
		t.Fatal(err)
	}
	i := slices.IndexFunc(ns, func(n nn.Notice) bool { return n.Kind == kind })
	if i < 0 {
		t.Fatalf("no %v notice in %v", kind, ns)
	}
	n := ns[i]
	t.Logf("%v", n)
	if n.Layer != layer || !slices.Equal(n.Units, units) || n.Epoch != every || n.Act != act {
		t.Errorf("notice of layer %d units %v at epoch %d (%v), want layer %d units %v at epoch %d", n.Layer, n.Units, n.Epoch, n.Act, layer, units, every)
	}
	if len(ns) != 1 {
		t.Errorf("notices %v, want one", ns)
	}
	// Still there five epochs later, and not raised again.
	if ns, _ := coachRun(t, tr, c, 5); len(ns) != 0 || len(c.Notices()) != 1 {
		t.Errorf("epochs 6 to 10 raised %v; active %v", ns, c.Notices())
	}
	if tr.Epoch() != 10 {
		t.Errorf("training stopped at epoch %d", tr.Epoch())
	}
}

// The six-layer sigmoid lesson's gradients vanish: the first layer's norm
// stays under a thousandth of the last layer's, and the notice says so.
func TestCoachVanishing(t *testing.T) {
	s, err := session.Build(lesson(t, "vanishing"))
	if err != nil {
		t.Fatal(err)
	}
	c := nn.NewCoach(s.Trainer, nn.CoachConfig{})
	ns, err := coachRun(t, s.Trainer, c, 40)
	if err != nil {
		t.Fatal(err)
	}
	i := slices.IndexFunc(ns, func(n nn.Notice) bool { return n.Kind == nn.VanishingGradients })
	if i < 0 {
		t.Fatalf("no vanishing-gradients notice in %v", ns)
	}
	n := ns[i]
	t.Logf("%v", n)
	if n.Epoch != 20 || !(n.Value < 1e-3) {
		t.Errorf("raised at epoch %d with ratio %v; want epoch 20 (after 20 epochs below 1e-3)", n.Epoch, n.Value)
	}
	if !strings.Contains(n.String(), "gradient-norm chart") {
		t.Errorf("notice %q does not point at the gradient-norm chart", n)
	}
	// Two sigmoid layers learn: no notice.
	set := lesson(t, "vanishing")
	set.Model.Hidden = []int{8, 8}
	s, _ = session.Build(set)
	ns, _ = coachRun(t, s.Trainer, nn.NewCoach(s.Trainer, nn.CoachConfig{}), 40)
	if slices.ContainsFunc(ns, func(n nn.Notice) bool { return n.Kind == nn.VanishingGradients }) {
		t.Errorf("two layers: %v", ns)
	}
}

// On iris, trained for 20,000 epochs (where the notice once stayed
// silent), the test loss
// climbs far above its minimum while the training loss falls: the
// overfitting notice is on at the end, and was raised once the loss stood
// 20 % above its minimum.
func TestCoachOverfittingIris(t *testing.T) {
	tests := []struct {
		Name     string
		Settings session.Settings
	}{
		{"iris lesson", lesson(t, "iris")},
		{"iris with the page's defaults", func() session.Settings { s := session.Default(); s.Dataset = "iris"; return s }()},
	}
	for _, tt := range tests {
		t.Run(tt.Name, func(t *testing.T) {
			s, err := session.Build(tt.Settings)
			if err != nil {
				t.Fatal(err)
			}
			c := nn.NewCoach(s.Trainer, nn.CoachConfig{})
			ns, err := coachRun(t, s.Trainer, c, 20000)
			if err != nil {
				t.Fatal(err)
			}
			st := s.Trainer.Stats()
			var active *nn.Notice
			for _, n := range c.Notices() {
				if n.Kind == nn.Overfitting {
					active = &n
				}
			}
			if active == nil {
				t.Fatalf("no overfitting notice at epoch 20,000 (test loss %.4f); raised: %v", st.TestLoss, ns)
			}
			t.Logf("%v", active)
			if !(active.Value > 1.2*active.Ref) || active.Held != "test" || active.At < 1 {
				t.Errorf("notice %+v", active)
			}
			if k := len(slices.DeleteFunc(ns, func(n nn.Notice) bool { return n.Kind != nn.Overfitting })); k > 5 {
				t.Errorf("the notice was raised %d times: it flickers", k)
			}
		})
	}
}
