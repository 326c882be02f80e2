package link

import (
	"fmt"
	"slices"

	"github.com/nnplayground/playground/core/nn"
	"github.com/nnplayground/playground/core/session"
)

// Weights are a network's parameters at some epoch.
type Weights struct {
	Epoch  int       `json:"epoch"`  // epochs trained when they were saved
	Sizes  []int     `json:"sizes"`  // layer sizes, [inputs, hidden…, outputs]
	Params []float64 `json:"params"` // nn.Network.Params: layer by layer, weights (row-major, to×from) then biases
}

// WeightsOf returns a copy of the trainer's parameters and epoch.
func WeightsOf(tr *nn.Trainer) *Weights {
	net := tr.Net()
	return &Weights{
		Epoch:  tr.Epoch(),
		Sizes:  slices.Clone(net.Sizes),
		Params: slices.Clone(net.Params()),
	}
}

// Apply loads w into the trainer's network. The trainer's epoch counter
// stays 0 and its optimizer starts afresh: training continues from these
// weights as from a new start (w.Epoch only records where they came from).
// The layer sizes must match.
func (w *Weights) Apply(tr *nn.Trainer) error {
	if err := w.validate(); err != nil {
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
		if err := s.Weights.Apply(ss.Trainer); err != nil {
			return nil, err
		}
	}
	return ss, nil
}
