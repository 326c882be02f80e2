package exercise

import (
	"encoding/json"
	"os"
	"strings"
	"testing"

	"github.com/nnplayground/playground/core/link"
)

// goldenLines returns the lines of the golden exercise files: exercise
// links, IDs and codes of both formats.
func goldenLines(f *testing.F) []string {
	var out []string
	for _, name := range []string{"testdata/golden-exercise.txt", "testdata/golden-exercise-v1.txt"} {
		b, err := os.ReadFile(name)
		if err != nil {
			f.Fatal(err)
		}
		out = append(out, strings.Fields(string(b))...)
	}
	return out
}

// rawLink encodes a JSON body of the given kind as a link, checksum and
// all, as a hand edit would.
func rawLink(kind, body string) string {
	l, _ := link.EncodeAs(kind, json.RawMessage(body))
	return l
}

// FuzzDecodeExercise: Decode never panics, and an exercise it accepts
// makes a link that decodes to the same exercise and ID.
func FuzzDecodeExercise(f *testing.F) {
	for _, l := range goldenLines(f) {
		f.Add(l)
	}
	f.Add(rawLink(Kind, `{"format":2,"nonce":"n","settings":{"v":2,"dataset":"circle","testRatio":0.3,"model":{"hidden":[1024,1024,1024]}},"goal":{"metric":"accuracy","threshold":0.9}}`))
	f.Add(rawLink(Kind, `{"format":2,"nonce":"n","requireStart":true,"settings":{"v":2,"dataset":"circle","testRatio":0.3,"model":{}},"goal":{"metric":"loss","threshold":0.1}}`))
	f.Add(rawLink(Kind, `{"format":3}`))
	f.Fuzz(func(t *testing.T, in string) {
		e, err := Decode(in)
		if err != nil {
			if e != nil {
				t.Fatalf("Decode returned an exercise and the error %v", err)
			}
			return
		}
		id := e.ID()
		l, err := e.Link()
		if err != nil {
			t.Fatalf("a decoded exercise does not encode: %v", err)
		}
		back, err := Decode(l)
		if err != nil {
			t.Fatalf("re-encoded exercise does not decode: %v", err)
		}
		if back.ID() != id {
			t.Fatalf("ID %s after a round trip, was %s", back.ID(), id)
		}
		e.AutoLocks()
	})
}

// FuzzReadCode: ReadCode never panics, and what a code claims is checked
// against the golden exercise (admit) without panicking and without
// building anything; FindCodes finds only what ReadCode may read.
func FuzzReadCode(f *testing.F) {
	lines := goldenLines(f)
	ex, err := Decode(lines[0])
	if err != nil {
		f.Fatal(err)
	}
	for _, l := range lines {
		f.Add(l)
		f.Add("hi, my code is " + l + " thanks")
	}
	f.Add(rawLink(CodeKind, `{"format":2,"name":"Bo","exercise":"`+ex.ID()+`","settings":{"v":2,"testRatio":0,"model":{"hidden":[1024,1024,1024,1024]}},"epoch":3,"metric":1}`))
	f.Add(rawLink(CodeKind, `{"format":2,"name":"","exercise":"x","settings":{"testRatio":0,"model":{}},"epoch":-1,"metric":1e309}`))
	f.Fuzz(func(t *testing.T, in string) {
		for _, code := range append([]string{in}, findCodes(t, in)...) {
			c, err := ReadCode(code)
			if err != nil {
				if c != nil {
					t.Fatalf("ReadCode returned a completion and the error %v", err)
				}
				continue
			}
			ex.admit(c)
		}
	})
}

func findCodes(t *testing.T, in string) []string {
	codes, ignored := FindCodes(in)
	if ignored < 0 || len(codes)+ignored != len(strings.Fields(in)) {
		t.Fatalf("FindCodes(%q): %d codes, %d ignored", in, len(codes), ignored)
	}
	return codes
}
