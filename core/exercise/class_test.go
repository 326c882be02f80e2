package exercise_test

import (
	"bytes"
	"encoding/csv"
	"errors"
	"fmt"
	"strings"
	"testing"

	"github.com/nnplayground/playground/core/exercise"
	"github.com/nnplayground/playground/core/link"
	"github.com/nnplayground/playground/core/nn"
)

// forged returns a code claiming the goal at epoch under name, with the
// settings s, that no training made.
func forged(t *testing.T, ex *exercise.Exercise, name string, epoch int, edit func(c *exercise.Completion)) string {
	t.Helper()
	c := &exercise.Completion{Format: exercise.CodeFormat, Name: name, Exercise: ex.ID(), Settings: ex.StudentSettings(name, student()),
		Epoch: epoch, Metric: 1, Digest: "00112233445566778899aabb"}
	if edit != nil {
		edit(c)
	}
	l, err := link.EncodeAs(exercise.CodeKind, c)
	if err != nil {
		t.Fatal(err)
	}
	return l
}

// 30 codes at the checker's limits: every code that a cheap check refuses
// (its exercise, name, locks, limits, format, a code seen before) is
// refused before any training, and every other one is replayed once.
// (The time 30 replays at the limits take is BenchmarkClassAtLimits.)
func TestClassCheapRefusalsFirst(t *testing.T) {
	ex := xorExercise()
	other := xorExercise()
	other.Nonce = "another"
	max := ex.Goal.MaxEpochs
	var codes []string
	for i := range 10 { // forged at the epoch limit: one replay each
		codes = append(codes, forged(t, ex, "student "+string(rune('a'+i)), max, nil))
	}
	cheap := []string{
		codes[0], codes[3], // seen before
		forged(t, other, "x", max, nil),
		forged(t, ex, "x", max+1, nil),
		forged(t, ex, "x", exercise.MaxCheckEpochs+1, nil),
		forged(t, ex, "x", max, func(c *exercise.Completion) { c.Settings.Model.Activation = nn.ReLU }),
		forged(t, ex, "x", max, func(c *exercise.Completion) { c.Settings.Model.Hidden = []int{9} }),
		forged(t, ex, "", max, nil),
		forged(t, ex, strings.Repeat("n", 201), max, nil),
		forged(t, ex, "x", max, func(c *exercise.Completion) { c.Format = 2 }),
		forged(t, ex, "x", -1, nil),
		forged(t, ex, "x", max, func(c *exercise.Completion) { c.FromStart = true }),
		"v2.AAAAAAAAAAAAAAAAAAAAAAAA",
		codes[0][:len(codes[0])-4] + "AAAA",
	}
	for len(codes)+len(cheap) < 30 {
		cheap = append(cheap, codes[len(cheap)%10])
	}
	cls := exercise.NewClass(ex, nil)
	for i, code := range append(codes, cheap...) {
		before := cls.Trainings
		res, _ := cls.Add(code)
		trained := cls.Trainings - before
		if res.Accepted {
			t.Errorf("code %d accepted: %+v", i, res)
		}
		if want := i < 10; (trained == 1) != want || trained > 1 {
			t.Errorf("code %d (%s): %d trainings; want %v", i, res.Reason, trained, want)
		}
	}
	if cls.Trainings != 10 {
		t.Errorf("%d trainings for 10 distinct forged codes among 30", cls.Trainings)
	}
}

// A name on the class list without a code is listed as missing, once; a
// student with a refused code is not missing.
func TestMissingStudentListed(t *testing.T) {
	ex := xorExercise()
	ana, _ := solve(t, ex, student(), "Ana")
	bo := forged(t, ex, "Bo", 50, nil)
	rows := exercise.CheckClass(ex, []string{ana, bo}, []string{"ana", "  BO ", "Cy Li", "cy  li", ""})
	if len(rows) != 3 {
		t.Fatalf("%d rows: %+v", len(rows), rows)
	}
	if !rows[0].Accepted || rows[1].Accepted || rows[1].Missing {
		t.Errorf("Ana and Bo: %+v", rows[:2])
	}
	if r := rows[2]; !r.Missing || r.Accepted || r.Name != "Cy Li" || r.Verdict() != "missing" {
		t.Errorf("Cy Li: %+v; want missing", r)
	}
	var b bytes.Buffer
	if err := exercise.WriteCSV(&b, rows); err != nil {
		t.Fatal(err)
	}
	recs, err := csv.NewReader(&b).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	if got := recs[3]; got[0] != "Cy Li" || got[1] != "missing" {
		t.Errorf("CSV row %q", got)
	}
}

// Refusals are worded for a teacher: the technical cause (a checksum, a
// format number) is only in Cause, which the CSV keeps.
func TestRefusalWording(t *testing.T) {
	ex := xorExercise()
	code, st := solve(t, ex, student(), "Ana")
	damaged := code[:len(code)-4] + "AAAA"
	tests := []struct {
		Name   string
		Code   string
		Reason string // the teacher's wording, in full or in part
	}{
		{"damaged", damaged, exercise.ReasonDamaged},
		{"renamed", retag(t, code, func(c *exercise.Completion) { c.Name = "Bo" }), exercise.ReasonChanged},
		{"old", retag(t, code, func(c *exercise.Completion) { c.Format = 2 }), "older version"},
	}
	for _, tt := range tests {
		t.Run(tt.Name, func(t *testing.T) {
			res, _ := exercise.Check(ex, tt.Code)
			if !strings.Contains(res.Reason, tt.Reason) || strings.Contains(res.Reason, "zlib") || strings.Contains(res.Reason, "format") || res.Cause == "" {
				t.Errorf("reason %q, cause %q; want %q", res.Reason, res.Cause, tt.Reason)
			}
		})
	}
	rows := exercise.CheckMany(ex, []string{code, damaged})
	var b bytes.Buffer
	if err := exercise.WriteCSV(&b, rows); err != nil {
		t.Fatal(err)
	}
	recs, err := csv.NewReader(&b).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	want := []string{"name", "verdict", "metric", "epoch", "flag", "reason", "cause"}
	if strings.Join(recs[0], ",") != strings.Join(want, ",") {
		t.Errorf("header %q; want %q", recs[0], want)
	}
	if got, want := recs[1][2], exercise.MetricText(st.TestMetric); got != want || len(got) > 8 {
		t.Errorf("metric %q; want %q (6 significant digits, as the readouts)", got, want)
	}
	if !strings.Contains(recs[2][6], "zlib") && !strings.Contains(recs[2][6], "checksum") {
		t.Errorf("the CSV's cause %q lacks the technical cause", recs[2][6])
	}
}

// The editor is told when the checker cannot re-run the starting network
// for the epochs the goal allows: Link refuses the exercise and says how
// many epochs it can (a 50×50 network on 140 rows: a few hundred).
func TestLinkSaysReplayLimit(t *testing.T) {
	ex, _, n := limitClass(t, limitShapes[0], 0)
	if n >= exercise.MaxCheckEpochs || n < 100 {
		t.Fatalf("%d epochs of a 50×50 network re-run", n)
	}
	for _, tt := range []struct {
		MaxEpochs int
		Error     error
	}{{0, nil}, {exercise.MaxCheckEpochs, exercise.ErrLimit}, {n + 1, exercise.ErrLimit}, {n, nil}} {
		ex.Goal.MaxEpochs = tt.MaxEpochs
		_, err := ex.Link()
		if !errors.Is(err, tt.Error) || err != nil && !strings.Contains(err.Error(), fmt.Sprintf("at most %d epochs", n)) {
			t.Errorf("MaxEpochs %d: %v; want %v naming %d epochs", tt.MaxEpochs, err, tt.Error, n)
		}
	}
}
