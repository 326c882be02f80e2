package exercise_test

import (
	"errors"
	"flag"
	"os"
	"strings"
	"testing"

	"github.com/nnplayground/playground/core/exercise"
)

var update = flag.Bool("update", false, "write the golden exercise if it does not exist yet")

// An exercise link made by this version keeps opening and keeps its ID
// in every later version; its completion code (format 2) was accepted
// until codes carried a digest (format 3), and is now refused as made by
// an older version. testdata/golden-exercise.txt: the exercise link, its
// ID, a code (format 2).
func TestGoldenExercise(t *testing.T) {
	const name = "testdata/golden-exercise.txt"
	if _, err := os.Stat(name); err != nil && *update {
		ex := xorExercise()
		l, err := ex.Link()
		if err != nil {
			t.Fatal(err)
		}
		if _, err := ex.Link(); err != nil {
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
	// Completion codes of format 2 carry no digest of the training: since
	// format 3 they are refused with the "older version" message (the
	// exercise keeps opening and keeps its ID).
	if res, err := exercise.Check(ex, lines[2]); !errors.Is(err, exercise.ErrOldVersion) || res.Accepted || !strings.Contains(res.Reason, "older version") {
		t.Errorf("golden code of format 2: %+v, %v; want ErrOldVersion", res, err)
	}
}

// An exercise link and a code of format 1 (before codes were bound to the
// student's name) are refused with a message that says to make the
// exercise again. testdata/golden-exercise-v1.txt: the link, its old ID, a
// code.
func TestGoldenExerciseV1(t *testing.T) {
	b, err := os.ReadFile("testdata/golden-exercise-v1.txt")
	if err != nil {
		t.Fatal(err)
	}
	lines := strings.Fields(string(b))
	if _, err := exercise.Decode(lines[0]); !errors.Is(err, exercise.ErrOldVersion) || !strings.Contains(err.Error(), "make the exercise again") {
		t.Errorf("old exercise: %v; want ErrOldVersion", err)
	}
	if _, err := exercise.ReadCode(lines[2]); !errors.Is(err, exercise.ErrOldVersion) {
		t.Errorf("old code: %v; want ErrOldVersion", err)
	}
	if res, err := exercise.Check(xorExercise(), lines[2]); !errors.Is(err, exercise.ErrOldVersion) || res.Accepted {
		t.Errorf("old code checked: %+v, %v", res, err)
	}
}
