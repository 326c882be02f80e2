package data

import (
	"strings"
	"testing"

	"github.com/nnplayground/playground/internal/alloctest"
)

// Columns that share a name are renamed x, x_2, x_3, … in linear time: a
// short link holding 10,000 columns called "x" must not cost seconds and
// hundreds of megabytes.
func TestDuplicateNamesLinear(t *testing.T) {
	const n = 10000
	text := strings.Repeat("x,", n-1) + "x\n" + strings.Repeat("1,", n-1) + "1\n"
	var tb *Table
	var err error
	alloc, took := alloctest.Measure(func() { tb, err = Parse(text) })
	if err != nil {
		t.Fatal(err)
	}
	if tb.Names[0] != "x" || tb.Names[1] != "x_2" || tb.Names[n-1] != "x_10000" {
		t.Errorf("names %q … %q", tb.Names[:3], tb.Names[n-1])
	}
	if mb := alloc >> 20; mb >= 50 {
		t.Errorf("%d MB allocated", mb)
	}
	// Quadratic renaming shows in the allocations above; the time is only
	// reported (about 10 ms on a laptop), never asserted.
	t.Logf("%v, %d kB", took, alloc>>10)
}

func TestUniqueNames(t *testing.T) {
	tests := []struct {
		Name  string
		Input []string
		Want  []string
	}{
		{"distinct", []string{"a", "b"}, []string{"a", "b"}},
		{"repeated", []string{"a", "a", "a"}, []string{"a", "a_2", "a_3"}},
		{"empty", []string{"", "b", ""}, []string{"col1", "b", "col3"}},
		{"taken suffix", []string{"a", "a_2", "a"}, []string{"a", "a_2", "a_3"}},
		{"suffix taken later", []string{"a", "a", "a_2"}, []string{"a", "a_2", "a_2_2"}},
	}
	for _, tt := range tests {
		t.Run(tt.Name, func(t *testing.T) {
			got := uniqueNames(tt.Input)
			if strings.Join(got, "|") != strings.Join(tt.Want, "|") {
				t.Errorf("uniqueNames(%q) = %q, want %q", tt.Input, got, tt.Want)
			}
		})
	}
}
