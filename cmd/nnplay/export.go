package main

import (
	"bytes"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/nnplayground/playground/core/export"
)

// inlineLimit is the number of data values up to which the script holds
// its data as literals; past it the data goes to a .npz next to the script.
const inlineLimit = 50_000

func exportCmd(args []string, stdout, stderr io.Writer) error {
	fs := newFlagSet("export", stderr)
	sf := newSettingFlags(fs)
	format := fs.String("format", "numpy", "numpy or pytorch")
	modelFile := fs.String("model", "", "a trained model to continue training (with -data)")
	dataFile := fs.String("data", "", "with -model: the CSV to train on")
	out := fs.String("o", "", "the script to write (default: standard output)")
	epochs := fs.Int("epochs", 20, "epochs the script trains by default")
	fs.Usage = func() {
		fmt.Fprintf(stderr, "Usage: nnplay export -format numpy|pytorch -model model.json -data data.csv [-o script.py]\n"+
			"       nnplay export -format numpy|pytorch [training flags] <file.csv | session.json | link> [-o script.py]\n\nFlags:\n")
		fs.PrintDefaults()
	}
	pos, err := parseArgs(fs, args)
	if err != nil {
		return err
	}
	write := export.NumPy
	switch *format {
	case "numpy":
	case "pytorch", "torch":
		write = export.PyTorch
	default:
		return usageError("-format %q: use numpy or pytorch", *format)
	}
	if *epochs < 0 {
		return usageError("-epochs %d: must not be negative", *epochs)
	}
	switch strings.ToLower(filepath.Base(*out)) {
	case "numpy.py", "torch.py":
		return usageError("-o %s: a script with this name would hide the %s module from itself; choose another name", *out, strings.TrimSuffix(filepath.Base(*out), ".py"))
	}
	p, err := exportProblem(*modelFile, *dataFile, pos, sf, *epochs)
	if err != nil {
		return err
	}
	return writeScript(write, p, *out, stdout, stderr)
}

// exportProblem returns what to export: a trained model (modelFile, with
// the table dataFile to train on) or a session built from the data source
// pos and the training flags.
func exportProblem(modelFile, dataFile string, pos []string, sf *settingFlags, epochs int) (*export.Problem, error) {
	if modelFile != "" {
		if dataFile == "" || len(pos) != 0 {
			return nil, usageError("with -model, give the data with -data data.csv")
		}
		m, err := readModel(modelFile)
		if err != nil {
			return nil, err
		}
		t, err := readTable(dataFile)
		if err != nil {
			return nil, err
		}
		p, err := export.FromModel(m, t, epochs)
		if err != nil {
			return nil, fmt.Errorf("%s: %w", dataFile, err)
		}
		p.Title = fmt.Sprintf("Model %s (epoch %d), training on %s", filepath.Base(modelFile), m.Epoch, filepath.Base(dataFile))
		return p, nil
	}
	if len(pos) > 1 {
		return nil, usageError("one data source, not %d", len(pos))
	}
	src, s, err := buildSource(pos, sf)
	if err != nil {
		return nil, err
	}
	p, err := export.FromSession(s, epochs)
	if err != nil {
		return nil, err
	}
	p.Title = fmt.Sprintf("Playground session: %s", src.Name)
	return p, nil
}

// writeScript writes p's script with write to out (standard output when
// out is empty) and, when the data is over inlineLimit values, the data to
// a .npz file beside it, which needs out.
func writeScript(write func(io.Writer, *export.Problem, export.Options) error, p *export.Problem, out string, stdout, stderr io.Writer) error {
	var opt export.Options
	if len(p.TrainX)+len(p.TestX) > inlineLimit {
		if out == "" {
			return usageError("the data is large: give -o script.py, and its data goes to script.npz")
		}
		npz := strings.TrimSuffix(out, filepath.Ext(out)) + ".npz"
		opt.DataFile = filepath.Base(npz)
		if err := writeFile(npz, func(w io.Writer) error { return export.WriteNPZ(w, p) }); err != nil {
			return err
		}
	}
	var b bytes.Buffer
	if err := write(&b, p, opt); err != nil {
		return err
	}
	if out == "" {
		_, err := stdout.Write(b.Bytes())
		return err
	}
	if err := os.WriteFile(out, b.Bytes(), 0o755); err != nil {
		return err
	}
	fmt.Fprintf(stderr, "wrote %s", out)
	if opt.DataFile != "" {
		fmt.Fprintf(stderr, " and %s", opt.DataFile)
	}
	fmt.Fprintf(stderr, "; run it with: python3 %s\n", out)
	return nil
}
