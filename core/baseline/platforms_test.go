package baseline_test

import (
	"fmt"
	"hash/fnv"
	"math"
	"testing"

	"github.com/nnplayground/playground/core/baseline"
	"github.com/nnplayground/playground/core/data"
)

// fitDigests fits the linear model of a few tables (three classes, two,
// a number, and a large table whose logistic fits are warm-started) and
// returns a digest of each fit's bits and its test score.
func fitDigests(t *testing.T) []string {
	var out []string
	for _, c := range []struct{ name, target string }{{"iris", ""}, {"penguins", "species"}, {"diabetes", ""}} {
		ds := builtin(t, c.name, c.target)
		out = append(out, digest(t, ds))
	}
	out = append(out, digest(t, prepare(t, wide(500, 6, "binary"), data.Spec{TestRatio: 0.3, Seed: 2})))
	// 33,600 training rows: the logistic fits start from a subsample's,
	// and their last steps estimate the Hessian from every second row.
	out = append(out, digest(t, prepare(t, wide(48000, 6, "multiclass"), data.Spec{TestRatio: 0.3, Seed: 3})))
	return out
}

func digest(t *testing.T, ds *data.Dataset) string {
	m, err := baseline.Fit(ds)
	if err != nil {
		t.Fatal(err)
	}
	h := fnv.New64a()
	for _, v := range append(append(append([]float64(nil), m.W...), m.B...), m.Score(&ds.Test)) {
		fmt.Fprintf(h, "%x,", math.Float64bits(v))
	}
	return fmt.Sprintf("%016x", h.Sum64())
}
