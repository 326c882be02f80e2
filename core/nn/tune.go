package nn

import (
	"errors"
	"slices"
)

// ErrNotTunable is returned by Tune for a change that needs a new network:
// its shape, activation, loss, initialisation, optimizer, β, ε or seed.
var ErrNotTunable = errors.New("nn: this setting needs a new network")

// Tunable reports whether going from configuration a to b changes only
// what Tune can change while training: the learning rate, its decay,
// momentum and Nesterov, the L1 and L2 rates, gradient clipping and the
// batch size. Defaults are filled in first.
func Tunable(a, b Config) bool {
	a, b = a.Defaults(), b.Defaults()
	return slices.Equal(a.Hidden, b.Hidden) && a.Activation == b.Activation && a.Loss == b.Loss &&
		a.Init == b.Init && a.Optimizer == b.Optimizer && a.Beta1 == b.Beta1 && a.Beta2 == b.Beta2 &&
		a.Epsilon == b.Epsilon && a.Seed == b.Seed
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
