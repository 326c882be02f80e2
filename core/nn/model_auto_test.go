package nn_test

import (
	"bytes"
	"encoding/json"
	"fmt"
	"math"
	"math/rand/v2"
	"reflect"
	"strings"
	"testing"

	"github.com/nnplayground/playground/core/data"
	"github.com/nnplayground/playground/core/nn"
	"github.com/nnplayground/playground/core/nn/modelfile"
)

// A model of a table prepared by the version-3 rules (a timestamp with
// gaps, a category of many values, imputed numbers with an indicator)
// round-trips through its file, and its Preprocessor encodes the table's
// rows as the training rows were; the file says Preprocessor version 2.
// Without those rules the version stays 1, which older playgrounds read.
func TestModelRoundTripAuto(t *testing.T) {
	rng := rand.New(rand.NewPCG(4, 4))
	var b strings.Builder
	b.WriteString("when,shop,km,label\n")
	for range 400 {
		when, km := fmt.Sprintf("2021-%02d-%02d %02d:30", 1+rng.IntN(12), 1+rng.IntN(28), rng.IntN(24)), fmt.Sprintf("%.2f", 10*rng.Float64())
		if rng.Float64() < 0.1 {
			when = ""
		}
		if rng.Float64() < 0.1 {
			km = "NA"
		}
		fmt.Fprintf(&b, "%s,s%d,%s,%s\n", when, int(80*rng.Float64()*rng.Float64()), km, [...]string{"a", "b", "c"}[rng.IntN(3)])
	}
	tb, err := data.Parse(b.String())
	if err != nil {
		t.Fatal(err)
	}
	ds, err := data.Prepare(tb, data.Spec{Target: "label", Auto: true, Missing: data.Impute, TestRatio: 0.2, Seed: 2})
	if err != nil {
		t.Fatal(err)
	}
	tr := train(t, ds, nn.Config{Hidden: []int{4}, Activation: nn.Tanh, Optimizer: nn.Adam, LearningRate: 0.01, BatchSize: 8, Seed: 4}, 3)
	m := tr.Model()
	js, err := json.Marshal(m)
	if err != nil {
		t.Fatal(err)
	}
	got, err := modelfile.Read(bytes.NewReader(js))
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(got.Prep, m.Prep) || got.Prep.Version != 2 {
		t.Fatalf("preprocessor changed in a JSON round trip, or version %d (want 2)", got.Prep.Version)
	}
	x, _, err := got.Prep.Transform(tb)
	if err != nil {
		t.Fatal(err)
	}
	want := tr.Predict(nil, ds.Train.X)
	for i, r := range ds.Train.Rows {
		p := got.Predict(nil, x[r*ds.Dim:(r+1)*ds.Dim])
		for k := range p {
			if math.Float64bits(p[k]) != math.Float64bits(want[i*ds.Out+k]) {
				t.Fatalf("row %d: the read model predicts %v from the table, the trainer %v", r, p, want[i*ds.Out:(i+1)*ds.Out])
			}
		}
	}
	old, err := data.Prepare(tb, data.Spec{Target: "label", Missing: data.FillMean, TestRatio: 0.2, Seed: 2})
	if err != nil || old.Prep.Version != 1 {
		t.Errorf("without the rules: %v, preprocessor version %d; want 1", err, old.Prep.Version)
	}
}
