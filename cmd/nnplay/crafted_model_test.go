package main

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
	"time"

	"github.com/nnplayground/playground/core/nn"
	"github.com/nnplayground/playground/core/session"
)

// A crafted model file (32 MB: one categorical column of 1,000,000
// categories, so 1,000,000 inputs) passes the model checks; predicting
// 1,000 rows with it at once would take 8 GB ("fatal error: out of
// memory"). nnplay predict streams: a row of 1,000,000 inputs at a time.
// Stated bounds: reading the model allocates at most 16 times the file,
// and 25 rows hold at most 16 MB more than 5 rows do (measured after a
// collection at the end of each chunk: the model's 1,000,000 categories
// take about 130 MB).
func TestCraftedModelStreams(t *testing.T) {
	const inputs = 1_000_000
	s := session.Pasted(session.Default(), "c,y\na,1.5\nb,2.25\nc,3.125\na,4.5\nb,5.75\nc,6.625\n")
	s.Target = "y" // a regression: one output
	ss, err := session.Build(s)
	if err != nil {
		t.Fatal(err)
	}
	m := ss.Trainer.Model()
	p := *m.Prep
	col := p.Columns[0]
	col.Categories = make([]string, inputs)
	p.Inputs = make([]string, inputs)
	for i := range inputs {
		col.Categories[i] = fmt.Sprint(i)
		p.Inputs[i] = "c=" + col.Categories[i]
	}
	p.Columns = append(p.Columns[:0:0], col)
	p.Shift, p.Scale = make([]float64, inputs), make([]float64, inputs)
	for i := range p.Scale {
		p.Scale[i] = 1
	}
	m.Prep = &p
	out := m.Network.Sizes[len(m.Network.Sizes)-1]
	m.Network = nn.NewNetwork([]int{inputs, out}, m.Network.Act, m.Network.Out)
	b, err := json.Marshal(m)
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	model, table := filepath.Join(dir, "m.json"), filepath.Join(dir, "t.csv")
	os.WriteFile(model, b, 0o644)

	var before, after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	start := time.Now()
	if _, err := readModel(model); err != nil {
		t.Fatal(err)
	}
	read := time.Since(start)
	runtime.ReadMemStats(&after)
	alloc := after.TotalAlloc - before.TotalAlloc
	t.Logf("%d MB model file read in %v, %d MB allocated", len(b)>>20, read.Round(time.Millisecond), alloc>>20)
	if alloc > 16*uint64(len(b)) {
		t.Errorf("reading the %d MB model allocated %d MB: past 16 times the file", len(b)>>20, alloc>>20)
	}
	var peaks [2]uint64
	for i, rows := range []int{5, 25} {
		os.WriteFile(table, []byte("c,y\n"+strings.Repeat("7,1\n", rows)), 0o644)
		var code int
		var errs string
		peak, d := livePeak(func() {
			code, _, errs = nnplay(t, "predict", "-model", model, "-o", filepath.Join(dir, "p.csv"), table)
		})
		if code != 0 {
			t.Fatalf("predict: exit %d, %q", code, errs)
		}
		peaks[i] = peak
		t.Logf("%d rows through 1,000,000 inputs: %v, at most %d MB in use", rows, d.Round(time.Millisecond), peak>>20) // the time includes a collection after each row
	}
	if peaks[1] > peaks[0]+16<<20 {
		t.Errorf("25 rows: %d MB in use, 5 rows: %d MB", peaks[1]>>20, peaks[0]>>20)
	}
}
