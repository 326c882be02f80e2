package main

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/nnplayground/playground/core/nn"
	"github.com/nnplayground/playground/core/nn/modelfile"
	"github.com/nnplayground/playground/core/session"
	"github.com/nnplayground/playground/core/wire"
	"github.com/nnplayground/playground/core/wire/tools"
)

// TestModel checks that wire.GetModel is answered with the trained model's JSON,
// exactly as json.Marshal writes it, that nn.ReadModel reads back, and
// that it leaves the history for the next snapshot.
func TestModel(t *testing.T) {
	h := newFakeHost(t)
	w := newWorker(h)
	h.send(&wire.GetModel{})
	if rs := until(t, w, h, time.Second, kind(kindError)); !strings.Contains(last(rs).Error, "before any data") {
		t.Errorf("model before load: %q", last(rs).Error)
	}
	for _, s := range []session.Settings{circle(), penguins()} {
		load(t, w, h, s)
		h.send(&wire.Step{Epochs: 3})
		until(t, w, h, 5*time.Second, stopped)
		h.send(&wire.GetModel{})
		rs := until(t, w, h, time.Second, kind(kindModel))
		r := last(rs)
		if r.Running || r.History != nil || r.Net != nil {
			t.Errorf("model report carries more than the model: %+v", r)
		}
		want, err := json.Marshal(w.s.Trainer.Model())
		if err != nil {
			t.Fatal(err)
		}
		if r.Data != string(want) {
			t.Fatalf("model JSON differs from json.Marshal:\n got %s\nwant %s", clip(r.Data, 300), clip(string(want), 300))
		}
		m, err := modelfile.Read(strings.NewReader(r.Data))
		if err != nil {
			t.Fatal(err)
		}
		if m.Epoch != 3 || !equalJSON(t, m, w.s.Trainer.Model()) {
			t.Errorf("ReadModel gives another model (epoch %d)", m.Epoch)
		}
	}
}

func equalJSON(t *testing.T, a, b any) bool {
	x, err1 := json.Marshal(a)
	y, err2 := json.Marshal(b)
	if err1 != nil || err2 != nil {
		t.Fatal(err1, err2)
	}
	return bytes.Equal(x, y)
}

func penguins() session.Settings {
	s := session.Default()
	s.Dataset = "penguins"
	s.Model.Hidden = []int{5}
	return s
}

// TestPredictions checks the predictions CSV of a regression, a binary and
// a multiclass session against core's own Predict.
func TestPredictions(t *testing.T) {
	reg := session.Default()
	reg.Dataset, reg.Text = "", "a,b,y\n1,2,3.5\n2,1,\"4,5\"\n"
	reg.Dataset = ""
	reg.Text = "x1,\"x, 2\",y\n1,2,3.5\n2,1,4.25\n3,3,6\n4,1,5.5\n5,2,7.75\n6,0,6\n7,5,12\n8,1,9\n9,2,11.5\n10,1,11\n"
	reg.TestRatio = 0.3
	bin := circle()
	multi := penguins()
	multi.TestRatio = 0
	tests := []struct {
		Name     string
		Settings session.Settings
		Header   []string
		Rows     int
	}{
		{"regression", reg, []string{"x1", "x, 2", "actual", "predicted"}, 3},
		{"binary", bin, nil, 90},
		{"multiclass, no test split", multi, nil, 0},
	}
	for _, tt := range tests {
		t.Run(tt.Name, func(t *testing.T) {
			h := newFakeHost(t)
			w := newWorker(h)
			if r := load(t, w, h, tt.Settings); r.Kind != kindLoaded {
				t.Fatalf("load: %s", r.Error)
			}
			h.send(&wire.Step{Epochs: 2})
			until(t, w, h, 5*time.Second, stopped)
			h.send(&wire.GetPredictions{})
			r := last(until(t, w, h, time.Second, kind(kindPredictions)))
			rows, err := csv.NewReader(strings.NewReader(r.Data)).ReadAll()
			if err != nil {
				t.Fatalf("%v in %q", err, clip(r.Data, 200))
			}
			ss := w.s
			ds := ss.Data
			sp := &ds.Test
			if sp.N == 0 {
				sp = &ds.Train
			}
			var header []string
			for _, name := range ss.Table.Names {
				if name != ds.Target {
					header = append(header, name)
				}
			}
			header = append(header, "actual", "predicted")
			for _, c := range ds.Classes {
				header = append(header, "p_"+c)
			}
			if tt.Header != nil && strings.Join(tt.Header, "|") != strings.Join(header, "|") {
				t.Errorf("header %q, want %q", header, tt.Header)
			}
			if strings.Join(rows[0], "|") != strings.Join(header, "|") {
				t.Fatalf("header %q, want %q", rows[0], header)
			}
			if n := len(rows) - 1; n != sp.N || tt.Rows > 0 && n != tt.Rows {
				t.Fatalf("%d rows, want %d", n, sp.N)
			}
			pred := ss.Trainer.Predict(nil, sp.X)
			nf := len(header) - 2 - len(ds.Classes)
			for i, row := range rows[1:] {
				for j, name := range header[:nf] {
					if want := ss.Table.Cell(sp.Rows[i], ss.Table.Column(name)); row[j] != want {
						t.Fatalf("row %d, %s: %q, want the table's %q", i, name, row[j], want)
					}
				}
				actual, predicted := row[nf], row[nf+1]
				o := ds.Out
				p := pred[i*o : i*o+o]
				if ds.Classes == nil {
					if want := ss.Table.Cell(sp.Rows[i], ss.Table.Column(ds.Target)); actual != want {
						t.Errorf("row %d: actual %q, want %q", i, actual, want)
					}
					if got, _ := strconv.ParseFloat(predicted, 64); got != p[0] {
						t.Errorf("row %d: predicted %q, want %v", i, predicted, p[0])
					}
					continue
				}
				if want := ds.Classes[nn.Class(sp.Y[i*o:i*o+o])]; actual != want {
					t.Errorf("row %d: actual %q, want %q", i, actual, want)
				}
				if want := ds.Classes[nn.Class(p)]; predicted != want {
					t.Errorf("row %d: predicted %q, want %q", i, predicted, want)
				}
				sum := 0.0
				for _, f := range row[nf+2:] {
					q, err := strconv.ParseFloat(f, 64)
					if err != nil || q < 0 || q > 1 {
						t.Fatalf("row %d: probability %q", i, f)
					}
					sum += q
				}
				if sum < 1-1e-9 || sum > 1+1e-9 { // softmax or p and 1-p: 1 up to rounding
					t.Errorf("row %d: probabilities sum to %v", i, sum)
				}
			}
		})
	}
}

// TestCheckRefused checks that tools.Check, which the page sends to the
// tools worker, is refused by the trainer with a message saying where it
// runs, before any data and while training, and leaves the trainer as it was.
func TestCheckRefused(t *testing.T) {
	h := newFakeHost(t)
	w := newWorker(h)
	check := &tools.Check{Link: "#v1.x", Codes: []string{"a", "b"}}
	h.send(check)
	w.tick()
	if r := h.drain(); len(r) != 1 || r[0].Kind != kindError || !strings.Contains(r[0].Error, "tools worker") {
		t.Fatalf("check before data: %+v; want one error naming the tools worker", r)
	}
	load(t, w, h, circle())
	h.send(&wire.Train{})
	w.tick()
	h.send(check)
	w.tick()
	if !w.running {
		t.Errorf("a refused check stopped training")
	}
}
