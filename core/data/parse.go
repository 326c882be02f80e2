package data

import (
	"cmp"
	"encoding/csv"
	"errors"
	"io"
	"math"
	"sort"
	"strconv"
	"strings"
	"unicode/utf8"
)

// Parse reads pasted text into a Table. See the package documentation for
// the accepted formats. It returns a *ParseError for bad input; stray words
// in numeric columns are not an error here but are listed in Table.Errors.
func Parse(text string) (*Table, error) {
	if len(text) > MaxBytes {
		return nil, &ParseError{Text: strconv.Itoa(len(text)) + " bytes", Err: ErrTooLarge}
	}
	text = strings.TrimPrefix(text, "\ufeff")
	if strings.IndexByte(text, '\r') >= 0 && strings.IndexByte(text, '\n') < 0 {
		// Old Mac spreadsheets end lines with CR alone.
		text = strings.ReplaceAll(text, "\r", "\n")
	}
	if strings.TrimSpace(text) == "" {
		return nil, &ParseError{Err: ErrEmpty}
	}
	delim := sniff(text)
	// Spreadsheets may name the delimiter on a first line of its own,
	// "sep=;". It is read and blanked: blank lines are skipped, and the
	// line numbers stay those of the text.
	line, rest, _ := strings.Cut(text, "\n")
	if d, ok := sepLine(line); ok {
		delim, text = d, "\n"+rest
	}
	t := &Table{Delimiter: delim, capRows: strings.Count(text, "\n") + 1, capBytes: len(text)}
	var err error
	if t.Delimiter == ' ' {
		err = t.readFields(text)
	} else {
		err = t.readCSV(text)
	}
	if err != nil {
		return nil, err
	}
	if len(t.lines) == 0 {
		return nil, &ParseError{Err: ErrEmpty}
	}
	if err := t.infer(); err != nil {
		return nil, err
	}
	return t, nil
}

// addRecord appends one record, checking its width against the first one.
func (t *Table) addRecord(rec []string, line int, fieldLine func(int) int) error {
	if len(rec) == 1 && strings.TrimSpace(rec[0]) == "" && (t.cols != 1 || len(t.lines)+t.prior == 0) {
		return nil // a blank line
	}
	if len(rec) > 1 && allBlank(rec) {
		return nil // a spreadsheet's empty row: delimiters alone
	}
	if t.cols == 0 {
		if len(rec) > MaxColumns {
			return &ParseError{Line: line, Column: MaxColumns + 1, Text: strings.TrimSpace(rec[MaxColumns]), Err: ErrTooManyColumns}
		}
		t.cols = len(rec)
		t.alloc()
	}
	switch {
	case len(rec) < t.cols:
		k := len(rec)
		return &ParseError{Line: fieldLine(k - 1), Column: k, Text: strings.TrimSpace(rec[k-1]), Err: ErrTooFewFields}
	case len(rec) > t.cols:
		return &ParseError{Line: fieldLine(t.cols), Column: t.cols + 1, Text: strings.TrimSpace(rec[t.cols]), Err: ErrTooManyFields}
	}
	if len(t.lines)+t.prior > MaxRows { // one extra record may be the header
		return &ParseError{Line: line, Err: ErrTooManyRows}
	}
	for k, f := range rec {
		if i := strings.IndexByte(f, 0); i >= 0 {
			return &ParseError{Line: fieldLine(k), Column: k + 1, Text: strings.ReplaceAll(cut(strings.TrimSpace(f[:i+1]), 40), "\x00", `\x00`), Err: ErrNUL}
		}
		t.cells = append(t.cells, strings.TrimSpace(f))
	}
	t.lines = append(t.lines, line)
	return nil
}

// alloc makes room for the records of t's text once the number of columns
// is known: every field takes at least one byte (a delimiter or a line
// end).
func (t *Table) alloc() {
	t.cells = make([]string, 0, min(t.cols*min(t.capRows, MaxRows+1), t.capBytes+1))
	t.lines = make([]int, 0, min(t.capRows, MaxRows+1))
}

// readCSV reads comma, tab or semicolon separated text with encoding/csv.
// Line numbers count from t.line0 + 1.
func (t *Table) readCSV(text string) error {
	r := csv.NewReader(strings.NewReader(text))
	r.Comma = t.Delimiter
	r.FieldsPerRecord = -1
	r.ReuseRecord = true
	// TrimLeadingSpace would swallow empty fields between tabs.
	r.TrimLeadingSpace = t.Delimiter != '\t'
	fieldLine := func(i int) int { l, _ := r.FieldPos(i); return t.line0 + l }
	for {
		rec, err := r.Read()
		if err == io.EOF {
			return nil
		}
		if err != nil {
			var pe *csv.ParseError
			if errors.As(err, &pe) {
				e := quoteError(text, pe, t.Delimiter, t.more)
				e.Line += t.line0
				return e
			}
			return err
		}
		if err := t.addRecord(rec, fieldLine(0), fieldLine); err != nil {
			return err
		}
	}
}

// quoteError turns a syntax error of encoding/csv into a *ParseError whose
// Column is the field number, found by scanning the record up to the byte
// where encoding/csv stopped; Text quotes the field up to that point.
//
// A quoted field that runs over line ends to the end of the text (a quote
// never closed) is reported at the line where it opens, and quoted up to
// that line's end; more says that text (not white space) follows text,
// which is then not the end.
func quoteError(text string, pe *csv.ParseError, delim rune, more bool) *ParseError {
	e := &ParseError{Line: pe.Line, Column: 1, Err: pe.Err}
	start := lineOffset(text, pe.StartLine)
	end := min(lineOffset(text, pe.Line)+pe.Column, len(text))
	if start < 0 || end < start {
		return e
	}
	if pe.Err == csv.ErrQuote && pe.StartLine < pe.Line && strings.TrimSpace(text[end:]) == "" && !more {
		e.Line = pe.StartLine
		if i := strings.IndexByte(text[start:end], '\n'); i >= 0 {
			end = start + i + 1 // the scan below stops before end-1
		}
	}
	field, fieldStart, inQuote := 1, start, false
	for i := start; i < end-1; i++ {
		switch c := rune(text[i]); {
		case c == '"':
			inQuote = !inQuote
		case c == delim && !inQuote:
			field++
			fieldStart = i + 1
		}
	}
	e.Column = field
	e.Text = cut(strings.TrimSpace(text[fieldStart:end]), 40)
	return e
}

// cut returns s cut to at most n bytes on a UTF-8 character boundary.
func cut(s string, n int) string {
	if len(s) <= n {
		return s
	}
	for n > 0 && !utf8.RuneStart(s[n]) {
		n--
	}
	return s[:n]
}

// lineOffset returns the byte offset where 1-based line n starts, or -1.
func lineOffset(text string, n int) int {
	off := 0
	for l := 1; l < n; l++ {
		i := strings.IndexByte(text[off:], '\n')
		if i < 0 {
			return -1
		}
		off += i + 1
	}
	return off
}

// readFields reads text whose fields are separated by runs of spaces and
// tabs; a field may be double-quoted (with "" for a quote) but may not span
// lines. Line numbers count from t.line0 + 1.
func (t *Table) readFields(text string) error {
	var rec []string
	line := t.line0
	for len(text) > 0 {
		line++
		var s string
		if i := strings.IndexByte(text, '\n'); i >= 0 {
			s, text = text[:i], text[i+1:]
		} else {
			s, text = text, ""
		}
		s = strings.TrimSuffix(s, "\r")
		var err error
		rec, err = splitFields(rec[:0], s)
		if err != nil {
			pe := err.(*ParseError)
			pe.Line, pe.Text = line, cut(pe.Text, 40)
			return pe
		}
		if len(rec) == 0 {
			continue
		}
		if err := t.addRecord(rec, line, func(int) int { return line }); err != nil {
			return err
		}
	}
	return nil
}

// splitFields appends the whitespace-separated fields of line to dst.
func splitFields(dst []string, line string) ([]string, error) {
	i := 0
	for {
		for i < len(line) && (line[i] == ' ' || line[i] == '\t') {
			i++
		}
		if i == len(line) {
			return dst, nil
		}
		start := i
		if line[i] != '"' {
			for i < len(line) && line[i] != ' ' && line[i] != '\t' {
				if line[i] == '"' {
					return dst, &ParseError{Column: len(dst) + 1, Text: line[start : i+1], Err: csv.ErrBareQuote}
				}
				i++
			}
			dst = append(dst, line[start:i])
			continue
		}
		var b strings.Builder
		i++
		for {
			j := strings.IndexByte(line[i:], '"')
			if j < 0 {
				return dst, &ParseError{Column: len(dst) + 1, Text: line[start:], Err: csv.ErrQuote}
			}
			b.WriteString(line[i : i+j])
			i += j + 1
			if i < len(line) && line[i] == '"' {
				b.WriteByte('"')
				i++
				continue
			}
			break
		}
		if i < len(line) && line[i] != ' ' && line[i] != '\t' {
			return dst, &ParseError{Column: len(dst) + 1, Text: line[start : i+1], Err: csv.ErrQuote}
		}
		dst = append(dst, b.String())
	}
}

// infer detects the header, names the columns, infers each column's Kind
// and records stray cells of numeric columns in t.Errors.
func (t *Table) infer() error {
	nrec, cols := len(t.lines), t.cols
	stat := t.statuses()
	t.Formatted = t.readFormatted(stat, t.Delimiter != ',')
	// Counts over records 1.. (below the possible header).
	numeric := numericRule(stat, cols, 1)
	t.Header = t.detectHeader(stat[:cols], numeric)
	from := 0
	if t.Header {
		from = 1
		if nrec == 1 {
			return &ParseError{Line: t.lines[0], Err: ErrNoRows}
		}
	} else {
		numeric = numericRule(stat, cols, 0)
	}
	if nrec-from > MaxRows {
		return &ParseError{Line: t.lines[MaxRows+from], Err: ErrTooManyRows}
	}
	header := make([]string, cols)
	if t.Header {
		copy(header, t.cells[:cols])
	}
	t.Names = uniqueNames(header)
	t.inferKinds(stat, from, numeric)
	return nil
}

// statuses reads what every cell holds. The numbers are read again for
// the numeric columns (inferKinds): keeping every cell's value here cost 8
// bytes a cell, a quarter of what a table of one-digit cells allocated.
func (t *Table) statuses() []cellStatus {
	stat := make([]cellStatus, len(t.cells))
	for i, s := range t.cells {
		_, stat[i] = parseCell(s)
	}
	return stat
}

// numericRule returns whether each column is numeric judging by the
// records from.. of stat: it has no value, or more than half of its values
// look like numbers.
func numericRule(stat []cellStatus, cols, from int) func(c int) bool {
	present := make([]int, cols)
	numLike := make([]int, cols)
	for i := from * cols; i < len(stat); i++ {
		switch stat[i] {
		case stNumber, stNonFinite:
			numLike[i%cols]++
			present[i%cols]++
		case stWord:
			present[i%cols]++
		}
	}
	return func(c int) bool { return present[c] == 0 || 2*numLike[c] > present[c] }
}

// inferKinds drops the records before from (the header) and gives each
// column its Kind, numeric ones their values, and t.Errors their first
// stray cells.
func (t *Table) inferKinds(stat []cellStatus, from int, numeric func(int) bool) {
	cols := t.cols
	t.cells = t.cells[from*cols:]
	t.lines = t.lines[from:]
	stat = stat[from*cols:]
	rows := len(t.lines)
	t.Kinds = make([]Kind, cols)
	t.num = make([][]float64, cols)
	for c := range cols {
		if !numeric(c) {
			t.Kinds[c] = Categorical
			continue
		}
		t.Kinds[c] = Numeric
		col := make([]float64, rows)
		kept := 0
		for r := range col {
			i := r*cols + c
			var err error
			switch stat[i] {
			case stNumber:
				col[r], _ = parseCell(t.cells[i]) // a formatted number's cell was rewritten plain
				continue
			case stWord:
				err = ErrNotNumber
			case stNonFinite:
				err = ErrNotFinite
			}
			col[r] = math.NaN()
			if err == nil {
				continue
			}
			t.StrayCells++
			if kept < MaxStrayPerColumn {
				kept++
				t.Errors = append(t.Errors, &ParseError{Line: t.lines[r], Column: c + 1, Text: quote(t.cells[i]), Err: err})
			}
		}
		t.num[c] = col
	}
	e := t.Errors
	sort.Slice(e, func(i, j int) bool { // sort.Slice: see sortStrings
		return cmp.Or(cmp.Compare(e[i].Line, e[j].Line), cmp.Compare(e[i].Column, e[j].Column)) < 0
	})
}

// detectHeader decides whether the first record is a header (headerRule),
// given whether each column is numeric below it.
func (t *Table) detectHeader(first []cellStatus, numericBelow func(int) bool) bool {
	cols := t.cols
	appearsBelow := func(c int) bool {
		for i := cols + c; i < len(t.cells); i += cols {
			if t.cells[i] == t.cells[c] {
				return true
			}
		}
		return false
	}
	return headerRule(first, t.cells[:cols], len(t.lines), numericBelow, appearsBelow)
}

// headerRule decides whether the first record of records records is a
// header, from its cells and their statuses: none of its cells is a
// number, and either some column holding a word there is numeric below it,
// or every cell is a word that appears nowhere else in its column
// (appearsBelow) and the words are distinct. A lone record of words is a
// header.
func headerRule(first []cellStatus, cells []string, records int, numericBelow, appearsBelow func(int) bool) bool {
	words := 0
	for _, st := range first {
		switch st {
		case stNumber, stNonFinite:
			return false
		case stWord:
			words++
		}
	}
	if words == 0 {
		return false
	}
	if records == 1 {
		return words == len(first)
	}
	for c, st := range first {
		if st == stWord && numericBelow(c) {
			return true
		}
	}
	if words < len(first) {
		return false
	}
	seen := make(map[string]bool, len(cells))
	for c, name := range cells {
		if seen[name] {
			return false
		}
		seen[name] = true
		if appearsBelow(c) {
			return false
		}
	}
	return true
}

// allBlank reports whether every field of rec is white space.
func allBlank(rec []string) bool {
	for _, f := range rec {
		if strings.TrimSpace(f) != "" {
			return false
		}
	}
	return true
}

// sepLine reads a spreadsheet's first line naming the delimiter, "sep=;"
// (with its line end or not): ',', ';' or a tab.
func sepLine(line string) (rune, bool) {
	if line = strings.TrimRight(line, "\r"); len(line) != 5 || !strings.HasPrefix(line, "sep=") {
		return 0, false
	}
	switch d := rune(line[4]); d {
	case ',', ';', '\t':
		return d, true
	}
	return 0, false
}
