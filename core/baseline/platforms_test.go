package baseline_test

import (
	"fmt"
	"hash/fnv"
	"math"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"
	"testing"

	"github.com/nnplayground/playground/core/baseline"
	"github.com/nnplayground/playground/core/data"
)

// fitDigests fits the linear model of a few tables (three classes, two,
// a number, and a large table whose logistic fits are warm-started) and
// returns a digest of each fit's bits and its test score.
func fitDigests(t *testing.T) []string {
	var out []string
	for _, c := range []struct{ name, target string }{{"iris", ""}, {"penguins", "species"}, {"diabetes", ""}} {
		ds := builtin(t, c.name, c.target)
		out = append(out, digest(t, ds))
	}
	out = append(out, digest(t, prepare(t, wide(500, 6, "binary"), data.Spec{TestRatio: 0.3, Seed: 2})))
	// 33,600 training rows: the logistic fits start from a subsample's,
	// and their last steps estimate the Hessian from every second row.
	out = append(out, digest(t, prepare(t, wide(48000, 6, "multiclass"), data.Spec{TestRatio: 0.3, Seed: 3})))
	return out
}

func digest(t *testing.T, ds *data.Dataset) string {
	m, err := baseline.Fit(ds)
	if err != nil {
		t.Fatal(err)
	}
	h := fnv.New64a()
	for _, v := range append(append(append([]float64(nil), m.W...), m.B...), m.Score(&ds.Test)) {
		fmt.Fprintf(h, "%x,", math.Float64bits(v))
	}
	return fmt.Sprintf("%016x", h.Sum64())
}

// A fit gives the same bits natively and in WebAssembly: this test runs
// TestDigestsWasm under GOOS=js GOARCH=wasm (go_js_wasm_exec, Node) and
// compares its digests of four fits with its own.
func TestSameBitsInWebAssembly(t *testing.T) {
	if runtime.GOOS == "js" {
		t.Skip("the native side")
	}
	goroot, err := exec.Command("go", "env", "GOROOT").Output()
	if err != nil {
		t.Fatalf("go env GOROOT: %v", err)
	}
	wasmDir := filepath.Join(strings.TrimSpace(string(goroot)), "lib", "wasm")
	if _, err := exec.LookPath("node"); err != nil {
		t.Fatal("node is missing: it runs the WebAssembly side (install Node.js 20, as make test expects)")
	}
	want := strings.Join(fitDigests(t), " ")
	cmd := exec.Command("go", "test", "-count=1", "-run", "^TestDigestsWasm$", "-v", ".")
	cmd.Env = append(os.Environ(), "GOOS=js", "GOARCH=wasm", "NNPLAY_BASELINE_WASM=1",
		"PATH="+os.Getenv("PATH")+string(os.PathListSeparator)+wasmDir)
	out, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("the WebAssembly run: %v\n%s", err, out)
	}
	if !strings.Contains(string(out), "digests: "+want+"\n") {
		t.Errorf("native digests %s; the WebAssembly run said:\n%s", want, out)
	}
}

// TestDigestsWasm is the WebAssembly side of TestSameBitsInWebAssembly.
func TestDigestsWasm(t *testing.T) {
	if os.Getenv("NNPLAY_BASELINE_WASM") == "" {
		t.Skip("run by TestSameBitsInWebAssembly")
	}
	fmt.Printf("digests: %s\n", strings.Join(fitDigests(t), " "))
}
