package main

import (
	"encoding/json"
	"io"
	"os"
	"path/filepath"
	"strconv"
	"time"

	"github.com/nnplayground/playground/core/baseline"
	"github.com/nnplayground/playground/core/data"
	"github.com/nnplayground/playground/core/nn"
	"github.com/nnplayground/playground/core/session"
)

// runReport is what -report writes: the session's summary as the page gets
// it, how training went, and the linear reference. The benchmark of tables (make bench-tables)
// reads it.
type runReport struct {
	Source  string           `json:"source"`
	Summary *session.Summary `json:"summary"`
	Notes   []string         `json:"notes,omitempty"` // the summary's notes in English, as train prints them
	Metric  string           `json:"metric"`          // "accuracy" or "R²"
	// Epoch is the epoch of the final weights (the restored one after an
	// early stop); Epochs is how many were trained.
	Epoch  int      `json:"epoch"`
	Epochs int      `json:"epochs"`
	Stop   *nn.Stop `json:"stop,omitempty"` // nil: the -epochs limit ended training (or an error did)
	Final  nn.Stats `json:"final"`          // the stats of the final weights
	// LoadSeconds is parsing and preparing the table and building the
	// network; TrainSeconds the epochs with their stats.
	LoadSeconds  float64 `json:"loadSeconds"`
	TrainSeconds float64 `json:"trainSeconds"`
	Error        string  `json:"error,omitempty"` // what stopped training (an explosion), if anything
	// Linear is the page's linear reference (core/baseline) fitted on the
	// same training rows.
	Linear *linearReport `json:"linear,omitempty"`
}

// linearReport is core/baseline's model on the session's split: its kind
// ("ridge", "logistic", "logistic-ovr"), test metric and fitting time.
type linearReport struct {
	Model      string  `json:"model"`
	TestMetric float64 `json:"testMetric"`
	Seconds    float64 `json:"seconds"`
	Error      string  `json:"error,omitempty"`
}

// fitLinear fits core/baseline's linear model on ds's training rows and
// scores it on the test rows.
func fitLinear(ds *data.Dataset) *linearReport {
	start := time.Now()
	m, err := baseline.Fit(ds)
	if err != nil {
		return &linearReport{Error: err.Error()}
	}
	return &linearReport{Model: m.Name(), TestMetric: m.Score(&ds.Test), Seconds: time.Since(start).Seconds()}
}

// writeReport writes r as indented JSON to name.
func writeReport(name string, r *runReport) error {
	return writeFile(name, func(w io.Writer) error {
		enc := json.NewEncoder(w)
		enc.SetIndent("", "  ")
		return enc.Encode(r)
	})
}

// writeSplit writes the prepared rows of ds to dir/train.csv, valid.csv
// (when there is a validation split) and test.csv: the network's inputs as
// it gets them (normalized, one-hot, imputed: ds.Inputs) and last "y", the
// prepared target (the class index for classification), so that another
// library can fit the very same rows.
func writeSplit(dir string, ds *data.Dataset) error {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	for _, sp := range []struct {
		name  string
		split *data.Split
	}{{"train", &ds.Train}, {"valid", &ds.Valid}, {"test", &ds.Test}} {
		if sp.name == "valid" && sp.split.N == 0 {
			continue
		}
		name := filepath.Join(dir, sp.name+".csv")
		if err := writeFile(name, func(w io.Writer) error { return writeSplitCSV(w, ds, sp.split) }); err != nil {
			return err
		}
	}
	return nil
}

func writeSplitCSV(w io.Writer, ds *data.Dataset, sp *data.Split) error {
	head := append(append([]string(nil), ds.Inputs...), "y")
	buf := data.AppendCSVRecord(nil, head)
	rec := make([]string, ds.Dim+1)
	f := func(v float64) string { return strconv.FormatFloat(v, 'g', -1, 64) }
	for r := range sp.N {
		for j, v := range sp.X[r*ds.Dim : (r+1)*ds.Dim] {
			rec[j] = f(v)
		}
		y := sp.Y[r*ds.Out : (r+1)*ds.Out]
		if ds.Task == data.Multiclass {
			rec[ds.Dim] = strconv.Itoa(nn.Class(y))
		} else {
			rec[ds.Dim] = f(y[0])
		}
		buf = data.AppendCSVRecord(buf, rec)
		if len(buf) > 1<<16 {
			if _, err := w.Write(buf); err != nil {
				return err
			}
			buf = buf[:0]
		}
	}
	_, err := w.Write(buf)
	return err
}
