package nn_test

import (
	"encoding/csv"
	"math"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/nnplayground/playground/core/nn"
)

// The history file has one row per epoch under the same header on the
// page and in nnplay, the validation columns last when there is a
// validation split, and every number reads back as the same float64.
func TestAppendHistoryCSV(t *testing.T) {
	h := []nn.Stats{
		{Epoch: 0, TrainLoss: 0.6931471805599453, TestLoss: 0.7, TrainMetric: 0.5, TestMetric: 0.25, TrainRMSE: 1e-20, TestRMSE: 3,
			ValidLoss: 0.1, ValidMetric: 2.0 / 3, ValidRMSE: 12345678.9},
		{Epoch: 1, TrainLoss: math.SmallestNonzeroFloat64, TestLoss: math.MaxFloat64, TrainMetric: 1, TestMetric: -0.5},
	}
	base := []string{"epoch", "train_loss", "test_loss", "train_metric", "test_metric", "train_rmse", "test_rmse"}
	for _, tc := range []struct {
		Name   string
		Valid  bool
		Header []string
	}{
		{"without validation", false, base},
		{"with validation", true, append(slices.Clone(base), "valid_loss", "valid_metric", "valid_rmse")},
	} {
		t.Run(tc.Name, func(t *testing.T) {
			text := string(nn.AppendHistoryCSV([]byte("x"), h, tc.Valid))
			if !strings.HasPrefix(text, "x") {
				t.Fatalf("dst's bytes not kept: %q", text)
			}
			recs, err := csv.NewReader(strings.NewReader(text[1:])).ReadAll()
			if err != nil {
				t.Fatal(err)
			}
			if !slices.Equal(recs[0], tc.Header) {
				t.Fatalf("header %q, want %q", recs[0], tc.Header)
			}
			if len(recs) != len(h)+1 {
				t.Fatalf("%d rows, want %d", len(recs)-1, len(h))
			}
			for i, s := range h {
				want := []float64{float64(s.Epoch), s.TrainLoss, s.TestLoss, s.TrainMetric, s.TestMetric, s.TrainRMSE, s.TestRMSE}
				if tc.Valid {
					want = append(want, s.ValidLoss, s.ValidMetric, s.ValidRMSE)
				}
				for k, f := range recs[i+1] {
					v, err := strconv.ParseFloat(f, 64)
					if err != nil || math.Float64bits(v) != math.Float64bits(want[k]) {
						t.Errorf("epoch %d %s: %q, want %v", s.Epoch, tc.Header[k], f, want[k])
					}
				}
			}
		})
	}
}
