package main

import (
	"bytes"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
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
		seeds        = flag.Int("seeds", 5, "seeds (1, 2, …: splits and initial weights) per path for tables of fewer than -seed-rows rows")
		seedRows     = flag.Int("seed-rows", 10000, "tables with fewer rows run -seeds seeds; larger ones seed 1 only")
		command      = flag.String("command", "make bench-tables", "the command to name in the results")
	)
	flag.Parse()
	if err := run(*manifestPath, *nnplay, *python, *work, *out, *epochs, *only, *memRows, *memEpochs, *command, *seeds, *seedRows); err != nil {
		fmt.Fprintln(os.Stderr, "bench-tables:", err)
		os.Exit(1)
	}
}

func run(manifestPath, nnplay, python, work, out string, epochs int, only string, memRows, memEpochs int, command string, seeds, seedRows int) error {
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
	r := &runner{nnplay: nnplay, python: python, script: filepath.Join(m.dir, "sklearn_ref.py"), work: work, epochs: epochs,
		seeds: max(1, seeds), seedRows: seedRows}
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
	var mem []*memoryResult
	if memRows > 0 {
		fmt.Fprintf(os.Stderr, "memory: %d rows ...", memRows)
		if mem, err = measureMemory(r, memRows, memEpochs); err != nil {
			return err
		}
		for _, m := range mem {
			fmt.Fprintf(os.Stderr, " %s: %d MiB %s", m.Table, m.MaxRSSKB/1024, m.Failed)
		}
		fmt.Fprintln(os.Stderr)
	}
	env := environment(python, command, time.Since(start))
	env.Seeds, env.SeedRows = r.seeds, r.seedRows
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
	b, err := os.ReadFile(table)
	if err != nil {
		return nil, err
	}
	seeds := 1
	if bytes.Count(b, []byte("\n")) <= r.seedRows {
		seeds = r.seeds
	}
	dir := filepath.Join(r.work, "runs", e.Name)
	tr := &tableResult{E: e}
	path := func(name string, extra ...string) *pathResult {
		p := r.train(table, filepath.Join(dir, name), name, extra...)
		for s := 2; s <= seeds; s++ {
			p.More = append(p.More, r.train(table, filepath.Join(dir, fmt.Sprintf("%s-seed%d", name, s)), name,
				append([]string{"-seed", strconv.Itoa(s)}, extra...)...))
		}
		return p
	}
	def := path("default")
	tr.Paths = append(tr.Paths, def)
	if def.NN != nil && def.NN.Summary.Target == e.Target {
		tr.Same = true
		return tr, nil
	}
	tr.Paths = append(tr.Paths, path("documented", "-target", e.Target))
	return tr, nil
}

// documented returns the path that predicts the documented target.
func (tr *tableResult) documented() *pathResult { return tr.Paths[len(tr.Paths)-1] }

func (tr *tableResult) brief() string {
	var parts []string
	for _, p := range tr.Paths {
		nn, lin, mlp, _, ok := p.means()
		switch {
		case p.NN == nil:
			parts = append(parts, p.Path+": fails")
		case !ok:
			parts = append(parts, fmt.Sprintf("%s: %s %.3f", p.Path, p.NN.Summary.Target, p.NN.Final.TestMetric))
		default:
			parts = append(parts, fmt.Sprintf("%s: %s %.3f (linear %.3f, MLP %.3f; %d seeds)", p.Path, p.NN.Summary.Target,
				nn, lin, mlp, 1+len(p.More)))
		}
	}
	return strings.Join(parts, "; ")
}
