package main

import (
	"fmt"
	"path/filepath"
	"strings"
	"testing"

	"github.com/nnplayground/playground/core/data"
	"github.com/nnplayground/playground/core/datasets"
	"github.com/nnplayground/playground/core/nn"
	"github.com/nnplayground/playground/core/session"
)

// engineRun is the engine's own run of settings s, trained here as the
// command line is asked to: up to epochs epochs, with a coach (when coach)
// and s's stop rules. The command line must print what it finds.
type engineRun struct {
	sess    *session.Session
	last    nn.Stats // the stats the run ends with (the restored epoch's after a restoring stop)
	epochs  int      // epochs trained
	notices []string // the coach's notices, in order, as Notice.String gives them
	stop    *nn.Stop // the stop rules' verdict, if they stopped training
	err     error    // the coach's or Step's error, if one ended training
}

func runEngine(t *testing.T, s session.Settings, epochs int, coach bool) engineRun {
	t.Helper()
	sess, err := session.Build(s)
	if err != nil {
		t.Fatal(err)
	}
	r := engineRun{sess: sess}
	tr := sess.Trainer
	var c *nn.Coach
	if coach {
		c = nn.NewCoach(tr, nn.CoachConfig{})
	}
	var stopper *nn.Stopper
	if s.Stop != (nn.StopRules{}) {
		stopper = nn.NewStopper(tr, s.Stop)
	}
	r.last = tr.Stats()
	for range epochs {
		if r.err = tr.Step(); r.err != nil {
			return r
		}
		st := tr.Stats()
		r.last, r.epochs = st, r.epochs+1
		if c != nil {
			ns, err := c.Check(st)
			for _, n := range ns {
				r.notices = append(r.notices, n.String())
			}
			if r.err = err; err != nil {
				return r
			}
		}
		if stopper != nil {
			if r.stop = stopper.Check(st); r.stop != nil {
				if r.stop.Restored {
					r.last = tr.Stats()
				}
				return r
			}
		}
	}
	return r
}

// irisTable is the settings nnplay gives iris.csv (irisFile): a pasted
// table's, without its stop defaults (-stop-defaults=false).
func irisTable(t *testing.T) session.Settings {
	t.Helper()
	text, err := datasets.Text("iris", 0, 0, 0)
	if err != nil {
		t.Fatal(err)
	}
	s := session.Pasted(session.Default(), text)
	s.ValidRatio, s.Stop = 0, nn.StopRules{}
	return s
}

// builtIn is the settings of `nnplay train -dataset name`.
func builtIn(name string) session.Settings {
	s := session.Default()
	s.Dataset, s.Points = name, 0
	return s
}

// nnplay train explains what goes wrong: each run stops where the engine's
// own run of the same settings stops, with the same explanation, and
// prints the engine's notices as they are raised; without -coach it runs
// on. What each run must show (an explosion, saturated, vanishing or dead
// units) is checked of the engine's run first.
func TestTrainCoach(t *testing.T) {
	iris := irisFile(t)
	exploding := []string{"train", iris, "-normalization", "none", "-learning-rate", "1", "-batch-size", "16", "-layers", "8",
		"-test-ratio", "0.2", "-seed", "1", "-epochs", "300", "-quiet", "-stop-defaults=false"}
	explodingSettings := func() session.Settings {
		s := irisTable(t)
		s.Norm, s.TestRatio = data.NoNorm, 0.2
		s.Model.LearningRate, s.Model.BatchSize, s.Model.Hidden, s.Model.Seed = 1, 16, []int{8}, 1
		return s
	}
	tests := []struct {
		Name     string
		Args     []string
		Settings session.Settings
		Epochs   int
		Coach    bool
		Shows    []string // what the engine's run must hold (its error or a notice): the case's reason to exist
		Code     int
	}{
		{"explodes", exploding, explodingSettings(), 300, true, []string{"training exploded", "saturated"}, 1},
		{"no coach", append(exploding, "-coach=false"), explodingSettings(), 300, false, nil, 0},
		{"vanishing", []string{"train", "-dataset", "circle", "-layers", "8,8,8,8,8,8", "-activation", "sigmoid", "-epochs", "40", "-quiet"},
			func() session.Settings {
				s := builtIn("circle")
				s.Model.Hidden, s.Model.Activation = []int{8, 8, 8, 8, 8, 8}, nn.Sigmoid
				return s
			}(), 40, true, []string{"vanishing gradients"}, 0},
		{"dead units", []string{"train", "-dataset", "spiral", "-layers", "8,8", "-activation", "relu", "-learning-rate", "3", "-clip", "1", "-epochs", "30", "-quiet"},
			func() session.Settings {
				s := builtIn("spiral")
				s.Model.Hidden, s.Model.Activation, s.Model.LearningRate, s.Model.ClipNorm = []int{8, 8}, nn.ReLU, 3, 1
				return s
			}(), 30, true, []string{"dead ReLU"}, 0},
	}
	for _, tt := range tests {
		t.Run(tt.Name, func(t *testing.T) {
			want := runEngine(t, tt.Settings, tt.Epochs, tt.Coach)
			shown := strings.Join(want.notices, "\n")
			if want.err != nil {
				shown += "\n" + want.err.Error()
			}
			for _, s := range tt.Shows {
				if !strings.Contains(shown, s) {
					t.Fatalf("the engine's run does not show %q (the case no longer tests it):\n%s", s, shown)
				}
			}
			code, out, errOut := nnplay(t, tt.Args...)
			if code != tt.Code {
				t.Fatalf("exit %d, want %d\n%s%s", code, tt.Code, out, errOut)
			}
			wantOut := []string{fmt.Sprintf("\nepoch %d: ", want.last.Epoch)}
			for _, n := range want.notices {
				wantOut = append(wantOut, "notice: "+n+"\n")
			}
			for _, s := range wantOut {
				if !strings.Contains(out, s) {
					t.Errorf("output lacks %q:\n%s", s, out)
				}
			}
			if got := strings.Count(out, "notice: "); got != len(want.notices) {
				t.Errorf("%d notices printed, the engine raised %d:\n%s", got, len(want.notices), out)
			}
			if want.err != nil && !strings.Contains(errOut, want.err.Error()) {
				t.Errorf("error lacks the engine's %q:\n%s", want.err, errOut)
			}
		})
	}
}

// Early stopping with -valid-ratio, -patience and -restore-best stops where
// the engine's own run of the same settings stops and reports the restored
// epoch and its validation loss; the history has the validation columns and
// a row for every epoch trained.
func TestTrainEarlyStopping(t *testing.T) {
	hist := filepath.Join(t.TempDir(), "h.csv")
	code, out, errOut := nnplay(t, "train", irisFile(t), "-test-ratio", "0.2", "-valid-ratio", "0.2", "-seed", "1", "-layers", "8",
		"-optimizer", "adam", "-learning-rate", "0.01", "-batch-size", "16", "-patience", "50", "-restore-best", "-epochs", "5000", "-quiet",
		"-history", hist)
	if code != 0 {
		t.Fatalf("exit %d\n%s%s", code, out, errOut)
	}

	// The same settings in the engine's terms: a pasted table keeps its stop
	// defaults but for the patience, which -patience sets alone.
	text, err := datasets.Text("iris", 0, 0, 0)
	if err != nil {
		t.Fatal(err)
	}
	s := session.Pasted(session.Default(), text)
	s.TestRatio, s.ValidRatio = 0.2, 0.2
	s.Model.Seed, s.Model.Hidden, s.Model.Optimizer, s.Model.LearningRate, s.Model.BatchSize = 1, []int{8}, nn.Adam, 0.01, 16
	s.Stop.Patience, s.Stop.PatienceShare, s.Stop.MinUpdates, s.Stop.MinDelta, s.Stop.RestoreBest = 50, 0, 0, 0, true
	want := runEngine(t, s, 5000, true)
	if want.stop == nil || want.stop.Reason != nn.StopPatience || !want.stop.Restored || want.stop.Monitored != "validation" {
		t.Fatalf("the engine's run: stop %+v, err %v; want early stopping on the validation loss, the best epoch restored", want.stop, want.err)
	}
	sum := want.sess.Summary()
	for _, w := range []string{
		fmt.Sprintf("(%d train, %d validation, %d test)", sum.Train, sum.Valid, sum.Test),
		want.stop.String() + "\n",
		fmt.Sprintf("\nepoch %d: ", want.stop.Best),
		fmt.Sprintf("validation loss %.6g", want.last.ValidLoss),
		"\nlinear model (one-vs-rest logistic regression on the same training rows): test accuracy ",
	} {
		if !strings.Contains(out, w) {
			t.Errorf("output lacks %q:\n%s", w, out)
		}
	}
	rows := readHistory(t, hist)
	if len(rows) != want.epochs+1 || len(rows[0]) != 10 {
		t.Errorf("history of %d rows × %d columns, want %d × 10", len(rows), len(rows[0]), want.epochs+1)
	}
	for _, bad := range [][]string{{"-valid-ratio", "0.7"}, {"-patience", "-1"}, {"-target-metric", "2"}} {
		if code, _, _ := nnplay(t, append([]string{"train", "-dataset", "iris"}, bad...)...); code != 2 {
			t.Errorf("%v: exit %d, want 2", bad, code)
		}
	}
}
