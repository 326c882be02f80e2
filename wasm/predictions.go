package main

import (
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/nnplayground/playground/core/data"
	"github.com/nnplayground/playground/core/session"
)

// predictionsCSV returns the model's predictions on the test split (the
// training split when there is none) as CSV: the raw input columns as the
// table has them, "actual" and "predicted" (class names, or target values
// in raw units), and for classification one "p_<class>" probability column
// per class. Fields are quoted as encoding/csv does.
func predictionsCSV(s *session.Session) (string, error) {
	ds := s.Data
	sp := &ds.Test
	if sp.N == 0 {
		sp = &ds.Train
	}
	features := ds.Prep.Features()
	cols := make([]int, len(features))
	for i, name := range features {
		cols[i] = s.Table.Column(name)
	}
	target := s.Table.Column(ds.Target)
	classify := ds.Task != data.Regression
	header := append(append([]string(nil), features...), "actual", "predicted")
	if classify {
		for _, c := range ds.Classes {
			header = append(header, "p_"+c)
		}
	}
	var b strings.Builder
	writeCSVRow(&b, header)
	o := ds.Out
	pred := s.Trainer.Predict(nil, sp.X)
	probs := make([]float64, len(ds.Classes))
	row := make([]string, 0, len(header))
	for r := range sp.N {
		tr := sp.Rows[r]
		row = row[:0]
		for _, c := range cols {
			cell := ""
			if c >= 0 {
				cell = s.Table.Cell(tr, c)
			}
			row = append(row, cell)
		}
		y, p := sp.Y[r*o:r*o+o], pred[r*o:r*o+o]
		if !classify {
			actual := ""
			if target >= 0 {
				actual = s.Table.Cell(tr, target)
			}
			if actual == "" {
				actual = formatFloat(ds.Prep.TargetToRaw(y[0]))
			}
			row = append(row, actual, formatFloat(p[0]))
		} else {
			if o == 1 { // binary: the probability of the second class
				probs[0], probs[1] = 1-p[0], p[0]
			} else {
				copy(probs, p)
			}
			row = append(row, ds.Classes[classIndex(y)], ds.Classes[classIndex(p)])
			for _, q := range probs {
				row = append(row, formatFloat(q))
			}
		}
		writeCSVRow(&b, row)
	}
	return b.String(), nil
}

// writeCSVRow writes one CSV record as encoding/csv's Writer does: fields
// with a comma, a quote, a line break or a leading space, and `\.`, are
// quoted, with quotes doubled. (The Writer and its bufio.Writer would cost the trainer
// binary more than these lines.)
func writeCSVRow(b *strings.Builder, fields []string) {
	for i, f := range fields {
		if i > 0 {
			b.WriteByte(',')
		}
		r, _ := utf8.DecodeRuneInString(f)
		if f == "" || !strings.ContainsAny(f, ",\"\r\n") && !unicode.IsSpace(r) && f != `\.` {
			b.WriteString(f)
			continue
		}
		b.WriteByte('"')
		b.WriteString(strings.ReplaceAll(f, `"`, `""`))
		b.WriteByte('"')
	}
	b.WriteByte('\n')
}

// classIndex is the class that v (one output, or one per class) stands
// for, by the rule of Trainer.Confusion: ≥ 0.5 for one output, else the
// first largest.
func classIndex(v []float64) int {
	if len(v) == 1 {
		if v[0] >= 0.5 {
			return 1
		}
		return 0
	}
	k := 0
	for i, x := range v {
		if x > v[k] {
			k = i
		}
	}
	return k
}

func formatFloat(x float64) string { return strconv.FormatFloat(x, 'g', -1, 64) }
