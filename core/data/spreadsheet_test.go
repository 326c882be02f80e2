package data

import (
	"errors"
	"testing"
)

// Text that is not UTF-8 is read as Windows-1252, as spreadsheets on
// Windows save CSV and as the page's file reader (web/static/glue.js)
// decodes it; UTF-16 with a byte order mark is decoded too.
func TestDecodeText(t *testing.T) {
	tests := []struct {
		Name  string
		Input []byte
		Want  string
	}{
		{"utf-8", []byte("temp\u00e9rature,y\n1,2\n"), "temp\u00e9rature,y\n1,2\n"},
		{"windows-1252", []byte("temp\xe9rature,\x80,\x93q\x94\n1,2,3\n"), "temp\u00e9rature,\u20ac,\u201cq\u201d\n1,2,3\n"},
		{"1252 undefined bytes as C1 controls (TextDecoder)", []byte("a\x81\x8d\x8f\x90\x9d"), "a\u0081\u008d\u008f\u0090\u009d"},
		{"utf-16le bom", []byte("\xff\xfea\x00,\x00\xe9\x00\n\x00"), "a,\u00e9\n"},
		{"utf-16be bom", []byte("\xfe\xff\x00a\x00,\x00\xe9\x00\n"), "a,\u00e9\n"},
		{"empty", nil, ""},
	}
	for _, tt := range tests {
		t.Run(tt.Name, func(t *testing.T) {
			if got := DecodeText(tt.Input); got != tt.Want {
				t.Errorf("DecodeText(%q) = %q, want %q", tt.Input, got, tt.Want)
			}
		})
	}
}

// Only decimal numbers are numbers: Go's literal syntax (digit separators,
// hexadecimal floats) is a word, as a spreadsheet reads it.
func TestOnlyDecimalNumbers(t *testing.T) {
	for _, s := range []string{"1_0.5_5", "0x1p-2", "1_000", "0X1P+3", "0b101"} {
		if v, st := parseCell(s); st != stWord {
			t.Errorf("parseCell(%q) = %v, %v; want a word", s, v, st)
		}
	}
	for _, tt := range []struct {
		S string
		V float64
	}{{"10.55", 10.55}, {"+.5", 0.5}, {"-1.5e-3", -1.5e-3}, {"1E5", 1e5}} {
		if v, st := parseCell(tt.S); st != stNumber || v != tt.V {
			t.Errorf("parseCell(%q) = %v, %v; want %v", tt.S, v, st, tt.V)
		}
	}
}

// A NUL byte is an error at its line and column, never a silent change of
// the column's kind.
func TestNULByte(t *testing.T) {
	_, err := Parse("a,b,y\n1,2,3\n4,5\x00,6\n")
	var pe *ParseError
	if !errors.As(err, &pe) || !errors.Is(err, ErrNUL) || pe.Line != 3 || pe.Column != 2 {
		t.Fatalf("Parse: %v; want ErrNUL at line 3, column 2", err)
	}
	if pe.Text != "5\\x00" {
		t.Errorf("quoted %q, want %q", pe.Text, "5\\x00")
	}
}
