package datasets_test

import (
	"testing"

	"github.com/nnplayground/playground/core/data"
	"github.com/nnplayground/playground/core/datasets"
)

// Every built-in dataset parses and prepares, with the task its
// description says, and generated ones depend on the seed only.
func TestBuiltins(t *testing.T) {
	for _, name := range datasets.Names() {
		t.Run(name, func(t *testing.T) {
			in, _ := datasets.Lookup(name)
			text, err := datasets.Text(name, 0, 0.2, 1)
			if err != nil {
				t.Fatal(err)
			}
			tb, err := data.Parse(text)
			if err != nil {
				t.Fatal(err)
			}
			ds, err := data.Prepare(tb, data.Spec{Target: in.Target, SplitColumn: in.SplitColumn, TestRatio: 0.2, Seed: 1})
			if err != nil {
				t.Fatal(err)
			}
			if got := ds.Task == data.Regression; got != in.Regression {
				t.Errorf("task %v, want regression %v", ds.Task, in.Regression)
			}
			if in.Generated {
				if tb.Rows() != in.Points {
					t.Errorf("%d rows, want the default %d points", tb.Rows(), in.Points)
				}
				again, _ := datasets.Text(name, 0, 0.2, 1)
				other, _ := datasets.Text(name, 0, 0.2, 2)
				if again != text || other == text {
					t.Errorf("generated text must be a function of the seed")
				}
			}
		})
	}
}

func TestTextErrors(t *testing.T) {
	for _, c := range []struct {
		name   string
		points int
		noise  float64
	}{{"nope", 0, 0}, {"spiral", 2, 0}, {"spiral", datasets.MaxPoints + 1, 0}, {"xor", 100, 1.5}, {"xor", 100, -1}} {
		if _, err := datasets.Text(c.name, c.points, c.noise, 1); err == nil {
			t.Errorf("Text(%q, %d, %v) succeeded, want an error", c.name, c.points, c.noise)
		}
	}
}
