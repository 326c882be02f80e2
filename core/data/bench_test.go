package data

import (
	"fmt"
	"math/rand/v2"
	"strconv"
	"strings"
	"testing"
)

var (
	sinkTable   *Table
	sinkDataset *Dataset
)

func benchParse(b *testing.B, text string) {
	tb, err := Parse(text)
	if err != nil {
		b.Fatal(err)
	}
	rows := tb.Rows()
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		sinkTable, _ = Parse(text)
	}
	b.ReportMetric(float64(rows)*float64(b.N)/b.Elapsed().Seconds(), "rows/s")
}

func BenchmarkParse(b *testing.B) {
	iris := readFile(b, "../datasets/iris.csv")
	big := bigText(100_000)
	b.Run("iris", func(b *testing.B) { benchParse(b, iris) })
	b.Run("100000x10", func(b *testing.B) { benchParse(b, big) })
}

func BenchmarkPrepare(b *testing.B) {
	tb := mustParse(b, bigText(100_000))
	b.ReportAllocs()
	for b.Loop() {
		var err error
		if sinkDataset, err = Prepare(tb, Spec{TestRatio: 0.2}); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(tb.Rows())*float64(b.N)/b.Elapsed().Seconds(), "rows/s")
}

// messyTable is rows of a table as it comes: an id, a timestamp, numbers
// with gaps (one 60 % empty), a 2,000-value category, a small category, a
// whole-number label with 5 values and a leak of it (stars).
func messyTable(rows int) string {
	return genTable(rows,
		gen{"id", func(r int, _ *rand.Rand) string { return strconv.Itoa(100000 + r) }},
		gen{"pickup", func(_ int, rng *rand.Rand) string {
			return fmt.Sprintf("2019-%02d-%02d %02d:%02d:%02d", 1+rng.IntN(12), 1+rng.IntN(28), rng.IntN(24), rng.IntN(60), rng.IntN(60))
		}},
		gen{"distance", sometimes(0.1, uniform(0, 30, 2))},
		gen{"fare", sometimes(0.02, uniform(3, 80, 2))},
		gen{"tolls", sometimes(0.6, uniform(0, 20, 2))},
		gen{"zone", func(_ int, rng *rand.Rand) string { return "z" + strconv.Itoa(int(2000*rng.Float64()*rng.Float64())) }},
		gen{"payment", sometimes(0.03, pick("card", "cash", "app"))},
		gen{"passengers", intIn(1, 6)},
		gen{"rating", func(r int, _ *rand.Rand) string { return strconv.Itoa(1 + (r*31+r/7)%5) }},
		gen{"stars", func(r int, _ *rand.Rand) string { return strings.Repeat("*", 1+(r*31+r/7)%5) }},
	)
}

// Prepare of a 50,000 × 10 messy table with the version-3 rules (Auto,
// Impute): the page's load.
func BenchmarkPrepareAuto(b *testing.B) {
	tb := mustParse(b, messyTable(50_000))
	spec := Spec{Target: "rating", Auto: true, Leaks: true, Missing: Impute, TestRatio: 0.2, ValidRatio: 0.2}
	ds, err := Prepare(tb, spec)
	if err != nil {
		b.Fatal(err)
	}
	b.Logf("%s; notes %+v", ds.Summary(), ds.Notes)
	b.ReportAllocs()
	for b.Loop() {
		tb.profs = profiles{} // as for a table just parsed
		if sinkDataset, err = Prepare(tb, spec); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(tb.Rows())*float64(b.N)/b.Elapsed().Seconds(), "rows/s")
}
