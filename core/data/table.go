package data

import "math"

// Limits of Parse. Inputs up to these sizes parse; larger ones are an error
// naming the limit (ErrTooLarge, ErrTooManyRows, ErrTooManyColumns).
// The guaranteed minimum is 100,000 rows, 1,000 columns and 50 MB of text.
const (
	MaxBytes   = 64 << 20  // bytes of text
	MaxRows    = 1_000_000 // data rows, not counting the header
	MaxColumns = 10_000    // fields per row
)

// MaxStrayPerColumn is the most stray cells (words or infinities in a
// numeric column) that Table.Errors keeps per column: the first is the one
// Prepare reports, the first few are what the summary shows, and a 64 MB
// table of stray cells would otherwise keep millions (2.25 GB).
const MaxStrayPerColumn = 5

// Limits of Prepare, which guard the memory of the browser tab.
const (
	MaxCategories = 1000    // distinct values of a categorical feature or of a class target
	MaxValues     = 1 << 25 // numbers in X and Y together (rows × (Dim+Out))
	// MaxKept is how many of its most frequent values a categorical input
	// with more keeps under Spec.Auto; the others become "(other)".
	MaxKept = 50
)

// Table is parsed text: named columns of cells, with an inferred Kind each.
// Cells are kept as trimmed strings; numeric columns also keep their values.
type Table struct {
	Names     []string // column names: from the header, or col1, col2, …
	Kinds     []Kind   // Numeric or Categorical, one per column
	Header    bool     // whether the first line was a header
	Delimiter rune     // ',', '\t', ';' or ' ' (runs of spaces and tabs)
	// Errors are the first MaxStrayPerColumn stray cells of each numeric
	// column, sorted by line then column, each quoting at most ~40 bytes of
	// its cell; StrayCells counts them all.
	Errors     []*ParseError
	StrayCells int
	// Formatted lists the columns whose numbers were written for people
	// (1.234,5 or 1,200 or $3.50 or 15%) and were read as plain numbers.
	Formatted []int

	cols     int
	capRows  int         // upper bound on the records, for preallocation
	capBytes int         // length of the text, for preallocation
	prior    int         // records read before this text (ReadChunks)
	line0    int         // lines before this text (ReadChunks)
	more     bool        // text that is not white space follows this text (ReadChunks)
	cells    []string    // row-major, Rows()×cols
	lines    []int       // 1-based line where each data row starts
	num      [][]float64 // per column; nil for Categorical; NaN marks a missing or bad cell
	profs    profiles    // column profiles, computed when first asked for
}

// Rows returns the number of data rows (the header is not a row).
func (t *Table) Rows() int { return len(t.lines) }

// Cols returns the number of columns.
func (t *Table) Cols() int { return t.cols }

// Cell returns the trimmed text of data row r, column c (both 0-based).
// It panics if r or c is out of range.
func (t *Table) Cell(r, c int) string {
	if c < 0 || c >= t.cols {
		panic("data: column index out of range")
	}
	return t.cells[r*t.cols+c]
}

// Line returns the 1-based line of the original text on which data row r
// (0-based) starts. It panics if r is out of range.
func (t *Table) Line(r int) int { return t.lines[r] }

// Value returns the number in data row r, column c of a Numeric column, and
// false when the cell is missing, is a stray word, or the column is
// Categorical.
func (t *Table) Value(r, c int) (float64, bool) {
	if c < 0 || c >= t.cols {
		panic("data: column index out of range")
	}
	col := t.num[c]
	if col == nil {
		return 0, false
	}
	v := col[r]
	return v, !math.IsNaN(v)
}

// Column returns the index of the column with the given name, or -1.
func (t *Table) Column(name string) int {
	for i, n := range t.Names {
		if n == name {
			return i
		}
	}
	return -1
}

// Preview returns the first n data rows (fewer if the table is shorter) as
// fresh slices of cells, for display.
func (t *Table) Preview(n int) [][]string {
	n = max(0, min(n, t.Rows()))
	out := make([][]string, n)
	for r := range out {
		out[r] = append([]string(nil), t.cells[r*t.cols:(r+1)*t.cols]...)
	}
	return out
}

// TwoValued reports whether column c is Numeric and holds exactly two
// distinct values (0 and 1, say): as a target it names two classes.
func (t *Table) TwoValued(c int) bool {
	if t.Kinds[c] != Numeric {
		return false
	}
	var a, b float64
	n := 0
	for _, v := range t.num[c] {
		switch {
		case math.IsNaN(v) || n > 0 && v == a || n > 1 && v == b:
		case n == 0:
			a, n = v, 1
		case n == 1:
			b, n = v, 2
		default:
			return false
		}
	}
	return n == 2
}

// Empty reports whether column c has no value in any row.
func (t *Table) Empty(c int) bool {
	for r := range t.Rows() {
		if !t.missing(r, c) {
			return false
		}
	}
	return true
}
