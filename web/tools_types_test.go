package web

import (
	"encoding/json"
	"slices"
	"testing"

	"github.com/nnplayground/playground/core/exercise"
	"github.com/nnplayground/playground/core/link"
	"github.com/nnplayground/playground/core/session"
)

// TestMirrors checks the page's copies of core/link's and core/exercise's
// constants and JSON shapes against core (the page does not link them: see
// tools_types.go), and that its Merge is the exercise's.
func TestMirrors(t *testing.T) {
	if longLink != link.LongLink || sessionFileFormat != link.FileFormat {
		t.Errorf("longLink %d, sessionFileFormat %q; core has %d, %q", longLink, sessionFileFormat, link.LongLink, link.FileFormat)
	}
	s := session.Default()
	s.Dataset, s.Text, s.Lang = "xor", "a,b\n1,2\n", "zh"
	w := &link.Weights{Epoch: 4, Sizes: []int{2, 1}, Params: []float64{1, 2, 3}}
	ex := exercise.Exercise{Title: "T", Instructions: "<b>x</b>", Settings: s, Weights: w, Locked: []string{"hidden"},
		Goal: exercise.Goal{Metric: exercise.Loss, Threshold: 0.2, MaxHidden: 3, MaxEpochs: 50}}
	tests := []struct {
		Name   string
		Input  any // a core value
		Output any // a pointer to the page's mirror
	}{
		{"session", link.Session{Settings: s, Weights: w}, new(linkSession)},
		{"exercise", ex, new(exerciseInfo)},
	}
	for _, tt := range tests {
		t.Run(tt.Name, func(t *testing.T) {
			want, _ := json.Marshal(tt.Input)
			if err := json.Unmarshal(want, tt.Output); err != nil {
				t.Fatal(err)
			}
			got, _ := json.Marshal(tt.Output)
			if string(got) != string(want) {
				t.Errorf("got  %q\nwant %q", got, want)
			}
		})
	}
	var mine exerciseInfo
	b, _ := json.Marshal(ex)
	json.Unmarshal(b, &mine)
	student := session.Default()
	student.Model.Hidden = []int{9}
	mine.name = "Ada Lovelace"
	if got, want := mine.Merge(student), ex.StudentSettings("ada  lovelace", student); !slices.Equal(mustJSON(got), mustJSON(want)) {
		t.Errorf("Merge: got %s, want %s", mustJSON(got), mustJSON(want))
	}
}

func mustJSON(v any) []byte { b, _ := json.Marshal(v); return b }
