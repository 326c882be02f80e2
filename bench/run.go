package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"time"
)

// nnResult is what we read of `nnplay train -report`.
type nnResult struct {
	Summary struct {
		Text   string `json:"text"`
		Target string `json:"target"`
		Task   string `json:"task"`
		Rows   int    `json:"rows"`
		Train  int    `json:"train"`
		Valid  int    `json:"valid"`
		Test   int    `json:"test"`
		Inputs []string
	} `json:"summary"`
	// Linear is the page's linear reference (core/baseline) on the same
	// split.
	Linear *struct {
		Model      string  `json:"model"`
		TestMetric float64 `json:"testMetric"`
		Seconds    float64 `json:"seconds"`
		Error      string  `json:"error"`
	} `json:"linear"`
	Notes  []string `json:"notes"`
	Metric string   `json:"metric"`
	Epoch  int      `json:"epoch"`
	Epochs int      `json:"epochs"`
	Stop   *struct {
		Epoch int `json:"epoch"`
	} `json:"stop"`
	Final struct {
		TestMetric float64 `json:"testMetric"`
	} `json:"final"`
	LoadSeconds  float64 `json:"loadSeconds"`
	TrainSeconds float64 `json:"trainSeconds"`
	Error        string  `json:"error"`
}

// skResult is what sklearn_ref.py prints.
type skResult struct {
	Linear skModel `json:"linear"`
	MLP    skModel `json:"mlp"`
}

type skModel struct {
	Model   string  `json:"model"`
	Metric  float64 `json:"metric"`
	Seconds float64 `json:"seconds"`
}

// pathResult is one path through one table: the network's run with the
// page's seed (1) and sklearn's references on its split, and the runs with
// other seeds (other splits and initial weights), if any.
type pathResult struct {
	Path    string // "default" or "documented"
	NN      *nnResult
	Wall    time.Duration // the whole nnplay command
	Failure string        // nnplay's message when it failed
	SK      *skResult
	SKErr   string
	More    []*pathResult // seeds 2, 3, …
}

// means returns the means over the seeds of the network's test metric and
// sklearn's linear model's and MLP's, and the network's metric of each seed;
// ok is false unless every seed has all three.
func (p *pathResult) means() (nn, lin, mlp float64, each []float64, ok bool) {
	runs := append([]*pathResult{p}, p.More...)
	for _, q := range runs {
		if q.NN == nil || q.SK == nil {
			return 0, 0, 0, nil, false
		}
		nn += q.NN.Final.TestMetric
		lin += q.SK.Linear.Metric
		mlp += q.SK.MLP.Metric
		each = append(each, q.NN.Final.TestMetric)
	}
	n := float64(len(runs))
	return nn / n, lin / n, mlp / n, each, true
}

// runner runs the suite's commands.
type runner struct {
	nnplay, python, script string
	work                   string
	epochs                 int
	seeds, seedRows        int // seeds per path for tables of fewer than seedRows rows
}

// train runs nnplay on table with extra flags, writing the split and the
// report under dir, then sklearn on the split.
func (r *runner) train(table, dir, path string, extra ...string) *pathResult {
	res := &pathResult{Path: path}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		res.Failure = err.Error()
		return res
	}
	split, report := filepath.Join(dir, "split"), filepath.Join(dir, "report.json")
	os.RemoveAll(split)
	os.Remove(report)
	args := append([]string{"train", "-quiet", "-epochs", fmt.Sprint(r.epochs), "-write-split", split, "-report", report}, extra...)
	args = append(args, table)
	cmd := exec.Command(r.nnplay, args...)
	var out bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &out
	start := time.Now()
	err := cmd.Run()
	res.Wall = time.Since(start)
	os.WriteFile(filepath.Join(dir, "nnplay.txt"), out.Bytes(), 0o644)
	if b, rerr := os.ReadFile(report); rerr == nil {
		res.NN = new(nnResult)
		if jerr := json.Unmarshal(b, res.NN); jerr != nil {
			res.NN, res.Failure = nil, jerr.Error()
		}
	}
	if err != nil && res.NN == nil {
		res.Failure = lastLine(out.String())
		return res
	}
	switch {
	case res.NN == nil:
	case res.NN.Summary.Test == 0:
		res.SKErr = "no test rows"
	default:
		res.SK, res.SKErr = r.sklearn(split, res.NN.Summary.Task)
	}
	return res
}

// sklearn runs sklearn_ref.py on the split in dir.
func (r *runner) sklearn(dir, task string) (*skResult, string) {
	cmd := exec.Command(r.python, r.script, dir, task)
	var out, errOut bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errOut
	if err := cmd.Run(); err != nil {
		return nil, fmt.Sprintf("%v: %s", err, lastLine(errOut.String()))
	}
	sk := new(skResult)
	if err := json.Unmarshal(out.Bytes(), sk); err != nil {
		return nil, err.Error()
	}
	return sk, ""
}

func lastLine(s string) string {
	s = strings.TrimSpace(s)
	if i := strings.LastIndexByte(s, '\n'); i >= 0 {
		s = s[i+1:]
	}
	return s
}
