package session_test

import (
	"reflect"
	"testing"

	"github.com/nnplayground/playground/core/baseline"
	"github.com/nnplayground/playground/core/nn"
	"github.com/nnplayground/playground/core/session"
)

// TableModel's rule: one tanh layer of session.TableWidth units, Adam at
// session.TableLearningRate, batches of session.TableBatch rows and an L2
// penalty of TableL2Scale/√(training rows), to one significant digit. The
// wanted penalties are the formula worked by hand: 51 rows of which 30 %
// are for testing leave 35.7 training rows, 0.5/√35.7 = 0.0837; 442 rows,
// 0.5/√309.4 = 0.0284; 50,000 rows, 0.5/√35000 = 0.00267; one row, the
// rule's least count of one training row, 0.5.
func TestTableModel(t *testing.T) {
	tests := []struct {
		rows      int
		testRatio float64
		l2        float64
	}{
		{51, 0.3, 0.08},
		{442, 0.3, 0.03},
		{50000, 0.3, 0.003},
		{1, 0.3, 0.5},
		{0, 0.3, 0.5},
	}
	for _, tt := range tests {
		got := session.TableModel(tt.rows, tt.testRatio, 7)
		want := nn.Config{Hidden: []int{session.TableWidth}, Activation: nn.Tanh, Optimizer: nn.Adam,
			LearningRate: session.TableLearningRate, BatchSize: session.TableBatch, L2: tt.l2, Seed: 7}
		if !reflect.DeepEqual(got, want) {
			t.Errorf("TableModel(%d, %v):\n got %+v\nwant %+v", tt.rows, tt.testRatio, got, want)
		}
		if err := got.Defaults().Validate(); err != nil {
			t.Errorf("TableModel(%d, %v): %v", tt.rows, tt.testRatio, err)
		}
	}
}

// A pasted table trains to a stop at least as well as the linear model
// beside it, less the goal's tolerance (0.02 of R²), in the mean over the
// seeds 1 to 5 (the split and the initial weights): on the diabetes table
// (442 rows, 10 inputs, a noisy target: R² about 0.47) and on car_crashes
// (51 rows, 6 inputs, a nearly linear one: R² about 0.91). The circle's
// network (4-2 tanh, SGD), which pasted tables kept before TableModel,
// ended 0.05 and 0.13 below (docs/bench-tables.md at 7db7243).
func TestPastedVsLinear(t *testing.T) {
	for _, tb := range stopTables(t) {
		if tb.Name != "diabetes" && tb.Name != "car_crashes" {
			continue
		}
		const seeds = 5
		var net, lin float64
		for seed := uint64(1); seed <= seeds; seed++ {
			s := session.Default()
			s.Model.Seed = seed
			s = session.Pasted(s, tb.Text)
			ss, err := session.Build(s)
			if err != nil {
				t.Fatal(err)
			}
			m, err := baseline.Fit(ss.Data)
			if err != nil {
				t.Fatal(err)
			}
			st := nn.NewStopper(ss.Trainer, s.Stop)
			for range 20000 {
				if err := ss.Trainer.Step(); err != nil {
					t.Fatal(err)
				}
				if st.Check(ss.Trainer.Stats()) != nil {
					break
				}
			}
			net += ss.Trainer.Stats().TestMetric / seeds
			lin += m.Score(&ss.Data.Test) / seeds
		}
		t.Logf("%s: network %.3f, linear model %.3f (means over %d seeds)", tb.Name, net, lin, seeds)
		if net < lin-0.02 {
			t.Errorf("%s: the pasted table's network ends at R² %.3f, more than 0.02 below the linear model's %.3f", tb.Name, net, lin)
		}
	}
}
