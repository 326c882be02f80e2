package exercise_test

import (
	"flag"
	"os"
	"strings"
	"testing"

	"github.com/nnplayground/playground/core/exercise"
)

var update = flag.Bool("update", false, "write the golden exercise if it does not exist yet")

// An exercise link and a completion code made by this version keep
// opening, keep their ID and keep being accepted in every later version.
// testdata/golden-exercise.txt: the exercise link, its ID, a code.
func TestGoldenExercise(t *testing.T) {
	const name = "testdata/golden-exercise.txt"
	if _, err := os.Stat(name); err != nil && *update {
		ex := xorExercise()
		l, err := ex.Link()
		if err != nil {
			t.Fatal(err)
		}
		code, _ := solve(t, ex, student(), "golden")
		if err := os.WriteFile(name, []byte(l+"\n"+ex.ID()+"\n"+code+"\n"), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	b, err := os.ReadFile(name)
	if err != nil {
		t.Fatal(err)
	}
	lines := strings.Fields(string(b))
	if len(lines) != 3 {
		t.Fatalf("%s: want 3 lines", name)
	}
	ex, err := exercise.Decode(lines[0])
	if err != nil {
		t.Fatal(err)
	}
	if ex.ID() != lines[1] {
		t.Errorf("exercise ID %s, was %s", ex.ID(), lines[1])
	}
	if res, err := exercise.Check(ex, lines[2]); err != nil || res.Name != "golden" {
		t.Errorf("golden code: %+v, %v", res, err)
	}
}
