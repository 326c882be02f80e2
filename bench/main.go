package main

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"time"
)

func main() {
	var (
		manifestPath = flag.String("manifest", "bench/manifest.json", "the suite's manifest")
		nnplay       = flag.String("nnplay", "", "the nnplay binary (make bench-tables builds it)")
		python       = flag.String("python", "/usr/bin/python3", "a Python with Debian's python3-sklearn")
		work         = flag.String("work", ".bench", "folder for generated tables, splits and reports")
		out          = flag.String("out", "docs/bench-tables.md", "the results, as Markdown")
		epochs       = flag.Int("epochs", 20000, "epoch limit of a run (the page's stop rules end it before)")
		only         = flag.String("only", "", "run only the tables whose name matches this regular expression")
		memRows      = flag.Int("memory-rows", 1000000, "rows of the generated table for the memory run (0: none)")
		memEpochs    = flag.Int("memory-epochs", 3, "epochs of the memory run")
		command      = flag.String("command", "make bench-tables", "the command to name in the results")
	)
	flag.Parse()
	if err := run(*manifestPath, *nnplay, *python, *work, *out, *epochs, *only, *memRows, *memEpochs, *command); err != nil {
		fmt.Fprintln(os.Stderr, "bench-tables:", err)
		os.Exit(1)
	}
}

func run(manifestPath, nnplay, python, work, out string, epochs int, only string, memRows, memEpochs int, command string) error {
	if nnplay == "" {
		return fmt.Errorf("give -nnplay, the nnplay binary")
	}
	m, err := readManifest(manifestPath)
	if err != nil {
		return err
	}
	match, err := regexp.Compile(only)
	if err != nil {
		return err
	}
	r := &runner{nnplay: nnplay, python: python, script: filepath.Join(m.dir, "sklearn_ref.py"), work: work, epochs: epochs}
	start := time.Now()
	var results []*tableResult
	for _, e := range m.Tables {
		if !match.MatchString(e.Name) {
			continue
		}
		fmt.Fprintf(os.Stderr, "%s ...", e.Name)
		tr, err := runTable(m, r, e)
		if err != nil {
			return err
		}
		results = append(results, tr)
		fmt.Fprintf(os.Stderr, " %s\n", tr.brief())
	}
	var mem *memoryResult
	if memRows > 0 {
		fmt.Fprintf(os.Stderr, "memory: %d rows ...", memRows)
		if mem, err = measureMemory(r, memRows, memEpochs); err != nil {
			return err
		}
		fmt.Fprintf(os.Stderr, " %d MiB\n", mem.MaxRSSKB/1024)
	}
	env := environment(python, command, time.Since(start))
	return writeMarkdown(out, env, results, mem)
}

// tableResult is one table's paths: the default (the guessed target) and,
// when the guess differs, the documented target.
type tableResult struct {
	E     entry
	Paths []*pathResult
	Same  bool // the guess is the documented target: one path
}

func runTable(m *manifest, r *runner, e entry) (*tableResult, error) {
	if err := m.materialize(e, r.work); err != nil {
		return nil, err
	}
	table := m.path(e, r.work)
	dir := filepath.Join(r.work, "runs", e.Name)
	tr := &tableResult{E: e}
	def := r.train(table, filepath.Join(dir, "default"), "default")
	tr.Paths = append(tr.Paths, def)
	if def.NN != nil && def.NN.Summary.Target == e.Target {
		tr.Same = true
		return tr, nil
	}
	tr.Paths = append(tr.Paths, r.train(table, filepath.Join(dir, "documented"), "documented", "-target", e.Target))
	return tr, nil
}

// documented returns the path that predicts the documented target.
func (tr *tableResult) documented() *pathResult { return tr.Paths[len(tr.Paths)-1] }

func (tr *tableResult) brief() string {
	var parts []string
	for _, p := range tr.Paths {
		switch {
		case p.NN == nil:
			parts = append(parts, p.Path+": fails")
		case p.SK == nil:
			parts = append(parts, fmt.Sprintf("%s: %s %.3f", p.Path, p.NN.Summary.Target, p.NN.Final.TestMetric))
		default:
			parts = append(parts, fmt.Sprintf("%s: %s %.3f (linear %.3f, MLP %.3f)", p.Path, p.NN.Summary.Target,
				p.NN.Final.TestMetric, p.SK.Linear.Metric, p.SK.MLP.Metric))
		}
	}
	return strings.Join(parts, "; ")
}
