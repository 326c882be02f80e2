package data

import (
	"encoding/csv"
	"errors"
	"strconv"
	"strings"
)

// Sentinel errors. Every error returned by this package for bad data is a
// *ParseError whose Err is one of these (or, for bad quoting, csv.ErrQuote or
// csv.ErrBareQuote), so callers can test with errors.Is.
var (
	ErrEmpty          = errors.New("empty input")
	ErrNoRows         = errors.New("only a header, no data rows")
	ErrTooFewFields   = errors.New("row ends early: fewer fields than the first row")
	ErrTooManyFields  = errors.New("extra field: more fields than the first row")
	ErrNotNumber      = errors.New("not a number in a numeric column")
	ErrNotFinite      = errors.New("not a finite number (inf, NaN or overflow)")
	ErrTooLarge       = errors.New("input larger than MaxBytes (64 MB)")
	ErrTooManyRows    = errors.New("more rows than MaxRows (1,000,000)")
	ErrTooManyColumns = errors.New("more columns than MaxColumns (10,000)")
	ErrTooManyValues  = errors.New("dataset larger than MaxValues (33,554,432 numbers)")
	ErrTooManyClasses = errors.New("more distinct values than MaxCategories (1,000)")
	ErrUnknownColumn  = errors.New("no such column")
	ErrBadRole        = errors.New("column cannot have this role")
	ErrNotNumeric     = errors.New("derived features need a numeric feature column")
	ErrNoFeatures     = errors.New("no input columns")
	ErrOneClass       = errors.New("the target has a single class")
	ErrTooFewRows     = errors.New("fewer than 2 rows after dropping missing values")
	ErrMostlyMissing  = errors.New("missing in so many rows that fewer than 2 are left: ignore this column, or fill missing values with the mean")
	ErrNoTrainRows    = errors.New("no training rows")
	ErrMissing        = errors.New("missing value")
	ErrAllMissing     = errors.New("every training value of the column is missing")
	ErrUnseen         = errors.New("value not seen in the training data")
	ErrSplitValue     = errors.New(`split column value must be "train" or "test"`)
	ErrTestRatio      = errors.New("test ratio must be in [0, 0.9]")
	ErrNUL            = errors.New("a NUL byte: a binary file, or text saved as UTF-16 without a byte order mark")
	ErrNotTime        = errors.New("not a date or time in a column of times (write 2019-03-23 or 2019-03-23 20:21:09)")
)

// codes name the sentinel errors for the page's translations (see
// ParseError.Code).
var codes = []struct {
	err  error
	code string
}{
	{ErrEmpty, "empty"}, {ErrNoRows, "no-rows"}, {ErrTooFewFields, "too-few-fields"},
	{ErrTooManyFields, "too-many-fields"}, {ErrNotNumber, "not-number"}, {ErrNotFinite, "not-finite"},
	{ErrTooLarge, "too-large"}, {ErrTooManyRows, "too-many-rows"}, {ErrTooManyColumns, "too-many-columns"},
	{ErrTooManyValues, "too-many-values"}, {ErrTooManyClasses, "too-many-classes"},
	{ErrUnknownColumn, "unknown-column"}, {ErrBadRole, "bad-role"}, {ErrNotNumeric, "not-numeric"},
	{ErrNoFeatures, "no-features"}, {ErrOneClass, "one-class"}, {ErrTooFewRows, "too-few-rows"},
	{ErrMostlyMissing, "mostly-missing"}, {ErrNoTrainRows, "no-train-rows"}, {ErrMissing, "missing"},
	{ErrAllMissing, "all-missing"}, {ErrUnseen, "unseen"}, {ErrSplitValue, "split-value"},
	{ErrTestRatio, "test-ratio"}, {ErrNUL, "nul"}, {ErrNotTime, "not-time"}, {csv.ErrQuote, "quote"}, {csv.ErrBareQuote, "bare-quote"},
}

// Sentinel returns the error whose code is code (ParseError.Code), or nil.
func Sentinel(code string) error {
	for _, c := range codes {
		if c.code == code {
			return c.err
		}
	}
	return nil
}

// ErrorCodes lists the codes that ParseError.Code returns.
func ErrorCodes() []string {
	out := make([]string, len(codes))
	for i, c := range codes {
		out[i] = c.code
	}
	return out
}

// Code names e's kind of error in a few words ("not-number"), for
// messages in other languages; "" for an error of no known kind.
func (e *ParseError) Code() string {
	for _, c := range codes {
		if e.Err == c.err { // Err is a sentinel itself: no errors.Is, whose Is calls cost the trainer binary 5 KB
			return c.code
		}
	}
	return ""
}

// ParseError describes bad data: where it is and what is wrong.
//
// Line is the 1-based line of the original text (the header is line 1 when
// there is one); Column is the 1-based column of the table (the field
// number, not a character offset). Either is 0 when it does not apply, for
// example for an unknown column name in a Spec. Text quotes the offending
// cell or name.
type ParseError struct {
	Line   int
	Column int
	Text   string
	Err    error
}

// Error formats the error as `line 5, column 3: "abc": not a number…`.
func (e *ParseError) Error() string {
	var b strings.Builder
	b.WriteString("data: ")
	if e.Line > 0 {
		b.WriteString("line ")
		b.WriteString(strconv.Itoa(e.Line))
		if e.Column > 0 {
			b.WriteString(", ")
		}
	}
	if e.Column > 0 {
		b.WriteString("column ")
		b.WriteString(strconv.Itoa(e.Column))
	}
	if e.Line > 0 || e.Column > 0 {
		b.WriteString(": ")
	}
	if e.Text != "" {
		b.WriteString(strconv.Quote(quote(e.Text)))
		b.WriteString(": ")
	}
	if e.Err != nil {
		b.WriteString(e.Err.Error())
	} else {
		b.WriteString("error")
	}
	return b.String()
}

// Unwrap returns the sentinel error.
func (e *ParseError) Unwrap() error { return e.Err }

// maxQuote is the most bytes of a cell that an error quotes: a 1 MB cell
// must not make a 1 MB message, sent to the page and shown.
const maxQuote = 40

// quote returns s cut to maxQuote bytes on a character boundary, with "…"
// when cut. It is idempotent: quoting a quote changes nothing.
func quote(s string) string {
	if len(s) <= maxQuote+len("…") {
		return s
	}
	return cut(s, maxQuote) + "…"
}

// Quoted returns the error's Text cut as Error quotes it (at most ~40
// bytes), for messages that carry the cell apart from the error.
func (e *ParseError) Quoted() string { return quote(e.Text) }
