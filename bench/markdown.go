package main

import (
	"fmt"
	"io"
	"math"
	"os"
	"os/exec"
	"runtime"
	"slices"
	"strconv"
	"strings"
	"time"
)

// Goal tolerances: the network at least the linear model − 0.01 accuracy
// or − 0.02 R² (issue 17).
const (
	tolAccuracy = 0.01
	tolR2       = 0.02
)

// env is where and when the suite ran.
type env struct {
	Date, Commit, Go, Sklearn, Load, Command string
	Took                                     time.Duration
}

func environment(python, command string, took time.Duration) env {
	e := env{Date: time.Now().UTC().Format("2006-01-02 15:04 UTC"), Go: runtime.Version(), Command: command, Took: took}
	if b, err := exec.Command("git", "describe", "--always", "--dirty", "--abbrev=10").Output(); err == nil {
		e.Commit = strings.TrimSpace(string(b))
	}
	if b, err := exec.Command(python, "-c", "import sklearn; print(sklearn.__version__)").Output(); err == nil {
		e.Sklearn = strings.TrimSpace(string(b))
	}
	if b, err := os.ReadFile("/proc/loadavg"); err == nil {
		e.Load = strings.Join(strings.Fields(string(b))[:3], " ")
	}
	return e
}

func writeMarkdown(path string, e env, results []*tableResult, mem *memoryResult) error {
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	w := &errWriter{w: f}
	writeHead(w, e)
	writeTable(w, results)
	writeGoals(w, results)
	if mem != nil {
		writeMemory(w, mem)
	}
	writeNotes(w, results)
	if w.err != nil {
		f.Close()
		return w.err
	}
	return f.Close()
}

type errWriter struct {
	w   io.Writer
	err error
}

func (w *errWriter) printf(format string, a ...any) {
	if w.err == nil {
		_, w.err = fmt.Fprintf(w.w, format, a...)
	}
}

func writeHead(w *errWriter, e env) {
	w.printf("# Tables as they come: the page's defaults against scikit-learn\n\n")
	w.printf("Written by `%s` (bench/, see bench/doc.go) on %s, commit %s, %s, scikit-learn %s, "+
		"%d cores, load average %s before the run; the run took %s.\n\n", e.Command, e.Date, e.Commit, e.Go, e.Sklearn,
		runtime.NumCPU(), e.Load, e.Took.Round(time.Second))
	w.printf("Each table is trained by `nnplay train` as the page trains a pasted table (`session.Pasted` on " +
		"`session.Default()`: the page's settings, target guess, preparation, validation share and stop rules), " +
		"until the page's stop rules end training. Two paths: **default** (the guessed target) and **documented** " +
		"(`-target` set to the table's documented target; one row when the guess is that target). " +
		"`nnplay -write-split` writes the prepared rows, and scikit-learn's LogisticRegression or Ridge and " +
		"MLPClassifier or MLPRegressor with their default settings (random_state=1) are fitted on the same " +
		"training and validation rows and scored on the same test rows (bench/sklearn_ref.py). " +
		"The metric is test accuracy for classes and test R² for regression. Time: the network's load and training " +
		"(the whole command in brackets), and each sklearn model's fit.\n\n")
}

func writeTable(w *errWriter, results []*tableResult) {
	w.printf("| table | path | target | task | rows (train/valid/test) | network | epochs (stop→best) | time s | page's linear | sklearn linear | sklearn MLP | ≥ linear − tol |\n")
	w.printf("|---|---|---|---|---|---|---|---|---|---|---|---|\n")
	for _, tr := range results {
		for _, p := range tr.Paths {
			path := p.Path
			if tr.Same {
				path = "default = documented"
			}
			if p.NN == nil {
				w.printf("| %s | %s | | | | fails: %s | | %.1f | | | | ✗ |\n", tr.E.Name, path, cell(p.Failure), p.Wall.Seconds())
				continue
			}
			n, s := p.NN, &p.NN.Summary
			stop := fmt.Sprintf("%d (limit)", n.Epochs)
			if n.Stop != nil {
				stop = fmt.Sprintf("%d→%d", n.Stop.Epoch, n.Epoch)
			}
			if n.Error != "" {
				stop = fmt.Sprintf("%d: %s", n.Epochs, cell(firstSentence(n.Error)))
			}
			lin, mlp, goal := "", "", ""
			if p.SK != nil {
				lin = fmt.Sprintf("%.3f (%s, %.2f s)", p.SK.Linear.Metric, p.SK.Linear.Model, p.SK.Linear.Seconds)
				mlp = fmt.Sprintf("%.3f (%.1f s)", p.SK.MLP.Metric, p.SK.MLP.Seconds)
				goal = "✓"
				if d := n.Final.TestMetric - p.SK.Linear.Metric; d < -tolerance(s.Task) {
					goal = fmt.Sprintf("✗ (%+.3f)", d)
				}
			} else if p.SKErr != "" {
				lin = "none: " + cell(p.SKErr)
			}
			w.printf("| %s | %s | %s | %s | %d (%d/%d/%d) | **%.3f** %s | %s | %.2f + %.2f (%.1f) | %s | %s | %s | %s |\n",
				tr.E.Name, path, cell(s.Target), s.Task, s.Rows, s.Train, s.Valid, s.Test, n.Final.TestMetric, metricName(n.Metric),
				stop, n.LoadSeconds, n.TrainSeconds, p.Wall.Seconds(), pageLinear(n), lin, mlp, goal)
		}
	}
	w.printf("\n")
}

func tolerance(task string) float64 {
	if task == "regression" {
		return tolR2
	}
	return tolAccuracy
}

func metricName(m string) string {
	if m == "accuracy" {
		return "acc"
	}
	return m
}

// pageLinear returns the test metric of the page's linear reference.
func pageLinear(n *nnResult) string {
	switch {
	case n.Linear == nil:
		return ""
	case n.Linear.Error != "":
		return "none: " + cell(n.Linear.Error)
	}
	return fmt.Sprintf("%.3f (%s, %.3f s)", n.Linear.TestMetric, n.Linear.Model, n.Linear.Seconds)
}

func cell(s string) string {
	s = strings.ReplaceAll(s, "|", "\\|")
	return strings.ReplaceAll(s, "\n", " ")
}

func firstSentence(s string) string {
	if i := strings.Index(s, ". "); i > 0 {
		return s[:i]
	}
	return s
}

// writeGoals writes how the suite meets issue 17's goals.
func writeGoals(w *errWriter, results []*tableResult) {
	guessed, n := 0, len(results)
	var misses []string
	for _, tr := range results {
		if tr.Same {
			guessed++
			continue
		}
		got := "fails"
		if d := tr.Paths[0]; d.NN != nil {
			got = "`" + d.NN.Summary.Target + "`"
		}
		misses = append(misses, fmt.Sprintf("%s (%s, documented `%s`)", tr.E.Name, got, tr.E.Target))
	}
	w.printf("## Goals\n\n")
	w.printf("- **Target guess**: the documented target in %d of %d tables (%.0f %%; goal 80 %%).", guessed, n, pct(guessed, n))
	if len(misses) > 0 {
		w.printf(" Other guesses: %s.", strings.Join(misses, "; "))
	}
	w.printf("\n")
	var ok int
	var below []string
	var dMLP, dLin []float64
	for _, tr := range results {
		p := tr.documented()
		if p.NN == nil || p.SK == nil {
			below = append(below, tr.E.Name+" (no result)")
			continue
		}
		d := p.NN.Final.TestMetric - p.SK.Linear.Metric
		dLin = append(dLin, d)
		dMLP = append(dMLP, p.NN.Final.TestMetric-p.SK.MLP.Metric)
		if d >= -tolerance(p.NN.Summary.Task) {
			ok++
		} else {
			below = append(below, fmt.Sprintf("%s (%+.3f)", tr.E.Name, d))
		}
	}
	w.printf("- **At least the linear model − 0.01 accuracy or − 0.02 R²** (documented target): %d of %d tables.", ok, n)
	if len(below) > 0 {
		w.printf(" Below: %s.", strings.Join(below, "; "))
	}
	w.printf("\n")
	if len(dMLP) > 0 {
		w.printf("- **Median at least sklearn's MLP** (documented target): the median of network − MLP over the %d tables "+
			"with a result is %+.3f (goal ≥ 0); network − linear: median %+.3f.\n", len(dMLP), median(dMLP), median(dLin))
	}
	w.printf("\n")
}

func pct(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return 100 * float64(a) / float64(b)
}

func median(v []float64) float64 {
	s := slices.Clone(v)
	slices.Sort(s)
	if len(s) == 0 {
		return math.NaN()
	}
	if len(s)%2 == 1 {
		return s[len(s)/2]
	}
	return (s[len(s)/2-1] + s[len(s)/2]) / 2
}

func writeMemory(w *errWriter, m *memoryResult) {
	w.printf("## 1,000,000 rows\n\n")
	w.printf("`%s`: the generated %s table with %s rows (%.0f MB of CSV), %d epochs", m.Command, memoryTable, thousands(m.Rows),
		float64(m.FileBytes)/1e6, m.Epochs)
	if m.Failed != "" {
		w.printf(" **fails**: %s (peak resident memory %d MiB, %.0f s).\n\n", cell(m.Failed), m.MaxRSSKB/1024, m.Wall.Seconds())
		return
	}
	w.printf(": peak resident memory **%d MiB** (maximum resident set size from /usr/bin/time -v), %.0f s in all.\n\n",
		m.MaxRSSKB/1024, m.Wall.Seconds())
	w.printf("```\n%s\n```\n\n", m.Output)
}

// writeNotes lists the sources of the tables.
func writeNotes(w *errWriter, results []*tableResult) {
	w.printf("## The tables\n\n")
	w.printf("Listed in bench/manifest.json with their documented targets; files in bench/tables, generated ones written by bench/gen_*.go (seeded).\n\n")
	w.printf("| table | documented target | source |\n|---|---|---|\n")
	for _, tr := range results {
		w.printf("| %s | `%s` | %s |\n", tr.E.Name, tr.E.Target, cell(tr.E.Source))
	}
}

// thousands writes n with commas: 1,000,000.
func thousands(n int) string {
	s := strconv.Itoa(n)
	for i := len(s) - 3; i > 0; i -= 3 {
		s = s[:i] + "," + s[i:]
	}
	return s
}
