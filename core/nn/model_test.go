package nn_test

import (
	"bytes"
	"encoding/json"
	"errors"
	"math"
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/nnplayground/playground/core/data"
	"github.com/nnplayground/playground/core/datasets"
	"github.com/nnplayground/playground/core/nn"
	"github.com/nnplayground/playground/core/nn/modelfile"
)

// A trained model's JSON form round-trips exactly and predicts the same.
func TestModelRoundTrip(t *testing.T) {
	for _, name := range []string{"iris", "penguins", "diabetes", "spiral"} {
		t.Run(name, func(t *testing.T) {
			ds := load(t, name, data.Spec{TestRatio: 0.2, Seed: 4, Derived: derivedFor(name)})
			tr := train(t, ds, nn.Config{Hidden: []int{5, 3}, Activation: nn.Tanh, Optimizer: nn.Adam, LearningRate: 0.01, BatchSize: 8, Seed: 4}, 5)
			m := tr.Model()
			b, err := json.Marshal(m)
			if err != nil {
				t.Fatal(err)
			}
			got, err := modelfile.Read(bytes.NewReader(b))
			if err != nil {
				t.Fatal(err)
			}
			if !reflect.DeepEqual(got.Network.W, m.Network.W) || !reflect.DeepEqual(got.Network.B, m.Network.B) ||
				!reflect.DeepEqual(got.Prep, m.Prep) || !reflect.DeepEqual(got.Classes, m.Classes) || got.Config.Optimizer != nn.Adam {
				t.Errorf("model changed in a JSON round trip")
			}
			b2, _ := json.Marshal(got)
			if !bytes.Equal(b, b2) {
				t.Errorf("second encoding differs from the first")
			}
			want := tr.Predict(nil, ds.Test.X)
			for i, p := range got.Predict(nil, ds.Test.X) {
				if math.Float64bits(p) != math.Float64bits(want[i]) {
					t.Fatalf("prediction %d: %v from the read model, %v from the trainer", i, p, want[i])
				}
			}
			if !strings.Contains(string(b), `"activation":"tanh"`) {
				t.Errorf("model JSON does not name its activation: %.200s", b)
			}
		})
	}
}

func derivedFor(name string) []data.Derived {
	if name == "spiral" {
		return []data.Derived{{Kind: data.Sin, A: "x"}, {Kind: data.Product, A: "x", B: "y"}}
	}
	return nil
}

// Damaged model files are errors, never panics.
func TestReadModelErrors(t *testing.T) {
	ds := iris(t)
	good, _ := json.Marshal(train(t, ds, nn.Config{Hidden: []int{3}, Seed: 1}, 1).Model())
	for _, c := range []struct {
		name, in string
		want     error
	}{
		{"empty", ``, nil},
		{"not json", `hello`, nil},
		{"other format", `{"format":"keras","version":1}`, nn.ErrModelFormat},
		{"newer", strings.Replace(string(good), `"version":1`, `"version":99`, 1), nn.ErrModelVersion},
		{"short weights", `{"format":"nnplayground-model","version":1,"network":{"sizes":[2,1],"activation":"tanh","output":"linear","w":[[1]],"b":[[0]]}}`, nn.ErrModelShape},
		{"huge sizes", `{"format":"nnplayground-model","version":1,"network":{"sizes":[100000000,100000000],"activation":"tanh","output":"linear","w":[[]],"b":[[]]}}`, nn.ErrModelShape},
		{"classes and outputs disagree", strings.ReplaceAll(string(good), `,"virginica"]`, `]`), nn.ErrModelShape},
		{"bad activation", `{"format":"nnplayground-model","version":1,"network":{"sizes":[1,1],"activation":"swish","output":"linear","w":[[1]],"b":[[0]]}}`, nil},
		{"huge number", `{"format":"nnplayground-model","version":1,"network":{"sizes":[1,1],"activation":"tanh","output":"linear","w":[[1e999]],"b":[[0]]}}`, nil},
	} {
		t.Run(c.name, func(t *testing.T) {
			_, err := modelfile.Read(strings.NewReader(c.in))
			if err == nil {
				t.Fatalf("ReadModel(%q) succeeded, want an error", c.in)
			}
			if c.want != nil && !errors.Is(err, c.want) {
				t.Errorf("got %v, want %v", err, c.want)
			}
		})
	}
}

// FuzzReadModel: any bytes give a model or an error, never a panic, and a
// model that reads predicts finite numbers or an error-free zero rows.
func FuzzReadModel(f *testing.F) {
	ds := load(f, "iris", data.Spec{TestRatio: 0.2, Seed: 1})
	tr, _ := nn.NewTrainer(ds, nn.Config{Hidden: []int{3}, Seed: 1})
	good, _ := json.Marshal(tr.Model())
	f.Add(good)
	f.Add([]byte(`{"format":"nnplayground-model","version":1,"network":{"sizes":[1,1],"activation":"tanh","output":"linear","w":[[1]],"b":[[0]]}}`))
	f.Add([]byte(`{}`))
	f.Fuzz(func(t *testing.T, b []byte) {
		m, err := modelfile.Read(bytes.NewReader(b))
		if err != nil {
			return
		}
		x := make([]float64, m.Network.Sizes[0])
		if p := m.Prep; p != nil && p.Numeric() {
			p.TransformRow(x, make([]float64, len(p.Features())))
		}
		m.Predict(nil, x)
	})
}

// A model file whose preprocessing fills a missing category with one it
// does not have is refused whole, instead of panicking when it predicts.
func TestReadModelBadFill(t *testing.T) {
	text, err := datasets.Text("penguins", 0, 0, 0)
	if err != nil {
		t.Fatal(err)
	}
	tb, err := data.Parse(text)
	if err != nil {
		t.Fatal(err)
	}
	ds, err := data.Prepare(tb, data.Spec{Target: "species", Missing: data.FillMean, TestRatio: 0.2, Seed: 1})
	if err != nil {
		t.Fatal(err)
	}
	m := train(t, ds, nn.Config{Hidden: []int{3}, Seed: 1}, 1).Model()
	for i, c := range m.Prep.Columns {
		if c.Kind != data.Categorical {
			continue
		}
		for _, fill := range []int{-1, len(c.Categories), 1 << 40} {
			bad := *m.Prep
			bad.Columns = slices.Clone(m.Prep.Columns)
			bad.Columns[i].FillIndex = fill
			mm := *m
			mm.Prep = &bad
			b, _ := json.Marshal(&mm)
			if _, err := modelfile.Read(bytes.NewReader(b)); !errors.Is(err, nn.ErrModelShape) {
				t.Errorf("fill index %d of column %q: %v; want ErrModelShape", fill, c.Name, err)
			}
		}
		return
	}
	t.Fatal("no categorical input in penguins")
}

// A model whose task and classes do not match its outputs is refused
// (nnplay predict would index a class it does not have).
func TestReadModelBadClasses(t *testing.T) {
	m := train(t, iris(t), nn.Config{Hidden: []int{3}, Seed: 1}, 1).Model()
	for _, edit := range []func(p *data.Preprocessor){
		func(p *data.Preprocessor) { p.Classes = p.Classes[:2] },
		func(p *data.Preprocessor) { p.Task = data.Binary },
		func(p *data.Preprocessor) { p.Task = data.Regression },
	} {
		bad := *m.Prep
		bad.Classes = slices.Clone(m.Prep.Classes)
		edit(&bad)
		mm := *m
		mm.Prep = &bad
		b, _ := json.Marshal(&mm)
		if _, err := modelfile.Read(bytes.NewReader(b)); !errors.Is(err, nn.ErrModelShape) {
			t.Errorf("task %v with %d classes: %v; want ErrModelShape", bad.Task, len(bad.Classes), err)
		}
	}
}
