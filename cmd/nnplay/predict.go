package main

import (
	"fmt"
	"io"
	"os"

	"github.com/nnplayground/playground/core/data"
	"github.com/nnplayground/playground/core/nn"
	"github.com/nnplayground/playground/core/nn/modelfile"
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
	m, err := modelfile.Read(f)
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
	t, err := data.Parse(data.DecodeText(b))
	if err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	return t, nil
}

// writePredictions writes the predictions for every row of t in
// nn.AppendPredictionsCSV's columns: t's columns but the target, "actual"
// (the target's class or value when t has that column, else empty),
// "predicted" and, for classification, one "p_<class>" column per class.
func writePredictions(w io.Writer, m *nn.Model, t *data.Table, name string) error {
	if n, dim := t.Rows(), m.Prep.Dim(); dim > 0 && n > data.MaxValues/dim {
		return fmt.Errorf("%s: %d rows × the model's %d inputs are %d numbers, past the limit of %d (data.MaxValues): predict fewer rows at a time",
			name, n, dim, n*dim, data.MaxValues)
	}
	x, _, err := m.Prep.Transform(t)
	if err != nil {
		return fmt.Errorf("%s: %w", name, err)
	}
	y, err := m.Prep.Labels(t)
	if err != nil {
		y = nil // no target column, or a row without a known target: "actual" shows the cells
	}
	_, err = w.Write(nn.AppendPredictionsCSV(nil, t, nil, m.Prep, y, m.Predict(nil, x)))
	return err
}
