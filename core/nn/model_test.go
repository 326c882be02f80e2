package nn_test

import (
	"bytes"
	"encoding/json"
	"errors"
	"math"
	"reflect"
	"strings"
	"testing"

	"github.com/nnplayground/playground/core/data"
	"github.com/nnplayground/playground/core/nn"
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
			got, err := nn.ReadModel(bytes.NewReader(b))
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
			_, err := nn.ReadModel(strings.NewReader(c.in))
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
		m, err := nn.ReadModel(bytes.NewReader(b))
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
