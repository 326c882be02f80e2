package data

import (
	"bytes"
	"encoding/json"
	"errors"
	"reflect"
	"slices"
	"testing"
)

func TestPreprocessorJSON(t *testing.T) {
	tb := mustParse(t, readFile(t, "../datasets/penguins.csv"))
	ds, err := Prepare(tb, Spec{Target: "species", Missing: FillMean, TestRatio: 0.25, Seed: 3,
		Derived: []Derived{{Kind: Product, A: "bill_length_mm", B: "bill_depth_mm"}, {Kind: Sin, A: "year"}}})
	if err != nil {
		t.Fatal(err)
	}
	b1, err := json.Marshal(ds.Prep)
	if err != nil {
		t.Fatal(err)
	}
	var p Preprocessor
	if err := json.Unmarshal(b1, &p); err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(&p, ds.Prep) {
		t.Errorf("round trip changed the Preprocessor:\ngot  %+v\nwant %+v", p, *ds.Prep)
	}
	b2, _ := json.Marshal(&p)
	if !bytes.Equal(b1, b2) {
		t.Errorf("second encoding differs")
	}
	// The decoded Preprocessor transforms exactly as the original.
	x1, _, err1 := ds.Prep.Transform(tb)
	x2, _, err2 := p.Transform(tb)
	if err := errors.Join(err1, err2); err != nil || !slices.Equal(x1, x2) {
		t.Errorf("Transform after round trip differs (%v)", err)
	}
}

func TestTransformRow(t *testing.T) {
	tb := mustParse(t, "a,b,y\n1,2,0\n2,0,1\n4,1,0\n-3,5,1\n")
	ds, err := Prepare(tb, Spec{Derived: []Derived{{Kind: Square, A: "b"}, {Kind: Cos, A: "a"}}})
	if err != nil {
		t.Fatal(err)
	}
	dst := make([]float64, ds.Dim)
	for r := range 4 {
		raw := []float64{tb.num[0][r], tb.num[1][r]}
		got := ds.Prep.TransformRow(dst, raw)
		if want := ds.Train.X[r*ds.Dim : (r+1)*ds.Dim]; !slices.Equal(got, want) {
			t.Errorf("TransformRow(%v) = %v, want %v", raw, got, want)
		}
	}
	if !ds.Prep.Numeric() {
		t.Errorf("Numeric() = false")
	}
}

func TestTransformRowPanics(t *testing.T) {
	ds, err := Prepare(mustParse(t, "c,x,y\np,1,0\nq,2,1\n"), Spec{})
	if err != nil {
		t.Fatal(err)
	}
	defer func() {
		if recover() == nil {
			t.Errorf("TransformRow with a categorical feature did not panic")
		}
	}()
	ds.Prep.TransformRow(nil, []float64{0, 1})
}

func TestTransformErrors(t *testing.T) {
	train := mustParse(t, "c,x,y\np,1,a\nq,2,b\np,3,a\n")
	drop, err1 := Prepare(train, Spec{})
	fill, err2 := Prepare(train, Spec{Missing: FillMean})
	sq, err3 := Prepare(train, Spec{Derived: []Derived{{Kind: Square, A: "x"}}})
	if err := errors.Join(err1, err2, err3); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		Name  string
		Prep  *Preprocessor
		Input string
		Error *ParseError
	}{
		{"missing column", drop.Prep, "c,y\np,a\nq,b\n", &ParseError{Text: "x", Err: ErrUnknownColumn}},
		{"missing number", drop.Prep, "x,c\n1,p\nNA,q\n", &ParseError{Line: 3, Column: 1, Text: "NA", Err: ErrMissing}},
		{"missing category", drop.Prep, "x,c\n1,p\n2,?\n", &ParseError{Line: 3, Column: 2, Text: "?", Err: ErrMissing}},
		{"unseen category", drop.Prep, "x,c\n1,p\n2,r\n", &ParseError{Line: 3, Column: 2, Text: "r", Err: ErrUnseen}},
		{"word in a number", fill.Prep, "c,x\np,1\nq,2\np,oops\n", &ParseError{Line: 4, Column: 2, Text: "oops", Err: ErrNotNumber}},
		{"square overflows", sq.Prep, "c,x\np,1\nq,1e300\n", &ParseError{Line: 3, Column: 2, Text: "x²", Err: ErrNotFinite}},
		{"inf", fill.Prep, "c,x\np,1\nq,-inf\n", &ParseError{Line: 3, Column: 2, Text: "-inf", Err: ErrNotFinite}},
	}
	for _, tt := range tests {
		t.Run(tt.Name, func(t *testing.T) {
			_, _, err := tt.Prep.Transform(mustParse(t, tt.Input))
			if !reflect.DeepEqual(err, tt.Error) {
				t.Errorf("Transform(%q) error = %q, want %q", tt.Input, err, tt.Error)
			}
		})
	}
	// FillMean fills: x with the training mean 2 (z-score 0), c with the mode p.
	x, n, err := fill.Prep.Transform(mustParse(t, "x,c,extra\nNA,?,1\n2,p,2\n"))
	if err != nil || n != 2 {
		t.Fatalf("Transform: %d rows, %v", n, err)
	}
	if !slices.Equal(x[:3], x[3:]) {
		t.Errorf("filled row %v differs from row of mean and mode %v", x[:3], x[3:])
	}
}

func TestLabelsErrors(t *testing.T) {
	ds, err := Prepare(mustParse(t, "x,y\n1,a\n2,b\n"), Spec{})
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct {
		Input string
		Error *ParseError
	}{
		{"x\n1\n2\n", &ParseError{Text: "y", Err: ErrUnknownColumn}},
		{"x,y\n1,a\n2,NA\n", &ParseError{Line: 3, Column: 2, Text: "NA", Err: ErrMissing}},
		{"x,y\n1,a\n2,c\n", &ParseError{Line: 3, Column: 2, Text: "c", Err: ErrUnseen}},
	} {
		if _, err := ds.Prep.Labels(mustParse(t, tt.Input)); !reflect.DeepEqual(err, tt.Error) {
			t.Errorf("Labels(%q) error = %q, want %q", tt.Input, err, tt.Error)
		}
	}
	y, err := ds.Prep.Labels(mustParse(t, "y\nb\na\nb\n"))
	if err != nil || !slices.Equal(y, []float64{1, 0, 1}) {
		t.Errorf("Labels = %v, %v; want [1 0 1]", y, err)
	}
}
