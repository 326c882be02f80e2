package main

import (
	"encoding/json"
	"errors"
	"reflect"
	"testing"

	"github.com/nnplayground/playground/core/nn"
	"github.com/nnplayground/playground/core/session"
)

// TestDecodeSnapshot checks the fast decoder against encoding/json on
// snapshots with every field it knows, and that it refuses other keys.
func TestDecodeSnapshot(t *testing.T) {
	full := session.Report{
		Kind: session.KindSnapshot, Error: "a \"quoted\" é\n message", Line: 3, Column: 7, Running: true,
		History: []nn.Stats{
			{Epoch: 1, TrainLoss: 0.693, TestLoss: 0.7, TrainMetric: 0.5, TestMetric: 0.25, GradNorms: []float64{1e-7, 2.5}},
			{Epoch: 2, TrainLoss: 1.5e-300, TrainRMSE: 3, TestRMSE: -4.25, GradNorms: []float64{}},
		},
		Net: &nn.Network{Sizes: []int{2, 3, 1}, Act: nn.Tanh, Out: nn.OutSigmoid,
			W: [][]float64{{1, -2, 3, 4, 5, 6}, {0.5, -0.25, 1e10}}, B: [][]float64{{0, 1, 2}, {-1}}},
		Heatmap: &session.Heatmap{Res: 2, X0: -6, X1: 6, Y0: -5.5, Y1: 5.5, Out: []byte{0, 255, 7, 128},
			Units: [][]byte{{1}, {2, 3}}, UnitRes: 1,
			Train: [][3]float64{{1, 2, 0}, {-1.5, 2e-3, 1}}, Test: [][3]float64{{0, 0, 1}}},
		Confusion:   [][]int{{3, 1}, {0, 4}},
		Scatter:     [][2]float64{{1, 2}, {3.5, -4}},
		Diverged:    true,
		Overfitting: true,
	}
	for _, tc := range []struct {
		Name   string
		Report session.Report
	}{
		{"full", full},
		{"full again (cached points)", full},
		{"empty", session.Report{Kind: session.KindSnapshot}},
		{"no test points", session.Report{Kind: session.KindSnapshot, Heatmap: &session.Heatmap{Res: 1, Out: []byte{9}, Train: [][3]float64{{1, 1, 1}}}}},
	} {
		t.Run(tc.Name, func(t *testing.T) {
			b, err := json.Marshal(tc.Report)
			if err != nil {
				t.Fatal(err)
			}
			var want, got session.Report
			if err := json.Unmarshal(b, &want); err != nil {
				t.Fatal(err)
			}
			if err := decodeSnapshot(&got, b); err != nil {
				t.Fatalf("decodeSnapshot(%q): %v", b, err)
			}
			if !reflect.DeepEqual(got, want) {
				t.Errorf("decodeSnapshot(%q)\n got %+v\nwant %+v", b, got, want)
			}
		})
	}
	for _, tc := range []struct {
		Name  string
		Input string
		Error error
	}{
		{"summary goes to encoding/json", `{"kind":"loaded","running":false,"summary":{"rows":4}}`, errUnknownKey},
		{"data goes to encoding/json", `{"kind":"model","running":false,"data":"{}"}`, errUnknownKey},
		{"truncated", `{"kind":"snapshot","history":[{"epoch":1}`, errSyntax},
		{"trailing", `{"kind":"snapshot"} x`, errSyntax},
		{"bad number", `{"kind":"snapshot","line":1.5}`, errSyntax},
	} {
		t.Run(tc.Name, func(t *testing.T) {
			var r session.Report
			if err := decodeSnapshot(&r, []byte(tc.Input)); !errors.Is(err, tc.Error) {
				t.Errorf("decodeSnapshot(%q) = %v, want %v", tc.Input, err, tc.Error)
			}
		})
	}
}

// TestSeries checks the chart columns and their running ranges against the
// history they come from.
func TestSeries(t *testing.T) {
	var c series
	c.add([]nn.Stats{{Epoch: 0, TrainLoss: 2, TestLoss: 3}}, true, false)
	c.add([]nn.Stats{{Epoch: 1, TrainLoss: 1, TestLoss: 4, GradNorms: []float64{0.5, 2}}, {Epoch: 2, TrainLoss: 0.5, TestLoss: 1, GradNorms: []float64{0.25, 8}}}, true, false)
	if len(c.xs) != 3 || len(c.grads) != 2 || len(c.grads[1]) != 3 {
		t.Fatalf("columns %v %v", c.xs, c.grads)
	}
	if c.loss.lo != 0.5 || c.loss.hi != 4 || c.grad.lo != 0.25 || c.grad.hi != 8 {
		t.Errorf("ranges loss %+v grad %+v", c.loss, c.grad)
	}
	c.truncate(2)
	if len(c.xs) != 2 || c.loss.lo != 1 || c.loss.hi != 4 || c.grad.hi != 2 {
		t.Errorf("after truncate(2): xs %v loss %+v grad %+v", c.xs, c.loss, c.grad)
	}
}
