package data

import (
	"flag"
	"fmt"
	"hash/fnv"
	"math"
	"os"
	"strings"
	"testing"
)

var update = flag.Bool("update", false, "rewrite testdata/auto-golden.txt (natively)")

// The version-3 rules give the same numbers natively and under GOOS=js:
// testdata/auto-golden.txt holds, written natively with -update, a hash
// of every bit of a prepared messy table (inputs, targets, preprocessor
// statistics) and its summary and notes; both builds must match it.
func TestAutoGolden(t *testing.T) {
	const name = "testdata/auto-golden.txt"
	tb := mustParse(t, messyTable(3000))
	ds, err := Prepare(tb, Spec{Target: "rating", Auto: true, Leaks: true, Missing: Impute, TestRatio: 0.2, ValidRatio: 0.2, Seed: 7})
	if err != nil {
		t.Fatal(err)
	}
	h := fnv.New64a()
	bits := func(v []float64) {
		for _, x := range v {
			fmt.Fprintf(h, "%016x", math.Float64bits(x))
		}
	}
	for _, sp := range []Split{ds.Train, ds.Valid, ds.Test} {
		bits(sp.X)
		bits(sp.Y)
	}
	bits(ds.Prep.Shift)
	bits(ds.Prep.Scale)
	for _, c := range ds.Prep.Columns {
		bits([]float64{c.Fill, float64(c.FillIndex)})
	}
	var b strings.Builder
	fmt.Fprintf(&b, "%016x\n%s\n", h.Sum64(), ds.Summary())
	for _, n := range ds.Notes {
		fmt.Fprintf(&b, "%+v\n", n)
	}
	got := b.String()
	if *update {
		if err := os.WriteFile(name, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(name)
	if err != nil {
		t.Fatal(err)
	}
	if got != string(want) {
		t.Errorf("prepared table differs from %s:\ngot\n%s\nwant\n%s", name, got, want)
	}
}
