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
// or − 0.02 R².
const (
	tolAccuracy = 0.01
	tolR2       = 0.02
)

// env is where and when the suite ran.
type env struct {
	Date, Commit, Go, Sklearn, Load, Command string
	Took                                     time.Duration
	Seeds, SeedRows                          int
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

func writeMarkdown(path string, e env, results []*tableResult, mem []*memoryResult) error {
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
	writeSaid(w, results)
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
	w.printf("Each table is trained by `nnplay train` as the page trains a pasted table (`session.Pasted` on "+
		"`session.Default()`: the page's settings, target guess, preparation, validation share and stop rules), "+
		"until the page's stop rules end training. Two paths: **default** (the guessed target) and **documented** "+
		"(`-target` set to the table's documented target; one row when the guess is that target). "+
		"`nnplay -write-split` writes the prepared rows, and scikit-learn's LogisticRegression or Ridge and "+
		"MLPClassifier or MLPRegressor with their default settings (random_state=1) are fitted on the same "+
		"training and validation rows and scored on the same test rows (bench/sklearn_ref.py). "+
		"The metric is test accuracy for classes and test R² for regression. "+
		"Tables of fewer than %s rows run with seeds 1 to %d (`-seed`: the split and the initial weights; the page's is 1): "+
		"the network's column gives the mean and, in brackets, the lowest and highest; sklearn's and the page's linear model "+
		"columns give the means over the same splits; the goal column compares the means. Larger tables run seed 1. "+
		"Epochs and times are seed 1's: the network's load and training (the whole command in brackets), and each "+
		"sklearn model's fit.\n\n", thousands(e.SeedRows), e.Seeds)
}

func writeTable(w *errWriter, results []*tableResult) {
	w.printf("| table | path | target | task | rows (train/valid/test) | network | seeds | epochs (stop→best) | time s | page's linear | sklearn linear | sklearn MLP | ≥ linear − tol |\n")
	w.printf("|---|---|---|---|---|---|---|---|---|---|---|---|---|\n")
	for _, tr := range results {
		for _, p := range tr.Paths {
			path := p.Path
			if tr.Same {
				path = "default = documented"
			}
			if p.NN == nil {
				w.printf("| %s | %s | | | | fails: %s | | | %.1f | | | | ✗ |\n", tr.E.Name, path, cell(p.Failure), p.Wall.Seconds())
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
			net := fmt.Sprintf("**%.3f** %s", n.Final.TestMetric, metricName(n.Metric))
			lin, mlp, goal := "", "", ""
			if p.SK != nil {
				nnMean, linMean, mlpMean, each, ok := p.means()
				if !ok { // a seed failed: seed 1 alone
					nnMean, linMean, mlpMean = n.Final.TestMetric, p.SK.Linear.Metric, p.SK.MLP.Metric
				} else if len(each) > 1 {
					net = fmt.Sprintf("**%.3f** %s (%.3f–%.3f)", nnMean, metricName(n.Metric), slices.Min(each), slices.Max(each))
				}
				lin = fmt.Sprintf("%.3f (%s, %.2f s)", linMean, p.SK.Linear.Model, p.SK.Linear.Seconds)
				mlp = fmt.Sprintf("%.3f (%.1f s)", mlpMean, p.SK.MLP.Seconds)
				goal = "✓"
				if d := nnMean - linMean; d < -tolerance(s.Task) {
					goal = fmt.Sprintf("✗ (%+.3f)", d)
				}
			} else if p.SKErr != "" {
				lin = "none: " + cell(p.SKErr)
			}
			w.printf("| %s | %s | %s | %s | %d (%d/%d/%d) | %s | %d | %s | %.2f + %.2f (%.1f) | %s | %s | %s | %s |\n",
				tr.E.Name, path, cell(s.Target), s.Task, s.Rows, s.Train, s.Valid, s.Test, net, 1+len(p.More),
				stop, n.LoadSeconds, n.TrainSeconds, p.Wall.Seconds(), pageLinear(p), lin, mlp, goal)
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

// pageLinear returns the test metric of the page's linear reference (the
// mean over the seeds) and its fitting time with seed 1.
func pageLinear(p *pathResult) string {
	n := p.NN
	switch {
	case n.Linear == nil:
		return ""
	case n.Linear.Error != "":
		return "none: " + cell(n.Linear.Error)
	}
	sum, k := 0.0, 0
	for _, q := range append([]*pathResult{p}, p.More...) {
		if q.NN != nil && q.NN.Linear != nil && q.NN.Linear.Error == "" {
			sum, k = sum+q.NN.Linear.TestMetric, k+1
		}
	}
	return fmt.Sprintf("%.3f (%s, %.3f s)", sum/float64(k), n.Linear.Model, n.Linear.Seconds)
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

// writeGoals writes how the suite meets the goals (see doc.go).
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
	var met, met1, n1 int
	var below []string
	var dMLP, dLin []float64
	for _, tr := range results {
		p := tr.documented()
		nnMean, linMean, mlpMean, _, found := p.means()
		if !found {
			below = append(below, tr.E.Name+" (no result)")
			continue
		}
		if p.SK != nil {
			n1++
			if p.NN.Final.TestMetric-p.SK.Linear.Metric >= -tolerance(p.NN.Summary.Task) {
				met1++
			}
		}
		d := nnMean - linMean
		dLin = append(dLin, d)
		dMLP = append(dMLP, nnMean-mlpMean)
		if d >= -tolerance(p.NN.Summary.Task) {
			met++
		} else {
			below = append(below, fmt.Sprintf("%s (%+.3f)", tr.E.Name, d))
		}
	}
	w.printf("- **At least the linear model − 0.01 accuracy or − 0.02 R²** (documented target, means over the seeds): %d of %d tables.", met, n)
	if len(below) > 0 {
		w.printf(" Below: %s.", strings.Join(below, "; "))
	}
	w.printf(" With seed 1 alone (the page's split and weights): %d of %d.\n", met1, n1)
	if len(dMLP) > 0 {
		w.printf("- **Median at least sklearn's MLP** (documented target, means over the seeds): the median of network − MLP over the %d tables "+
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

func writeMemory(w *errWriter, ms []*memoryResult) {
	if len(ms) > 0 {
		w.printf("## %s rows\n\n", thousands(ms[0].Rows))
	}
	w.printf("Peak resident memory is the maximum resident set size that /usr/bin/time -v reports; " +
		"it does not grow with the epochs (the run keeps one line of statistics per epoch).\n\n")
	for _, m := range ms {
		w.printf("- `%s`: the generated %s table with %s rows (%.0f MB of CSV), %d epochs", m.Command, m.Table, thousands(m.Rows),
			float64(m.FileBytes)/1e6, m.Epochs)
		if m.Failed != "" {
			w.printf(" **fails**: %s (peak resident memory %d MiB, %.0f s).\n", cell(m.Failed), m.MaxRSSKB/1024, m.Wall.Seconds())
			continue
		}
		w.printf(": peak resident memory **%d MiB**, %.1f s in all.\n\n", m.MaxRSSKB/1024, m.Wall.Seconds())
		w.printf("  ```\n")
		for _, l := range strings.Split(m.Output, "\n") {
			w.printf("  %s\n", l)
		}
		w.printf("  ```\n")
	}
	w.printf("\n")
}

// writeSaid writes what the page says about each table (seed 1, the
// default path): the summary line and the notes.
func writeSaid(w *errWriter, results []*tableResult) {
	w.printf("## What the page says\n\n")
	w.printf("The summary and its notes for each table as loaded (seed 1), as `nnplay train` prints them: with the guessed " +
		"target, and with the documented one when the guess differs.\n\n")
	for _, tr := range results {
		for i, p := range tr.Paths {
			name := "**" + tr.E.Name + "**"
			if i > 0 {
				name = "**" + tr.E.Name + "**, documented target"
			}
			if p.NN == nil {
				w.printf("- %s: fails: %s\n", name, p.Failure)
				continue
			}
			w.printf("- %s: predicting `%s`: %s\n", name, p.NN.Summary.Target, p.NN.Summary.Text)
			for _, n := range p.NN.Notes {
				w.printf("  - %s\n", n)
			}
		}
	}
	w.printf("\n")
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
