// Package wasmtest runs a package's own tests under GOOS=js GOARCH=wasm
// (Go's go_js_wasm_exec and Node) from a native test, for the tests that
// compare the bits of the two platforms: the native side runs the
// WebAssembly side, built with the tag platformpair, and reads its output.
package wasmtest

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// Run runs `go test -count=1 -tags platformpair -run run -v .` in the
// current directory (the test's package) under WebAssembly, with env
// added to the environment, and returns its output. A missing Node or
// WebAssembly runner, or a failed run, fails t.
func Run(t testing.TB, run string, env ...string) []byte {
	t.Helper()
	goroot, err := exec.Command("go", "env", "GOROOT").Output()
	if err != nil {
		t.Fatalf("go env GOROOT: %v", err)
	}
	wasmDir := filepath.Join(strings.TrimSpace(string(goroot)), "lib", "wasm")
	if _, err := exec.LookPath("node"); err != nil {
		t.Fatal("node is missing: it runs the WebAssembly side (install Node.js 20, as make test expects)")
	}
	if _, err := os.Stat(filepath.Join(wasmDir, "go_js_wasm_exec")); err != nil {
		t.Fatalf("%s is missing: Go's WebAssembly runner, part of every Go installation", filepath.Join(wasmDir, "go_js_wasm_exec"))
	}
	cmd := exec.Command("go", "test", "-count=1", "-tags", "platformpair", "-run", run, "-v", ".")
	cmd.Env = append(append(os.Environ(), "GOOS=js", "GOARCH=wasm",
		"PATH="+os.Getenv("PATH")+string(os.PathListSeparator)+wasmDir), env...)
	out, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("the WebAssembly run: %v\n%s", err, out)
	}
	return out
}
