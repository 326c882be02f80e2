package nn

import (
	"strconv"

	"github.com/nnplayground/playground/core/data"
)

// AppendPredictionsCSV appends to dst, and returns, a model's predictions
// for rows of a table as CSV, the file that the page's "predictions"
// button and `nnplay predict` write. The columns are
//
//   - every column of t but the target (p.Target), as the table has them;
//   - "actual": for regression the target's cell (or, when the cell is
//     empty or t has no target column, the value of y in the target's
//     units), for classification the class of y (by Class) or, when y is
//     nil, the target's cell; empty when there is neither;
//   - "predicted": the predicted value in the target's units, or the
//     predicted class's name;
//   - for classification, one "p_<class>" column per class of p.Classes
//     with its probability (for binary, 1−p and p).
//
// rows lists the table rows to write (nil: every row). out holds the
// model's outputs for them, row-major, as Trainer.Predict and
// Model.Predict return them: one value per row for regression and binary,
// one per class for multiclass. y, if not nil, holds their encoded targets
// likewise (data.Split.Y, or data.Preprocessor.Labels). Numbers are
// written in Go's shortest form ('g', -1). Fields are quoted as
// encoding/csv's Writer quotes them, and a field that a spreadsheet would
// read as a formula (starting with =, +, -, @, a tab or a carriage return,
// and not a number) gets a leading single quote.
//
// AppendPredictionsCSV panics if out or y does not hold one row per row of
// rows.
func AppendPredictionsCSV(dst []byte, t *data.Table, rows []int, p *data.Preprocessor, y, out []float64) []byte {
	_, header := predictionColumns(t, p)
	return AppendPredictionRows(data.AppendSafeRecord(dst, header), t, rows, p, y, out)
}

// predictionColumns returns the columns of t that a predictions file
// keeps (all but the target) and the file's header.
func predictionColumns(t *data.Table, p *data.Preprocessor) (cols []int, header []string) {
	cols = keptColumns(t, p)
	for _, c := range cols {
		header = append(header, t.Names[c])
	}
	header = append(header, "actual", "predicted")
	if p.Task != data.Regression {
		for _, c := range p.Classes {
			header = append(header, "p_"+c)
		}
	}
	return cols, header
}

// keptColumns returns the columns of t that a predictions file keeps: all
// but the target.
func keptColumns(t *data.Table, p *data.Preprocessor) []int {
	target := t.Column(p.Target)
	cols := make([]int, 0, len(t.Names))
	for c := range t.Names {
		if c != target {
			cols = append(cols, c)
		}
	}
	return cols
}

// AppendPredictionRows is AppendPredictionsCSV without the header: the
// rows of a file written a part at a time (nnplay predict writes each
// chunk of a table as it reads it).
func AppendPredictionRows(dst []byte, t *data.Table, rows []int, p *data.Preprocessor, y, out []float64) []byte {
	o := 1
	if p.Task == data.Multiclass {
		o = len(p.Classes)
	}
	n := len(rows)
	if rows == nil {
		n = t.Rows()
	}
	if len(out) != n*o || y != nil && len(y) != n*o {
		panic("nn: predictions for the wrong number of rows")
	}
	target := t.Column(p.Target)
	cols := keptColumns(t, p)
	classify := p.Task != data.Regression
	num := func(v float64) string { return strconv.FormatFloat(v, 'g', -1, 64) }
	rec := make([]string, 0, len(cols)+3+len(p.Classes))
	for i := range n {
		r := i
		if rows != nil {
			r = rows[i]
		}
		rec = rec[:0]
		for _, c := range cols {
			rec = append(rec, t.Cell(r, c))
		}
		actual := ""
		if target >= 0 {
			actual = t.Cell(r, target)
		}
		q := out[i*o : i*o+o]
		if !classify {
			if actual == "" && y != nil {
				actual = num(p.TargetToRaw(y[i]))
			}
			rec = append(rec, actual, num(q[0]))
		} else {
			if y != nil {
				actual = p.Classes[Class(y[i*o:i*o+o])]
			}
			rec = append(rec, actual, p.Classes[Class(q)])
			if o == 1 {
				rec = append(rec, num(1-q[0]))
			}
			for _, v := range q {
				rec = append(rec, num(v))
			}
		}
		dst = data.AppendSafeRecord(dst, rec)
	}
	return dst
}
