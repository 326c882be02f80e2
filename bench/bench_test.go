package main

import (
	"bytes"
	"encoding/csv"
	"math"
	"os"
	"path/filepath"
	"slices"
	"testing"
)

// readTable reads a CSV file whole: its header and rows.
func readTable(t *testing.T, path string) (head []string, rows [][]string) {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	recs, err := csv.NewReader(f).ReadAll()
	if err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	if len(recs) < 2 {
		t.Fatalf("%s: %d records, want a header and rows", path, len(recs))
	}
	return recs[0], recs[1:]
}

// The manifest parses, and each table exists (or its generator writes it,
// here with 300 rows), reads as CSV with the same number of fields in
// every row, and has its documented target among its columns.
func TestManifest(t *testing.T) {
	m, err := readManifest("manifest.json")
	if err != nil {
		t.Fatal(err)
	}
	if len(m.Tables) < 10 {
		t.Fatalf("%d tables in the manifest", len(m.Tables))
	}
	work := t.TempDir()
	for _, e := range m.Tables {
		t.Run(e.Name, func(t *testing.T) {
			if e.Generate != "" {
				e.Rows = 300
				if err := m.materialize(e, work); err != nil {
					t.Fatal(err)
				}
			}
			head, rows := readTable(t, m.path(e, work))
			if !slices.Contains(head, e.Target) {
				t.Errorf("documented target %q is not a column of %q", e.Target, head)
			}
			if e.Generate != "" && len(rows) != 300 {
				t.Errorf("%d rows, want 300", len(rows))
			}
		})
	}
}

func TestManifestErrors(t *testing.T) {
	dir := t.TempDir()
	for _, tc := range []struct{ Name, Input string }{
		{"no target", `{"tables":[{"name":"a","file":"a.csv","source":"s"}]}`},
		{"repeated name", `{"tables":[{"name":"a","file":"a.csv","target":"y","source":"s"},{"name":"a","file":"b.csv","target":"y","source":"s"}]}`},
		{"file and generator", `{"tables":[{"name":"a","file":"a.csv","generate":"messy","target":"y","source":"s"}]}`},
		{"unknown generator", `{"tables":[{"name":"a","generate":"nope","target":"y","source":"s"}]}`},
		{"not JSON", `{"tables":[`},
	} {
		t.Run(tc.Name, func(t *testing.T) {
			p := filepath.Join(dir, "m.json")
			os.WriteFile(p, []byte(tc.Input), 0o644)
			if _, err := readManifest(p); err == nil {
				t.Errorf("%s: no error", tc.Input)
			}
		})
	}
}

// The messy table is what the manifest says: the same bytes for the same
// seed, a unique id, a mostly empty column, and a leak (plan_name names
// plan).
func TestMessy(t *testing.T) {
	dir := t.TempDir()
	a, b := filepath.Join(dir, "a.csv"), filepath.Join(dir, "b.csv")
	for _, p := range []string{a, b} {
		if err := generate(p, "messy", 2000, 1); err != nil {
			t.Fatal(err)
		}
	}
	ab, _ := os.ReadFile(a)
	bb, _ := os.ReadFile(b)
	if !bytes.Equal(ab, bb) {
		t.Fatal("two runs with seed 1 differ")
	}
	head, rows := readTable(t, a)
	col := func(name string) int { return slices.Index(head, name) }
	ids, names := map[string]bool{}, map[string]string{}
	empty := 0
	for _, r := range rows {
		ids[r[col("customer_id")]] = true
		if r[col("referral_code")] == "" {
			empty++
		}
		plan, name := r[col("plan")], r[col("plan_name")]
		if prev, ok := names[plan]; ok && prev != name {
			t.Fatalf("plan %s is named %q and %q", plan, prev, name)
		}
		names[plan] = name
	}
	if len(ids) != len(rows) || len(names) != 4 || float64(empty) < 0.85*float64(len(rows)) {
		t.Errorf("%d ids in %d rows, %d plans, %d empty referral codes", len(ids), len(rows), len(names), empty)
	}
}

func TestMeansAndFormats(t *testing.T) {
	run := func(nn, lin, mlp float64) *pathResult {
		p := &pathResult{NN: new(nnResult), SK: &skResult{Linear: skModel{Metric: lin}, MLP: skModel{Metric: mlp}}}
		p.NN.Final.TestMetric = nn
		return p
	}
	p := run(0.9, 0.8, 0.7)
	p.More = []*pathResult{run(0.7, 0.6, 0.5)}
	// Means of two seeds, exact in binary to within rounding: 1e-12.
	nn, lin, mlp, each, ok := p.means()
	if !ok || math.Abs(nn-0.8) > 1e-12 || math.Abs(lin-0.7) > 1e-12 || math.Abs(mlp-0.6) > 1e-12 || len(each) != 2 {
		t.Errorf("means: %v %v %v %v %v", nn, lin, mlp, each, ok)
	}
	p.More = append(p.More, &pathResult{Failure: "x"})
	if _, _, _, _, ok := p.means(); ok {
		t.Error("means of a failed seed: ok")
	}
	for _, tc := range []struct {
		In   []float64
		Want float64
	}{{[]float64{3, 1, 2}, 2}, {[]float64{4, 1, 3, 2}, 2.5}} {
		if got := median(tc.In); got != tc.Want {
			t.Errorf("median(%v) = %v, want %v", tc.In, got, tc.Want)
		}
	}
	for n, want := range map[int]string{7: "7", 1000: "1,000", 53940: "53,940", 1000000: "1,000,000"} {
		if got := thousands(n); got != want {
			t.Errorf("thousands(%d) = %q, want %q", n, got, want)
		}
	}
}
