package main

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/nnplayground/playground/core/data"
	"github.com/nnplayground/playground/core/nn"
	"github.com/nnplayground/playground/core/session"
	"github.com/nnplayground/playground/internal/alloctest"
)

// craftedModel writes a regression model file of cols categorical columns
// of cats categories each ("0", "1", …): cols × cats inputs, one output.
func craftedModel(t *testing.T, dir string, cols, cats int) (string, int) {
	t.Helper()
	s := session.Pasted(session.Default(), "c,y\na,1.5\nb,2.25\nc,3.125\na,4.5\nb,5.75\nc,6.625\n")
	s.Target = "y" // a regression: one output
	ss, err := session.Build(s)
	if err != nil {
		t.Fatal(err)
	}
	m := ss.Trainer.Model()
	p := *m.Prep
	proto := p.Columns[0]
	p.Columns, p.Inputs = nil, nil
	for c := range cols {
		col := proto
		col.Name = fmt.Sprintf("c%d", c)
		col.Categories = make([]string, cats)
		for i := range cats {
			col.Categories[i] = fmt.Sprint(i)
			p.Inputs = append(p.Inputs, col.Name+"="+col.Categories[i])
		}
		p.Columns = append(p.Columns, col)
	}
	inputs := cols * cats
	p.Shift, p.Scale = make([]float64, inputs), make([]float64, inputs)
	for i := range p.Scale {
		p.Scale[i] = 1
	}
	m.Prep = &p
	m.Network = nn.NewNetwork([]int{inputs, 1}, m.Network.Act, m.Network.Out)
	b, err := json.Marshal(m)
	if err != nil {
		t.Fatal(err)
	}
	name := filepath.Join(dir, fmt.Sprintf("m%d.json", cols))
	os.WriteFile(name, b, 0o644)
	return name, len(b)
}

// A crafted model file (24 MB: one categorical column of 1,000,000
// categories, so 1,000,000 inputs) passed the model checks, and predicting
// 1,000 rows with it took 8 GB ("fatal error: out of memory"). No
// playground writes a column of more than data.MaxCategories categories:
// the file is refused from its structure, before it is decoded (decoding
// it cost 362 MB). Stated bound: 3 times the file allocated (reading it).
func TestCraftedModelRefused(t *testing.T) {
	dir := t.TempDir()
	model, size := craftedModel(t, dir, 1, 1_000_000)
	table := filepath.Join(dir, "t.csv")
	os.WriteFile(table, []byte("c0,y\n"+strings.Repeat("7,1\n", 1000)), 0o644)
	var code int
	var errs string
	alloc, d := alloctest.Measure(func() { code, _, errs = nnplay(t, "predict", "-model", model, table) })
	t.Logf("%d MB model file refused in %v, %d MB allocated: %s", size>>20, d.Round(time.Millisecond), alloc>>20, strings.TrimSpace(errs))
	if code == 0 || !strings.Contains(errs, "categories") {
		t.Errorf("predict: exit %d, %q; want a refusal naming the categories", code, errs)
	}
	if alloc > 3*uint64(size) {
		t.Errorf("allocated %d MB before refusing a %d MB file: past 3 times the file", alloc>>20, size>>20)
	}
}

// A model file within the limits can still have 1,000,000 inputs (1,000
// columns of 1,000 categories): nnplay predict streams, a row at a time.
// Stated bounds: reading the model allocates at most 16 times the file,
// and 25 rows hold at most 16 MB more than 5 rows do (measured after a
// collection at the end of each chunk; the model's categories take about
// 130 MB).
func TestWideModelStreams(t *testing.T) {
	dir := t.TempDir()
	model, size := craftedModel(t, dir, data.MaxCategories, data.MaxCategories)
	var err error
	alloc, read := alloctest.Measure(func() { _, err = readModel(model) })
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("%d MB model file read in %v, %d MB allocated", size>>20, read.Round(time.Millisecond), alloc>>20)
	if alloc > 16*uint64(size) {
		t.Errorf("reading the %d MB model allocated %d MB: past 16 times the file", size>>20, alloc>>20)
	}
	header := make([]string, data.MaxCategories)
	row := make([]string, data.MaxCategories)
	for c := range header {
		header[c], row[c] = fmt.Sprintf("c%d", c), fmt.Sprint(c%10)
	}
	table := filepath.Join(dir, "t.csv")
	var peaks [2]uint64
	for i, rows := range []int{5, 25} {
		os.WriteFile(table, []byte(strings.Join(header, ",")+",y\n"+strings.Repeat(strings.Join(row, ",")+",1\n", rows)), 0o644)
		var code int
		var errs string
		peak, d := livePeak(func() {
			code, _, errs = nnplay(t, "predict", "-model", model, "-o", filepath.Join(dir, "p.csv"), table)
		})
		if code != 0 {
			t.Fatalf("predict: exit %d, %q", code, errs)
		}
		peaks[i] = peak
		t.Logf("%d rows through 1,000,000 inputs: %v (a collection after each row), at most %d MB in use", rows, d.Round(time.Millisecond), peak>>20)
	}
	if peaks[1] > peaks[0]+16<<20 {
		t.Errorf("25 rows: %d MB in use, 5 rows: %d MB", peaks[1]>>20, peaks[0]>>20)
	}
}
