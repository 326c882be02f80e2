package link

import (
	"fmt"
	"slices"

	"github.com/nnplayground/playground/core/nn"
	"github.com/nnplayground/playground/core/session"
)

// Weights are a network's parameters at some epoch (session.Weights,
// which every binary can hold).
type Weights = session.Weights

// WeightsOf returns a copy of the trainer's parameters and epoch.
func WeightsOf(tr *nn.Trainer) *Weights {
	net := tr.Net()
	return &Weights{
		Epoch:  tr.Epoch(),
		Sizes:  slices.Clone(net.Sizes),
		Params: slices.Clone(net.Params()),
	}
}

// apply loads w into the trainer's network. The trainer's epoch counter
// stays 0 and its optimizer starts afresh: training continues from these
// weights as from a new start (w.Epoch only records where they came from).
// The layer sizes must match.
func apply(w *Weights, tr *nn.Trainer) error {
	if err := validateWeights(w); err != nil {
		return err
	}
	if net := tr.Net(); !slices.Equal(net.Sizes, w.Sizes) {
		return fmt.Errorf("link: the weights are for layers %v, the network has %v", w.Sizes, net.Sizes)
	}
	return tr.SetParams(w.Params, 0)
}

// Restore builds the session s describes and loads its weights, if any.
func Restore(s *Session) (*session.Session, error) {
	ss, err := session.Build(s.Settings)
	if err != nil {
		return nil, err
	}
	if s.Weights != nil {
		if err := apply(s.Weights, ss.Trainer); err != nil {
			return nil, err
		}
	}
	return ss, nil
}
