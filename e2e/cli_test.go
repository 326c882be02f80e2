package e2e

import (
	"encoding/csv"
	"fmt"
	"math"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"
)

// irisPath is the iris table the page and the command line both read.
const irisPath = "../core/datasets/iris.csv"

// cliRun are the page's controls for TestCommandLineMatchesBrowser and
// the command line's flags of the same names.
var cliRun = [][2]string{
	{"layers", "6"},
	{"optimizer", "adam"},
	{"learning-rate", "0.01"},
	{"batch-size", "16"},
	{"test-ratio", "0.2"},
	{"seed", "3"},
	{"valid-ratio", "0"}, // a pasted table starts with validation and early stopping; the CLI without
	{"patience", "0"},
}

// captureDownloadsJS replaces the page's download function (glue.js's
// nnDownload, which Go calls through window for every export) by one that
// keeps each file's text in window.__downloads under its file name.
const captureDownloadsJS = `(() => {
	window.__downloads = {};
	globalThis.nnDownload = (name, mime, text) => { window.__downloads[name] = String(text); };
})()`

// TestCommandLineMatchesBrowser checks the command line against the
// browser. The page gets iris.csv pasted, six settings and 20
// single steps; its link (#share-url), its history, predictions and model
// exports are kept. Then:
//
//   - `nnplay train -epochs 20 -history … '<link>'` writes, at every epoch
//     the page exported, the page's train and test losses and metrics,
//     digit for digit (the page's data-value at epoch 20 too);
//   - `nnplay train` on the file iris.csv with the same settings as flags
//     writes the same history;
//   - `nnplay predict` with the model trained by the command line, and with
//     the model exported by the page, on the page's exported test rows,
//     gives the page's predicted classes and probabilities, digit for digit.
func TestCommandLineMatchesBrowser(t *testing.T) {
	const epochs = 20
	iris, err := os.ReadFile(irisPath)
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	nnplay := filepath.Join(dir, "nnplay")
	if out, err := exec.Command("go", "build", "-o", nnplay, "../cmd/nnplay").CombinedOutput(); err != nil {
		t.Fatalf("building cmd/nnplay: %v\n%s", err, out)
	}

	ctx := openPage(t)
	eval[struct{}](t, ctx, captureDownloadsJS)
	setValue(t, ctx, "data-input", string(iris))
	click(t, ctx, "data-load")
	waitFor(t, ctx, `/\b150\b/.test(`+textJS("data-summary")+`) && `+textJS("data-error")+` === ""`,
		20*time.Second, "the summary of iris's 150 rows")
	for _, c := range cliRun {
		setValue(t, ctx, c[0], c[1])
	}
	click(t, ctx, "reset")
	readAt(t, ctx, 0)
	link := shareLink(t, ctx)
	t.Logf("iris link (pasted text): %d characters", len(link))
	stepToEpoch(t, ctx, epochs)
	page := readAt(t, ctx, epochs)

	pageHistory := parseCSVText(t, "page history.csv", download(t, ctx, "export-history", "history.csv"))
	pagePred := parseCSVText(t, "page predictions.csv", download(t, ctx, "export-predictions", "predictions.csv"))
	pageModel := download(t, ctx, "export-model", "model.json")

	run := func(args ...string) {
		t.Helper()
		cmd := exec.Command(nnplay, args...)
		cmd.Dir = dir
		out, err := cmd.CombinedOutput()
		if err != nil {
			t.Fatalf("nnplay %s: %v\n%s", strings.Join(args, " "), err, out)
		}
	}
	// 1. The link.
	run("train", "-quiet", "-epochs", fmt.Sprint(epochs), "-history", "h-link.csv", "-out", "m-link.json", link)
	hLink := readCSVFile(t, filepath.Join(dir, "h-link.csv"))
	compareHistory(t, "nnplay train <link>", pageHistory, hLink, epochs)
	last := hLink[len(hLink)-1]
	if col := colIndex(t, hLink, "train_loss"); last[col] != page.TrainLoss {
		t.Errorf("epoch %s: nnplay's train loss %s, the page's #train-loss data-value %s", last[0], last[col], page.TrainLoss)
	}
	if col := colIndex(t, hLink, "test_loss"); last[col] != page.TestLoss {
		t.Errorf("epoch %s: nnplay's test loss %s, the page's #test-loss data-value %s", last[0], last[col], page.TestLoss)
	}
	t.Logf("epoch %d: page train loss %s test loss %s; nnplay %s %s", epochs, page.TrainLoss, page.TestLoss,
		last[colIndex(t, hLink, "train_loss")], last[colIndex(t, hLink, "test_loss")])

	// 2. The file with the same settings as flags.
	if err := os.WriteFile(filepath.Join(dir, "iris.csv"), iris, 0o644); err != nil {
		t.Fatal(err)
	}
	args := []string{"train", "-quiet", "-epochs", fmt.Sprint(epochs), "-history", "h-file.csv"}
	for _, c := range cliRun {
		args = append(args, "-"+c[0], c[1])
	}
	run(append(args, "iris.csv")...)
	compareHistory(t, "nnplay train iris.csv", pageHistory, readCSVFile(t, filepath.Join(dir, "h-file.csv")), epochs)

	// 3. predict on the page's test rows: the input columns of the
	// page's predictions, under iris's header.
	header := strings.Split(strings.SplitN(string(iris), "\n", 2)[0], ",")
	features := header[:len(header)-1]
	for i, f := range features {
		if pagePred[0][i] != f {
			t.Fatalf("the page's predictions.csv starts with %q, want iris's features %q", pagePred[0], features)
		}
	}
	var in strings.Builder
	in.WriteString(strings.Join(features, ",") + "\n")
	for _, r := range pagePred[1:] {
		in.WriteString(strings.Join(r[:len(features)], ",") + "\n")
	}
	if err := os.WriteFile(filepath.Join(dir, "test.csv"), []byte(in.String()), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "m-page.json"), []byte(pageModel), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, m := range []string{"m-link.json", "m-page.json"} {
		out := "p-" + strings.TrimSuffix(m, ".json") + ".csv"
		run("predict", "-model", m, "-o", out, "test.csv")
		comparePredictions(t, "nnplay predict -model "+m, pagePred, readCSVFile(t, filepath.Join(dir, out)), len(features))
	}
	t.Logf("predictions compared on %d test rows", len(pagePred)-1)
}

func parseCSVText(t *testing.T, name, text string) [][]string {
	t.Helper()
	recs, err := csv.NewReader(strings.NewReader(text)).ReadAll()
	if err != nil {
		t.Fatalf("%s: %v\n%.300s", name, err, text)
	}
	if len(recs) < 2 {
		t.Fatalf("%s has %d lines:\n%.300s", name, len(recs), text)
	}
	return recs
}

func readCSVFile(t *testing.T, path string) [][]string {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return parseCSVText(t, filepath.Base(path), string(b))
}

// colIndex is the index of the column name in the header of recs.
func colIndex(t *testing.T, recs [][]string, name string) int {
	t.Helper()
	i := slices.Index(recs[0], name)
	if i < 0 {
		t.Fatalf("no column %q in %q", name, recs[0])
	}
	return i
}

// compareHistory checks that the page's history has the command line's
// columns (both write nn.AppendHistoryCSV), that every epoch of it is in
// the command line's with the same numbers digit for digit, and that it
// reaches epoch epochs.
func compareHistory(t *testing.T, what string, page, cli [][]string, epochs int) {
	t.Helper()
	if !slices.Equal(page[0], cli[0]) {
		t.Errorf("%s: the page's history.csv has the columns %q, the command line's %q", what, page[0], cli[0])
	}
	byEpoch := map[string][]string{}
	for _, r := range cli[1:] {
		byEpoch[r[0]] = r
	}
	cols := page[0][1:]
	n, bad := 0, 0
	for _, r := range page[1:] {
		c, ok := byEpoch[r[0]]
		if !ok {
			t.Errorf("%s: no epoch %s in its history (epochs 0..%d)", what, r[0], epochs)
			continue
		}
		n++
		for _, name := range cols {
			pv, cv := r[colIndex(t, page, name)], c[colIndex(t, cli, name)]
			if pv != cv {
				if bad++; bad <= 5 {
					t.Errorf("%s: epoch %s %s: page %s, command line %s%s", what, r[0], name, pv, cv, relDiff(pv, cv))
				}
			}
		}
	}
	if last := page[len(page)-1][0]; last != strconv.Itoa(epochs) {
		t.Errorf("the page's history ends at epoch %s, want %d", last, epochs)
	}
	if n < epochs {
		t.Errorf("%s: only %d epochs of the page's history compared, want %d", what, n, epochs)
	}
}

// comparePredictions checks the command line's predicted class and class
// probabilities against the page's, row by row, digit for digit. Both
// write nn.AppendPredictionsCSV's columns: the table's columns but the
// target, actual, predicted, p_<class>…; the command line's actual is
// empty (its table has no target column).
func comparePredictions(t *testing.T, what string, page, cli [][]string, features int) {
	t.Helper()
	if len(cli) != len(page) {
		t.Fatalf("%s: %d rows, the page's predictions %d", what, len(cli)-1, len(page)-1)
	}
	predCol := features + 1 // after the features and actual
	for _, h := range [][]string{page[0], cli[0]} {
		if len(h) <= predCol || h[predCol] != "predicted" {
			t.Fatalf("%s: header %q, want %q at column %d", what, h, "predicted", predCol+1)
		}
	}
	if h, want := cli[0][predCol:], page[0][predCol:]; !slices.Equal(h, want) {
		t.Errorf("%s: prediction columns %q, the page's %q", what, h, want)
	}
	bad := 0
	for i := 1; i < len(page); i++ {
		p, c := page[i], cli[i]
		for k := predCol; k < len(p); k++ {
			if pv, cv := p[k], c[k]; pv != cv {
				if bad++; bad <= 5 {
					t.Errorf("%s: row %d %s: %s, the page's %s%s", what, i, page[0][k], cv, pv, relDiff(pv, cv))
				}
			}
		}
	}
}

// relDiff describes how far apart two numbers written as text are.
func relDiff(a, b string) string {
	x, err1 := strconv.ParseFloat(a, 64)
	y, err2 := strconv.ParseFloat(b, 64)
	if err1 != nil || err2 != nil || x == y {
		return ""
	}
	return fmt.Sprintf(" (relative difference %.2g)", math.Abs(x-y)/math.Max(math.Abs(x), math.Abs(y)))
}
