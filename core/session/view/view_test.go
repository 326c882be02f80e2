package view_test

import (
	"math"
	"slices"
	"sort"
	"strconv"
	"testing"

	"github.com/nnplayground/playground/core/session"
	"github.com/nnplayground/playground/core/session/view"
)

func build(t *testing.T, s session.Settings) *session.Session {
	t.Helper()
	ss, err := session.Build(s)
	if err != nil {
		t.Fatal(err)
	}
	return ss
}

// For two-input data on its own two columns, the decision map is the
// heatmap.
func TestDecisionMapPlanar(t *testing.T) {
	s := build(t, session.Default())
	s.Trainer.StepN(30)
	h := view.NewHeatmap(s, 30, 8, true)
	m, err := view.NewDecisionMap(s, "x", "y", 30, 8, true, -1)
	if err != nil {
		t.Fatal(err)
	}
	if !slices.Equal(m.Heatmap.Out, h.Out) || !slices.EqualFunc(m.Heatmap.Units, h.Units, slices.Equal) || len(m.Held) != 0 ||
		m.Heatmap.X0 != h.X0 || m.Heatmap.Y1 != h.Y1 {
		t.Fatal("the decision map of the circle's x and y differs from its heatmap")
	}
	for i, p := range m.Heatmap.Train {
		for k := range p {
			if math.Abs(p[k]-h.Train[i][k]) > 1e-12 {
				t.Fatalf("point %d: %v, heatmap %v", i, p, h.Train[i])
			}
		}
	}
}

// On iris, the map over the petal columns holds the sepal columns at their
// training medians: each cell is the network's output for that flower.
func TestDecisionMapIris(t *testing.T) {
	set := session.Default()
	set.Dataset = "iris"
	s := build(t, set)
	s.Trainer.StepN(200)
	const res = 24
	m, err := view.NewDecisionMap(s, "petal_length", "petal_width", res, 6, true, -1)
	if err != nil {
		t.Fatal(err)
	}
	// The medians, by hand from the training rows.
	med := func(col string) float64 {
		c := s.Table.Column(col)
		var v []float64
		for _, r := range s.Data.Train.Rows {
			x, _ := s.Table.Value(r, c)
			v = append(v, x)
		}
		sort.Float64s(v)
		n := len(v)
		return (v[(n-1)/2] + v[n/2]) / 2
	}
	want := []view.Held{{"sepal_length", strconv.FormatFloat(med("sepal_length"), 'g', 6, 64)}, {"sepal_width", strconv.FormatFloat(med("sepal_width"), 'g', 6, 64)}}
	if !slices.Equal(m.Held, want) {
		t.Errorf("held %v, want %v", m.Held, want)
	}
	h := m.Heatmap
	net := s.Trainer.Net()
	classes := map[byte]bool{}
	for i := range res * res {
		r, c := i/res, i%res
		px := h.X0 + (float64(c)+0.5)/res*(h.X1-h.X0)
		py := h.Y1 - (float64(r)+0.5)/res*(h.Y1-h.Y0)
		x := s.Data.Prep.EncodeBase(nil, []float64{med("sepal_length"), med("sepal_width"), px, py})
		out := net.Forward(nil, x)
		k := slices.Index(out, slices.Max(out))
		if want := byte(float64(k)/2*255 + 0.5); h.Out[i] != want {
			t.Fatalf("cell %d: %d, want %d", i, h.Out[i], want)
		}
		classes[h.Out[i]] = true
	}
	if len(classes) != 3 {
		t.Errorf("the petal map shows %d classes, want all 3", len(classes))
	}
	if len(h.Train) != s.Data.Train.N || len(h.Test) != s.Data.Test.N || len(h.Units) != 4+2 {
		t.Errorf("%d train and %d test points, %d unit maps", len(h.Train), len(h.Test), len(h.Units))
	}
	r := s.Data.Train.Rows[0]
	if v, _ := s.Table.Value(r, s.Table.Column("petal_width")); h.Train[0][1] != v {
		t.Errorf("first point's y %v, want its petal width %v", h.Train[0][1], v)
	}
}

// On penguins, categorical columns are held at their mode, or at a chosen
// row's value; they cannot be axes.
func TestDecisionMapPenguins(t *testing.T) {
	set := session.Default()
	set.Dataset, set.Target, set.Ignore = "penguins", "species", []string{"year"}
	s := build(t, set)
	s.Trainer.StepN(5)
	if cols := view.MapColumns(s); !slices.Equal(cols, []string{"bill_length_mm", "bill_depth_mm", "flipper_length_mm", "body_mass_g"}) {
		t.Errorf("map columns %q", cols)
	}
	m, err := view.NewDecisionMap(s, "flipper_length_mm", "bill_length_mm", 10, 4, false, -1)
	if err != nil {
		t.Fatal(err)
	}
	held := map[string]string{}
	for _, h := range m.Held {
		held[h.Name] = h.Value
	}
	// Biscoe is the most common island (168 of 344 rows) and male the
	// most common sex (168, female 165); the training split follows.
	if held["island"] != "Biscoe" || held["sex"] != "male" || len(m.Held) != 4 || m.Heatmap.Test != nil {
		t.Errorf("held %v", m.Held)
	}
	row := s.Data.Train.Rows[3]
	m, err = view.NewDecisionMap(s, "flipper_length_mm", "bill_length_mm", 10, 4, false, row)
	if err != nil {
		t.Fatal(err)
	}
	for _, h := range m.Held {
		if c := s.Table.Column(h.Name); h.Value != s.Table.Cell(row, c) {
			if v, _ := s.Table.Value(row, c); h.Value != strconv.FormatFloat(v, 'g', 6, 64) {
				t.Errorf("held %s = %s, row %d has %q", h.Name, h.Value, row, s.Table.Cell(row, c))
			}
		}
	}
	for _, bad := range [][2]string{{"island", "bill_length_mm"}, {"nope", "bill_length_mm"}, {"bill_length_mm", "bill_length_mm"}, {"species", "bill_length_mm"}} {
		if _, err := view.NewDecisionMap(s, bad[0], bad[1], 10, 4, false, -1); err == nil {
			t.Errorf("%q × %q: no error", bad[0], bad[1])
		}
	}
	if _, err := view.NewDecisionMap(s, "flipper_length_mm", "bill_length_mm", 10, 4, false, s.Table.Rows()); err == nil {
		t.Errorf("a row past the end: no error")
	}
}

// A typed-in flower is prepared as the table's rows are; a word where a
// number belongs is an error naming the column.
func TestPrepareRow(t *testing.T) {
	set := session.Default()
	set.Dataset, set.Target, set.Ignore = "penguins", "species", []string{"year"}
	s := build(t, set)
	x, _, r, err := view.SplitRow(s, "train", 0)
	if err != nil {
		t.Fatal(err)
	}
	var vals []string
	for _, name := range s.Data.Prep.Features() {
		vals = append(vals, s.Table.Cell(r, s.Table.Column(name)))
	}
	got, err := view.PrepareRow(s, vals)
	if err != nil {
		t.Fatal(err)
	}
	for i := range x {
		if math.Abs(got[i]-x[i]) > 1e-12 {
			t.Fatalf("typed row %v, table row %v", got, x)
		}
	}
	p := s.Trainer.PredictRow(got)
	if len(p.Probs) != 3 || !slices.Equal(p.Classes, []string{"Adelie", "Chinstrap", "Gentoo"}) {
		t.Errorf("prediction %+v", p)
	}
	vals[2] = "long"
	if _, err := view.PrepareRow(s, vals); err == nil {
		t.Errorf("a word for bill length: no error")
	}
	if _, _, _, err := view.SplitRow(s, "test", s.Data.Test.N); err == nil {
		t.Errorf("a test row past the end: no error")
	}
}

// Trained on iris, the model leans on the petal columns: they come first
// in Importance and are the decision map's starting axes.
func TestImportance(t *testing.T) {
	set := session.Default()
	set.Dataset = "iris"
	s := build(t, set)
	if x, y := view.MapAxes(s); x != "sepal_length" || y != "sepal_width" {
		t.Errorf("untrained axes %q, %q; want the first two columns", x, y)
	}
	s.Trainer.StepN(200)
	im := view.Importances(s)
	t.Logf("%+v", im)
	top := []string{im[0].Name, im[1].Name}
	sort.Strings(top)
	if !slices.Equal(top, []string{"petal_length", "petal_width"}) || !(im[1].Rise > im[2].Rise) {
		t.Errorf("importance %+v", im)
	}
	if x, y := view.MapAxes(s); x != "petal_length" || y != "petal_width" {
		t.Errorf("axes %q, %q", x, y)
	}
}

// A one-input regression draws the network's function over its input.
func TestCurve(t *testing.T) {
	set := session.Default()
	set.Dataset, set.Text = "", "x,y\n1,2\n2,4.1\n3,5.9\n4,8.2\n5,9.9\n6,12.1\n7,14\n8,16.1\n9,18\n10,19.8\n"
	set.TestRatio, set.Model.Hidden = 0.2, nil
	s := build(t, set)
	s.Trainer.StepN(300)
	c := view.NewCurve(s, 11, true)
	if c == nil || len(c.X) != 11 || len(c.Train) != 8 || len(c.Test) != 2 || c.Name != "x" || c.Target != "y" {
		t.Fatalf("curve %+v", c)
	}
	// A linear model of y ≈ 2x: the curve is a line of slope about 2.
	if sl := (c.Y[10] - c.Y[0]) / (c.X[10] - c.X[0]); math.Abs(sl-2) > 0.1 {
		t.Errorf("slope %v, want about 2", sl)
	}
	if s := build(t, session.Default()); view.NewCurve(s, 11, false) != nil {
		t.Errorf("a curve for two-input classification")
	}
}
