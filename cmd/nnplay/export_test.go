package main

import (
	"encoding/json"
	"math"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/nnplayground/playground/core/data"
	"github.com/nnplayground/playground/core/nn"
)

// export -model -data writes a script that starts from the model's
// predictions (Model.Predict on the table, to 1e-9 for NumPy, 1e-6 for
// PyTorch) and trains on. Scripts run with Debian's /usr/bin/python3.
func TestExportModelScripts(t *testing.T) {
	dir := t.TempDir()
	iris := irisFile(t)
	model := filepath.Join(dir, "m.json")
	if code, out, errs := nnplay(t, "train", iris, "-epochs", "5", "-quiet", "-out", model, "-optimizer", "adam"); code != 0 {
		t.Fatalf("exit %d\n%s%s", code, out, errs)
	}
	m, err := readModel(model)
	if err != nil {
		t.Fatal(err)
	}
	tab, err := readTable(iris)
	if err != nil {
		t.Fatal(err)
	}
	x, _, err := m.Prep.Transform(tab)
	if err != nil {
		t.Fatal(err)
	}
	want := m.Predict(nil, x)
	for _, tc := range []struct {
		Format, Module, Package string
		Tol                     float64
	}{
		{"numpy", "numpy", "python3-numpy", 1e-9},
		{"pytorch", "torch", "python3-torch", 1e-6},
	} {
		t.Run(tc.Format, func(t *testing.T) {
			if out, err := exec.Command("/usr/bin/python3", "-c", "import "+tc.Module).CombinedOutput(); err != nil {
				// A failure naming the package (make test installs it first:
				// make deps).
				t.Fatalf("/usr/bin/python3 cannot import %s (%s); install it with:  sudo apt-get install -y %s   (or: make deps)",
					tc.Module, strings.TrimSpace(string(out)), tc.Package)
			}
			script := filepath.Join(dir, "model_"+tc.Format+".py")
			if code, out, errs := nnplay(t, "export", "-format", tc.Format, "-model", model, "-data", iris, "-o", script); code != 0 {
				t.Fatalf("exit %d\n%s%s", code, out, errs)
			}
			out, err := exec.Command("/usr/bin/python3", script, "--check", "3").CombinedOutput()
			if err != nil {
				t.Fatalf("%v: %s", err, out)
			}
			var got struct {
				Forward [][]float64
				Losses  []float64
			}
			if err := json.Unmarshal(out, &got); err != nil {
				t.Fatal(err)
			}
			o := m.Network.Sizes[len(m.Network.Sizes)-1]
			if len(got.Forward)*o != len(want) || len(got.Losses) != 3 {
				t.Fatalf("%d rows and %d losses", len(got.Forward), len(got.Losses))
			}
			for r, row := range got.Forward {
				for k, v := range row {
					if d := math.Abs(v - want[r*o+k]); d > tc.Tol {
						t.Fatalf("row %d output %d: %v, model %v", r, k, v, want[r*o+k])
					}
				}
			}
			if m.Prep.Task == data.Regression || m.Loss != nn.CCE {
				t.Fatal("the test expects iris: multiclass, cross-entropy")
			}
			if !(got.Losses[2] < got.Losses[0]) {
				t.Errorf("training on did not lower the loss: %v", got.Losses)
			}
		})
	}
}

// export from a CSV and flags writes a script, inline or with a .npz
// next to it for large data.
func TestExportFromSource(t *testing.T) {
	dir := t.TempDir()
	script := filepath.Join(dir, "s.py")
	code, out, errs := nnplay(t, "export", "-format", "numpy", irisFile(t), "-layers", "8", "-o", script)
	if code != 0 {
		t.Fatalf("exit %d\n%s%s", code, out, errs)
	}
	b, _ := os.ReadFile(script)
	for _, s := range []string{"def gradients(x, t):", "SIZES = [4, 8, 3]", "def fit_normalization(x):", "X_TRAIN_RAW = np.array("} {
		if !strings.Contains(string(b), s) {
			t.Errorf("script lacks %q", s)
		}
	}
	big := filepath.Join(dir, "big.py")
	code, out, errs = nnplay(t, "export", "-format", "pytorch", "-dataset", "spiral", "-points", "60000", "-o", big)
	if code != 0 {
		t.Fatalf("exit %d\n%s%s", code, out, errs)
	}
	if _, err := os.Stat(filepath.Join(dir, "big.npz")); err != nil {
		t.Fatal(err)
	}
	b, _ = os.ReadFile(big)
	if !strings.Contains(string(b), `np.load(`) || len(b) > 100_000 {
		t.Errorf("large export: %d bytes, np.load missing or data inline", len(b))
	}
}
