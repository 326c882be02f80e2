package nn_test

import (
	"errors"
	"slices"
	"testing"

	"github.com/nnplayground/playground/core/data"
	"github.com/nnplayground/playground/core/nn"
)

// TestTuneAtStart: tuning a fresh trainer to c trains exactly as a trainer
// built with c, for every setting Tune may change, so Tune leaves nothing of
// the old value behind (the learning rate, momentum, Nesterov, the
// penalties, clipping, decay and batch size all take effect).
func TestTuneAtStart(t *testing.T) {
	ds := load(t, "spiral", data.Spec{TestRatio: 0.3, Seed: 3})
	base := nn.Config{Hidden: []int{6, 6}, Optimizer: nn.Momentum, LearningRate: 0.03, BatchSize: 10, Seed: 5}
	for _, c := range []struct {
		Name string
		Edit func(*nn.Config)
	}{
		{"learning rate", func(c *nn.Config) { c.LearningRate = 0.3 }},
		{"momentum", func(c *nn.Config) { c.Momentum = 0.5 }},
		{"nesterov", func(c *nn.Config) { c.Nesterov = true }},
		{"l1", func(c *nn.Config) { c.L1 = 0.01 }},
		{"l2", func(c *nn.Config) { c.L2 = 0.01 }},
		{"clip", func(c *nn.Config) { c.ClipNorm = 0.1 }},
		{"decay", func(c *nn.Config) { c.Decay = 0.1 }},
		{"batch size", func(c *nn.Config) { c.BatchSize = 0 }},
	} {
		t.Run(c.Name, func(t *testing.T) {
			want := base
			want.Hidden = slices.Clone(base.Hidden)
			c.Edit(&want)
			ref, err := nn.NewTrainer(ds, want)
			if err != nil {
				t.Fatal(err)
			}
			tuned, err := nn.NewTrainer(ds, base)
			if err != nil {
				t.Fatal(err)
			}
			if err := tuned.Tune(want); err != nil {
				t.Fatal(err)
			}
			untouched, _ := nn.NewTrainer(ds, base)
			for _, tr := range []*nn.Trainer{ref, tuned, untouched} {
				if err := tr.StepN(30); err != nil {
					t.Fatal(err)
				}
			}
			if !slices.Equal(tuned.Net().Params(), ref.Net().Params()) {
				t.Errorf("tuned at epoch 0 to %s: the weights after 30 epochs differ from a trainer built with it", c.Name)
			}
			if slices.Equal(untouched.Net().Params(), ref.Net().Params()) {
				t.Errorf("%s: the change makes no difference, so this case tests nothing", c.Name)
			}
			if got, want := tuned.Stats().TrainLoss, ref.Stats().TrainLoss; got != want {
				t.Errorf("train loss %v, want %v", got, want)
			}
		})
	}
}

// TestTuneMidway: a change at epoch 20 keeps the epoch count and the
// weights, and the run is replayed exactly by tuning another trainer at
// the same epoch; tuning back to the first settings does not undo the
// epochs trained with the second.
func TestTuneMidway(t *testing.T) {
	ds := load(t, "spiral", data.Spec{TestRatio: 0.3, Seed: 3})
	c := nn.Config{Hidden: []int{8}, Optimizer: nn.Adam, LearningRate: 0.01, BatchSize: 10, Seed: 2}
	run := func() (*nn.Trainer, []float64) {
		tr, err := nn.NewTrainer(ds, c)
		if err != nil {
			t.Fatal(err)
		}
		var losses []float64
		for e := 1; e <= 40; e++ {
			if e == 21 {
				hot := c
				hot.LearningRate = 0.1
				if err := tr.Tune(hot); err != nil {
					t.Fatal(err)
				}
				if tr.Epoch() != 20 {
					t.Fatalf("Tune changed the epoch to %d", tr.Epoch())
				}
			}
			if err := tr.Step(); err != nil {
				t.Fatal(err)
			}
			losses = append(losses, tr.Stats().TrainLoss)
		}
		return tr, losses
	}
	a, la := run()
	b, lb := run()
	if !slices.Equal(la, lb) || !slices.Equal(a.Net().Params(), b.Net().Params()) {
		t.Errorf("two runs with the same change at the same epoch differ")
	}
	plain := train(t, ds, c, 40)
	if slices.Equal(plain.Net().Params(), a.Net().Params()) {
		t.Errorf("the change at epoch 20 made no difference")
	}
	if got := a.Config().LearningRate; got != 0.1 {
		t.Errorf("Config().LearningRate = %v after Tune, want 0.1", got)
	}
}

// TestTuneRefused: a change of shape, activation, optimizer, loss,
// initialisation or seed is refused with ErrNotTunable, an invalid value
// with a validation error, and the trainer is unchanged either way.
func TestTuneRefused(t *testing.T) {
	ds := load(t, "xor", data.Spec{TestRatio: 0.3, Seed: 1})
	c := nn.Config{Hidden: []int{4}, LearningRate: 0.03, Seed: 1}
	for _, x := range []struct {
		Name string
		Edit func(*nn.Config)
		Err  error
	}{
		{"hidden", func(c *nn.Config) { c.Hidden = []int{5} }, nn.ErrNotTunable},
		{"activation", func(c *nn.Config) { c.Activation = nn.ReLU }, nn.ErrNotTunable},
		{"optimizer", func(c *nn.Config) { c.Optimizer = nn.Adam }, nn.ErrNotTunable},
		{"loss", func(c *nn.Config) { c.Loss = nn.MSE }, nn.ErrNotTunable},
		{"init", func(c *nn.Config) { c.Init = nn.He }, nn.ErrNotTunable},
		{"seed", func(c *nn.Config) { c.Seed = 9 }, nn.ErrNotTunable},
		{"negative learning rate", func(c *nn.Config) { c.LearningRate = -1 }, nil},
		{"momentum 1", func(c *nn.Config) { c.Momentum = 1 }, nil},
	} {
		t.Run(x.Name, func(t *testing.T) {
			tr := train(t, ds, c, 5)
			before := slices.Clone(tr.Net().Params())
			next := c
			next.Hidden = slices.Clone(c.Hidden)
			x.Edit(&next)
			err := tr.Tune(next)
			switch {
			case err == nil:
				t.Fatalf("Tune(%s) = nil, want an error", x.Name)
			case x.Err != nil && !errors.Is(err, x.Err):
				t.Errorf("Tune(%s) = %v, want %v", x.Name, err, x.Err)
			}
			if tr.Config().LearningRate != 0.03 || tr.Epoch() != 5 || !slices.Equal(before, tr.Net().Params()) {
				t.Errorf("a refused Tune changed the trainer")
			}
		})
	}
}
