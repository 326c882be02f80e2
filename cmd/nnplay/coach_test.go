package main

import (
	"path/filepath"
	"strings"
	"testing"
)

// nnplay train explains what goes wrong: an exploding run stops at the
// same epoch as the engine's coach says (core/nn TestCoachExplodes), with
// the fix; without -coach it runs on; notices are printed as they are
// raised.
func TestTrainCoach(t *testing.T) {
	iris := irisFile(t)
	exploding := []string{"train", iris, "-normalization", "none", "-learning-rate", "1", "-batch-size", "16", "-layers", "8",
		"-test-ratio", "0.2", "-seed", "1", "-epochs", "300", "-quiet", "-stop-defaults=false"}
	tests := []struct {
		Name   string
		Args   []string
		Code   int
		Stdout []string // lines or parts of lines the output must hold
		Stderr []string
	}{
		{"explodes", exploding, 1, []string{"\nepoch 60: ", "notice: epoch 10: units 1, 2, 4, 5, 6, 7, 8 of hidden layer 1 are saturated"},
			[]string{"training exploded at epoch 60", "learning rate (it is 1)", "The weights of epoch 0, the last good one"}},
		{"no coach", append(exploding, "-coach=false"), 0, []string{"epoch 300: "}, nil},
		{"vanishing", []string{"train", "-dataset", "circle", "-layers", "8,8,8,8,8,8", "-activation", "sigmoid", "-epochs", "40", "-quiet"}, 0,
			[]string{"notice: epoch 20: vanishing gradients", "gradient-norm chart"}, nil},
		{"dead units", []string{"train", "-dataset", "spiral", "-layers", "8,8", "-activation", "relu", "-learning-rate", "3", "-clip", "1", "-epochs", "30", "-quiet"}, 0,
			[]string{"notice: epoch 10: units 4, 5, 8 of hidden layer 1 output 0 for every training row: dead ReLU", "Dead ReLU units pass no gradient back"}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.Name, func(t *testing.T) {
			code, out, errOut := nnplay(t, tt.Args...)
			if code != tt.Code {
				t.Fatalf("exit %d, want %d\n%s%s", code, tt.Code, out, errOut)
			}
			for _, want := range tt.Stdout {
				if !strings.Contains(out, want) {
					t.Errorf("output lacks %q:\n%s", want, out)
				}
			}
			for _, want := range tt.Stderr {
				if !strings.Contains(errOut, want) {
					t.Errorf("error lacks %q:\n%s", want, errOut)
				}
			}
		})
	}
}

// Early stopping with -valid-ratio, -patience and -restore-best stops where
// the engine does (core/nn TestEarlyStoppingRestoresBest) and reports the
// restored epoch; the history has the validation columns.
func TestTrainEarlyStopping(t *testing.T) {
	hist := filepath.Join(t.TempDir(), "h.csv")
	code, out, errOut := nnplay(t, "train", irisFile(t), "-test-ratio", "0.2", "-valid-ratio", "0.2", "-seed", "1", "-layers", "8",
		"-optimizer", "adam", "-learning-rate", "0.01", "-batch-size", "16", "-patience", "50", "-restore-best", "-epochs", "5000", "-quiet",
		"-history", hist)
	if code != 0 {
		t.Fatalf("exit %d\n%s%s", code, out, errOut)
	}
	for _, want := range []string{"(96 train, 24 validation, 30 test)", "stopped at epoch 131 (early stopping", "was at epoch 81; its weights are restored", "\nepoch 81: ", "validation loss 0.0803996", "\nlinear model (one-vs-rest logistic regression on the same training rows): test accuracy "} {
		if !strings.Contains(out, want) {
			t.Errorf("output lacks %q:\n%s", want, out)
		}
	}
	rows := readHistory(t, hist)
	if len(rows) != 132 || len(rows[0]) != 10 {
		t.Errorf("history of %d rows × %d columns, want 132 × 10", len(rows), len(rows[0]))
	}
	for _, bad := range [][]string{{"-valid-ratio", "0.7"}, {"-patience", "-1"}, {"-target-metric", "2"}} {
		if code, _, _ := nnplay(t, append([]string{"train", "-dataset", "iris"}, bad...)...); code != 2 {
			t.Errorf("%v: exit %d, want 2", bad, code)
		}
	}
}
