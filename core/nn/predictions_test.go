package nn_test

import (
	"math"
	"testing"

	"github.com/nnplayground/playground/core/data"
	"github.com/nnplayground/playground/core/nn"
)

func TestClass(t *testing.T) {
	nan := math.NaN()
	for _, tc := range []struct {
		Name   string
		Input  []float64
		Output int
	}{
		{"binary at 0.5", []float64{0.5}, 1},
		{"binary below 0.5", []float64{0.4999}, 0},
		{"binary target 1", []float64{1}, 1},
		{"binary NaN", []float64{nan}, 0},
		{"softmax", []float64{0.2, 0.7, 0.1}, 1},
		{"softmax tie: the first", []float64{0.2, 0.4, 0.4}, 1},
		{"one-hot", []float64{0, 0, 1}, 2},
		{"two outputs", []float64{0.6, 0.4}, 0},
		{"NaN row", []float64{nan, nan, nan}, 0},
		{"a NaN is never larger", []float64{0.1, nan, 0.3}, 2},
	} {
		t.Run(tc.Name, func(t *testing.T) {
			if got := nn.Class(tc.Input); got != tc.Output {
				t.Errorf("Class(%v) = %d, want %d", tc.Input, got, tc.Output)
			}
		})
	}
	defer func() {
		if recover() == nil {
			t.Error("Class(nil) did not panic")
		}
	}()
	nn.Class(nil)
}

func TestAppendPredictionsCSV(t *testing.T) {
	parse := func(t *testing.T, text string) *data.Table {
		tab, err := data.Parse(text)
		if err != nil {
			t.Fatal(err)
		}
		return tab
	}
	// Outputs and targets are made up: the writer only formats them.
	reg := &data.Preprocessor{Task: data.Regression, Target: "y", TargetShift: 10, TargetScale: 2}
	bin := &data.Preprocessor{Task: data.Binary, Target: "label", Classes: []string{"no", "yes"}}
	multi := &data.Preprocessor{Task: data.Multiclass, Target: "kind", Classes: []string{"a", "b", "c"}}
	for _, tc := range []struct {
		Name   string
		Table  string
		Rows   []int
		Prep   *data.Preprocessor
		Y, Out []float64
		Output string
	}{
		{
			Name:  "regression: the target's cell, else y in its units",
			Table: "id,x,y\nr1,-1.5,3.25\nr2,2,\nr3,4,8\n",
			Rows:  []int{0, 1}, Prep: reg,
			Y: []float64{-3.375, 0.5}, Out: []float64{3.5, -11.125},
			Output: "id,x,actual,predicted\nr1,-1.5,3.25,3.5\nr2,2,11,-11.125\n",
		},
		{
			Name:  "binary: classes by Class, 1-p and p",
			Table: "label,x\nyes,1\nno,2\n",
			Prep:  bin,
			Y:     []float64{1, 0}, Out: []float64{0.75, 0.5},
			Output: "x,actual,predicted,p_no,p_yes\n1,yes,yes,0.25,0.75\n2,no,yes,0.5,0.5\n",
		},
		{
			Name:   "multiclass without targets: the cells, empty without a target column",
			Table:  "kind,x\nb,1\n",
			Prep:   multi,
			Out:    []float64{0.125, 0.25, 0.625},
			Output: "x,actual,predicted,p_a,p_b,p_c\n1,b,c,0.125,0.25,0.625\n",
		},
		{
			Name:   "no target column",
			Table:  "x,note\n1,plain\n",
			Prep:   multi,
			Out:    []float64{0.5, 0.25, 0.25},
			Output: "x,note,actual,predicted,p_a,p_b,p_c\n1,plain,,a,0.5,0.25,0.25\n",
		},
		{
			Name:  "formulas escaped, numbers not, quoting as encoding/csv",
			Table: "name,\"x, y\",y\n\"=HYPERLINK(\"\"http://x\"\")\",-2,1\n@SUM(A1),+3,2\n\"-1+1\",-1e-3,3\n",
			Prep:  reg,
			Out:   []float64{-0.5, 1e-7, -2e21},
			Output: "name,\"x, y\",actual,predicted\n" +
				"\"'=HYPERLINK(\"\"http://x\"\")\",-2,1,-0.5\n" +
				"'@SUM(A1),+3,2,1e-07\n" +
				"'-1+1,-1e-3,3,-2e+21\n",
		},
	} {
		t.Run(tc.Name, func(t *testing.T) {
			got := string(nn.AppendPredictionsCSV(nil, parse(t, tc.Table), tc.Rows, tc.Prep, tc.Y, tc.Out))
			if got != tc.Output {
				t.Errorf("got\n%q\nwant\n%q", got, tc.Output)
			}
		})
	}
}
