//go:build !js

package wire_test

// The generator runs the go command, which a test under WebAssembly (Node)
// does not have: this file is built for native tests only.

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// TestGeneratedCurrent fails when a wire_gen.go is not what genwire writes
// from the types now: run `go generate ./core/wire/...`.
func TestGeneratedCurrent(t *testing.T) {
	for _, dir := range []string{".", "tools"} {
		src, err := os.ReadFile(filepath.Join(dir, "doc.go"))
		if err != nil {
			t.Fatal(err)
		}
		var args []string
		for _, line := range strings.Split(string(src), "\n") {
			if rest, ok := strings.CutPrefix(line, "//go:generate go run "); ok {
				args = strings.Fields(rest)
			}
		}
		if len(args) == 0 {
			t.Fatalf("%s/doc.go has no go:generate line", dir)
		}
		out := filepath.Join(t.TempDir(), "wire_gen.go")
		cmd := exec.Command("go", append([]string{"run", args[0], "-o", out}, args[1:]...)...)
		cmd.Dir = dir
		if b, err := cmd.CombinedOutput(); err != nil {
			t.Fatalf("%s: %v\n%s", cmd, err, b)
		}
		want, _ := os.ReadFile(out)
		got, err := os.ReadFile(filepath.Join(dir, "wire_gen.go"))
		if err != nil || !bytes.Equal(got, want) {
			t.Errorf("%s/wire_gen.go is not current: run go generate ./core/wire/...", dir)
		}
	}
}
