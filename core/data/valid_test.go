package data

import (
	"slices"
	"testing"
)

// The validation split is carved from the training rows: seeded, the same
// for the same seed, stratified by class, with the test split unchanged and
// the normalization fitted on the rows left for training.
func TestValidSplit(t *testing.T) {
	tb := mustParse(t, readFile(t, "../datasets/iris.csv"))
	base, err := Prepare(tb, Spec{TestRatio: 0.2, Seed: 3})
	if err != nil {
		t.Fatal(err)
	}
	ds, err := Prepare(tb, Spec{TestRatio: 0.2, ValidRatio: 0.25, Seed: 3})
	if err != nil {
		t.Fatal(err)
	}
	if !slices.Equal(ds.Test.Rows, base.Test.Rows) {
		t.Errorf("the test split changed with a validation split")
	}
	if base.Valid.N != 0 || ds.Valid.N != 30 || ds.Train.N != 90 {
		t.Fatalf("splits %d/%d/%d (train/valid/test), want 90/30/30; without: %d valid", ds.Train.N, ds.Valid.N, ds.Test.N, base.Valid.N)
	}
	all := append(slices.Clone(ds.Train.Rows), ds.Valid.Rows...)
	slices.Sort(all)
	if !slices.Equal(all, base.Train.Rows) {
		t.Errorf("train and validation rows are not the training rows of the split without validation")
	}
	// Stratified: iris's 40 training rows per class give 10 each.
	counts := make([]int, ds.Out)
	for r := range ds.Valid.N {
		for k, y := range ds.Valid.Y[r*ds.Out : (r+1)*ds.Out] {
			if y == 1 {
				counts[k]++
			}
		}
	}
	if !slices.Equal(counts, []int{10, 10, 10}) {
		t.Errorf("validation rows per class %v, want 10 each", counts)
	}
	// The normalization: each training input has mean 0.
	for k := range ds.Dim {
		var m float64
		for _, v := range column(ds.Train.X, ds.Dim, k) {
			m += v
		}
		if m /= float64(ds.Train.N); m > 1e-12 || m < -1e-12 {
			t.Errorf("input %d: training mean %v, want 0", k, m)
		}
	}
	again, _ := Prepare(tb, Spec{TestRatio: 0.2, ValidRatio: 0.25, Seed: 3})
	other, _ := Prepare(tb, Spec{TestRatio: 0.2, ValidRatio: 0.25, Seed: 4})
	if !slices.Equal(again.Valid.Rows, ds.Valid.Rows) || slices.Equal(other.Valid.Rows, ds.Valid.Rows) {
		t.Errorf("the validation rows do not follow the seed")
	}
	for _, bad := range []float64{-0.1, 0.6} {
		if _, err := Prepare(tb, Spec{ValidRatio: bad}); err == nil {
			t.Errorf("validation ratio %v accepted", bad)
		}
	}
}
