//go:build !js

package baseline_test

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// A fit gives the same bits natively and in WebAssembly: this test runs
// TestDigestsWasm under GOOS=js GOARCH=wasm (go_js_wasm_exec, Node) and
// compares its digests of four fits with its own.
func TestSameBitsInWebAssembly(t *testing.T) {
	goroot, err := exec.Command("go", "env", "GOROOT").Output()
	if err != nil {
		t.Fatalf("go env GOROOT: %v", err)
	}
	wasmDir := filepath.Join(strings.TrimSpace(string(goroot)), "lib", "wasm")
	if _, err := exec.LookPath("node"); err != nil {
		t.Fatal("node is missing: it runs the WebAssembly side (install Node.js 20, as make test expects)")
	}
	want := strings.Join(fitDigests(t), " ")
	cmd := exec.Command("go", "test", "-count=1", "-tags", "platformpair", "-run", "^TestDigestsWasm$", "-v", ".")
	cmd.Env = append(os.Environ(), "GOOS=js", "GOARCH=wasm",
		"PATH="+os.Getenv("PATH")+string(os.PathListSeparator)+wasmDir)
	out, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("the WebAssembly run: %v\n%s", err, out)
	}
	if !strings.Contains(string(out), "digests: "+want+"\n") {
		t.Errorf("native digests %s; the WebAssembly run said:\n%s", want, out)
	}
}
