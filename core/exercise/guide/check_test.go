package guide

import (
	"strings"
	"testing"

	"github.com/nnplayground/playground/core/nn"
	"github.com/nnplayground/playground/core/session"
)

// Each kind of check against live states that meet it and states that do
// not.
func TestEvaluate(t *testing.T) {
	deep := session.Default() // hidden [4 2], tanh, SGD, lr 0.03
	adam := session.Default()
	adam.Model.Optimizer, adam.Model.LearningRate, adam.Model.Hidden = nn.Adam, 3, []int{8}
	adam.Norm = 2 // none
	stop := session.WithStopDefaults(session.Default())
	newest := &Stats{Epoch: 120, TrainLoss: 0.2, TestLoss: 0.3, TrainMetric: 0.95, TestMetric: 0.88}
	best := &Stats{Epoch: 120, TrainLoss: 0.1, TestLoss: 0.25, TrainMetric: 0.97, TestMetric: 0.91}
	valid := &Stats{Epoch: 10, ValidLoss: 0.4, ValidMetric: 0.8, HasValid: true}
	trained := LiveState{Settings: deep, Newest: newest, Best: best, Epochs: 120}
	tests := []struct {
		Name   string
		Check  Check
		State  LiveState
		Output bool
	}{
		{"accuracy met", Check{Kind: CheckMetric, Metric: "test-accuracy", Op: ">=", Value: 0.85}, trained, true},
		{"accuracy not met", Check{Kind: CheckMetric, Metric: "test-accuracy", Op: ">=", Value: 0.9}, trained, false},
		{"best accuracy met", Check{Kind: CheckMetric, Metric: "test-accuracy", Op: ">=", Value: 0.9, Best: true}, trained, true},
		{"loss met", Check{Kind: CheckMetric, Metric: "train-loss", Op: "<=", Value: 0.2}, trained, true},
		{"loss not met", Check{Kind: CheckMetric, Metric: "test-loss", Op: "<=", Value: 0.29}, trained, false},
		{"r2 met", Check{Kind: CheckMetric, Metric: "train-r2", Op: ">=", Value: 0.9}, trained, true},
		{"too few epochs", Check{Kind: CheckMetric, Metric: "test-loss", Op: "<=", Value: 1, MinEpochs: 200}, trained, false},
		{"enough epochs", Check{Kind: CheckMetric, Metric: "test-loss", Op: "<=", Value: 1, MinEpochs: 100}, trained, true},
		{"epochs", Check{Kind: CheckMetric, Metric: "epoch", Op: ">=", Value: 100}, trained, true},
		{"not trained", Check{Kind: CheckMetric, Metric: "test-loss", Op: "<=", Value: 1}, LiveState{Settings: deep}, false},
		{"valid met", Check{Kind: CheckMetric, Metric: "valid-accuracy", Op: ">=", Value: 0.8}, LiveState{Newest: valid, Epochs: 10}, true},
		{"no valid split", Check{Kind: CheckMetric, Metric: "valid-loss", Op: "<=", Value: 9}, trained, false},
		{"layers met", Check{Kind: CheckSetting, Setting: "layers", Op: ">=", Value: 2}, LiveState{Settings: deep}, true},
		{"layers not met", Check{Kind: CheckSetting, Setting: "layers", Op: ">=", Value: 2}, LiveState{Settings: adam}, false},
		{"lr met", Check{Kind: CheckSetting, Setting: "lr", Op: ">=", Value: 3}, LiveState{Settings: adam}, true},
		{"lr default", Check{Kind: CheckSetting, Setting: "lr", Op: "=", Value: 0.03}, LiveState{Settings: session.Settings{}}, true},
		{"lr not met", Check{Kind: CheckSetting, Setting: "lr", Op: ">=", Value: 3}, LiveState{Settings: deep}, false},
		{"optimizer met", Check{Kind: CheckSetting, Setting: "optimizer", Op: "=", Text: "adam"}, LiveState{Settings: adam}, true},
		{"optimizer not met", Check{Kind: CheckSetting, Setting: "optimizer", Op: "=", Text: "adam"}, LiveState{Settings: deep}, false},
		{"norm none met", Check{Kind: CheckSetting, Setting: "norm", Op: "=", Text: "none"}, LiveState{Settings: adam}, true},
		{"norm not none", Check{Kind: CheckSetting, Setting: "norm", Op: "!=", Text: "none"}, LiveState{Settings: adam}, false},
		{"optimizer unchanged", Check{Kind: CheckSetting, Setting: "optimizer", Op: "=", Text: "adam"}, LiveState{Settings: adam}, false},
		{"hidden", Check{Kind: CheckSetting, Setting: "hidden", Op: "=", Text: "4,2"}, LiveState{Settings: deep}, true},
		{"patience off", Check{Kind: CheckSetting, Setting: "patience", Op: ">=", Value: 1}, LiveState{Settings: deep}, false},
		{"restore best", Check{Kind: CheckSetting, Setting: "restoreBest", Op: "=", Text: "true"}, LiveState{Settings: stop}, true},
		{"event seen", Check{Kind: CheckEvent, Event: Exploded}, LiveState{Events: []Event{DeadUnits, Exploded}}, true},
		{"event not seen", Check{Kind: CheckEvent, Event: Diverged}, LiveState{Events: []Event{Exploded}}, false},
		{"no events", Check{Kind: CheckEvent, Event: Overfitting}, LiveState{}, false},
		{"any weight", Check{Kind: CheckWeight, Any: true}, LiveState{Edited: []Edit{{Layer: 1, To: 0, From: 2, Value: 1}}}, true},
		{"no weight", Check{Kind: CheckWeight, Any: true}, LiveState{}, false},
		{"that weight", Check{Kind: CheckWeight, Layer: 0, To: 0, From: 1}, LiveState{Edited: []Edit{{0, 0, 1, 3}}}, true},
		{"another weight", Check{Kind: CheckWeight, Layer: 0, To: 0, From: 1}, LiveState{Edited: []Edit{{0, 0, 0, 3}}}, false},
		{"weight value met", Check{Kind: CheckWeight, Any: true, Op: ">=", Value: 3}, LiveState{Edited: []Edit{{0, 0, 0, 1}, {0, 0, 0, 3}}}, true},
		{"weight value not met", Check{Kind: CheckWeight, Any: true, Op: ">=", Value: 3}, LiveState{Edited: []Edit{{0, 0, 0, 3}, {0, 0, 0, 1}}}, false},
		{"bias", Check{Kind: CheckWeight, From: -1}, LiveState{Edited: []Edit{{0, 0, -1, 3}}}, true},
		{"invalid check", Check{Kind: "nope"}, trained, false},
		{"invalid op", Check{Kind: CheckMetric, Metric: "test-loss", Op: "<"}, trained, false},
	}
	for _, tt := range tests {
		t.Run(tt.Name, func(t *testing.T) {
			if tt.Check.Kind == CheckSetting && !strings.Contains(tt.Name, "unchanged") {
				tt.State.Changed = Settable() // a setting's check needs a change since the step opened
			}
			got, why := Evaluate(&tt.Check, &tt.State)
			if got != tt.Output {
				t.Errorf("Evaluate = %v (%q), want %v", got, why.En, tt.Output)
			}
			if why.En == "" || why.Zh == "" {
				t.Errorf("no reason: %q", why)
			}
		})
	}
}

// Set and Get read back what they write, and refuse what is not a value.
func TestSetGet(t *testing.T) {
	tests := []struct {
		Name, Setting, Value, Output string
		Error                        bool
	}{
		{"lr", "lr", "3", "3", false},
		{"optimizer", "optimizer", "adam", "adam", false},
		{"activation", "activation", "relu", "relu", false},
		{"norm", "norm", "none", "none", false},
		{"missing", "missing", "fill", "fill", false},
		{"hidden", "hidden", "8, 8", "8,8", false},
		{"no hidden", "hidden", "", "", false},
		{"l2", "l2", "0.01", "0.01", false},
		{"batch", "batch", "32", "32", false},
		{"bad number", "lr", "fast", "", true},
		{"NaN", "lr", "NaN", "", true},
		{"negative", "l2", "-1", "", true},
		{"bad name", "optimizer", "lbfgs", "", true},
		{"read only", "layers", "2", "", true},
		{"unknown", "colour", "red", "", true},
		{"patience", "patience", "20", "20", false},
		{"valid ratio", "validRatio", "0.3", "0.3", false},
		{"restore best", "restoreBest", "true", "true", false},
		{"not a bool", "restoreBest", "maybe", "", true},
	}
	for _, tt := range tests {
		t.Run(tt.Name, func(t *testing.T) {
			s := session.Default()
			err := Set(&s, tt.Setting, tt.Value)
			if (err != nil) != tt.Error {
				t.Fatalf("Set(%q, %q) error %v, want error %v", tt.Setting, tt.Value, err, tt.Error)
			}
			if err != nil {
				return
			}
			if got, _, _ := Get(&s, tt.Setting); got != tt.Output {
				t.Errorf("Get(%q) = %q, want %q", tt.Setting, got, tt.Output)
			}
		})
	}
	for _, n := range Settable() {
		if _, _, err := Get(&session.Settings{}, n); err != nil {
			t.Errorf("Get(%q): %v", n, err)
		}
	}
}
