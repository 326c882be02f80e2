package main

import (
	"testing"

	"github.com/nnplayground/playground/core/exercise/rules"
	"github.com/nnplayground/playground/core/nn"
)

// TestFirstMet: the completion code names the first epoch that meets the
// goal, not the newest, so that training on past the checker's limit never
// spoils a code (issue 10's honest-student bug).
func TestFirstMet(t *testing.T) {
	acc := func(epochs ...float64) []nn.Stats {
		h := make([]nn.Stats, len(epochs))
		for i, a := range epochs {
			h[i] = nn.Stats{Epoch: i, TestMetric: a}
		}
		return h
	}
	g := rules.Goal{Metric: rules.Accuracy, Threshold: 0.9}
	for _, c := range []struct {
		Name string
		H    []nn.Stats
		Want int
	}{
		{"never", acc(0.5, 0.6, 0.8), -1},
		{"empty", nil, -1},
		{"met then lost then met again", acc(0.5, 0.92, 0.85, 0.95, 0.99), 1},
		{"met at the start", acc(0.9, 0.5), 0},
	} {
		t.Run(c.Name, func(t *testing.T) {
			if got := firstMet(g, c.H); got != c.Want {
				t.Errorf("firstMet = %d, want %d", got, c.Want)
			}
		})
	}
}
