package main

import (
	"io"
	"os"
	"path/filepath"
	"strconv"
	"testing"

	"github.com/nnplayground/playground/core/datasets"
)

// BenchmarkCLITrain measures `nnplay train` on core/nn's workloads (see
// BenchmarkEpochStats there): the whole command, parsing and preparing the
// data, then epochs with the losses and metrics of both splits after every
// one, as the browser shows them. Each iteration trains benchEpochs epochs.
//
//	go test -run='^$' -bench=CLI ./cmd/nnplay/
func BenchmarkCLITrain(b *testing.B) {
	const benchEpochs = 50
	digits := filepath.Join(b.TempDir(), "digits.csv")
	if err := os.WriteFile(digits, []byte(datasets.DigitsLike()), 0o644); err != nil {
		b.Fatal(err)
	}
	e := strconv.Itoa(benchEpochs)
	for _, w := range []struct {
		name string
		args []string
	}{
		{"spiral500-batch10", []string{"-dataset", "spiral", "-points", "500", "-test-ratio", "0", "-layers", "8,8", "-batch-size", "10"}},
		{"fullbatch1000", []string{"-dataset", "spiral", "-points", "1000", "-test-ratio", "0", "-layers", "8,8", "-batch-size", "0"}},
		{"1797x64-adam", []string{digits, "-test-ratio", "0", "-layers", "32", "-activation", "relu", "-optimizer", "adam",
			"-learning-rate", "0.001", "-batch-size", "32", "-stop-defaults=false"}},
	} {
		b.Run(w.name, func(b *testing.B) {
			args := append([]string{"train", "-quiet", "-epochs", e}, w.args...)
			for b.Loop() {
				if code := run(args, io.Discard, io.Discard); code != 0 {
					b.Fatalf("exit %d", code)
				}
			}
			b.ReportMetric(float64(b.N*benchEpochs)/b.Elapsed().Seconds(), "epochs/s")
		})
	}
}
