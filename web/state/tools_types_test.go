package state

import (
	"encoding/json"
	"slices"
	"testing"

	"github.com/nnplayground/playground/core/exercise"
	"github.com/nnplayground/playground/core/exercise/rules"
	"github.com/nnplayground/playground/core/session"
)

// TestExerciseMerge checks that the page's Merge of an exercise is the
// exercise's: the settings a student trains are those the checker replays.
func TestExerciseMerge(t *testing.T) {
	s := session.Default()
	s.Dataset, s.Text, s.Lang = "xor", "a,b\n1,2\n", "zh"
	ex := exercise.Exercise{Title: "T", Settings: s, Weights: &session.Weights{Epoch: 4, Sizes: []int{2, 1}, Params: []float64{1, 2, 3}},
		Locked: []string{"hidden"}, Goal: exercise.Goal{Metric: exercise.Loss, Threshold: 0.2, MaxHidden: 3, MaxEpochs: 50}}
	mine := ExerciseInfo{Exercise: rules.Exercise(ex), Name: "Ada Lovelace"}
	student := session.Default()
	student.Model.Hidden = []int{9}
	if got, want := mine.Merge(student), ex.StudentSettings("ada  lovelace", student); !slices.Equal(mustJSON(got), mustJSON(want)) {
		t.Errorf("Merge: got %s, want %s", mustJSON(got), mustJSON(want))
	}
}

func mustJSON(v any) []byte { b, _ := json.Marshal(v); return b }
