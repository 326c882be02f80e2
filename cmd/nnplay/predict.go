package main

import (
	"encoding/csv"
	"fmt"
	"io"
	"os"
	"strconv"

	"github.com/nnplayground/playground/core/data"
	"github.com/nnplayground/playground/core/nn"
)

func predictCmd(args []string, stdout, stderr io.Writer) error {
	fs := newFlagSet("predict", stderr)
	modelFile := fs.String("model", "", "trained model (JSON from nnplay train -out or the page)")
	out := fs.String("o", "", "write the predictions here (default: standard output)")
	fs.Usage = func() {
		fmt.Fprintf(stderr, "Usage: nnplay predict -model model.json [-o out.csv] data.csv\n\nFlags:\n")
		fs.PrintDefaults()
	}
	pos, err := parseArgs(fs, args)
	if err != nil {
		return err
	}
	if *modelFile == "" || len(pos) != 1 {
		return usageError("give -model model.json and one CSV file")
	}
	m, err := readModel(*modelFile)
	if err != nil {
		return err
	}
	t, err := readTable(pos[0])
	if err != nil {
		return err
	}
	if *out == "" {
		return writePredictions(stdout, m, t, pos[0])
	}
	return writeFile(*out, func(w io.Writer) error { return writePredictions(w, m, t, pos[0]) })
}

func readModel(name string) (*nn.Model, error) {
	f, err := os.Open(name)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	m, err := nn.ReadModel(f)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	if m.Prep == nil {
		return nil, fmt.Errorf("%s: the model has no preprocessing", name)
	}
	return m, nil
}

func readTable(name string) (*data.Table, error) {
	b, err := os.ReadFile(name)
	if err != nil {
		return nil, err
	}
	t, err := data.Parse(string(b))
	if err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	return t, nil
}

// writePredictions writes t's columns followed by the prediction: the
// value (regression) or the class and each class's probability.
func writePredictions(w io.Writer, m *nn.Model, t *data.Table, name string) error {
	x, n, err := m.Prep.Transform(t)
	if err != nil {
		return fmt.Errorf("%s: %w", name, err)
	}
	y := m.Predict(nil, x)
	o := m.Network.Sizes[len(m.Network.Sizes)-1]
	cw := csv.NewWriter(w)
	head := append([]string(nil), t.Names...)
	classes := m.Prep.Classes
	if m.Prep.Task == data.Regression {
		head = append(head, "predicted_"+m.Prep.Target)
	} else {
		head = append(head, "predicted_"+m.Prep.Target)
		for _, c := range classes {
			head = append(head, "p_"+c)
		}
	}
	for i := range head {
		head[i] = data.SafeCell(head[i])
	}
	cw.Write(head)
	f := func(v float64) string { return strconv.FormatFloat(v, 'g', -1, 64) }
	rec := make([]string, 0, len(head))
	for r := range n {
		rec = rec[:0]
		for c := range t.Names {
			rec = append(rec, t.Cell(r, c))
		}
		p := y[r*o : r*o+o]
		switch m.Prep.Task {
		case data.Regression:
			rec = append(rec, f(p[0]))
		case data.Binary:
			k := 0
			if p[0] >= 0.5 {
				k = 1
			}
			rec = append(rec, classes[k], f(1-p[0]), f(p[0]))
		default:
			k := 0
			for i, v := range p {
				if v > p[k] {
					k = i
				}
			}
			rec = append(rec, classes[k])
			for _, v := range p {
				rec = append(rec, f(v))
			}
		}
		for i := range rec {
			rec[i] = data.SafeCell(rec[i])
		}
		cw.Write(rec)
	}
	cw.Flush()
	return cw.Error()
}
