package data

import (
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
