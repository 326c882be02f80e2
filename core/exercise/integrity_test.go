package exercise_test

import (
	"bytes"
	"encoding/csv"
	"errors"
	"math"
	"slices"
	"strings"
	"testing"

	"github.com/nnplayground/playground/core/data"
	"github.com/nnplayground/playground/core/exercise"
	"github.com/nnplayground/playground/core/exercise/rules"
	"github.com/nnplayground/playground/core/link"
	"github.com/nnplayground/playground/core/nn"
	"github.com/nnplayground/playground/core/session"
	"github.com/nnplayground/playground/internal/alloctest"
)

// Attacks on codes, each refused with its error.
func TestCodeAttacks(t *testing.T) {
	ex := xorExercise()
	if !ex.NameBound() {
		t.Fatal("an exercise without starting weights is not name-bound")
	}
	code, st := solve(t, ex, student(), "Ana")
	other := xorExercise()
	other.Nonce = "another teacher"
	retitled := xorExercise()
	retitled.Title = "XOR, next year"
	unseeded := ex.Merge(student()) // trained without the name's seed

	tests := []struct {
		Name  string
		Ex    *exercise.Exercise
		Code  string
		Error error
	}{
		{"honest", ex, code, nil},
		{"renamed", ex, retag(t, code, func(c *exercise.Completion) { c.Name = "Bo" }), exercise.ErrClaim},
		{"renamed with Bo's seed", ex, retag(t, code, func(c *exercise.Completion) {
			c.Name, c.Settings.TrainSeed = "Bo", rules.StudentSeed(ex.Nonce, "Bo")
		}), exercise.ErrClaim},
		{"name case and spaces", ex, retag(t, code, func(c *exercise.Completion) { c.Name = "  ana " }), nil},
		{"no name", ex, retag(t, code, func(c *exercise.Completion) { c.Name = " " }), exercise.ErrName},
		{"a name too long", ex, retag(t, code, func(c *exercise.Completion) { c.Name = strings.Repeat("é", rules.MaxName+1) }), exercise.ErrName},
		{"another teacher's identical exercise", other, code, exercise.ErrOtherExercise},
		{"another title", retitled, code, exercise.ErrOtherExercise},
	}
	for _, tt := range tests {
		t.Run(tt.Name, func(t *testing.T) {
			res, err := exercise.Check(tt.Ex, tt.Code)
			if !errors.Is(err, tt.Error) || res.Accepted != (tt.Error == nil) {
				t.Fatalf("Check: %+v, %v; want %v", res, err, tt.Error)
			}
			if tt.Error == nil && !res.NameBound {
				t.Errorf("an accepted code from a fresh start is not name-bound")
			}
		})
	}
	if _, err := ex.Code("Ana", unseeded, false, st); !errors.Is(err, exercise.ErrName) {
		t.Errorf("a code for training not seeded by the name: %v", err)
	}
	if _, err := ex.Code("", ex.StudentSettings("", student()), false, st); !errors.Is(err, exercise.ErrName) {
		t.Errorf("a code without a name: %v", err)
	}
}

// The honest path: a student who trained far past the goal hands in the
// first epoch that met it, and the checker replays to that epoch.
func TestFirstMetEpoch(t *testing.T) {
	ex := xorExercise()
	ex.Goal.MaxEpochs = 0
	s := ex.StudentSettings("Ana", student())
	ss, err := session.Build(s)
	if err != nil {
		t.Fatal(err)
	}
	var history []nn.Stats
	for range 400 {
		if err := ss.Trainer.Step(); err != nil {
			t.Fatal(err)
		}
		history = append(history, ss.Trainer.Stats())
	}
	first, ok := rules.FirstMet(ex.Goal, history)
	if !ok || first.Epoch >= 400 {
		t.Fatalf("FirstMet: %+v, %v", first, ok)
	}
	code, err := ex.Code("Ana", s, false, first)
	if err != nil {
		t.Fatal(err)
	}
	if res, err := exercise.Check(ex, code); err != nil || res.Epoch != first.Epoch {
		t.Fatalf("first-met code: %+v, %v", res, err)
	}
	// Epoch 13506 cannot be re-run: no code is made for it.
	late := first
	late.Epoch = 13506
	if _, err := ex.Code("Ana", s, false, late); !errors.Is(err, exercise.ErrLimit) {
		t.Errorf("a code the checker cannot re-run: %v", err)
	}
	if _, ok := rules.FirstMet(ex.Goal, history[:first.Epoch-1]); ok {
		t.Errorf("FirstMet found an epoch before the first")
	}
}

// planeStart is a regression exercise on the plane whose training must
// start from the teacher's weights with full batch locked: nothing in it
// is random.
func planeStart(t *testing.T, batch int) *exercise.Exercise {
	s := session.Default()
	s.Dataset, s.Points, s.Noise = "reg-plane", 100, 0
	s.Model.Hidden, s.Model.Activation, s.Model.BatchSize = nil, nn.Linear, batch
	base, err := session.Build(s)
	if err != nil {
		t.Fatal(err)
	}
	return &exercise.Exercise{Nonce: "plane", Settings: s, Weights: link.WeightsOf(base.Trainer), RequireStart: true,
		Locked: []string{"batch"}, Goal: exercise.Goal{Metric: exercise.R2, Threshold: 0.9, MaxEpochs: 200}}
}

// solveFrom trains from the exercise's weights under name until the goal
// is met.
func solveFrom(t *testing.T, ex *exercise.Exercise, name string) string {
	t.Helper()
	s := ex.StudentSettings(name, ex.Settings)
	ss, err := link.Restore(&link.Session{Settings: s, Weights: ex.Weights})
	if err != nil {
		t.Fatal(err)
	}
	for !ex.Met(ss.Trainer.Stats()) {
		if ss.Trainer.Epoch() == 200 {
			t.Fatalf("not met in 200 epochs: %+v", ss.Trainer.Stats())
		}
		if err := ss.Trainer.Step(); err != nil {
			t.Fatal(err)
		}
	}
	code, err := ex.Code(name, s, true, ss.Trainer.Stats())
	if err != nil {
		t.Fatal(err)
	}
	return code
}

// A teacher's "start from my weights" refuses codes trained from a fresh
// start; where nothing is random the name cannot be bound, which
// NameBound says and the class check flags.
func TestRequireStartAndUnboundNames(t *testing.T) {
	ex := planeStart(t, 0)
	if ex.NameBound() {
		t.Errorf("full batch from the teacher's weights is name-bound")
	}
	if mini := planeStart(t, 10); !mini.NameBound() {
		t.Errorf("mini-batches of 10 from the teacher's weights are not name-bound")
	}
	code := solveFrom(t, ex, "Ana")
	fresh := retag(t, code, func(c *exercise.Completion) { c.FromStart = false })
	if _, err := exercise.Check(ex, fresh); !errors.Is(err, exercise.ErrStart) {
		t.Errorf("a code from a fresh start: %v; want ErrStart", err)
	}
	s := ex.StudentSettings("Ana", ex.Settings)
	if _, err := ex.Code("Ana", s, false, nn.Stats{Epoch: 1, TestMetric: 1}); !errors.Is(err, exercise.ErrStart) {
		t.Errorf("Code from a fresh start: %v; want ErrStart", err)
	}
	// A renamed code is refused (the digest holds the name); the same
	// training handed in under two names, each trained under its own, is
	// accepted and flagged.
	renamed := retag(t, code, func(c *exercise.Completion) { c.Name = "Bo" })
	if res, err := exercise.Check(ex, renamed); !errors.Is(err, exercise.ErrClaim) || res.Accepted {
		t.Errorf("a renamed code: %+v, %v; want ErrClaim", res, err)
	}
	bo := solveFrom(t, ex, "Bo")
	rows := exercise.CheckClass(ex, []string{code, bo, code, "  "}, []string{"ana", "Cy"})
	if len(rows) != 4 || !rows[3].Missing || rows[3].Name != "Cy" {
		t.Fatalf("%d rows: %+v", len(rows), rows)
	}
	for i, want := range []string{"the same training as row 2", "the same training as row 1", "the same code as row 1"} {
		if !rows[i].Accepted || rows[i].NameBound || !strings.Contains(rows[i].Flag, want) || rows[i].Verdict() != "flagged" {
			t.Errorf("row %d: %+v; want a flag %q", i+1, rows[i], want)
		}
	}
	if !strings.Contains(rows[1].Flag, "not in the class list") || strings.Contains(rows[0].Flag, "class list") {
		t.Errorf("class list: %q, %q", rows[0].Flag, rows[1].Flag)
	}
}

// A loss goal is measured in the exercise's terms: min-max normalization
// or another loss cannot meet it, and the settings that choose the test
// rows are the exercise's.
func TestYardstickAndTestRowsFixed(t *testing.T) {
	s := session.Default()
	s.Dataset, s.Points, s.Noise = "reg-plane", 100, 0.1
	s.Model.Hidden = []int{4}
	ex := &exercise.Exercise{Nonce: "loss", Settings: s, Goal: exercise.Goal{Metric: exercise.Loss, Threshold: 0.05, MaxEpochs: 300}}
	locks := ex.AutoLocks()
	for _, n := range []string{"norm", "loss", "missing", "ignore", "testRatio", "seed", "target", "splitColumn"} {
		if locks[n] == "" {
			t.Errorf("AutoLocks()[%q] is empty", n)
		}
	}
	// Train with min-max and MAE (without Merge), then hand it in.
	gamed := ex.StudentSettings("Ana", s)
	gamed.Norm, gamed.Model.Loss = data.MinMax, nn.MAE
	ss, err := session.Build(gamed)
	if err != nil {
		t.Fatal(err)
	}
	for !ex.Met(ss.Trainer.Stats()) && ss.Trainer.Epoch() < 300 {
		ss.Trainer.Step()
	}
	if m := ex.StudentSettings("Ana", gamed); m.Norm != s.Norm || m.Model.Loss != s.Model.Loss {
		t.Errorf("Merge kept norm %v and loss %v", m.Norm, m.Model.Loss)
	}
	if code, err := ex.Code("Ana", gamed, false, ss.Trainer.Stats()); err == nil {
		if res, err := exercise.Check(ex, code); res.Accepted {
			t.Errorf("a min-max MAE training met a z-score MSE loss goal: %+v, %v", res, err)
		}
	}

	// penguins: dropping rows, filling them or ignoring a column would
	// change the test rows; the exercise's come back.
	p := session.Default()
	p.Dataset, p.TestRatio = "penguins", 0.3
	pex := &exercise.Exercise{Nonce: "p", Settings: p, Goal: exercise.Goal{Metric: exercise.Accuracy, Threshold: 0.9}}
	want := testRows(t, pex.Merge(p))
	for _, edit := range []func(s *session.Settings){
		func(s *session.Settings) { s.Missing = data.FillMean },
		func(s *session.Settings) { s.Ignore = []string{"sex"} },
		func(s *session.Settings) { s.TestRatio, s.Model.Seed, s.Target = 0.5, 9, "island" },
	} {
		q := p
		edit(&q)
		if got := testRows(t, pex.Merge(q)); got != want {
			t.Errorf("the test set has %d rows, the exercise's %d", got, want)
		}
	}
}

func testRows(t *testing.T, s session.Settings) int {
	t.Helper()
	ss, err := session.Build(s)
	if err != nil {
		t.Fatal(err)
	}
	return ss.Data.Test.N
}

func TestFindCodes(t *testing.T) {
	const code = "v2.eJyrVkrLz1eyUipKTQ"
	tests := []struct {
		Name    string
		Text    string
		Codes   []string
		Ignored int
	}{
		{"one per line", code + "\n\n" + code + "x\n", []string{code, code + "x"}, 0},
		{"chat", "hello here is my code " + code + " thanks", []string{code}, 6},
		{"punctuation and URL", "(https://x.org/check#" + code + "), \"" + code + "\".", []string{code, code}, 0},
		{"nothing", "hello I did it", nil, 4},
		{"short", "v2.abc", nil, 1},
	}
	for _, tt := range tests {
		t.Run(tt.Name, func(t *testing.T) {
			codes, n := exercise.FindCodes(tt.Text)
			if !slices.Equal(codes, tt.Codes) || n != tt.Ignored {
				t.Errorf("FindCodes: %q, %d; want %q, %d", codes, n, tt.Codes, tt.Ignored)
			}
		})
	}
}

func TestWriteCSV(t *testing.T) {
	rows := []exercise.Result{
		{Name: "=HYPERLINK(\"x\")", Accepted: true, Metric: -0.5, Epoch: 3},
		{Name: "@Bo", Reason: "+bad, \"quoted\"", Cause: "zlib: invalid checksum"},
		{Name: "-1", Accepted: true, Flag: "not in the class list", Metric: 0.7521739130434782},
		{Name: "Cy", Missing: true, Reason: exercise.ReasonMissing},
	}
	rows[1].Metric = 0 * rows[1].Metric
	rows[3].Metric = math.NaN()
	var b bytes.Buffer
	if err := exercise.WriteCSV(&b, rows); err != nil {
		t.Fatal(err)
	}
	recs, err := csv.NewReader(&b).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	// The metrics read as the readouts show them: 6 significant digits.
	want := [][]string{
		{"name", "verdict", "metric", "epoch", "flag", "reason", "cause"},
		{"'=HYPERLINK(\"x\")", "accepted", "-0.500000", "3", "", "", ""},
		{"'@Bo", "refused", "0", "0", "", "'+bad, \"quoted\"", "zlib: invalid checksum"},
		{"-1", "flagged", "0.752174", "0", "not in the class list", "", ""},
		{"Cy", "missing", "", "", "", exercise.ReasonMissing, ""},
	}
	if !slices.EqualFunc(recs, want, slices.Equal) {
		t.Errorf("CSV:\n%q\nwant\n%q", recs, want)
	}
}

// A short code naming 32 hidden layers of 1,024 neurons is refused by its
// size before the checker builds anything.
func TestHugeCodeRefused(t *testing.T) {
	ex := xorExercise()
	ex.Goal.MaxHidden = 0
	code, _ := solve(t, ex, student(), "Ana")
	huge := retag(t, code, func(c *exercise.Completion) { c.Settings.Model.Hidden = slices.Repeat([]int{1024}, 32) })
	var res exercise.Result
	var err error
	n := alloctest.Bytes(func() { res, err = exercise.Check(ex, huge) })
	if !errors.Is(err, exercise.ErrCode) || !errors.Is(err, link.ErrTooLarge) || res.Accepted {
		t.Errorf("Check: %+v, %v; want ErrCode and ErrTooLarge", res, err)
	}
	if n > 50<<20 {
		t.Errorf("%d MB allocated before refusing a %d-character code", n>>20, len(huge))
	} else {
		t.Logf("%d-character code refused after %d kB: %v", len(huge), n>>10, err)
	}
}

// Info: the editor learns the ID, the name binding, the automatic locks
// and whether the start already meets the goal.
func TestInfo(t *testing.T) {
	ex := xorExercise() // one hidden neuron: XOR is out of reach
	info := ex.Info()
	if info.ID != ex.ID() || info.Nonce != ex.Nonce || !info.NameBound || info.StartMeets != -1 || info.AutoLocks["testRatio"] == "" {
		t.Errorf("xor: %+v", info)
	}
	easy := xorExercise()
	easy.Goal.Threshold = 0.4
	if at := easy.Info().StartMeets; at < 0 || at > 10 {
		t.Errorf("a 40 %% goal on XOR: first met at %d", at)
	}
	if info := planeStart(t, 0).Info(); info.NameBound || info.AutoLocks["hidden"] == "" {
		t.Errorf("plane from the teacher's weights: %+v", info)
	}
}
