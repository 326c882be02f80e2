package main

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"

	"github.com/nnplayground/playground/core/nn"
	"github.com/nnplayground/playground/core/session"
)

// A crafted model file (32 MB: one categorical column of 1,000,000
// categories, so 1,000,000 inputs) passes the model checks, but predicting
// 1,000 rows with it would take 8 GB: nnplay predict refuses it with an
// error naming the limit, before allocating, instead of running out of
// memory.
func TestCraftedModelRefused(t *testing.T) {
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
	os.WriteFile(table, []byte("c,y\n"+strings.Repeat("7,1\n", 1000)), 0o644)

	var before, after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	code, _, errs := nnplay(t, "predict", "-model", model, table)
	runtime.ReadMemStats(&after)
	if code == 0 || !strings.Contains(errs, "limit") {
		t.Fatalf("predict: exit %d, %q; want a refusal naming the limit", code, errs)
	}
	alloc := after.TotalAlloc - before.TotalAlloc
	t.Logf("%d MB model file refused after %d MB allocated: %s", len(b)>>20, alloc>>20, strings.TrimSpace(errs))
	if alloc > 1<<30 {
		t.Errorf("allocated %d MB before refusing", alloc>>20)
	}
}
