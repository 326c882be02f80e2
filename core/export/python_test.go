//go:build !js

package export_test

import (
	"bytes"
	"encoding/json"
	"fmt"
	"math"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/nnplayground/playground/core/data"
	"github.com/nnplayground/playground/core/export"
	"github.com/nnplayground/playground/core/nn"
	"github.com/nnplayground/playground/core/session"
)

// debianPython is Debian's interpreter, which sees python3-numpy and
// python3-torch; the python3 first on PATH may be another install.
const debianPython = "/usr/bin/python3"

// needPython fails the test, naming the Debian package to install, unless
// Debian's python3 can import the module (`make test` installs them first:
// make deps).
func needPython(t *testing.T, module, pkg string) {
	t.Helper()
	out, err := exec.Command(debianPython, "-c", "import "+module).CombinedOutput()
	if err == nil {
		return
	}
	msg := fmt.Sprintf("%s cannot import %s (%v: %s); install it with:  sudo apt-get install -y %s   (or: make deps)",
		debianPython, module, err, strings.TrimSpace(string(out)), pkg)
	t.Fatal(msg)
}

type checkOutput struct {
	Forward [][]float64 `json:"forward"`
	Losses  []float64   `json:"losses"`
}

// runScript writes the script (and its .npz when npz) into a temporary
// directory, runs it with --check and returns its JSON.
func runScript(t *testing.T, format string, p *export.Problem, npz bool) checkOutput {
	t.Helper()
	dir := t.TempDir()
	var opt export.Options
	if npz {
		opt.DataFile = "data.npz"
		f, err := os.Create(filepath.Join(dir, "data.npz"))
		if err != nil {
			t.Fatal(err)
		}
		if err := export.WriteNPZ(f, p); err != nil {
			t.Fatal(err)
		}
		f.Close()
	}
	var b bytes.Buffer
	var err error
	if format == "numpy" {
		err = export.NumPy(&b, p, opt)
	} else {
		err = export.PyTorch(&b, p, opt)
	}
	if err != nil {
		t.Fatal(err)
	}
	script := filepath.Join(dir, "script.py")
	if err := os.WriteFile(script, b.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command(debianPython, script, "--check")
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("%s: %v\n%s", script, err, stderr.String())
	}
	var c checkOutput
	if err := json.Unmarshal(out, &c); err != nil {
		t.Fatalf("script output: %v\n%s", err, out)
	}
	return c
}

// goReference returns what core computes for the session: the initial
// network's outputs on the training then test rows, and the training loss
// after each of epochs epochs.
func goReference(t *testing.T, s *session.Session, epochs int) checkOutput {
	t.Helper()
	var c checkOutput
	net := s.Trainer.Net()
	ds := s.Data
	for _, sp := range []*data.Split{&ds.Train, &ds.Test} {
		for r := range sp.N {
			c.Forward = append(c.Forward, net.Forward(nil, sp.X[r*ds.Dim:(r+1)*ds.Dim]))
		}
	}
	for range epochs {
		if err := s.Trainer.Step(); err != nil {
			t.Fatal(err)
		}
		c.Losses = append(c.Losses, s.Trainer.Stats().TrainLoss)
	}
	return c
}

func build(t *testing.T, s session.Settings) *session.Session {
	t.Helper()
	ss, err := session.Build(s)
	if err != nil {
		t.Fatal(err)
	}
	return ss
}

func settings(dataset string, ratio float64, cfg nn.Config) session.Settings {
	s := session.Default()
	s.Dataset, s.Points, s.TestRatio, s.Model = dataset, 0, ratio, cfg
	return s
}

// The exported scripts, run by Python, start from the Go network's outputs
// and follow the Go trainer's losses. Tolerances are the targets set for the export: NumPy
// 1e-9 (forward) and 1e-9 relative (20 epochs of losses), PyTorch 1e-6 and
// 1e-6 relative over 5 epochs. The reference values are computed by core
// (session.Build, Trainer.Step) in the test itself.
func TestScriptsReproduceGo(t *testing.T) {
	iris := nn.Config{Hidden: []int{8, 8}, Activation: nn.Tanh, Optimizer: nn.SGD, LearningRate: 0.03, BatchSize: 10, Seed: 1}
	fullBatch := iris
	fullBatch.BatchSize, fullBatch.Activation = 0, nn.ReLU
	circle := nn.Config{Hidden: []int{6}, Activation: nn.Sigmoid, Optimizer: nn.Momentum, Nesterov: true, LearningRate: 0.1, BatchSize: 16, L2: 0.01, L1: 0.001, ClipNorm: 0.5, Decay: 0.05, Seed: 7}
	reg := nn.Config{Hidden: []int{5, 3}, Activation: nn.LeakyReLU, Optimizer: nn.Adam, LearningRate: 0.01, BatchSize: 32, Seed: 3}
	rms := nn.Config{Hidden: []int{4}, Activation: nn.Tanh, Loss: nn.Huber, Optimizer: nn.RMSProp, LearningRate: 0.005, BatchSize: 50, Seed: 5}
	tests := []struct {
		Name     string
		Format   string
		Settings session.Settings
		Epochs   int
		Tol      float64
		NPZ      bool
	}{
		{"numpy/iris-sgd-batch10", "numpy", settings("iris", 0.2, iris), 20, 1e-9, false},
		{"numpy/iris-sgd-fullbatch-relu", "numpy", settings("iris", 0.2, fullBatch), 20, 1e-9, true},
		{"numpy/circle-nesterov-l1-l2-clip-decay", "numpy", settings("circle", 0.3, circle), 20, 1e-9, false},
		{"numpy/diabetes-adam-leaky", "numpy", settings("diabetes", 0.2, reg), 20, 1e-9, false},
		{"numpy/penguins-rmsprop-huber", "numpy", settings("penguins", 0.2, rms), 20, 1e-9, false},
		{"pytorch/iris-sgd-batch10", "pytorch", settings("iris", 0.2, iris), 5, 1e-6, false},
		{"pytorch/circle-nesterov-l1-l2-clip-decay", "pytorch", settings("circle", 0.3, circle), 5, 1e-6, true},
		{"pytorch/diabetes-adam-leaky", "pytorch", settings("diabetes", 0.2, reg), 5, 1e-6, false},
	}
	needPython(t, "numpy", "python3-numpy")
	needPython(t, "torch", "python3-torch")
	for _, tc := range tests {
		t.Run(tc.Name, func(t *testing.T) {
			s := build(t, tc.Settings)
			p, err := export.FromSession(s, tc.Epochs)
			if err != nil {
				t.Fatal(err)
			}
			got := runScript(t, tc.Format, p, tc.NPZ)
			want := goReference(t, s, tc.Epochs)
			if len(got.Forward) != len(want.Forward) {
				t.Fatalf("forward: %d rows, want %d", len(got.Forward), len(want.Forward))
			}
			var worst float64
			for r := range want.Forward {
				for k, w := range want.Forward[r] {
					worst = math.Max(worst, math.Abs(got.Forward[r][k]-w))
				}
			}
			if worst > tc.Tol {
				t.Errorf("forward pass: max |python - go| = %.3g > %g", worst, tc.Tol)
			}
			if len(got.Losses) != tc.Epochs {
				t.Fatalf("%d losses, want %d", len(got.Losses), tc.Epochs)
			}
			worst = 0
			for e, w := range want.Losses {
				rel := math.Abs(got.Losses[e]-w) / math.Abs(w)
				worst = math.Max(worst, rel)
				if rel > tc.Tol {
					t.Errorf("epoch %d: loss %.17g, go %.17g (relative %.3g > %g)", e+1, got.Losses[e], w, rel, tc.Tol)
				}
			}
			t.Logf("max relative loss difference over %d epochs: %.3g", tc.Epochs, worst)
		})
	}
}
