package session

import (
	"errors"
	"fmt"

	"github.com/nnplayground/playground/core/data"
	"github.com/nnplayground/playground/core/datasets"
	"github.com/nnplayground/playground/core/nn"
)

// Default returns the settings a first visit starts with: each setting's
// Default in Table (the circle, a small tanh network and plain SGD, as
// TensorFlow Playground starts).
func Default() Settings {
	s := Settings{Version: Version}
	for i := range Table {
		if e := &Table[i]; e.Default != "" {
			if err := e.SetText(&s, e.Default); err != nil {
				panic("session: the default of " + e.Name + ": " + err.Error())
			}
		}
	}
	return s
}

// Session is loaded data and a trainer built from Settings.
type Session struct {
	Settings Settings
	Table    *data.Table
	Data     *data.Dataset
	Trainer  *nn.Trainer

	guess data.TargetGuess // the guessed target of a version-3 pasted table, with a close runner-up
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
		ValidRatio:  s.ValidRatio,
		Norm:        s.Norm,
		Seed:        s.Model.Seed,
		SplitColumn: split,
		Auto:        s.Version >= 3,
		Leaks:       s.Version >= 3 && s.Dataset == "",
		Use:         s.Use,
		AsNumbers:   s.AsNumbers,
		Clock:       s.Version >= 4,
	}
}

// Build parses the data of s, prepares it and returns a session with a
// fresh network. Data errors are *data.ParseError values with the line and
// column; setting errors name the setting.
func Build(s Settings) (*Session, error) {
	if err := CheckVersion(s); err != nil {
		return nil, err
	}
	if err := CheckLimits(&s); err != nil {
		return nil, err
	}
	text, err := s.DataText()
	if err != nil {
		return nil, err
	}
	t, err := data.Parse(text)
	if err != nil {
		return nil, err
	}
	return buildTable(s, t)
}

// CheckVersion returns an error for settings newer than this playground.
func CheckVersion(s Settings) error {
	if s.Version > Version {
		return fmt.Errorf("session: these settings are version %d, newer than this playground (version %d); open them in a newer version", s.Version, Version)
	}
	return nil
}

// BuildTable is Build for an already parsed table.
func BuildTable(s Settings, t *data.Table) (*Session, error) {
	if err := CheckLimits(&s); err != nil {
		return nil, err
	}
	return buildTable(s, t)
}

// buildTable builds the session of settings that passed CheckLimits.
func buildTable(s Settings, t *data.Table) (*Session, error) {
	if err := s.Stop.Validate(); err != nil {
		return nil, err
	}
	spec := s.Spec()
	var guess data.TargetGuess
	switch {
	case spec.Target == "" && s.Version >= 4:
		guess = data.GuessTarget(t)
		spec.Target = guess.Name
	case spec.Target == "" && s.Version == 3:
		guess = data.GuessTargetV3(t)
		spec.Target = guess.Name
	case spec.Target == "" && s.Version >= 2:
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
	return &Session{Settings: s, Table: t, Data: ds, Trainer: tr, guess: guess}, nil
}

// ErrorCell returns the kind of a data error (data.ParseError.Code) and the
// cell or name it quotes, or empty strings.
func ErrorCell(err error) (code, cell string) {
	var pe *data.ParseError
	if errors.As(err, &pe) {
		return pe.Code(), pe.Quoted()
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
		Valid:   ds.Valid.N,
		Task:    ds.Task.String(),
		Columns: append([]string(nil), t.Names...),
		Target:  ds.Target,
		Inputs:  append([]string(nil), ds.Inputs...),
		Classes: append([]string(nil), ds.Classes...),
		Preview: t.Preview(8),
	}
	for _, k := range t.Kinds {
		sum.Kinds = append(sum.Kinds, k.String())
	}
	for _, c := range ds.Prep.Columns {
		f := Feature{Name: c.Name}
		if c.Kind == data.Categorical {
			f.Categories = append([]string{}, c.Categories...)
		}
		sum.Features = append(sum.Features, f)
	}
	warn := func(n Note) { sum.Notes = append(sum.Notes, n) }
	for _, e := range t.Errors {
		if len(sum.Notes) == 5 {
			warn(Note{Kind: "more-cells", N: t.StrayCells - 5})
			break
		}
		warn(Note{Kind: "cell", Code: e.Code(), Line: e.Line, Column: e.Column, Name: e.Text})
	}
	for _, c := range t.Formatted {
		warn(Note{Kind: "formatted", Name: t.Names[c]})
	}
	if s.guess.Alt != "" {
		warn(Note{Kind: "did-you-mean", Name: s.guess.Alt, Action: "target"})
	}
	for _, n := range ds.Notes {
		warn(Note{Kind: n.Kind, Name: n.Name, N: n.N, Of: n.Of, Value: n.Value, Action: noteAction[n.Kind]})
	}
	inputWarnings(t, ds, warn)
	return sum
}

// noteAction is the button of each kind of data.Note (Note.Action).
var noteAction = map[string]string{
	"left-out-empty": "use", "left-out-id": "use", "left-out-name": "use", "left-out-time": "use",
	"leak": "ignore", "as-classes": "numbers",
}

// English words the note in English. (Not String: fmt would then keep it in
// every binary that links Note, the trainer included.)
func (n Note) English() string {
	switch n.Kind {
	case "cell":
		return (&data.ParseError{Line: n.Line, Column: n.Column, Text: n.Name, Err: data.Sentinel(n.Code)}).Error()
	case "more-cells":
		return fmt.Sprintf("… and %d more cells that are not numbers", n.N)
	case "formatted":
		return fmt.Sprintf("column %q: numbers written with separators or signs (1.234,5 or 1,200 or $3.50 or 15%%) were read as plain numbers", n.Name)
	case "empty":
		return fmt.Sprintf("column %q is empty: not used", n.Name)
	case "many-values":
		return fmt.Sprintf("column %q has %d different values in %d rows: as an input it becomes %d one-hot inputs; "+
			"names, dates and identifiers are better ignored (role: ignore)", n.Name, n.N, n.Of, n.N)
	case "counts-rows":
		return fmt.Sprintf("column %q counts the rows (1, 2, 3, …): a row number is better ignored (role: ignore)", n.Name)
	}
	return autoEnglish(n)
}

// inputWarnings names empty columns (left out), and points at input
// columns that rarely help a network learn and often keep it from
// generalizing: text with a different value in almost every row (names,
// dates, identifiers), which becomes as many one-hot inputs, and numbers
// that count the rows.
func inputWarnings(t *data.Table, ds *data.Dataset, warn func(Note)) {
	for c, name := range t.Names {
		if t.Empty(c) {
			warn(Note{Kind: "empty", Name: name})
		}
	}
	rows := ds.Rows
	for _, fc := range ds.Prep.Columns {
		c := t.Column(fc.Name)
		if c < 0 {
			continue
		}
		if k := len(fc.Categories); fc.Kind == data.Categorical && k >= 20 && 2*k >= rows {
			warn(Note{Kind: "many-values", Name: fc.Name, N: k, Of: rows})
		}
		if fc.Kind == data.Numeric && rows >= 10 && countsRows(t, c) {
			warn(Note{Kind: "counts-rows", Name: fc.Name})
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
