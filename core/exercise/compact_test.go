package exercise_test

import (
	"reflect"
	"strings"
	"testing"

	"github.com/nnplayground/playground/core/datasets"
	"github.com/nnplayground/playground/core/exercise"
	"github.com/nnplayground/playground/core/link"
	"github.com/nnplayground/playground/core/session"
)

// TestPastedTableLink: an exercise on a pasted table of 400 rows × 8
// columns (table400: integers, floats with 2 to 4 significant digits, a
// categorical label) has a link shorter than link.LongLink, which opens to
// the same exercise: the same table text, so the same ID.
func TestPastedTableLink(t *testing.T) {
	for seed := uint64(1); seed <= 5; seed++ {
		s := session.WithStopDefaults(session.Default())
		s.Dataset, s.Points, s.Text = "", 0, datasets.ClinicLike(seed, 400)
		s.Model.Hidden = []int{8}
		ex := &exercise.Exercise{Title: "400 rows", Settings: s, Locked: []string{"hidden"}, Goal: exercise.Goal{Metric: exercise.Accuracy, Threshold: 0.8}}
		l, err := ex.Link()
		if err != nil {
			t.Fatal(err)
		}
		if len(l) >= link.LongLink {
			t.Errorf("seed %d: a %d-byte table of 400 rows makes a link of %d characters, want < %d", seed, len(s.Text), len(l), link.LongLink)
		}
		back, err := exercise.Decode("https://example.org/" + l)
		if err != nil {
			t.Fatal(err)
		}
		if !reflect.DeepEqual(back, ex) || back.ID() != ex.ID() {
			t.Fatalf("seed %d: the exercise changed on its way through the link", seed)
		}
		if seed == 1 {
			t.Logf("%d-byte table: a link of %d characters (%s…)", len(s.Text), len(l), l[:4])
		}
	}
	// A small table's link is version 1, as before.
	small := xorExercise()
	small.Settings.Dataset, small.Settings.Points, small.Settings.Text = "", 0, strings.Join(strings.Split(datasets.ClinicLike(1, 400), "\n")[:40], "\n")
	if l, err := small.Link(); err != nil || !strings.HasPrefix(l, "#v1.") {
		t.Errorf("a 40-row table: %.10q, %v; want a version 1 link", l, err)
	}
}
