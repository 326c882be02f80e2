//go:build js && platformpair

package exercise_test

import (
	"os"
	"runtime"
	"strings"
	"testing"

	"github.com/nnplayground/playground/core/exercise"
	"github.com/nnplayground/playground/core/link"
)

// TestDigestsFromNative is the WebAssembly side of
// TestDigestSameInWebAssembly: it checks every code of the file it names
// and logs the digest of its own replay of each.
func TestDigestsFromNative(t *testing.T) {
	file := os.Getenv(nativeCodesEnv)
	if file == "" {
		t.Fatalf("%s is empty: TestDigestSameInWebAssembly runs this side (go test -tags platformpair under GOOS=js)", nativeCodesEnv)
	}
	b, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	for i, line := range strings.Split(strings.TrimSpace(string(b)), "\n") {
		l, code, _ := strings.Cut(line, " ")
		ex, err := exercise.Decode(l)
		if err != nil {
			t.Fatal(err)
		}
		if res, err := exercise.Check(ex, code); err != nil {
			t.Errorf("code %d refused in %s/%s: %+v, %v", i, runtime.GOOS, runtime.GOARCH, res, err)
		}
		c, err := exercise.ReadCode(code)
		if err != nil {
			t.Fatal(err)
		}
		var w *link.Weights
		if c.FromStart {
			w = ex.Weights
		}
		ss, err := link.Restore(&link.Session{Settings: ex.StudentSettings(c.Name, c.Settings), Weights: w})
		if err != nil {
			t.Fatal(err)
		}
		if err := ss.Trainer.StepN(c.Epoch); err != nil {
			t.Fatal(err)
		}
		t.Logf("wasm digest %d %s", i, exercise.Digest(ex.ID(), c.Name, c.FromStart, c.Epoch, ss.Trainer.Net()))
	}
}
