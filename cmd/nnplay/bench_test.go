package main

import (
	"io"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

// digitsLike is core/nn's benchmark table: 1,797 rows of 64 pixel values
// 0–16 and ten classes, drawn from a seeded generator.
func digitsLike() string {
	rng := rand.New(rand.NewPCG(64, 10))
	var means [10][64]float64
	for k := range means {
		for j := range means[k] {
			means[k][j] = 16 * rng.Float64()
		}
	}
	var b strings.Builder
	for j := range 64 {
		b.WriteString("p" + strconv.Itoa(j) + ",")
	}
	b.WriteString("digit\n")
	for r := range 1797 {
		k := r % 10
		for j := range 64 {
			v := min(16, max(0, means[k][j]+4*rng.NormFloat64()))
			b.WriteString(strconv.Itoa(int(v)) + ",")
		}
		b.WriteString("d" + strconv.Itoa(k) + "\n")
	}
	return b.String()
}

// BenchmarkCLITrain measures `nnplay train` on core/nn's workloads (see
// BenchmarkEpochStats there): the whole command, parsing and preparing the
// data, then epochs with the losses and metrics of both splits after every
// one, as the browser shows them. Each iteration trains benchEpochs epochs.
//
//	go test -run='^$' -bench=CLI ./cmd/nnplay/
func BenchmarkCLITrain(b *testing.B) {
	const benchEpochs = 50
	digits := filepath.Join(b.TempDir(), "digits.csv")
	if err := os.WriteFile(digits, []byte(digitsLike()), 0o644); err != nil {
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
			"-learning-rate", "0.001", "-batch-size", "32"}},
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
