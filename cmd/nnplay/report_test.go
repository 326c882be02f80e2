package main

import (
	"encoding/csv"
	"encoding/json"
	"math"
	"os"
	"path/filepath"
	"strconv"
	"testing"

	"github.com/nnplayground/playground/core/data"
	"github.com/nnplayground/playground/core/session"
)

// -write-split writes the rows the network trains and is tested on, as
// session.Build prepares them, bit for bit; -report writes the summary and
// the final stats that the output prints.
func TestWriteSplitAndReport(t *testing.T) {
	iris := irisFile(t)
	dir := t.TempDir()
	split, report := filepath.Join(dir, "split"), filepath.Join(dir, "r.json")
	code, out, errs := nnplay(t, "train", "-epochs", "40", "-quiet", "-write-split", split, "-report", report, iris)
	if code != 0 {
		t.Fatalf("exit %d\n%s%s", code, out, errs)
	}
	text, _ := os.ReadFile(iris)
	ss, err := session.Build(session.Pasted(session.Default(), string(text)))
	if err != nil {
		t.Fatal(err)
	}
	ds := ss.Data
	for name, sp := range map[string]*data.Split{"train": &ds.Train, "valid": &ds.Valid, "test": &ds.Test} {
		rows := readCSV(t, filepath.Join(split, name+".csv"))
		if len(rows) != sp.N+1 || len(rows[0]) != ds.Dim+1 || rows[0][ds.Dim] != "y" {
			t.Fatalf("%s.csv: %d rows × %d columns (header %q), want %d × %d", name, len(rows), len(rows[0]), rows[0], sp.N+1, ds.Dim+1)
		}
		for r := range sp.N {
			for j := range ds.Dim {
				v, err := strconv.ParseFloat(rows[r+1][j], 64)
				if err != nil || math.Float64bits(v) != math.Float64bits(sp.X[r*ds.Dim+j]) {
					t.Fatalf("%s.csv row %d column %d: %q, want %v", name, r+1, j, rows[r+1][j], sp.X[r*ds.Dim+j])
				}
			}
			if want := strconv.Itoa(classOf(sp.Y[r*ds.Out : (r+1)*ds.Out])); rows[r+1][ds.Dim] != want {
				t.Fatalf("%s.csv row %d: y %q, want %s", name, r+1, rows[r+1][ds.Dim], want)
			}
		}
	}
	b, err := os.ReadFile(report)
	if err != nil {
		t.Fatal(err)
	}
	var r runReport
	if err := json.Unmarshal(b, &r); err != nil {
		t.Fatal(err)
	}
	if r.Summary.Target != ds.Target || r.Summary.Valid != ds.Valid.N || r.Metric != "accuracy" || r.Epochs < 1 || r.Epochs > 40 ||
		r.Final.Epoch != r.Epoch || !(r.Final.TestMetric > 0.5) || !(r.TrainSeconds > 0) ||
		r.Linear == nil || r.Linear.Model != "logistic-ovr" || !(r.Linear.TestMetric > 0.8) {
		t.Errorf("report: %s", b)
	}
}

// classOf returns the index of the one in a one-hot row.
func classOf(y []float64) int {
	for k, v := range y {
		if v == 1 {
			return k
		}
	}
	return -1
}

func readCSV(t *testing.T, name string) [][]string {
	t.Helper()
	f, err := os.Open(name)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	rows, err := csv.NewReader(f).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	return rows
}
