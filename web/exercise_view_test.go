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
			got := -1
			if st, ok := rules.FirstMet(g, c.H); ok {
				got = st.Epoch // the epochs of c.H are their indices
			}
			if got != c.Want {
				t.Errorf("rules.FirstMet: epoch %d, want %d", got, c.Want)
			}
		})
	}
}

// The class table's CSV keeps every row and escapes cells a spreadsheet
// would run as formulas; a class list flags names not on it.
func TestChecksCSV(t *testing.T) {
	m := 0.95
	st := &store{lang: "en", checks: []checkRow{
		{Name: "Ada", Accepted: true, Epoch: 28, Metric: &m},
		{Name: "=HYPERLINK(\"x\")", Accepted: false, Reason: "the code belongs to another exercise, see \"x\""},
	}}
	c := &checker{St: st, class: "ada\n  Grace  \n"}
	rows := c.rows()
	if rows[0].Flag != "" || rows[1].Flag != "not on the class list" {
		t.Errorf("flags %q, %q: want Ada on the list and the other not", rows[0].Flag, rows[1].Flag)
	}
	got := checksCSV("en", rows)
	want := "name,verdict,metric,epoch,flag,reason\r\n" +
		"Ada,accepted,0.95,28,,\r\n" +
		"\"'=HYPERLINK(\"\"x\"\")\",rejected,,0,not on the class list,\"the code belongs to another exercise, see \"\"x\"\"\"\r\n"
	if got != want {
		t.Errorf("checksCSV:\n got %q\nwant %q", got, want)
	}
}
