//go:build !js

package baseline_test

import (
	"strings"
	"testing"

	"github.com/nnplayground/playground/internal/wasmtest"
)

// A fit gives the same bits natively and in WebAssembly: this test runs
// TestDigestsWasm under GOOS=js GOARCH=wasm (go_js_wasm_exec, Node) and
// compares its digests of four fits with its own.
func TestSameBitsInWebAssembly(t *testing.T) {
	want := strings.Join(fitDigests(t), " ")
	out := wasmtest.Run(t, "^TestDigestsWasm$")
	if !strings.Contains(string(out), "digests: "+want+"\n") {
		t.Errorf("native digests %s; the WebAssembly run said:\n%s", want, out)
	}
}
