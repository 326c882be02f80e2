package main

import (
	"errors"
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
	if *out == "" {
		return predictFile(stdout, m, pos[0])
	}
	return writeFile(*out, func(w io.Writer) error { return predictFile(w, m, pos[0]) })
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

// predictValues bounds the model inputs predict holds at once: a chunk of
// a table is at most this many values (8 MB) once encoded, or one row.
const predictValues = 1 << 20

// afterChunk is called after each chunk predictFile writes; tests measure
// the memory in use there.
var afterChunk = func() {}

// predictFile writes the predictions for every row of the table in the
// file name in nn.AppendPredictionsCSV's columns: the table's columns but
// the target, "actual" (the target's class or value when the table has
// that column, else empty), "predicted" and, for classification, one
// "p_<class>" column per class. The table is read and written a chunk at a
// time (data.ReadChunks), so that memory does not grow with its rows; the
// errors Parse finds come before anything is written, and an error in a
// row (a word in a numeric column, an unseen category) stops the writing
// after the rows before its chunk.
func predictFile(w io.Writer, m *nn.Model, name string) error {
	open := func() (io.ReadCloser, error) { return os.Open(name) }
	rows := max(1, predictValues/max(1, m.Prep.Dim()))
	tr := m.Prep.NewTransformer()
	outs := m.Network.Sizes[len(m.Network.Sizes)-1]
	first := true
	var buf []byte
	var pred []float64
	err := data.ReadChunks(open, rows, func(t *data.Table) error {
		x, n, err := tr.Transform(t)
		if err != nil {
			return err
		}
		y, err := m.Prep.Labels(t)
		if err != nil {
			y = nil // no target column, or a row without a known target: "actual" shows the cells
		}
		if cap(pred) < n*outs {
			pred = make([]float64, n*outs)
		}
		pred = m.Predict(pred[:n*outs], x)
		if first {
			buf = nn.AppendPredictionsCSV(buf[:0], t, nil, m.Prep, y, pred)
			first = false
		} else {
			buf = nn.AppendPredictionRows(buf[:0], t, nil, m.Prep, y, pred)
		}
		_, err = w.Write(buf)
		afterChunk()
		return err
	})
	if err != nil {
		var pe *os.PathError
		if errors.As(err, &pe) {
			return err
		}
		return fmt.Errorf("%s: %w", name, err)
	}
	return nil
}
