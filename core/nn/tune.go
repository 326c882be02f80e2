package nn

import (
	"errors"
	"slices"
)

// ErrNotTunable is returned by Tune for a change that needs a new network:
// its shape, activation, loss, initialisation, optimizer, β, ε or seed.
var ErrNotTunable = errors.New("nn: this setting needs a new network")

// tunables lists what Tune may change in a Config, by JSON name, each
// with the copy of its field: what is not listed needs a new network.
var tunables = [...]struct {
	name string
	copy func(dst, src *Config)
}{
	{"lr", func(d, s *Config) { d.LearningRate = s.LearningRate }},
	{"momentum", func(d, s *Config) { d.Momentum = s.Momentum }},
	{"nesterov", func(d, s *Config) { d.Nesterov = s.Nesterov }},
	{"batch", func(d, s *Config) { d.BatchSize = s.BatchSize }},
	{"l1", func(d, s *Config) { d.L1 = s.L1 }},
	{"l2", func(d, s *Config) { d.L2 = s.L2 }},
	{"clip", func(d, s *Config) { d.ClipNorm = s.ClipNorm }},
	{"decay", func(d, s *Config) { d.Decay = s.Decay }},
}

// Tunables returns the JSON names of the fields of Config that Tune may
// change while training: the learning rate, momentum and Nesterov, the
// batch size, the L1 and L2 rates, gradient clipping and the decay.
func Tunables() []string {
	names := make([]string, len(tunables))
	for i, t := range tunables {
		names[i] = t.name
	}
	return names
}

// Tunable reports whether going from configuration a to b changes only
// what Tune can change while training (Tunables). Defaults are filled in
// first.
func Tunable(a, b Config) bool {
	a, b = a.Defaults(), b.Defaults()
	for _, t := range tunables {
		t.copy(&a, &b)
	}
	return equal(&a, &b)
}

// equal reports whether a and b are the same configuration. (Field by
// field: reflect.DeepEqual would cost the trainer's binary 12 kB;
// TestTunableFields checks that every field is compared.)
func equal(a, b *Config) bool {
	return slices.Equal(a.Hidden, b.Hidden) && a.Activation == b.Activation && a.Loss == b.Loss && a.Init == b.Init &&
		a.Optimizer == b.Optimizer && a.LearningRate == b.LearningRate && a.Momentum == b.Momentum &&
		a.Nesterov == b.Nesterov && a.Beta1 == b.Beta1 && a.Beta2 == b.Beta2 && a.Epsilon == b.Epsilon &&
		a.BatchSize == b.BatchSize && a.L1 == b.L1 && a.L2 == b.L2 && a.ClipNorm == b.ClipNorm &&
		a.Decay == b.Decay && a.Seed == b.Seed
}

// Tune changes the training settings of c that Tunable allows for the
// epochs that follow, keeping the weights, the optimizer's state (moving
// averages, momentum), the epoch count and the shuffling source: as
// TensorFlow Playground does when its learning rate or regularization is
// changed while it trains. Training then continues exactly as a trainer
// that was given c from the start would continue from the same state, so
// a run with a change at epoch e can be replayed by calling Tune at e.
//
// Tune returns ErrNotTunable when c differs in anything else, and c's
// validation error when c is invalid; the trainer is unchanged then. A
// change of batch size made in the middle of an epoch applies to the rest
// of it; callers that want whole epochs tune between them.
func (t *Trainer) Tune(c Config) error {
	c = c.Defaults()
	if err := c.Validate(); err != nil {
		return err
	}
	if !Tunable(t.cfg, c) {
		return ErrNotTunable
	}
	t.cfg = c
	t.opt.mu, t.opt.nesterov = c.Momentum, c.Nesterov
	t.statsOK = false // the penalty in the loss depends on L1 and L2
	return nil
}
