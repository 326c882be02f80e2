package main

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"math"
	"os"
	"path/filepath"
	"runtime"
	"strconv"
	"strings"
	"testing"

	"github.com/nnplayground/playground/core/data"
	"github.com/nnplayground/playground/core/datasets"
	"github.com/nnplayground/playground/core/link"
	"github.com/nnplayground/playground/core/nn"
	"github.com/nnplayground/playground/core/session"
)

// irisFile writes the built-in iris table to a file, as a user would have it.
func irisFile(t testing.TB) string {
	t.Helper()
	text, err := datasets.Text("iris", 0, 0, 0)
	if err != nil {
		t.Fatal(err)
	}
	name := filepath.Join(t.TempDir(), "iris.csv")
	if err := os.WriteFile(name, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	return name
}

// nnplay runs the command line and returns its exit status and output.
func nnplay(t testing.TB, args ...string) (int, string, string) {
	t.Helper()
	var out, errb bytes.Buffer
	code := run(args, &out, &errb)
	return code, out.String(), errb.String()
}

// readHistory reads a history CSV into rows of float64.
func readHistory(t *testing.T, name string) [][]float64 {
	t.Helper()
	b, err := os.ReadFile(name)
	if err != nil {
		t.Fatal(err)
	}
	recs, err := csv.NewReader(bytes.NewReader(b)).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	var rows [][]float64
	for _, rec := range recs[1:] {
		var row []float64
		for _, f := range rec {
			v, err := strconv.ParseFloat(f, 64)
			if err != nil {
				t.Fatal(err)
			}
			row = append(row, v)
		}
		rows = append(rows, row)
	}
	return rows
}

// coreHistory is what core computes for s: session.Build, then Stats after
// each Step, as the browser's worker does.
func coreHistory(t *testing.T, s session.Settings, epochs int) [][]float64 {
	t.Helper()
	ss, err := session.Build(s)
	if err != nil {
		t.Fatal(err)
	}
	row := func(st nn.Stats) []float64 {
		return []float64{float64(st.Epoch), st.TrainLoss, st.TestLoss, st.TrainMetric, st.TestMetric, st.TrainRMSE, st.TestRMSE}
	}
	rows := [][]float64{row(ss.Trainer.Stats())}
	for range epochs {
		if err := ss.Trainer.Step(); err != nil {
			t.Fatal(err)
		}
		rows = append(rows, row(ss.Trainer.Stats()))
	}
	return rows
}

// sameBits compares histories bit for bit: the CLI runs the same code as
// the browser's worker, so == is exact by construction.
func sameBits(t *testing.T, got, want [][]float64) {
	t.Helper()
	if len(got) != len(want) {
		t.Fatalf("%d epochs in the history, want %d", len(got), len(want))
	}
	for e := range want {
		for k := range want[e] {
			if math.Float64bits(got[e][k]) != math.Float64bits(want[e][k]) {
				t.Fatalf("epoch %d column %d: %v, core %v", e, k, got[e][k], want[e][k])
			}
		}
	}
}

// irisSettings are the settings the flags of TestTrainMatchesCore choose.
func irisSettings(text string) session.Settings {
	s := session.Default()
	s.Dataset, s.Points, s.Text, s.TestRatio = "", 0, text, 0.2
	s.Model = nn.Config{Hidden: []int{8, 8}, Activation: nn.Tanh, Optimizer: nn.SGD, LearningRate: 0.03, BatchSize: 10, L2: 0.001, Seed: 1}
	return s
}

// The CLI on iris.csv writes the losses and metrics that session.Build and
// Step compute, bit for bit, whether the settings come from flags, a
// settings file, a session file or a link.
func TestTrainMatchesCore(t *testing.T) {
	iris := irisFile(t)
	text, _ := os.ReadFile(iris)
	want := coreHistory(t, irisSettings(string(text)), 30)
	dir := t.TempDir()

	settingsFile := filepath.Join(dir, "settings.json")
	b, _ := json.Marshal(irisSettings(string(text)))
	os.WriteFile(settingsFile, b, 0o644)
	sessionFile := filepath.Join(dir, "session.json")
	b, err := link.EncodeFile(&link.Session{Settings: irisSettings(string(text))})
	if err != nil {
		t.Fatal(err)
	}
	os.WriteFile(sessionFile, b, 0o644)
	frag, err := link.Encode(&link.Session{Settings: irisSettings(string(text))})
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		Name string
		Args []string
	}{
		{"csv+flags", []string{iris, "-layers", "8,8", "-activation", "tanh", "-optimizer", "sgd", "-learning-rate", "0.03",
			"-batch-size", "10", "-regularization", "l2", "-reg-rate", "0.001", "-test-ratio", "0.2", "-seed", "1", "-stop-defaults=false"}},
		{"settings-file", []string{settingsFile}},
		{"session-file", []string{sessionFile}},
		{"link", []string{"http://localhost:8080/" + frag}},
		{"link-then-flags", []string{frag, "-seed", "1", "-layers", "8,8"}},
	}
	for _, tc := range tests {
		t.Run(tc.Name, func(t *testing.T) {
			hist := filepath.Join(t.TempDir(), "h.csv")
			args := append([]string{"train", "-epochs", "30", "-history", hist}, tc.Args...)
			code, out, errs := nnplay(t, args...)
			if code != 0 {
				t.Fatalf("exit %d\n%s%s", code, out, errs)
			}
			sameBits(t, readHistory(t, hist), want)
		})
	}
}

// Batches over 256 rows are summed in chunks by every core; the history
// is bit-identical with one processor.
func TestTrainParallelSameAsOneCore(t *testing.T) {
	args := func(hist string) []string {
		return []string{"train", "-dataset", "spiral", "-points", "1000", "-test-ratio", "0.2", "-layers", "8,8",
			"-batch-size", "0", "-epochs", "15", "-quiet", "-history", hist}
	}
	dir := t.TempDir()
	many, one := filepath.Join(dir, "many.csv"), filepath.Join(dir, "one.csv")
	prev := runtime.GOMAXPROCS(4)
	code, out, errs := nnplay(t, args(many)...)
	runtime.GOMAXPROCS(1)
	code1, _, _ := nnplay(t, args(one)...)
	runtime.GOMAXPROCS(prev)
	if code != 0 || code1 != 0 {
		t.Fatalf("exit %d, %d\n%s%s", code, code1, out, errs)
	}
	s := session.Default()
	s.Dataset, s.Points, s.TestRatio = "spiral", 1000, 0.2
	s.Model = nn.Config{Hidden: []int{8, 8}, Activation: nn.Tanh, LearningRate: 0.03, Seed: 1}
	want := coreHistory(t, s, 15)
	sameBits(t, readHistory(t, many), want)
	sameBits(t, readHistory(t, one), want)
}

// predict applies a saved model to a CSV and gives the page's numbers:
// Trainer.Predict on the prepared rows, bit for bit.
func TestPredictMatchesTrainer(t *testing.T) {
	for _, tc := range []struct {
		Name, Dataset string
		Columns       int // prediction columns after the table's
	}{
		{"multiclass", "iris", 4},
		{"regression", "diabetes", 1},
		{"binary", "circle", 3},
	} {
		t.Run(tc.Name, func(t *testing.T) {
			dir := t.TempDir()
			text, err := datasets.Text(tc.Dataset, 200, 0.1, 1)
			if err != nil {
				t.Fatal(err)
			}
			csvFile := filepath.Join(dir, "data.csv")
			os.WriteFile(csvFile, []byte(text), 0o644)
			model, pred := filepath.Join(dir, "m.json"), filepath.Join(dir, "p.csv")
			if code, out, errs := nnplay(t, "train", csvFile, "-epochs", "10", "-quiet", "-out", model); code != 0 {
				t.Fatalf("train: exit %d\n%s%s", code, out, errs)
			}
			if code, out, errs := nnplay(t, "predict", "-model", model, "-o", pred, csvFile); code != 0 {
				t.Fatalf("predict: exit %d\n%s%s", code, out, errs)
			}
			// The page: the same settings, trained in core.
			ss, err := session.Build(session.Pasted(session.Default(), text))
			if err != nil {
				t.Fatal(err)
			}
			if err := ss.Trainer.StepN(10); err != nil {
				t.Fatal(err)
			}
			ds := ss.Data
			b, _ := os.ReadFile(pred)
			recs, err := csv.NewReader(bytes.NewReader(b)).ReadAll()
			if err != nil {
				t.Fatal(err)
			}
			ncol := len(ss.Table.Names)
			if len(recs[0]) != ncol+tc.Columns {
				t.Fatalf("header %q: want %d prediction columns", recs[0], tc.Columns)
			}
			checked := 0
			for _, sp := range []*data.Split{&ds.Train, &ds.Test} {
				want := ss.Trainer.Predict(nil, sp.X)
				for i, r := range sp.Rows {
					rec := recs[r+1][ncol:]
					p := want[i*ds.Out : (i+1)*ds.Out]
					var got []float64
					switch ds.Task {
					case data.Regression:
						got = parseAll(t, rec)
					case data.Binary:
						got = parseAll(t, rec[2:])
					default:
						got = parseAll(t, rec[1:])
					}
					for k := range p {
						if got[k] != p[k] {
							t.Fatalf("row %d output %d: predict %v, page %v", r, k, got[k], p[k])
						}
					}
					if ds.Task == data.Multiclass && rec[0] != ds.Classes[nn.Class(p)] {
						t.Fatalf("row %d: class %q, page %q", r, rec[0], ds.Classes[nn.Class(p)])
					}
					checked++
				}
			}
			if checked != ds.Train.N+ds.Test.N {
				t.Fatalf("checked %d rows", checked)
			}
		})
	}
}

func parseAll(t *testing.T, fields []string) []float64 {
	t.Helper()
	out := make([]float64, len(fields))
	for i, f := range fields {
		v, err := strconv.ParseFloat(f, 64)
		if err != nil {
			t.Fatalf("%q: %v", f, err)
		}
		out[i] = v
	}
	return out
}

// Bad files and flags give a clear message and a non-zero exit status:
// 2 for the command line, 1 for the data (with line and column).
func TestErrors(t *testing.T) {
	dir := t.TempDir()
	write := func(name, text string) string {
		p := filepath.Join(dir, name)
		os.WriteFile(p, []byte(text), 0o644)
		return p
	}
	iris := irisFile(t)
	inf := write("inf.csv", "a,b,y\n1,2,3\n4,inf,5\n6,7,8\n")
	ragged := write("ragged.csv", "a,b,y\n1,2,3\n4,5\n")
	model := filepath.Join(dir, "m.json")
	if code, out, errs := nnplay(t, "train", iris, "-epochs", "1", "-quiet", "-out", model); code != 0 {
		t.Fatalf("exit %d\n%s%s", code, out, errs)
	}
	unseen := write("unseen.csv", "sepal_length,sepal_width,petal_length,petal_width\n5.1,3.5,1.4,0.2\n5.1,abc,1.4,0.2\n")
	tests := []struct {
		Name   string
		Args   []string
		Code   int
		Errors []string // substrings of the message
	}{
		{"no command", nil, 2, []string{"Usage"}},
		{"unknown command", []string{"fly"}, 2, []string{`unknown command "fly"`}},
		{"no source", []string{"train"}, 2, []string{"give a CSV file"}},
		{"bad layers", []string{"train", iris, "-layers", "8,q"}, 2, []string{"-layers", "8,q"}},
		{"bad activation", []string{"train", iris, "-activation", "swish"}, 2, []string{"-activation", `"swish"`}},
		{"bad test ratio", []string{"train", iris, "-test-ratio", "1.5"}, 2, []string{"-test-ratio"}},
		{"bad learning rate", []string{"train", iris, "-learning-rate", "-1"}, 2, []string{"learning rate"}},
		{"unknown flag", []string{"train", iris, "-speed", "3"}, 2, []string{"-speed"}},
		{"missing file", []string{"train", filepath.Join(dir, "nope.csv")}, 1, []string{"nope.csv", "no such file"}},
		{"inf cell", []string{"train", inf}, 1, []string{"inf.csv", "line 3, column 2", "not a finite number"}},
		{"ragged row", []string{"train", ragged}, 1, []string{"ragged.csv", "line 3"}},
		{"unknown target", []string{"train", iris, "-target", "colour"}, 1, []string{"colour", "no such column"}},
		{"bad link", []string{"train", "#v1.AAAA"}, 1, []string{"link", "damaged"}},
		{"model as source", []string{"train", model}, 1, []string{"trained model", "predict"}},
		{"predict word in numbers", []string{"predict", "-model", model, unseen}, 1, []string{"unseen.csv", "line 3, column 2", `"abc"`}},
		{"predict no model", []string{"predict", iris}, 2, []string{"-model"}},
		{"export bad format", []string{"export", "-format", "julia", iris}, 2, []string{"julia"}},
	}
	for _, tc := range tests {
		t.Run(tc.Name, func(t *testing.T) {
			code, _, errs := nnplay(t, tc.Args...)
			if code != tc.Code {
				t.Errorf("exit status %d, want %d; stderr %q", code, tc.Code, errs)
			}
			for _, s := range tc.Errors {
				if !strings.Contains(errs, s) {
					t.Errorf("stderr %q does not mention %q", errs, s)
				}
			}
		})
	}
}

// A CSV file with no flags trains as the page trains a pasted table
// (session.Pasted): the same split, validation share and stop rules, and
// so, bit for bit, the same losses up to the same stop.
func TestTrainTableAsPage(t *testing.T) {
	iris := irisFile(t)
	text, _ := os.ReadFile(iris)
	s := session.Pasted(session.Default(), string(text))
	ss, err := session.Build(s)
	if err != nil {
		t.Fatal(err)
	}
	if ss.Data.Valid.N == 0 || s.Stop == (nn.StopRules{}) {
		t.Fatalf("the page's table defaults have no validation share or stop rule: %v, %+v", s.ValidRatio, s.Stop)
	}
	row := func(st nn.Stats) []float64 {
		return []float64{float64(st.Epoch), st.TrainLoss, st.TestLoss, st.TrainMetric, st.TestMetric, st.TrainRMSE, st.TestRMSE}
	}
	want := [][]float64{row(ss.Trainer.Stats())}
	stopper := nn.NewStopper(ss.Trainer, s.Stop)
	const epochs = 10000
	for range epochs {
		if err := ss.Trainer.Step(); err != nil {
			t.Fatal(err)
		}
		st := ss.Trainer.Stats()
		want = append(want, row(st))
		if stopper.Check(st) != nil {
			break
		}
	}
	if len(want) > epochs {
		t.Fatalf("the stop rules did not stop training in %d epochs", epochs)
	}
	hist := filepath.Join(t.TempDir(), "h.csv")
	code, out, errs := nnplay(t, "train", "-epochs", strconv.Itoa(epochs), "-quiet", "-history", hist, iris)
	if code != 0 {
		t.Fatalf("exit %d\n%s%s", code, out, errs)
	}
	sameBits(t, readHistory(t, hist), want)
}
