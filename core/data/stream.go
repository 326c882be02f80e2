package data

import (
	"bufio"
	"bytes"
	"io"
	"strconv"
	"strings"
)

// MaxChunkBytes is the most text ReadChunks gives one chunk (at least one
// record, which may be longer).
const MaxChunkBytes = 1 << 20

// ReadChunks reads the table in a file as Parse reads DecodeText of its
// bytes, but in chunks: it calls fn with each run of at most rows data rows
// (and at most about MaxChunkBytes of text) in order, as a Table of the
// whole table's Names, Kinds, Header, Delimiter and Formatted, whose
// Errors and StrayCells are its own rows', and whose lines are the file's.
// Its memory does not grow with the number of rows: open is called three
// times and each reading streams the file (one to learn its encoding and
// size, one to check the whole table as Parse does, one for the chunks).
//
// Every error Parse would return is returned before fn is first called;
// an error of fn stops the reading and is returned.
func ReadChunks(open func() (io.ReadCloser, error), rows int, fn func(*Table) error) error {
	rows = max(rows, 1)
	f, err := withFile(open, scanText)
	if err != nil {
		return err
	}
	if f.size > MaxBytes {
		return &ParseError{Text: strconv.FormatInt(f.size, 10) + " bytes", Err: ErrTooLarge}
	}
	var sh *shape
	if _, err := withFile(open, func(r io.Reader) (struct{}, error) {
		var err error
		sh, err = scanShape(textReader(r, f), rows)
		return struct{}{}, err
	}); err != nil {
		return err
	}
	_, err = withFile(open, func(r io.Reader) (struct{}, error) {
		return struct{}{}, sh.chunks(textReader(r, f), rows, fn)
	})
	return err
}

// withFile calls read with the file open returns, and closes it.
func withFile[T any](open func() (io.ReadCloser, error), read func(io.Reader) (T, error)) (T, error) {
	rc, err := open()
	if err != nil {
		var zero T
		return zero, err
	}
	defer rc.Close()
	return read(rc)
}

// shape is what the whole table decides for each of its chunks: what Parse
// learns from all the records before it names and types the columns.
type shape struct {
	delim     rune
	cols      int
	header    bool
	names     []string
	kinds     []Kind
	formatted []int
	commas    []bool // per column: decimal commas were read (convertColumn)
	decimal   []bool // per column: read with decimal commas (formatCount.convention)
}

// chunker cuts a text into runs of whole records, each with the number of
// lines before it.
type chunker struct {
	r      *bufio.Reader
	quotes bool // records may span lines inside double quotes (CSV)
	line   int  // lines read so far
	eof    bool
}

// next returns the next run of at most rows records (and about
// MaxChunkBytes), and the lines before it.
func (c *chunker) next(rows int) (text string, line0 int, err error) {
	var b strings.Builder
	line0 = c.line
	n, inQuote := 0, false
	for !c.eof {
		s, err := c.r.ReadString('\n')
		b.WriteString(s)
		if strings.HasSuffix(s, "\n") {
			c.line++
		}
		if c.quotes && strings.Count(s, `"`)%2 == 1 {
			inQuote = !inQuote
		}
		if err == io.EOF {
			c.eof = true
			break
		}
		if err != nil {
			return "", 0, err
		}
		if !inQuote {
			if n++; n >= rows || b.Len() >= MaxChunkBytes {
				break
			}
		}
	}
	return b.String(), line0, nil
}

// start reads the head of a text for sniff (enough records, or all of
// it), applies a "sep=" line, and returns the delimiter and a chunker of
// the whole text.
func start(text io.Reader) (rune, *chunker, error) {
	br := bufio.NewReaderSize(text, 64<<10)
	var head []byte
	for {
		more := make([]byte, max(64<<10, len(head)))
		n, err := io.ReadFull(br, more)
		head = append(head, more[:n]...)
		if err == io.EOF || err == io.ErrUnexpectedEOF {
			break
		}
		if err != nil {
			return 0, nil, err
		}
		if _, enough := sniffHead(string(head)); enough {
			break
		}
	}
	delim := sniff(string(head))
	line, _, found := bytes.Cut(head, []byte("\n"))
	if d, ok := sepLine(string(line)); ok {
		delim = d
		if found {
			head = head[len(line):]
		} else {
			head = []byte("\n")
		}
	}
	r := bufio.NewReaderSize(io.MultiReader(bytes.NewReader(head), br), 64<<10)
	return delim, &chunker{r: r, quotes: delim != ' '}, nil
}

// read reads one chunk's records into a table that continues the chunks
// before it, and reports whether its text is white space alone.
func (sh *shape) read(c *chunker, rows, prior int) (t *Table, text string, blank bool, err error) {
	text, line0, err := c.next(rows)
	if err != nil {
		return nil, "", false, err
	}
	t, err = sh.parse(text, line0, prior, false)
	return t, text, strings.TrimSpace(text) == "", err
}

// parse reads the records of a chunk's text, of line0 lines and prior
// records before it; more says that text which is not white space follows
// it (see quoteError).
func (sh *shape) parse(text string, line0, prior int, more bool) (*Table, error) {
	t := &Table{Delimiter: sh.delim, cols: sh.cols, prior: prior, line0: line0, more: more,
		capRows: strings.Count(text, "\n") + 1, capBytes: len(text)}
	if t.cols > 0 {
		t.alloc()
	}
	var err error
	if t.Delimiter == ' ' {
		err = t.readFields(text)
	} else {
		err = t.readCSV(text)
	}
	return t, err
}

// scanShape reads the whole text once, chunk by chunk, checking every
// record as Parse does, and decides the header, names and kinds of the
// columns from counts (Parse's infer, readFormatted and detectHeader).
func scanShape(text io.Reader, rows int) (*shape, error) {
	delim, c, err := start(text)
	if err != nil {
		return nil, err
	}
	sh := &shape{delim: delim}
	commaFirst := delim != ','
	var (
		records          int
		first            []string
		firstLine, atMax int
		present, numLike []int
		formats          []formatCount
		appearsBelow     []bool
	)
	// tally counts a cell of column j: present when not missing, and
	// like a number (infer's numericRule) when it reads as one.
	tally := func(j int, st cellStatus) {
		switch st {
		case stNumber, stNonFinite:
			numLike[j]++
			present[j]++
		case stWord:
			present[j]++
		}
	}
	blank := true // Parse says ErrEmpty first for a text of white space
	for !c.eof {
		line0 := c.line
		t, text, b, err := sh.read(c, rows, records)
		blank = blank && b
		if err != nil {
			// What follows the chunk decides: a text of white space is
			// ErrEmpty, and a quote left open to the end of the text is
			// reported where it opens (quoteError).
			rest := true
			for rest && !c.eof {
				more, _, _ := c.next(rows)
				rest = strings.TrimSpace(more) == ""
			}
			if blank && rest {
				return nil, &ParseError{Err: ErrEmpty}
			}
			if !rest {
				_, err = sh.parse(text, line0, records, true)
			}
			return nil, err
		}
		if sh.cols == 0 && t.cols > 0 {
			sh.cols = t.cols
			present, numLike = make([]int, t.cols), make([]int, t.cols)
			formats, appearsBelow = make([]formatCount, t.cols), make([]bool, t.cols)
		}
		for k := range t.lines {
			rec := t.cells[k*t.cols : (k+1)*t.cols]
			switch g := records + k; {
			case g == 0:
				first = make([]string, len(rec))
				for j, s := range rec {
					first[j] = strings.Clone(s)
				}
				firstLine = t.lines[k]
				continue
			case g == MaxRows:
				atMax = t.lines[k]
			}
			for j, s := range rec {
				_, st := parseCell(s)
				formats[j].add(s, st, commaFirst)
				tally(j, st)
				appearsBelow[j] = appearsBelow[j] || s == first[j]
			}
		}
		records += len(t.lines)
	}
	if records == 0 || blank {
		return nil, &ParseError{Err: ErrEmpty}
	}
	// The first record after readFormatted, and the counts below it.
	cols := sh.cols
	st0 := make([]cellStatus, cols)
	sh.commas, sh.decimal = make([]bool, cols), make([]bool, cols)
	for j := range cols {
		_, st0[j] = parseCell(first[j])
		decimalComma, ok := formats[j].convention(commaFirst)
		if !ok {
			continue
		}
		sh.formatted = append(sh.formatted, j)
		sh.decimal[j], sh.commas[j] = decimalComma, decimalComma && formats[j].commas
		numLike[j] += formats[j].read(decimalComma)
		if _, _, good := parseFormatted(first[j], decimalComma); st0[j] == stWord && good {
			st0[j] = stNumber
		}
	}
	numeric := func(j int) bool { return present[j] == 0 || 2*numLike[j] > present[j] }
	sh.header = headerRule(st0, first, records, numeric, func(j int) bool { return appearsBelow[j] })
	header := make([]string, cols)
	if sh.header {
		if records == 1 {
			return nil, &ParseError{Line: firstLine, Err: ErrNoRows}
		}
		copy(header, first)
	} else {
		if records > MaxRows {
			return nil, &ParseError{Line: atMax, Err: ErrTooManyRows}
		}
		for j, st := range st0 { // the first record is a row
			tally(j, st)
		}
	}
	sh.names = uniqueNames(header)
	sh.kinds = make([]Kind, cols)
	for j := range cols {
		if !numeric(j) {
			sh.kinds[j] = Categorical
		}
	}
	return sh, nil
}

// chunks reads the text again, chunk by chunk, and calls fn with the data
// rows of each.
func (sh *shape) chunks(text io.Reader, rows int, fn func(*Table) error) error {
	_, c, err := start(text)
	if err != nil {
		return err
	}
	for records := 0; !c.eof; {
		t, _, _, err := sh.read(c, rows, records)
		if err != nil {
			return err
		}
		from := 0
		if sh.header && records == 0 {
			from = 1
		}
		records += len(t.lines)
		if len(t.lines) <= from {
			continue
		}
		stat := t.statuses()
		for _, j := range sh.formatted {
			t.convertColumn(stat, j, sh.decimal[j], sh.commas[j])
		}
		t.Names, t.Header, t.Formatted = sh.names, sh.header, sh.formatted
		t.inferKinds(stat, from, func(j int) bool { return sh.kinds[j] == Numeric })
		if err := fn(t); err != nil {
			return err
		}
	}
	return nil
}
