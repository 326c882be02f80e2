package data

import (
	"math"
	"strings"
	"unicode"
)

// targetWords are the words that name a label in a column name.
var targetWords = []string{"label", "class", "species", "target", "y"}

// DefaultTarget returns the name of the column a pasted table most likely
// wants to predict: the first categorical column whose name says so
// ("label", "class", "species", "target" or "y" as a word of the name, in
// any case: "Species", "class_label"), else the last column with values
// that is not a year, an identifier or a row counter, else the last column
// with values. It returns "" for a table without columns.
//
// Prepare keeps "the last column" for an empty Spec.Target, as links made
// before this rule expect; session.Build uses DefaultTarget for settings of
// version 2, and GuessTarget for later ones.
func DefaultTarget(t *Table) string {
	if t == nil || t.cols == 0 {
		return ""
	}
	for c, name := range t.Names {
		if t.Kinds[c] == Categorical && !t.Empty(c) && nameHas(name, targetWords...) {
			return name
		}
	}
	last := -1
	for c := t.cols - 1; c >= 0; c-- {
		if t.Empty(c) {
			continue
		}
		if last < 0 {
			last = c
		}
		if !t.isYear(c) && !t.isID(c) && !t.countsRows(c) {
			return t.Names[c]
		}
	}
	if last < 0 {
		return t.Names[t.cols-1]
	}
	return t.Names[last]
}

// nameHas reports whether one of the words of name (split at anything but
// letters and digits), in lower case, is one of words.
func nameHas(name string, words ...string) bool {
	for _, w := range strings.FieldsFunc(strings.ToLower(name), func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }) {
		for _, x := range words {
			if w == x {
				return true
			}
		}
	}
	return false
}

// isYear reports whether column c is called a year, or holds whole numbers
// from 1800 to 2100 only and is called a date.
func (t *Table) isYear(c int) bool {
	if nameHas(t.Names[c], "year", "yr") {
		return true
	}
	if t.Kinds[c] != Numeric || !nameHas(t.Names[c], "date", "season") {
		return false
	}
	for _, v := range t.num[c] {
		if !math.IsNaN(v) && (v != math.Trunc(v) || v < 1800 || v > 2100) {
			return false
		}
	}
	return true
}

// isID reports whether column c is called an identifier ("id", "ID",
// "sample_id", "index", "row").
func (t *Table) isID(c int) bool { return nameHas(t.Names[c], "id", "index", "row", "idx") }

// countsRows reports whether column c holds the row numbers, counting up
// by one from 0 or 1.
func (t *Table) countsRows(c int) bool {
	col := t.num[c]
	if t.Kinds[c] != Numeric || len(col) < 2 || (col[0] != 0 && col[0] != 1) {
		return false
	}
	for r, v := range col {
		if v != col[0]+float64(r) {
			return false
		}
	}
	return true
}
