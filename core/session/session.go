package session

import (
	"errors"
	"fmt"

	"github.com/nnplayground/playground/core/data"
	"github.com/nnplayground/playground/core/datasets"
	"github.com/nnplayground/playground/core/nn"
)

// Default returns the settings a first visit starts with: the circle, a
// small tanh network and plain SGD, as TensorFlow Playground starts.
func Default() Settings {
	return Settings{
		Version:   Version,
		Dataset:   "circle",
		Points:    300,
		TestRatio: 0.3,
		Model: nn.Config{
			Hidden:       []int{4, 2},
			Activation:   nn.Tanh,
			Optimizer:    nn.SGD,
			LearningRate: 0.03,
			BatchSize:    10,
			Seed:         1,
		},
		Lang: "en",
	}
}

// Session is loaded data and a trainer built from Settings.
type Session struct {
	Settings Settings
	Table    *data.Table
	Data     *data.Dataset
	Trainer  *nn.Trainer
}

// DataText returns the table the settings describe, as text.
func (s *Settings) DataText() (string, error) {
	if s.Dataset == "" {
		return s.Text, nil
	}
	return datasets.Text(s.Dataset, s.Points, s.Noise, s.Model.Seed)
}

// Spec returns how the settings prepare their table.
func (s *Settings) Spec() data.Spec {
	split, target := s.SplitColumn, s.Target
	if in, ok := datasets.Lookup(s.Dataset); ok && s.Dataset != "" {
		if split == "" {
			split = in.SplitColumn
		}
		if target == "" {
			target = in.Target
		}
	}
	return data.Spec{
		Target:      target,
		Ignore:      s.Ignore,
		AsClasses:   s.AsClasses,
		Missing:     s.Missing,
		Derived:     s.Derived,
		TestRatio:   s.TestRatio,
		Norm:        s.Norm,
		Seed:        s.Model.Seed,
		SplitColumn: split,
	}
}

// Build parses the data of s, prepares it and returns a session with a
// fresh network. Data errors are *data.ParseError values with the line and
// column; setting errors name the setting.
func Build(s Settings) (*Session, error) {
	if s.Version > Version {
		return nil, fmt.Errorf("session: these settings are version %d, newer than this playground (version %d); open them in a newer version", s.Version, Version)
	}
	text, err := s.DataText()
	if err != nil {
		return nil, err
	}
	t, err := data.Parse(text)
	if err != nil {
		return nil, err
	}
	return BuildTable(s, t)
}

// BuildTable is Build for an already parsed table.
func BuildTable(s Settings, t *data.Table) (*Session, error) {
	spec := s.Spec()
	if spec.Target == "" && s.Version >= 2 {
		spec.Target = data.DefaultTarget(t)
	}
	ds, err := data.Prepare(t, spec)
	if err != nil {
		return nil, err
	}
	cfg := s.Model
	if s.TrainSeed != 0 {
		cfg.Seed = s.TrainSeed
	}
	tr, err := nn.NewTrainer(ds, cfg)
	if err != nil {
		return nil, err
	}
	return &Session{Settings: s, Table: t, Data: ds, Trainer: tr}, nil
}

// ErrorCell returns the kind of a data error (data.ParseError.Code) and the
// cell or name it quotes, or empty strings.
func ErrorCell(err error) (code, cell string) {
	var pe *data.ParseError
	if errors.As(err, &pe) {
		return pe.Code(), pe.Text
	}
	return "", ""
}

// ErrorPosition returns the line and column of a data error, or zeros.
func ErrorPosition(err error) (line, column int) {
	var pe *data.ParseError
	if errors.As(err, &pe) {
		return pe.Line, pe.Column
	}
	return 0, 0
}

// Summary describes the session's data for the page.
func (s *Session) Summary() *Summary {
	t, ds := s.Table, s.Data
	sum := &Summary{
		Text:    ds.Summary(),
		Rows:    ds.Rows,
		Dropped: ds.Dropped,
		Train:   ds.Train.N,
		Test:    ds.Test.N,
		Task:    [...]string{data.Regression: "regression", data.Binary: "binary", data.Multiclass: "multiclass"}[ds.Task],
		Columns: append([]string(nil), t.Names...),
		Target:  ds.Target,
		Inputs:  append([]string(nil), ds.Inputs...),
		Classes: append([]string(nil), ds.Classes...),
		Preview: t.Preview(8),
	}
	for _, k := range t.Kinds {
		sum.Kinds = append(sum.Kinds, k.String())
	}
	warn := func(n Note, english string) {
		sum.Notes = append(sum.Notes, n)
		sum.Warnings = append(sum.Warnings, english)
	}
	for _, e := range t.Errors {
		if len(sum.Warnings) == 5 {
			n := len(t.Errors) - 5
			warn(Note{Kind: "more-cells", N: n}, fmt.Sprintf("… and %d more cells that are not numbers", n))
			break
		}
		warn(Note{Kind: "cell", Code: e.Code(), Line: e.Line, Column: e.Column, Name: e.Text}, e.Error())
	}
	for _, c := range t.Formatted {
		warn(Note{Kind: "formatted", Name: t.Names[c]},
			fmt.Sprintf("column %q: numbers written with separators or signs (1.234,5 or 1,200 or $3.50 or 15%%) were read as plain numbers", t.Names[c]))
	}
	inputWarnings(t, ds, warn)
	return sum
}

// inputWarnings names empty columns (left out), and points at input
// columns that rarely help a network learn and often keep it from
// generalizing: text with a different value in almost every row (names,
// dates, identifiers), which becomes as many one-hot inputs, and numbers
// that count the rows.
func inputWarnings(t *data.Table, ds *data.Dataset, warn func(Note, string)) {
	for c, name := range t.Names {
		if t.Empty(c) {
			warn(Note{Kind: "empty", Name: name}, fmt.Sprintf("column %q is empty: not used", name))
		}
	}
	rows := ds.Rows
	for _, fc := range ds.Prep.Columns {
		c := t.Column(fc.Name)
		if c < 0 {
			continue
		}
		if k := len(fc.Categories); fc.Kind == data.Categorical && k >= 20 && 2*k >= rows {
			warn(Note{Kind: "many-values", Name: fc.Name, N: k, Of: rows},
				fmt.Sprintf("column %q has %d different values in %d rows: as an input it becomes %d one-hot inputs; "+
					"names, dates and identifiers are better ignored (role: ignore)", fc.Name, k, rows, k))
		}
		if fc.Kind == data.Numeric && rows >= 10 && countsRows(t, c) {
			warn(Note{Kind: "counts-rows", Name: fc.Name},
				fmt.Sprintf("column %q counts the rows (1, 2, 3, …): a row number is better ignored (role: ignore)", fc.Name))
		}
	}
}

// countsRows reports whether column c holds the row numbers, counting up
// by one from 0 or 1.
func countsRows(t *data.Table, c int) bool {
	first, ok := t.Value(0, c)
	if !ok || (first != 0 && first != 1) {
		return false
	}
	for r := 1; r < t.Rows(); r++ {
		if v, ok := t.Value(r, c); !ok || v != first+float64(r) {
			return false
		}
	}
	return true
}

// Scatter returns (actual, predicted) pairs in the target's units for the
// test split (the training split when there is no test split), for
// regression; nil otherwise.
func (s *Session) Scatter() [][2]float64 {
	ds := s.Data
	if ds.Task != data.Regression {
		return nil
	}
	sp := &ds.Test
	if sp.N == 0 {
		sp = &ds.Train
	}
	pred := s.Trainer.Predict(nil, sp.X)
	out := make([][2]float64, sp.N)
	for r := range out {
		out[r] = [2]float64{ds.Prep.TargetToRaw(sp.Y[r]), pred[r]}
	}
	return out
}

// Planar reports whether the data has exactly two numeric raw features, so
// that the model's output can be drawn over their plane.
func (s *Session) Planar() bool {
	p := s.Data.Prep
	return p.Numeric() && len(p.Features()) == 2
}

// Heatmap returns the model's output over the plane of the two raw
// features, res×res cells, and every hidden unit's output at unitRes×unitRes,
// with the training points (and the test points when withTest). It returns
// nil unless Planar.
func (s *Session) Heatmap(res, unitRes int, withTest bool) *Heatmap {
	if !s.Planar() || res < 2 || unitRes < 2 {
		return nil
	}
	ds, t := s.Data, s.Table
	feats := ds.Prep.Features()
	lo, hi := planeBounds(t, [2]int{t.Column(feats[0]), t.Column(feats[1])})
	h := &Heatmap{Res: res, UnitRes: unitRes, X0: lo[0], X1: hi[0], Y0: lo[1], Y1: hi[1]}
	level := outputLevel(ds)
	g := newPlaneGrid(ds, s.Trainer.Net(), lo, hi)
	h.Out = g.outputMap(res, level)
	h.Units = g.unitMaps(unitRes)
	h.Train = planePoints(ds, &ds.Train, level)
	if withTest {
		h.Test = planePoints(ds, &ds.Test, level)
	}
	return h
}

func toByte(v float64) byte {
	switch {
	case !(v > 0):
		return 0
	case v >= 1:
		return 255
	}
	return byte(v*255 + 0.5)
}
