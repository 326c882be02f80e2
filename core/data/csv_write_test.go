package data

import (
	"bytes"
	"encoding/csv"
	"testing"
)

// AppendCSVRecord writes what encoding/csv's Writer writes, and
// AppendSafeRecord that for the fields SafeCell returns.
func TestAppendCSVRecord(t *testing.T) {
	rows := [][]string{
		{"a", "", "b c", " lead", "\tTab", "x,y", `say "hi"`, "two\nlines", "cr\r", `\.`, "ünï", "1.5e-3", "=1+1", `="a,b"`, "-0.5", "-A1"},
		{""}, {"", ""},
	}
	for _, safe := range []bool{false, true} {
		var want bytes.Buffer
		w := csv.NewWriter(&want)
		var got []byte
		for _, r := range rows {
			rec := make([]string, len(r))
			for i, f := range r {
				rec[i] = f
				if safe {
					rec[i] = SafeCell(f)
				}
			}
			if err := w.Write(rec); err != nil {
				t.Fatal(err)
			}
			if safe {
				got = AppendSafeRecord(got, r)
			} else {
				got = AppendCSVRecord(got, r)
			}
		}
		w.Flush()
		if string(got) != want.String() {
			t.Errorf("safe %v: wrote\n%q\nencoding/csv writes\n%q", safe, got, want.String())
		}
	}
}
