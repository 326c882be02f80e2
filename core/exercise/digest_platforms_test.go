//go:build !js

package exercise_test

import (
	"bufio"
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/nnplayground/playground/core/exercise"
	"github.com/nnplayground/playground/core/nn"
	"github.com/nnplayground/playground/internal/wasmtest"
)

// A code's digest is the same natively and in WebAssembly: this test makes
// codes natively (full batch, mini-batches with Adam, from the teacher's
// weights), then runs TestDigestsFromNative under GOOS=js GOARCH=wasm
// (go_js_wasm_exec, Node), which checks each code and recomputes each
// digest by its own training; both must agree with the native digests of
// this same run.
func TestDigestSameInWebAssembly(t *testing.T) {
	iris := irisExercise("wasm")
	iris.Goal.Threshold = 0.9
	xor := xorExercise()
	xor.Goal.MaxEpochs = 0
	full := student()
	full.Model.BatchSize, full.Model.Optimizer = 0, nn.SGD
	full.Model.LearningRate = 0.3
	plane := planeStart(t, 10)
	type made struct{ link, code, digest string }
	var all []made
	add := func(ex *exercise.Exercise, code string) {
		l, err := ex.Link()
		if err != nil {
			t.Fatal(err)
		}
		c, err := exercise.ReadCode(code)
		if err != nil {
			t.Fatal(err)
		}
		all = append(all, made{l, code, c.Digest})
	}
	for _, name := range []string{"Ana", "Bo"} {
		code, _ := solve(t, iris, irisStudent(), name)
		add(iris, code)
		code, _ = solve(t, xor, student(), name)
		add(xor, code)
		code, _ = solve(t, xor, full, name)
		add(xor, code)
		add(plane, solveFrom(t, plane, name))
	}
	var b strings.Builder
	for _, m := range all {
		fmt.Fprintf(&b, "%s %s\n", m.link, m.code)
	}
	file := filepath.Join(t.TempDir(), "codes.txt")
	if err := os.WriteFile(file, []byte(b.String()), 0o644); err != nil {
		t.Fatal(err)
	}
	out := wasmtest.Run(t, "^TestDigestsFromNative$", nativeCodesEnv+"="+file)
	got := map[int]string{}
	sc := bufio.NewScanner(bytes.NewReader(out))
	for sc.Scan() {
		var i int
		var d string
		if _, err := fmt.Sscanf(strings.TrimSpace(sc.Text()), "digest_platforms_js_test.go:%d: wasm digest %d %s", new(int), &i, &d); err == nil {
			got[i] = d
		}
	}
	for i, m := range all {
		if got[i] != m.digest {
			t.Errorf("code %d: native digest %s, WebAssembly %q", i, m.digest, got[i])
		}
	}
	t.Logf("%d codes: the same digests natively and in WebAssembly", len(all))
}
