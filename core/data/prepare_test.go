package data

import (
	"errors"
	"math"
	"os"
	"reflect"
	"slices"
	"strings"
	"testing"

	"gonum.org/v1/gonum/floats/scalar"
)

func mustParse(t testing.TB, text string) *Table {
	t.Helper()
	tb, err := Parse(text)
	if err != nil {
		t.Fatalf("Parse: %v", err)
	}
	return tb
}

func readFile(t testing.TB, name string) string {
	t.Helper()
	b, err := os.ReadFile(name)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// column returns column k of the row-major x with dim columns.
func column(x []float64, dim, k int) []float64 {
	var out []float64
	for i := k; i < len(x); i += dim {
		out = append(out, x[i])
	}
	return out
}

func meanStd(v []float64) (mean, std float64) {
	for _, x := range v {
		mean += x
	}
	mean /= float64(len(v))
	for _, x := range v {
		std += (x - mean) * (x - mean)
	}
	return mean, math.Sqrt(std / float64(len(v)))
}

func TestPreparePenguins(t *testing.T) {
	text := readFile(t, "../datasets/penguins.csv")
	// Count the rows holding a missing token in any column (all are used
	// when species is the target) independently of the parser.
	lines := strings.Split(strings.TrimSpace(text), "\n")
	wantDropped := 0
	for _, l := range lines[1:] {
		if slices.ContainsFunc(strings.Split(l, ","), func(s string) bool { return s == "NA" || s == "" }) {
			wantDropped++
		}
	}
	if wantDropped != 11 {
		t.Fatalf("penguins.csv has %d rows with NA, the test expects 11", wantDropped)
	}
	tb := mustParse(t, text)
	ds, err := Prepare(tb, Spec{Target: "species", TestRatio: 0.2, Seed: 1})
	if err != nil {
		t.Fatal(err)
	}
	if ds.Rows != 344 || ds.Dropped != wantDropped {
		t.Errorf("Rows, Dropped = %d, %d; want 344, %d", ds.Rows, ds.Dropped, wantDropped)
	}
	wantInputs := []string{"island=Biscoe", "island=Dream", "island=Torgersen", "bill_length_mm", "bill_depth_mm",
		"flipper_length_mm", "body_mass_g", "sex=female", "sex=male", "year"}
	if !reflect.DeepEqual(ds.Inputs, wantInputs) {
		t.Errorf("Inputs = %q, want %q", ds.Inputs, wantInputs)
	}
	if ds.Task != Multiclass || ds.Out != 3 || ds.Dim != 10 {
		t.Errorf("Task, Out, Dim = %v, %d, %d; want multiclass, 3, 10", ds.Task, ds.Out, ds.Dim)
	}
	if ds.Train.N+ds.Test.N != 333 {
		t.Errorf("train + test = %d + %d, want 333", ds.Train.N, ds.Test.N)
	}
	// Stratified: Adelie 146, Chinstrap 68, Gentoo 119 after dropping;
	// round(0.2·n) of each go to test: 29 + 14 + 24 = 67.
	want := "dropped 11 of 344 rows with missing values; 10 inputs; 3 classes: Adelie, Chinstrap, Gentoo; 266 train, 67 test"
	if got := ds.Summary(); got != want {
		t.Errorf("Summary() = %q, want %q", got, want)
	}
	// One-hot inputs stay 0 or 1.
	for _, sp := range []Split{ds.Train, ds.Test} {
		for _, k := range []int{0, 1, 2, 7, 8} {
			for _, v := range column(sp.X, ds.Dim, k) {
				if v != 0 && v != 1 {
					t.Fatalf("one-hot input %s = %v", ds.Inputs[k], v)
				}
			}
		}
	}
}

func TestPreparePenguinsFill(t *testing.T) {
	tb := mustParse(t, readFile(t, "../datasets/penguins.csv"))
	ds, err := Prepare(tb, Spec{Target: "species", Missing: FillMean, TestRatio: 0.2, Seed: 1})
	if err != nil {
		t.Fatal(err)
	}
	if ds.Dropped != 0 || ds.Train.N+ds.Test.N != 344 {
		t.Fatalf("Dropped %d, %d+%d rows; want 0, 344", ds.Dropped, ds.Train.N, ds.Test.N)
	}
	p := ds.Prep
	bill := slices.Index(ds.Inputs, "bill_length_mm")
	// The fill value is the mean of the training rows that have a value.
	var present []float64
	for _, r := range ds.Train.Rows {
		if v, ok := tb.Value(r, 2); ok {
			present = append(present, v)
		}
	}
	mean, _ := meanStd(present)
	if !scalar.EqualWithinAbsOrRel(p.Columns[1].Fill, mean, 1e-12, 1e-12) {
		t.Errorf("fill of bill_length_mm = %v, want training mean %v", p.Columns[1].Fill, mean)
	}
	// Row 3 (line 5) is all NA: its z-scored bill length is the training
	// mean's z-score, 0 up to rounding.
	for _, sp := range []Split{ds.Train, ds.Test} {
		for i, r := range sp.Rows {
			if r == 3 {
				if v := sp.X[i*ds.Dim+bill]; math.Abs(v) > 1e-9 {
					t.Errorf("filled bill_length_mm normalizes to %v, want 0", v)
				}
			}
		}
	}
	// sex: the mode of the training rows.
	counts := map[string]int{}
	for _, r := range ds.Train.Rows {
		if s := tb.Cell(r, 6); s != "NA" {
			counts[s]++
		}
	}
	mode := "female"
	if counts["male"] > counts["female"] {
		mode = "male"
	}
	sex := p.Columns[5]
	if sex.Name != "sex" || sex.Categories[sex.FillIndex] != mode {
		t.Errorf("sex fill = %q, want training mode %q (%v)", sex.Categories[sex.FillIndex], mode, counts)
	}
}

func TestPrepareIris(t *testing.T) {
	tb := mustParse(t, readFile(t, "../datasets/iris.csv"))
	ds, err := Prepare(tb, Spec{TestRatio: 0.2, Seed: 7})
	if err != nil {
		t.Fatal(err)
	}
	if want := []string{"setosa", "versicolor", "virginica"}; !reflect.DeepEqual(ds.Classes, want) {
		t.Errorf("Classes = %q, want %q", ds.Classes, want)
	}
	if ds.Train.N != 120 || ds.Test.N != 30 {
		t.Errorf("split %d/%d, want 120/30", ds.Train.N, ds.Test.N)
	}
	for k := range 3 {
		if n := int(floatsSum(column(ds.Test.Y, 3, k))); n != 10 {
			t.Errorf("test rows of %s = %d, want 10", ds.Classes[k], n)
		}
	}
	if !slices.IsSorted(ds.Train.Rows) || !slices.IsSorted(ds.Test.Rows) {
		t.Errorf("split rows are not in table order")
	}
	// Normalization fitted on the training split: train columns have mean
	// 0 and std 1 (up to rounding), the test columns do not have mean 0.
	for k := range ds.Dim {
		m, s := meanStd(column(ds.Train.X, ds.Dim, k))
		if math.Abs(m) > 1e-12 || math.Abs(s-1) > 1e-12 {
			t.Errorf("train %s: mean %g, std %g; want 0, 1", ds.Inputs[k], m, s)
		}
		if m, _ := meanStd(column(ds.Test.X, ds.Dim, k)); math.Abs(m) < 1e-6 {
			t.Errorf("test %s: mean %g, want not 0 (normalized with test statistics?)", ds.Inputs[k], m)
		}
	}
	// Transform of the table with the stored statistics reproduces the
	// split rows exactly (same arithmetic).
	x, n, err := ds.Prep.Transform(tb)
	if err != nil || n != 150 {
		t.Fatalf("Transform: %d rows, %v", n, err)
	}
	for _, sp := range []Split{ds.Train, ds.Test} {
		for i, r := range sp.Rows {
			if got, want := x[r*ds.Dim:(r+1)*ds.Dim], sp.X[i*ds.Dim:(i+1)*ds.Dim]; !slices.Equal(got, want) {
				t.Fatalf("Transform row %d = %v, want %v", r, got, want)
			}
		}
	}
	y, err := ds.Prep.Labels(tb)
	if err != nil {
		t.Fatal(err)
	}
	for i, r := range ds.Test.Rows {
		if got, want := y[r*3:(r+1)*3], ds.Test.Y[i*3:(i+1)*3]; !slices.Equal(got, want) {
			t.Fatalf("Labels row %d = %v, want %v", r, got, want)
		}
	}
}

func floatsSum(v []float64) (s float64) {
	for _, x := range v {
		s += x
	}
	return s
}

// The tutorial's data: four training rows, three fixed test rows.
const tutorial = `x1,x2,y,split
1,2,1,train
2,3,2,train
3,4,3,train
4,5,4,train
5,6,5,test
6,7,6,test
7,8,7,test
`

func TestPrepareTutorial(t *testing.T) {
	ds, err := Prepare(mustParse(t, tutorial), Spec{Target: "y", SplitColumn: "split"})
	if err != nil {
		t.Fatal(err)
	}
	if ds.Task != Regression || ds.Dim != 2 || ds.Train.N != 4 || ds.Test.N != 3 {
		t.Fatalf("task %v dim %d split %d/%d; want regression 2 4/3", ds.Task, ds.Dim, ds.Train.N, ds.Test.N)
	}
	// Training means 2.5 and 3.5, population std sqrt(1.25) for both
	// (np.mean / np.std of the four training rows, by hand).
	std := math.Sqrt(1.25)
	raw := [][2]float64{{5, 6}, {6, 7}, {7, 8}}
	for i, r := range raw {
		want := []float64{(r[0] - 2.5) / std, (r[1] - 3.5) / std}
		got := ds.Test.X[2*i : 2*i+2]
		for k := range want {
			if !scalar.EqualWithinAbsOrRel(got[k], want[k], 1e-14, 1e-14) {
				t.Errorf("test X[%d][%d] = %v, want %v", i, k, got[k], want[k])
			}
		}
		if y := ds.Prep.TargetToRaw(ds.Test.Y[i]); !scalar.EqualWithinAbsOrRel(y, float64(5+i), 1e-14, 1e-14) {
			t.Errorf("TargetToRaw(test Y[%d]) = %v, want %d", i, y, 5+i)
		}
	}
	// TransformRow on the raw features gives the same.
	got := ds.Prep.TransformRow(nil, []float64{5, 6})
	if !slices.Equal(got, ds.Test.X[:2]) {
		t.Errorf("TransformRow(5, 6) = %v, want %v", got, ds.Test.X[:2])
	}
	if f := ds.Prep.Features(); !reflect.DeepEqual(f, []string{"x1", "x2"}) {
		t.Errorf("Features() = %q", f)
	}
}

func TestPrepareDeterministic(t *testing.T) {
	tb := mustParse(t, readFile(t, "../datasets/iris.csv"))
	a, err1 := Prepare(tb, Spec{TestRatio: 0.3, Seed: 42})
	b, err2 := Prepare(tb, Spec{TestRatio: 0.3, Seed: 42})
	c, err3 := Prepare(tb, Spec{TestRatio: 0.3, Seed: 43})
	if err := errors.Join(err1, err2, err3); err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(a, b) {
		t.Errorf("same seed gave different datasets")
	}
	if slices.Equal(a.Test.Rows, c.Test.Rows) {
		t.Errorf("seeds 42 and 43 gave the same test rows %v", a.Test.Rows)
	}
	// Regression splits are seeded too.
	r1, _ := Prepare(tb, Spec{Target: "sepal_length", TestRatio: 0.5, Seed: 1})
	r2, _ := Prepare(tb, Spec{Target: "sepal_length", TestRatio: 0.5, Seed: 1})
	r3, _ := Prepare(tb, Spec{Target: "sepal_length", TestRatio: 0.5, Seed: 2})
	if !reflect.DeepEqual(r1, r2) || slices.Equal(r1.Test.Rows, r3.Test.Rows) || r1.Test.N != 75 {
		t.Errorf("regression split not seeded: %v %v", r1.Test.Rows, r3.Test.Rows)
	}
}

func TestPrepareDerived(t *testing.T) {
	tb := mustParse(t, "x,y,c,label\n1,2,p,a\n3,-4,q,b\n0.5,10,p,a\n")
	ds, err := Prepare(tb, Spec{Norm: NoNorm, Derived: []Derived{
		{Kind: Square, A: "x"}, {Kind: Product, A: "x", B: "y"}, {Kind: Sin, A: "y"}, {Kind: Cos, A: "x"},
	}})
	if err != nil {
		t.Fatal(err)
	}
	wantInputs := []string{"x", "y", "c=p", "c=q", "x²", "x·y", "sin(y)", "cos(x)"}
	if !reflect.DeepEqual(ds.Inputs, wantInputs) {
		t.Errorf("Inputs = %q, want %q", ds.Inputs, wantInputs)
	}
	// Exact by construction: NoNorm leaves the derived values as computed.
	want := []float64{
		1, 2, 1, 0, 1, 2, math.Sin(2), math.Cos(1),
		3, -4, 0, 1, 9, -12, math.Sin(-4), math.Cos(3),
		0.5, 10, 1, 0, 0.25, 5, math.Sin(10), math.Cos(0.5),
	}
	if !slices.Equal(ds.Train.X, want) {
		t.Errorf("X = %v, want %v", ds.Train.X, want)
	}
	if ds.Task != Binary || !slices.Equal(ds.Train.Y, []float64{0, 1, 0}) {
		t.Errorf("task %v Y %v, want binary [0 1 0]", ds.Task, ds.Train.Y)
	}
}

func TestPrepareNorms(t *testing.T) {
	tb := mustParse(t, "a,k,y\n1,5,1\n3,5,2\n2,5,3\n9,5,7\n")
	for _, tt := range []struct {
		Norm         Norm
		Shift, Scale []float64 // per input a, k (constant)
	}{
		{ZScore, []float64{3.75, 5}, []float64{math.Sqrt(9.6875), 1}}, // by hand: var of 1,3,2,9
		{MinMax, []float64{1, 5}, []float64{8, 1}},
		{NoNorm, []float64{0, 0}, []float64{1, 1}},
	} {
		t.Run(tt.Norm.String(), func(t *testing.T) {
			ds, err := Prepare(tb, Spec{Norm: tt.Norm})
			if err != nil {
				t.Fatal(err)
			}
			p := ds.Prep
			for k := range 2 {
				if !scalar.EqualWithinAbsOrRel(p.Shift[k], tt.Shift[k], 1e-14, 1e-14) ||
					!scalar.EqualWithinAbsOrRel(p.Scale[k], tt.Scale[k], 1e-14, 1e-14) {
					t.Errorf("input %d: shift, scale = %v, %v; want %v, %v", k, p.Shift[k], p.Scale[k], tt.Shift[k], tt.Scale[k])
				}
			}
			// The target uses the same kind of normalization.
			for i, raw := range []float64{1, 2, 3, 7} {
				if got := p.TargetToRaw(ds.Train.Y[i]); !scalar.EqualWithinAbsOrRel(got, raw, 1e-14, 1e-14) {
					t.Errorf("TargetToRaw(Y[%d]) = %v, want %v", i, got, raw)
				}
			}
			if tt.Norm == MinMax && (slices.Min(ds.Train.Y) != 0 || slices.Max(ds.Train.Y) != 1) {
				t.Errorf("min-max Y = %v", ds.Train.Y)
			}
		})
	}
}

func TestPrepareAsClasses(t *testing.T) {
	tb := mustParse(t, "x,y\n1,2\n2,10\n3,2\n4,0\n5,10.0\n")
	ds, err := Prepare(tb, Spec{AsClasses: true})
	if err != nil {
		t.Fatal(err)
	}
	if ds.Task != Multiclass || !reflect.DeepEqual(ds.Classes, []string{"0", "2", "10"}) {
		t.Fatalf("task %v classes %q; want multiclass [0 2 10]", ds.Task, ds.Classes)
	}
	want := []float64{0, 1, 0, 0, 0, 1, 0, 1, 0, 1, 0, 0, 0, 0, 1}
	if !slices.Equal(ds.Train.Y, want) {
		t.Errorf("Y = %v, want %v", ds.Train.Y, want)
	}
	if ds2, err := Prepare(tb, Spec{}); err != nil || ds2.Task != Regression {
		t.Errorf("without AsClasses: %v, %v", ds2.Task, err)
	}
}

func TestPrepareIgnoredStrayWord(t *testing.T) {
	tb := mustParse(t, "id,x,y\n1,1,a\n2,2,b\noops,3,a\n4,4,b\n")
	if len(tb.Errors) != 1 {
		t.Fatalf("Errors = %q", tb.Errors)
	}
	ds, err := Prepare(tb, Spec{Ignore: []string{"id"}})
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(ds.Inputs, []string{"x"}) || ds.Train.N != 4 {
		t.Errorf("Inputs %q N %d", ds.Inputs, ds.Train.N)
	}
}

func TestPrepareMissingTarget(t *testing.T) {
	tb := mustParse(t, "x,y\n1,a\n,b\n3,\n4,a\n5,b\n")
	for _, m := range []Missing{DropRows, FillMean} {
		ds, err := Prepare(tb, Spec{Missing: m})
		if err != nil {
			t.Fatal(err)
		}
		want := map[Missing]int{DropRows: 2, FillMean: 1}[m]
		if ds.Dropped != want {
			t.Errorf("%v: Dropped = %d, want %d", m, ds.Dropped, want)
		}
	}
}

var prepareErrorTests = []struct {
	Name  string
	Input string
	Spec  Spec
	Error *ParseError
}{
	{"unknown target", "a,b\n1,2\n3,4\n", Spec{Target: "c"}, &ParseError{Text: "c", Err: ErrUnknownColumn}},
	{"unknown ignored column", "a,b\n1,2\n3,4\n", Spec{Ignore: []string{"z"}}, &ParseError{Text: "z", Err: ErrUnknownColumn}},
	{"unknown split column", "a,b\n1,2\n3,4\n", Spec{SplitColumn: "s"}, &ParseError{Text: "s", Err: ErrUnknownColumn}},
	{"unknown derived column", "a,b\n1,2\n3,4\n", Spec{Derived: []Derived{{Kind: Square, A: "q"}}}, &ParseError{Text: "q", Err: ErrUnknownColumn}},
	{"target ignored", "a,b\n1,2\n3,4\n", Spec{Ignore: []string{"b"}}, &ParseError{Column: 2, Text: "b", Err: ErrBadRole}},
	{"target is the split column", "a,b\n1,2\n3,4\n", Spec{SplitColumn: "b"}, &ParseError{Column: 2, Text: "b", Err: ErrBadRole}},
	{"no features", "a,b\n1,2\n3,4\n", Spec{Ignore: []string{"a"}}, &ParseError{Err: ErrNoFeatures}},
	{"single column", "y\n1\n2\n", Spec{}, &ParseError{Err: ErrNoFeatures}},
	{"single class", "x,y\n1,a\n2,a\n3,a\n", Spec{}, &ParseError{Column: 2, Text: "a", Err: ErrOneClass}},
	{"single class after dropping", "x,y\n1,a\nNA,b\n3,a\n", Spec{}, &ParseError{Column: 2, Text: "a", Err: ErrOneClass}},
	{"single numeric class", "x,y\n1,3\n2,3\n", Spec{AsClasses: true}, &ParseError{Column: 2, Text: "3", Err: ErrOneClass}},
	{"one row after cleaning", "x,y\n1,2\n?,3\n3,\n", Spec{}, &ParseError{Column: 1, Text: "x", Err: ErrMostlyMissing}},
	{"one row", "1,2\n", Spec{}, &ParseError{Text: "1 rows", Err: ErrTooFewRows}},
	{"every feature empty", "x,y\nNA,1\nNA,2\n", Spec{}, &ParseError{Err: ErrNoFeatures}},
	{"a feature mostly missing", "x,z,y\nNA,1,1\nNA,2,2\n3,4,3\n", Spec{}, &ParseError{Column: 1, Text: "x", Err: ErrMostlyMissing}},
	{"every training value missing, fill", "x,y,s\nNA,1,train\nNA,2,train\n5,3,test\n", Spec{Missing: FillMean, SplitColumn: "s", Target: "y"}, &ParseError{Column: 1, Text: "x", Err: ErrAllMissing}},
	{"every training category missing, fill", "c,x,y,s\nNA,1,1,train\n,2,2,train\nb,3,3,test\n", Spec{Missing: FillMean, SplitColumn: "s", Target: "y"}, &ParseError{Column: 1, Text: "c", Err: ErrAllMissing}},
	{"word in a feature", "x,y\n1,2\n2,3\nabc,4\n5,6\n", Spec{}, &ParseError{Line: 4, Column: 1, Text: "abc", Err: ErrNotNumber}},
	{"word in the target", "x,y\n1,2\n2,3\n3,abc\n5,6\n", Spec{}, &ParseError{Line: 4, Column: 2, Text: "abc", Err: ErrNotNumber}},
	{"inf literal", "x,y\n1,2\n2,3\n+Inf,4\n5,6\n", Spec{}, &ParseError{Line: 4, Column: 1, Text: "+Inf", Err: ErrNotFinite}},
	{"overflowing literal", "x,y\n1,2\n2,3\n1e999,4\n5,6\n", Spec{}, &ParseError{Line: 4, Column: 1, Text: "1e999", Err: ErrNotFinite}},
	{"bad split value", "x,y,s\n1,2,train\n2,3,tset\n", Spec{SplitColumn: "s", Target: "y"}, &ParseError{Line: 3, Column: 3, Text: "tset", Err: ErrSplitValue}},
	{"no training rows", "x,y,s\n1,2,test\n2,3,test\n", Spec{SplitColumn: "s", Target: "y"}, &ParseError{Err: ErrNoTrainRows}},
	{"derived on a categorical column", "c,x,y\np,1,2\nq,2,3\n", Spec{Derived: []Derived{{Kind: Sin, A: "c"}}}, &ParseError{Column: 1, Text: "c", Err: ErrNotNumeric}},
	{"derived on the target", "x,y\n1,2\n2,3\n", Spec{Derived: []Derived{{Kind: Product, A: "x", B: "y"}}}, &ParseError{Column: 2, Text: "y", Err: ErrNotNumeric}},
	{"square overflows", "x,y\n1,2\n1e200,3\n", Spec{Derived: []Derived{{Kind: Square, A: "x"}}}, &ParseError{Line: 3, Column: 1, Text: "x²", Err: ErrNotFinite}},
	{"mean overflows", "x,y\n1e308,2\n1.7e308,3\n", Spec{}, &ParseError{Line: 2, Column: 1, Text: "1e308", Err: ErrNotFinite}},
	{"target mean overflows", "x,y\n1,1e308\n2,1.7e308\n3,1.5e308\n", Spec{}, &ParseError{Line: 2, Column: 2, Text: "1e308", Err: ErrNotFinite}},
	{"test ratio too large", "x,y\n1,2\n2,3\n", Spec{TestRatio: 0.95}, &ParseError{Text: "0.95", Err: ErrTestRatio}},
	{"test ratio NaN", "x,y\n1,2\n2,3\n", Spec{TestRatio: math.NaN()}, &ParseError{Text: "NaN", Err: ErrTestRatio}},
}

func TestPrepareErrors(t *testing.T) {
	for _, tt := range prepareErrorTests {
		t.Run(tt.Name, func(t *testing.T) {
			ds, err := Prepare(mustParse(t, tt.Input), tt.Spec)
			var pe *ParseError
			if !errors.As(err, &pe) {
				t.Fatalf("Prepare(%q) = %v, %v; want error %q", tt.Input, ds, err, tt.Error)
			}
			if !reflect.DeepEqual(pe, tt.Error) {
				t.Errorf("Prepare(%q) error:\ngot  %#v %q\nwant %#v %q", tt.Input, pe, pe, tt.Error, tt.Error)
			}
		})
	}
}

func TestPrepareTooManyCategories(t *testing.T) {
	var b strings.Builder
	b.WriteString("name,y\n")
	for i := range MaxCategories + 1 {
		b.WriteString("n")
		b.WriteString(strings.Repeat("x", i%7))
		b.WriteString(string(rune('a'+i%26)) + string(rune('a'+i/26%26)) + string(rune('a'+i/676)))
		b.WriteString(",1\n")
	}
	_, err := Prepare(mustParse(t, b.String()), Spec{})
	want := &ParseError{Column: 1, Text: "name", Err: ErrTooManyClasses}
	if !reflect.DeepEqual(err, want) {
		t.Errorf("error = %q, want %q", err, want)
	}
}

// A numeric target with two values names two classes without AsClasses;
// with three it is a regression target.
func TestTwoValuedTargetClassifies(t *testing.T) {
	for _, c := range []struct {
		text    string
		task    Task
		classes []string
	}{
		{"x,y\n1,0\n2,1\n3,0\n4,1\n", Binary, []string{"0", "1"}},
		{"x,y\n1,-1\n2,1\n3,NA\n4,1\n", Binary, []string{"-1", "1"}},
		{"x,y\n1,0\n2,1\n3,2\n4,1\n", Regression, nil},
	} {
		tb, err := Parse(c.text)
		if err != nil {
			t.Fatal(err)
		}
		ds, err := Prepare(tb, Spec{})
		if err != nil {
			t.Fatal(err)
		}
		if ds.Task != c.task || !slices.Equal(ds.Classes, c.classes) {
			t.Errorf("%q: task %v, classes %q; want %v, %q", c.text, ds.Task, ds.Classes, c.task, c.classes)
		}
	}
}
