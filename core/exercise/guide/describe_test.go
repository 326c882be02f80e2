package guide

import (
	"errors"
	"fmt"
	"strings"
	"testing"

	"github.com/nnplayground/playground/core/nn"
)

// Every kind of action is worded in both languages, with its value.
func TestDescribe(t *testing.T) {
	tests := []struct {
		Name   string
		Input  Action
		Output string // in the English words
	}{
		{"set", Action{Kind: ActSet, Setting: "lr", Value: "3"}, "Set the learning rate to 3."},
		{"add", Action{Kind: ActAddLayer, Units: 4}, "Add a hidden layer of 4 neurons."},
		{"remove", Action{Kind: ActRemoveLayer}, "Remove the last hidden layer."},
		{"train", Action{Kind: ActTrain, Epochs: 100}, "Train 100 epochs."},
		{"reset", Action{Kind: ActReset}, "Reset the network."},
		{"weight", Action{Kind: ActEditWeight, Layer: 0, To: 0, From: 1, Weight: 2}, "from unit 2 of layer 0 to neuron 1 of layer 1"},
		{"bias", Action{Kind: ActEditWeight, Layer: 1, To: 2, From: -1, Weight: -10}, "bias of neuron 3 of layer 2"},
		{"press", Action{Kind: ActPress, Button: ButtonRollbackLower}, "divided by 10"},
		{"map", Action{Kind: ActMapColumns, X: "a", Y: "b"}, "over a and b"},
		{"explain", Action{Kind: ActExplain, Layer: 1, To: 0}, "neuron 1 of layer 1"},
	}
	for _, tt := range tests {
		t.Run(tt.Name, func(t *testing.T) {
			if err := tt.Input.Validate(); err != nil {
				t.Fatal(err)
			}
			d := tt.Input.Describe()
			if !strings.Contains(d.En, tt.Output) || d.Zh == "" || d.Zh == d.En {
				t.Errorf("Describe = %q, want English with %q and Chinese", d, tt.Output)
			}
		})
	}
	s := Step{Actions: []Action{tests[0].Input, tests[3].Input}}
	if h := s.Hint(); h.En != "Set the learning rate to 3. Train 100 epochs." {
		t.Errorf("Hint = %q", h.En)
	}
	if ok, _ := s.Evaluate(&LiveState{}); !ok {
		t.Errorf("a step without a check is not done")
	}
}

// The engine's errors, notices and stops map to their events.
func TestEventsOf(t *testing.T) {
	if e, ok := EventOfError(fmt.Errorf("wrapped: %w", &nn.DivergedError{})); !ok || e != Diverged {
		t.Errorf("diverged: %q %v", e, ok)
	}
	if e, ok := EventOfError(&nn.ExplodedError{}); !ok || e != Exploded {
		t.Errorf("exploded: %q %v", e, ok)
	}
	if _, ok := EventOfError(errors.New("other")); ok {
		t.Errorf("another error has an event")
	}
	if e, ok := EventOfStop(&nn.Stop{Reason: nn.StopPatience}); !ok || e != EarlyStopped {
		t.Errorf("patience: %q %v", e, ok)
	}
	if _, ok := EventOfStop(&nn.Stop{Reason: nn.StopMaxEpochs}); ok {
		t.Errorf("an epoch limit is early stopping")
	}
	for k, want := range map[nn.NoticeKind]Event{nn.DeadUnits: DeadUnits, nn.SaturatedUnits: SaturatedUnits,
		nn.VanishingGradients: Vanishing, nn.Overfitting: Overfitting} {
		if got := EventOfNotice(k); got != want {
			t.Errorf("notice %v: event %q, want %q", k, got, want)
		}
	}
}
