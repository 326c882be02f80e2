package data

import (
	"math"
	"slices"
	"testing"
)

func TestParseFormatted(t *testing.T) {
	for _, c := range []struct {
		in           string
		decimalComma bool
		want         float64
		comma, ok    bool
	}{
		{"1,200", false, 1200, false, true},
		{"12,345,678.5", false, 12345678.5, false, true},
		{"-1,200", false, -1200, false, true},
		{"$3.50", false, 3.5, false, true},
		{"-$3.50", false, -3.5, false, true},
		{"$-3.50", false, -3.5, false, true},
		{"15%", false, 15, false, true},
		{"12.5 %", false, 12.5, false, true},
		{"£1,000", false, 1000, false, true},
		{"1,5", true, 1.5, true, true},
		{"1.234,5", true, 1234.5, true, true},
		{"12,50 €", true, 12.5, true, true},
		{"1 234,5", true, 1234.5, true, true},
		{"1\u00a0234", true, 1234, false, true},
		{"−2,25", true, -2.25, true, true},
		{"1,5", false, 0, false, false},    // with comma-separated fields a decimal comma is ambiguous
		{"1,20", false, 0, false, false},   // not a group of three
		{"1,2345", false, 0, false, false}, // nor this
		{"1.234.5", true, 0, false, false}, // group, then not a group
		{"1.2.3", false, 0, false, false},  // a version
		{"2024-01-01", false, 0, false, false},
		{"abc", false, 0, false, false},
		{"$", false, 0, false, false},
		{"%", false, 0, false, false},
		{"1,", true, 0, false, false},
		{"1 234.5", true, 0, false, false}, // spaces and a dot: not one convention
	} {
		v, comma, ok := parseFormatted(c.in, c.decimalComma)
		if ok != c.ok || ok && (v != c.want || comma != c.comma) {
			t.Errorf("parseFormatted(%q, %v) = %v, %v, %v; want %v, %v, %v", c.in, c.decimalComma, v, comma, ok, c.want, c.comma, c.ok)
		}
	}
}

// Tables exported with decimal commas, thousands separators, currency and
// percent signs read as numbers; text columns stay text.
func TestParseFormattedTable(t *testing.T) {
	for _, c := range []struct {
		name, text string
		kinds      []Kind
		col0       []float64 // the first column's values
		formatted  []int
	}{
		{"decimal comma", "a;b;label\n1,5;2;x\n2,5;3,1;y\n3;1,0;x\n", []Kind{Numeric, Numeric, Categorical}, []float64{1.5, 2.5, 3}, []int{0, 1}},
		{"dot groups with decimal commas", "a;b\n1.000;1\n2,5;2\n1.234,5;3\n", []Kind{Numeric, Numeric}, []float64{1000, 2.5, 1234.5}, []int{0}},
		{"dots alone stay decimals", "a;b\n1.000;1\n2.5;2\n", []Kind{Numeric, Numeric}, []float64{1, 2.5}, nil},
		{"thousands", "pop,area\n\"1,200\",3\n900,4\n\"12,000\",5\n", []Kind{Numeric, Numeric}, []float64{1200, 900, 12000}, []int{0}},
		{"currency and percent", "price,off\n$1.50,10%\n$2.00,5%\n$3.25,0%\n", []Kind{Numeric, Numeric}, []float64{1.5, 2, 3.25}, []int{0, 1}},
		{"tab-separated with decimal commas, no header", "1,5\t2\n2,5\t3\n", []Kind{Numeric, Numeric}, []float64{1.5, 2.5}, []int{0}},
		{"words stay words", "name,x\nAnn,1\nBob,2\n$5,3\n", []Kind{Categorical, Numeric}, nil, nil},
		{"tab-separated with decimal points and thousands commas", "gdp\tgrowth\n\"2,782.9\"\t2.5%\n110.3\t1.9%\n\"4,231.1\"\t4.8%\n",
			[]Kind{Numeric, Numeric}, []float64{2782.9, 110.3, 4231.1}, []int{0, 1}},
		{"semicolons with decimal points", "a;b\n\"1,200.5\";1\n3.25;2\n\"12,000.75\";3\n", []Kind{Numeric, Numeric}, []float64{1200.5, 3.25, 12000.75}, []int{0}},
	} {
		tb, err := Parse(c.text)
		if err != nil {
			t.Errorf("%s: %v", c.name, err)
			continue
		}
		if !slices.Equal(tb.Kinds, c.kinds) || !slices.Equal(tb.Formatted, c.formatted) {
			t.Errorf("%s: kinds %v, formatted %v; want %v, %v", c.name, tb.Kinds, tb.Formatted, c.kinds, c.formatted)
			continue
		}
		if c.col0 != nil && !slices.Equal(tb.num[0], c.col0) {
			t.Errorf("%s: first column %v, want %v", c.name, tb.num[0], c.col0)
		}
	}
	// A mostly formatted column keeps the odd word as an error at its place.
	tb, err := Parse("price\n$1.50\n$2.00\nfree\n$3.00\n")
	if err != nil {
		t.Fatal(err)
	}
	if tb.Kinds[0] != Numeric || len(tb.Errors) != 1 || tb.Errors[0].Line != 4 || tb.Errors[0].Text != "free" {
		t.Errorf("kinds %v, errors %v; want numeric with one error at line 4", tb.Kinds, tb.Errors)
	}
}

// Exports with a trailing delimiter, an empty column or a "sep=" line read
// as their authors meant.
func TestSpreadsheetQuirks(t *testing.T) {
	for _, c := range []struct {
		name, text, target string
		inputs             []string
		line               int // of the first data row
	}{
		{"trailing comma", "a,b,c,\n1,2,x,\n2,3,y,\n", "c", []string{"a", "b"}, 2},
		{"empty column", "a,,c\n1,,x\n2,,y\n", "c", []string{"a"}, 2},
		{"sep line", "sep=;\na;b;c\n1;2,5;x\n2;3;y\n", "c", []string{"a", "b"}, 3},
		{"sep line, CRLF", "sep=;\r\na;b;c\r\n1;2;x\r\n2;3;y\r\n", "c", []string{"a", "b"}, 3},
		{"a row of empty cells", "a,b,c\n,,\n1,2,x\n2,3,y\n", "c", []string{"a", "b"}, 3},
	} {
		tb, err := Parse(c.text)
		if err != nil {
			t.Errorf("%s: %v", c.name, err)
			continue
		}
		ds, err := Prepare(tb, Spec{})
		if err != nil {
			t.Errorf("%s: %v", c.name, err)
			continue
		}
		if ds.Target != c.target || !slices.Equal(ds.Prep.Features(), c.inputs) || tb.Line(0) != c.line {
			t.Errorf("%s: target %q, inputs %q, first row on line %d; want %q, %q, %d", c.name, ds.Target, ds.Prep.Features(), tb.Line(0), c.target, c.inputs, c.line)
		}
	}
}

// Spreadsheets write no value as a dash or as #N/A (Excel's error values
// too): cells with no value, not words that make a column of numbers
// text or leave errors in it.
func TestSpreadsheetNoValue(t *testing.T) {
	tb, err := Parse("a,b,c\n1,-,x\n2,#N/A,y\n3,4,x\n4,—,y\n5,#DIV/0!,x\n6,5,y\n")
	if err != nil {
		t.Fatal(err)
	}
	if tb.Kinds[1] != Numeric || len(tb.Errors) != 0 {
		t.Fatalf("column b: %v with errors %v; want numbers", tb.Kinds[1], tb.Errors)
	}
	for r, want := range []bool{true, true, false, true, true, false} {
		if got := math.IsNaN(tb.num[1][r]); got != want {
			t.Errorf("row %d: no value %v, want %v", r+1, got, want)
		}
	}
}
