package e2e

import (
	"bytes"
	"compress/gzip"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"testing"
)

// sizeBudgets are the largest gzipped sizes, in bytes (MB = 10⁶ bytes), of
// the WebAssembly binaries that `make build` writes to site/web.
var sizeBudgets = []struct {
	Name   string
	Budget int
}{
	{"trainer.wasm", 1_000_000},
	{"app.wasm", 1_750_000},
	{"checker.wasm", 1_200_000},
}

// TestSizeBudgets fails when a built binary exceeds its budget gzipped,
// measured two ways: compressed here at gzip.BestCompression (the figure
// the README and `make bench-browser` give), and, when the build wrote one,
// the .gz sibling that a server sends (gzip -9).
func TestSizeBudgets(t *testing.T) {
	for _, b := range sizeBudgets {
		t.Run(b.Name, func(t *testing.T) {
			path := filepath.Join(siteDir, "web", b.Name)
			raw, err := os.ReadFile(path)
			if err != nil {
				t.Fatalf("%v (run `make build` first)", err)
			}
			gz, err := os.ReadFile(path + ".gz")
			switch {
			case os.IsNotExist(err):
				gz = nil
			case err != nil:
				t.Fatal(err)
			}
			n, err := checkSize(b.Name, raw, gz, b.Budget)
			if err != nil {
				t.Fatal(err)
			}
			t.Logf("%s: %d bytes raw, %d gzipped (%.3f MB of %.3f)", b.Name, len(raw), n, mb(n), mb(b.Budget))
			if gz != nil {
				t.Logf("%s.gz: %d bytes", b.Name, len(gz))
			}
		})
	}
}

// checkSize returns the size of raw gzipped at gzip.BestCompression, and an
// error when that or the precompressed gz (if not nil) is larger than
// budget bytes.
func checkSize(name string, raw, gz []byte, budget int) (int, error) {
	var z bytes.Buffer
	w, err := gzip.NewWriterLevel(&z, gzip.BestCompression)
	if err != nil {
		return 0, err
	}
	w.Write(raw)
	if err := w.Close(); err != nil {
		return 0, err
	}
	n := z.Len()
	if n > budget {
		return n, fmt.Errorf("%s: %d bytes gzipped (%.3f MB), over its budget of %.3f MB by %d bytes", name, n, mb(n), mb(budget), n-budget)
	}
	if gz != nil && len(gz) > budget {
		return n, fmt.Errorf("%s.gz: %d bytes (%.3f MB), over %s's budget of %.3f MB by %d bytes", name, len(gz), mb(len(gz)), name, mb(budget), len(gz)-budget)
	}
	return n, nil
}

// TestSizeBudgetsFail checks that checkSize fails over budget: random bytes
// do not compress, so 10,000 of them are over a budget of 9,000, gzipped
// here or precompressed.
func TestSizeBudgetsFail(t *testing.T) {
	raw := make([]byte, 10_000)
	r := rand.New(rand.NewPCG(1, 1))
	for i := range raw {
		raw[i] = byte(r.Uint32())
	}
	small := bytes.Repeat([]byte{'a'}, 10_000)
	for _, tc := range []struct {
		Name    string
		Raw, Gz []byte
		Budget  int
		Fail    bool
	}{
		{"incompressible", raw, nil, 9_000, true},
		{"incompressible, large budget", raw, nil, 20_000, false},
		{"compressible", small, nil, 9_000, false},
		{"compressible, large .gz", small, raw, 9_000, true},
		{"compressible, small .gz", small, small[:100], 9_000, false},
	} {
		t.Run(tc.Name, func(t *testing.T) {
			_, err := checkSize("x.wasm", tc.Raw, tc.Gz, tc.Budget)
			if (err != nil) != tc.Fail {
				t.Errorf("checkSize: %v, want failure %v", err, tc.Fail)
			}
		})
	}
}

// mb is n bytes in MB (10⁶ bytes).
func mb(n int) float64 { return float64(n) / 1e6 }
