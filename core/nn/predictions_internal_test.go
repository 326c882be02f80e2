package nn

import (
	"bytes"
	"encoding/csv"
	"testing"

	"github.com/nnplayground/playground/core/data"
)

func TestCSVFormulaSafe(t *testing.T) {
	for _, tc := range []struct{ Input, Output string }{
		{"", ""},
		{"plain", "plain"},
		{"a=b", "a=b"},
		{"=SUM(A1:A9)", "'=SUM(A1:A9)"},
		{"+cmd|' /C calc'!A0", "'+cmd|' /C calc'!A0"},
		{"-2+3", "'-2+3"},
		{"@SUM(A1)", "'@SUM(A1)"},
		{"\tx", "'\tx"},
		{"\rx", "'\rx"},
		{"-", "'-"},
		{"-1.5", "-1.5"},
		{"+2e-3", "+2e-3"},
		{"-1,5", "-1,5"},
		{"-1.5E+10", "-1.5E+10"},
		{"-Inf", "'-Inf"},
		{"-NaN", "'-NaN"},
		{"-0x1p-2", "'-0x1p-2"},
		{"-1e999", "'-1e999"},
		{"-1,234.5", "'-1,234.5"},
	} {
		if got := data.SafeCell(tc.Input); got != tc.Output {
			t.Errorf("data.SafeCell(%q) = %q, want %q", tc.Input, got, tc.Output)
		}
	}
}

// appendCSVRecord writes what encoding/csv's Writer writes for the fields
// that data.SafeCell returns.
func TestAppendCSVRecord(t *testing.T) {
	rows := [][]string{
		{"a", "", "b c", " lead", "\tTab", "x,y", `say "hi"`, "two\nlines", "cr\r", `\.`, "ünï", "1.5e-3", "=1+1", `="a,b"`},
		{""}, {"", ""},
	}
	var want bytes.Buffer
	w := csv.NewWriter(&want)
	var got []byte
	for _, r := range rows {
		safe := make([]string, len(r))
		for i, f := range r {
			safe[i] = data.SafeCell(f)
		}
		if err := w.Write(safe); err != nil {
			t.Fatal(err)
		}
		got = appendCSVRecord(got, r)
	}
	w.Flush()
	if string(got) != want.String() {
		t.Errorf("appendCSVRecord wrote\n%q\nencoding/csv writes\n%q", got, want.String())
	}
}
