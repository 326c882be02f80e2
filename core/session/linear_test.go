package session_test

import (
	"testing"

	"github.com/nnplayground/playground/core/session"
)

// Session.Linear scores the linear model of the task on the test rows:
// one-vs-rest logistic accuracy on iris, ridge R² on diabetes (each within the
// ranges core/baseline's tests state), and nothing without a test split.
func TestSessionLinear(t *testing.T) {
	tests := []struct {
		Dataset       string
		Test          float64
		Model, Metric string
		Min           float64
	}{
		{"iris", 0.3, "logistic-ovr", "accuracy", 0.85},
		{"diabetes", 0.3, "ridge", "r2", 0.35},
		{"iris", 0, "", "", 0},
	}
	for _, tt := range tests {
		s := session.Default()
		s.Dataset, s.TestRatio = tt.Dataset, tt.Test
		ss, err := session.Build(s)
		if err != nil {
			t.Fatal(err)
		}
		b := ss.Linear()
		if tt.Model == "" {
			if b != nil {
				t.Errorf("%s without a test split: %+v, want nil", tt.Dataset, b)
			}
			continue
		}
		if b == nil || b.Model != tt.Model || b.Metric != tt.Metric || b.Test < tt.Min || b.Train < b.Test-0.2 {
			t.Errorf("%s: %+v; want %s (%s) ≥ %.2f", tt.Dataset, b, tt.Model, tt.Metric, tt.Min)
		}
	}
}
