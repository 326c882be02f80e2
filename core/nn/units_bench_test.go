package nn

import (
	"testing"

	"github.com/nnplayground/playground/core/data"
)

// BenchmarkUnitScan measures the coach's unit check on a spiral-sized
// network (2→8→8→1 tanh, 500 rows): "stats" is Stats alone, "stats+scan"
// Stats recording the hidden units on its pass (what the coach asks for
// every UnitEvery epochs), "own-pass" the coach's own forward pass when
// the caller did not call Stats.
func BenchmarkUnitScan(b *testing.B) {
	ds := randomDataset(data.Binary, 500, 2, 2, 1)
	ds.Test = data.Split{}
	tr, err := NewTrainer(ds, Config{Hidden: []int{8, 8}, BatchSize: 10, Seed: 1})
	if err != nil {
		b.Fatal(err)
	}
	var u unitStats
	for _, bm := range []struct {
		name string
		run  func()
	}{
		{"stats", func() { tr.statsOK = false; tr.Stats() }},
		{"stats+scan", func() { tr.statsOK = false; tr.units = &u; tr.Stats() }},
		{"own-pass", func() { tr.measureUnits(&u) }},
	} {
		b.Run(bm.name, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				bm.run()
			}
		})
	}
}
