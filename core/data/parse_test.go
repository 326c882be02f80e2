package data

import (
	"encoding/csv"
	"errors"
	"fmt"
	"reflect"
	"strings"
	"testing"
)

const (
	N = Numeric
	C = Categorical
)

var parseTests = []struct {
	Name   string
	Input  string
	Delim  rune
	Header bool
	Names  []string
	Kinds  []Kind
	Cells  [][]string
	Lines  []int
	Errors []*ParseError
}{{
	Name:   "CSV",
	Input:  "x,y,label\n1,2,a\n3,4,b\n",
	Delim:  ',',
	Header: true,
	Names:  []string{"x", "y", "label"},
	Kinds:  []Kind{N, N, C},
	Cells:  [][]string{{"1", "2", "a"}, {"3", "4", "b"}},
	Lines:  []int{2, 3},
}, {
	Name:   "TSV with an empty cell",
	Input:  "x\ty\tz\n1\t\t3\n4\t5\t6\n",
	Delim:  '\t',
	Header: true,
	Names:  []string{"x", "y", "z"},
	Kinds:  []Kind{N, N, N},
	Cells:  [][]string{{"1", "", "3"}, {"4", "5", "6"}},
	Lines:  []int{2, 3},
}, {
	Name:   "semicolons",
	Input:  "a;b\n1.5;x\n-2;y\n",
	Delim:  ';',
	Header: true,
	Names:  []string{"a", "b"},
	Kinds:  []Kind{N, C},
	Cells:  [][]string{{"1.5", "x"}, {"-2", "y"}},
	Lines:  []int{2, 3},
}, {
	Name:   "whitespace, aligned, with a quoted field",
	Input:  "  x    y   name\n  1    2   \"big one\"\n 10   20   small\n",
	Delim:  ' ',
	Header: true,
	Names:  []string{"x", "y", "name"},
	Kinds:  []Kind{N, N, C},
	Cells:  [][]string{{"1", "2", "big one"}, {"10", "20", "small"}},
	Lines:  []int{2, 3},
}, {
	Name:  "no header",
	Input: "1,2,3\n4,5,6\n",
	Delim: ',',
	Names: []string{"col1", "col2", "col3"},
	Kinds: []Kind{N, N, N},
	Cells: [][]string{{"1", "2", "3"}, {"4", "5", "6"}},
	Lines: []int{1, 2},
}, {
	Name:  "no header, categorical column",
	Input: "1,red\n2,blue\n3,red\n",
	Delim: ',',
	Names: []string{"col1", "col2"},
	Kinds: []Kind{N, C},
	Cells: [][]string{{"1", "red"}, {"2", "blue"}, {"3", "red"}},
	Lines: []int{1, 2, 3},
}, {
	Name:  "all categorical, first row repeats below: no header",
	Input: "red,big\nblue,small\nred,small\n",
	Delim: ',',
	Names: []string{"col1", "col2"},
	Kinds: []Kind{C, C},
	Cells: [][]string{{"red", "big"}, {"blue", "small"}, {"red", "small"}},
	Lines: []int{1, 2, 3},
}, {
	Name:   "all categorical with header",
	Input:  "color,size\nred,big\nblue,small\n",
	Delim:  ',',
	Header: true,
	Names:  []string{"color", "size"},
	Kinds:  []Kind{C, C},
	Cells:  [][]string{{"red", "big"}, {"blue", "small"}},
	Lines:  []int{2, 3},
}, {
	Name:   "quoted fields with delimiters, quotes and a newline inside",
	Input:  "name,v\n\"Smith, J\",1\n\"say \"\"hi\"\"\",2\n\"two\nlines\",3\n",
	Delim:  ',',
	Header: true,
	Names:  []string{"name", "v"},
	Kinds:  []Kind{C, N},
	Cells:  [][]string{{"Smith, J", "1"}, {`say "hi"`, "2"}, {"two\nlines", "3"}},
	Lines:  []int{2, 3, 4},
}, {
	Name:   "BOM, CRLF, spaces and a blank line",
	Input:  "\ufeff a , b \r\n 1 , 2 \r\n\r\n 3 , 4 \r\n",
	Delim:  ',',
	Header: true,
	Names:  []string{"a", "b"},
	Kinds:  []Kind{N, N},
	Cells:  [][]string{{"1", "2"}, {"3", "4"}},
	Lines:  []int{2, 4},
}, {
	Name:   "signs, decimals and exponents",
	Input:  "v\n+1\n-2.5\n.5\n1e3\n-1.5E-3\n+2e+2\n1e-400\n",
	Delim:  ',',
	Header: true,
	Names:  []string{"v"},
	Kinds:  []Kind{N},
	Cells:  [][]string{{"+1"}, {"-2.5"}, {".5"}, {"1e3"}, {"-1.5E-3"}, {"+2e+2"}, {"1e-400"}},
	Lines:  []int{2, 3, 4, 5, 6, 7, 8},
}, {
	Name:   "missing tokens are not errors",
	Input:  "a,b\n1,x\nNA,y\n,z\nN/A,x\nNaN,y\nnan,z\n?,x\nnull,y\nNULL,z\nNone,x\n",
	Delim:  ',',
	Header: true,
	Names:  []string{"a", "b"},
	Kinds:  []Kind{N, C},
	Cells: [][]string{{"1", "x"}, {"NA", "y"}, {"", "z"}, {"N/A", "x"}, {"NaN", "y"},
		{"nan", "z"}, {"?", "x"}, {"null", "y"}, {"NULL", "z"}, {"None", "x"}},
	Lines: []int{2, 3, 4, 5, 6, 7, 8, 9, 10, 11},
}, {
	Name:   "stray words and infinities in a numeric column",
	Input:  "a,b\n1,x\n2,y\noops,z\n4,x\ninf,y\n-Infinity,z\n1e999,x\n8,y\n",
	Delim:  ',',
	Header: true,
	Names:  []string{"a", "b"},
	Kinds:  []Kind{N, C},
	Cells: [][]string{{"1", "x"}, {"2", "y"}, {"oops", "z"}, {"4", "x"}, {"inf", "y"},
		{"-Infinity", "z"}, {"1e999", "x"}, {"8", "y"}},
	Lines: []int{2, 3, 4, 5, 6, 7, 8, 9},
	Errors: []*ParseError{
		{Line: 4, Column: 1, Text: "oops", Err: ErrNotNumber},
		{Line: 6, Column: 1, Text: "inf", Err: ErrNotFinite},
		{Line: 7, Column: 1, Text: "-Infinity", Err: ErrNotFinite},
		{Line: 8, Column: 1, Text: "1e999", Err: ErrNotFinite},
	},
}, {
	Name:   "mostly words: categorical, no errors",
	Input:  "a,b\n1,x\nred,y\nblue,z\n",
	Delim:  ',',
	Header: true,
	Names:  []string{"a", "b"},
	Kinds:  []Kind{C, C},
	Cells:  [][]string{{"1", "x"}, {"red", "y"}, {"blue", "z"}},
	Lines:  []int{2, 3, 4},
}, {
	Name:   "empty and duplicate header names",
	Input:  ",x,x\n1,2,3\n",
	Delim:  ',',
	Header: true,
	Names:  []string{"col1", "x", "x_2"},
	Kinds:  []Kind{N, N, N},
	Cells:  [][]string{{"1", "2", "3"}},
	Lines:  []int{2},
}, {
	Name:   "single column",
	Input:  "y\n1\n2\n",
	Delim:  ',',
	Header: true,
	Names:  []string{"y"},
	Kinds:  []Kind{N},
	Cells:  [][]string{{"1"}, {"2"}},
	Lines:  []int{2, 3},
}}

func TestParse(t *testing.T) {
	for _, tt := range parseTests {
		t.Run(tt.Name, func(t *testing.T) {
			tb, err := Parse(tt.Input)
			if err != nil {
				t.Fatalf("Parse(%q) error: %v", tt.Input, err)
			}
			if tb.Delimiter != tt.Delim {
				t.Errorf("Delimiter = %q, want %q", tb.Delimiter, tt.Delim)
			}
			if tb.Header != tt.Header {
				t.Errorf("Header = %v, want %v", tb.Header, tt.Header)
			}
			if !reflect.DeepEqual(tb.Names, tt.Names) {
				t.Errorf("Names = %q, want %q", tb.Names, tt.Names)
			}
			if !reflect.DeepEqual(tb.Kinds, tt.Kinds) {
				t.Errorf("Kinds = %v, want %v", tb.Kinds, tt.Kinds)
			}
			if got := tb.Preview(1 << 30); !reflect.DeepEqual(got, tt.Cells) {
				t.Errorf("cells = %q, want %q", got, tt.Cells)
			}
			var lines []int
			for r := range tb.Rows() {
				lines = append(lines, tb.Line(r))
			}
			if !reflect.DeepEqual(lines, tt.Lines) {
				t.Errorf("lines = %v, want %v", lines, tt.Lines)
			}
			if !reflect.DeepEqual(tb.Errors, tt.Errors) {
				t.Errorf("Errors = %q, want %q", tb.Errors, tt.Errors)
			}
		})
	}
}

func TestParseValues(t *testing.T) {
	tb, err := Parse("v,w\n+1,a\n-2.5,b\n.5,c\n1e3,d\n-1.5E-3,e\nNA,f\noops,g\n")
	if err != nil {
		t.Fatal(err)
	}
	// Exact by construction: each literal is a float64 ParseFloat reproduces.
	want := []struct {
		v  float64
		ok bool
	}{{1, true}, {-2.5, true}, {0.5, true}, {1000, true}, {-0.0015, true}, {0, false}, {0, false}}
	for r, w := range want {
		v, ok := tb.Value(r, 0)
		if ok != w.ok || (ok && v != w.v) {
			t.Errorf("Value(%d, 0) = %v, %v; want %v, %v", r, v, ok, w.v, w.ok)
		}
	}
	if _, ok := tb.Value(0, 1); ok {
		t.Errorf("Value of a categorical cell reported ok")
	}
}

var parseErrorTests = []struct {
	Name  string
	Input string
	Error *ParseError
}{
	{"empty", "", &ParseError{Err: ErrEmpty}},
	{"only spaces and newlines", " \n\r\n  \n", &ParseError{Err: ErrEmpty}},
	{"only a BOM", "\ufeff", &ParseError{Err: ErrEmpty}},
	{"only a header", "x,y,label\n", &ParseError{Line: 1, Err: ErrNoRows}},
	{"only a header after blank lines", "\n\nx;y\n", &ParseError{Line: 3, Err: ErrNoRows}},
	{"row too short", "a,b,c\n1,2,3\n4,5\n", &ParseError{Line: 3, Column: 2, Text: "5", Err: ErrTooFewFields}},
	{"row too long", "a,b\n1,2\n3,4\n5,6,7\n", &ParseError{Line: 4, Column: 3, Text: "7", Err: ErrTooManyFields}},
	{"row too long, tabs", "a\tb\n1\t2\n3\t4\t5\n", &ParseError{Line: 3, Column: 3, Text: "5", Err: ErrTooManyFields}},
	{"ragged whitespace", "a b\n1 2\n3 4 5\n6 7\n", &ParseError{Line: 3, Column: 3, Text: "5", Err: ErrTooManyFields}},
	{"bare quote", "a,b\n1,x\"y\n", &ParseError{Line: 2, Column: 2, Text: `x"`, Err: csv.ErrBareQuote}},
	{"unterminated quote", "a,b\n1,2\n3,\"abc\n", &ParseError{Line: 3, Column: 2, Text: `"abc`, Err: csv.ErrQuote}},
	{"text after closing quote", "a,b\n1,\"x\"y\n", &ParseError{Line: 2, Column: 2, Text: `"x"`, Err: csv.ErrQuote}},
	{"whitespace, unterminated quote", "a b\n1 \"x\n", &ParseError{Line: 2, Column: 2, Text: `"x`, Err: csv.ErrQuote}},
	{"whitespace, bare quote", "a b\n1 x\"\n", &ParseError{Line: 2, Column: 2, Text: `x"`, Err: csv.ErrBareQuote}},
	{"too many columns", strings.Repeat("1,", MaxColumns) + "1\n", &ParseError{Line: 1, Column: MaxColumns + 1, Text: "1", Err: ErrTooManyColumns}},
	{"unterminated quote at its opening line", "a,y\n1,2\n\"3,4\n5,6\n7,8\n", &ParseError{Line: 3, Column: 1, Text: `"3,4`, Err: csv.ErrQuote}},
	{"quote cut on a character boundary", "a,b\n1,\"" + strings.Repeat("é", 30) + "\"x\n", &ParseError{Line: 2, Column: 2, Text: `"` + strings.Repeat("é", 19), Err: csv.ErrQuote}},
	{"CR-only line ends", "a,b\r1,2\r3,x\"\r", &ParseError{Line: 3, Column: 2, Text: `x"`, Err: csv.ErrBareQuote}},
}

func TestParseErrors(t *testing.T) {
	for _, tt := range parseErrorTests {
		t.Run(tt.Name, func(t *testing.T) {
			tb, err := Parse(tt.Input)
			var pe *ParseError
			if !errors.As(err, &pe) {
				t.Fatalf("Parse(%q) = %v, %v; want error %q", tt.Input, tb, err, tt.Error)
			}
			if !reflect.DeepEqual(pe, tt.Error) {
				t.Errorf("Parse(%q) error:\ngot  %#v %q\nwant %#v %q", tt.Input, pe, pe, tt.Error, tt.Error)
			}
			if !errors.Is(err, tt.Error.Err) {
				t.Errorf("errors.Is(%v, %v) = false", err, tt.Error.Err)
			}
		})
	}
}

func TestParseErrorMessage(t *testing.T) {
	tests := []struct {
		Err  *ParseError
		Want string
	}{
		{&ParseError{Line: 5, Column: 3, Text: "abc", Err: ErrNotNumber}, `data: line 5, column 3: "abc": not a number in a numeric column`},
		{&ParseError{Line: 2, Err: ErrNoRows}, `data: line 2: only a header, no data rows`},
		{&ParseError{Column: 4, Text: "x", Err: ErrOneClass}, `data: column 4: "x": the target has a single class`},
		{&ParseError{Text: "foo", Err: ErrUnknownColumn}, `data: "foo": no such column`},
		{&ParseError{Err: ErrEmpty}, `data: empty input`},
	}
	for _, tt := range tests {
		if got := tt.Err.Error(); got != tt.Want {
			t.Errorf("Error() = %q, want %q", got, tt.Want)
		}
	}
}

func TestParseTooLarge(t *testing.T) {
	// A string header is cheap: the check comes before any work.
	big := strings.Repeat("1", MaxBytes+1)
	_, err := Parse(big)
	want := &ParseError{Text: fmt.Sprint(MaxBytes+1, " bytes"), Err: ErrTooLarge}
	if !reflect.DeepEqual(err, want) {
		t.Errorf("Parse(%d bytes) error = %q, want %q", len(big), err, want)
	}
}

func TestParseTooManyRows(t *testing.T) {
	var b strings.Builder
	b.WriteString("x\n")
	for range MaxRows + 1 {
		b.WriteString("1\n")
	}
	_, err := Parse(b.String())
	want := &ParseError{Line: MaxRows + 2, Err: ErrTooManyRows}
	if !reflect.DeepEqual(err, want) {
		t.Errorf("Parse(%d rows) error = %q, want %q", MaxRows+1, err, want)
	}
}

// bigText returns a CSV text of rows rows × 10 columns: 9 numeric features
// with exponents and signs, and a class label.
func bigText(rows int) string {
	var b strings.Builder
	b.WriteString("a,b,c,d,e,f,g,h,i,label\n")
	for r := range rows {
		for c := range 9 {
			fmt.Fprintf(&b, "%d.%03de%d,", r%1000-500, (r*7+c)%1000, c%3)
		}
		b.WriteString([]string{"cat", "dog", "bird"}[r%3])
		b.WriteByte('\n')
	}
	return b.String()
}

func TestParseLarge(t *testing.T) {
	if testing.Short() {
		t.Log("short mode: 100,000 rows only")
	}
	rows := 560_000 // about 52 MB
	if testing.Short() {
		rows = 100_000
	}
	text := bigText(rows)
	tb, err := Parse(text)
	if err != nil {
		t.Fatal(err)
	}
	if tb.Rows() < 100_000 || tb.Cols() != 10 || len(tb.Errors) != 0 {
		t.Errorf("parsed %d rows × %d columns, %d errors from %d bytes", tb.Rows(), tb.Cols(), len(tb.Errors), len(text))
	}
	t.Logf("parsed %d bytes: %d rows", len(text), tb.Rows())
}

func TestParseWide(t *testing.T) {
	// 1,000 columns (the guaranteed minimum) parse, and Prepare uses them.
	var b strings.Builder
	for r := range 4 {
		for c := range 1000 {
			if c > 0 {
				b.WriteByte(',')
			}
			fmt.Fprint(&b, r*c%7)
		}
		b.WriteByte('\n')
	}
	tb, err := Parse(b.String())
	if err != nil {
		t.Fatal(err)
	}
	ds, err := Prepare(tb, Spec{})
	if err != nil {
		t.Fatal(err)
	}
	if tb.Cols() != 1000 || tb.Rows() != 4 || ds.Dim != 999 || tb.Names[999] != "col1000" {
		t.Errorf("%d columns, %d rows, Dim %d, last name %q", tb.Cols(), tb.Rows(), ds.Dim, tb.Names[999])
	}
}

func TestParseWideThenRagged(t *testing.T) {
	// A wide first line followed by many short ones: an error at line 2,
	// without preallocating columns × lines cells.
	text := strings.Repeat("1,", MaxColumns-1) + "1\n" + strings.Repeat("1\n", 200_000)
	_, err := Parse(text)
	want := &ParseError{Line: 2, Column: 1, Text: "1", Err: ErrTooFewFields}
	if !reflect.DeepEqual(err, want) {
		t.Errorf("error = %q, want %q", err, want)
	}
}

// Every sentinel of a bad-data error has a code, and the codes differ.
func TestErrorCodes(t *testing.T) {
	seen := map[string]bool{}
	for _, code := range ErrorCodes() {
		if code == "" || seen[code] {
			t.Errorf("code %q empty or repeated", code)
		}
		seen[code] = true
	}
	for _, err := range []error{ErrEmpty, ErrNotNumber, ErrMostlyMissing, ErrTestRatio} {
		if (&ParseError{Err: err}).Code() == "" {
			t.Errorf("%v has no code", err)
		}
	}
	if _, err := Parse("x,y\n1,\"2\n"); err == nil || err.(*ParseError).Code() != "quote" {
		t.Errorf("an unclosed quote: %v, code %q; want code quote", err, err.(*ParseError).Code())
	}
}

// A column of numbers near 1e308 overflows its normalization: the error
// names the line and column of a cell, not line 0.
func TestOverflowKeepsLine(t *testing.T) {
	tb, err := Parse("a,y\n" + strings.Repeat("1e308,1\n", 10) + "1,2\n")
	if err != nil {
		t.Fatal(err)
	}
	_, err = Prepare(tb, Spec{TestRatio: 0.3, Seed: 1})
	var pe *ParseError
	if !errors.As(err, &pe) || pe.Line < 2 || pe.Column != 1 || pe.Text != "1e308" || pe.Err != ErrNotFinite {
		t.Errorf("Prepare: %#v; want a line, column 1, \"1e308\", ErrNotFinite", err)
	}
}

// Text with CR-only line ends (old Mac spreadsheets) is read as lines.
func TestCROnly(t *testing.T) {
	tb, err := Parse("a,b\r1,2\r3,4\r")
	if err != nil {
		t.Fatal(err)
	}
	if tb.Rows() != 2 || tb.Cols() != 2 || tb.Line(1) != 3 {
		t.Errorf("%d rows of %d columns, the last on line %d; want 2 of 2, line 3", tb.Rows(), tb.Cols(), tb.Line(1))
	}
}
