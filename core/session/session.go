package session

import (
	"errors"
	"fmt"
	"math"

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

// Planar reports whether the data has exactly two numeric raw features
// (without missing indicators), so
// that the model's output can be drawn over their plane.
func (s *Session) Planar() bool {
	p := s.Data.Prep
	return p.Numeric() && len(p.Features()) == 2 && !p.Columns[0].Indicator && !p.Columns[1].Indicator
}

// Heatmap returns the model's output over the plane of the two raw
// features, res×res cells, and every hidden unit's output at unitRes×unitRes,
// with the training points (and the test points when withTest). It returns
// nil unless Planar.
func (s *Session) Heatmap(res, unitRes int, withTest bool) *Heatmap {
	if !s.Planar() || res < 2 || unitRes < 2 {
		return nil
	}
	ds, t, net := s.Data, s.Table, s.Trainer.Net()
	feats := ds.Prep.Features()
	cols := [2]int{t.Column(feats[0]), t.Column(feats[1])}
	lo, hi := planeBounds(t, cols)
	h := &Heatmap{Res: res, UnitRes: unitRes, X0: lo[0], X1: hi[0], Y0: lo[1], Y1: hi[1]}

	level := outputLevel(ds)

	raw := make([]float64, 2)
	drawPlane(h, net, ds, lo, hi, level, func(dst []float64, vx, vy float64) {
		raw[0], raw[1] = vx, vy
		ds.Prep.TransformRow(dst, raw)
	})

	points := func(sp *data.Split) [][3]float64 {
		pts := make([][3]float64, sp.N)
		for r := range pts {
			xs := sp.X[r*ds.Dim : r*ds.Dim+2]
			p := &pts[r]
			p[0] = xs[0]*ds.Prep.Scale[0] + ds.Prep.Shift[0]
			p[1] = xs[1]*ds.Prep.Scale[1] + ds.Prep.Shift[1]
			p[2] = level(sp.Y[r*ds.Out : r*ds.Out+ds.Out])
		}
		return pts
	}
	h.Train = points(&ds.Train)
	if withTest {
		h.Test = points(&ds.Test)
	}
	return h
}

// planeBounds returns the range of the raw values of columns cols over all
// rows of t, padded by 10 % (a column without spread gets ±1 first).
func planeBounds(t *data.Table, cols [2]int) (lo, hi [2]float64) {
	lo, hi = [2]float64{math.Inf(1), math.Inf(1)}, [2]float64{math.Inf(-1), math.Inf(-1)}
	for r := range t.Rows() {
		for k, c := range cols {
			if v, ok := t.Value(r, c); ok {
				lo[k], hi[k] = math.Min(lo[k], v), math.Max(hi[k], v)
			}
		}
	}
	for k := range lo {
		if !(hi[k] > lo[k]) {
			lo[k], hi[k] = lo[k]-1, hi[k]+1
		}
		pad := (hi[k] - lo[k]) * 0.1
		lo[k], hi[k] = lo[k]-pad, hi[k]+pad
	}
	return lo, hi
}

// drawPlane fills h.Out (h.Res² cells) with the network's output over the
// plane lo..hi, row 0 at the top, and h.Units (h.UnitRes² cells each) with
// every hidden unit's. encode writes the prepared inputs of the point
// (vx, vy) into dst.
func drawPlane(h *Heatmap, net *nn.Network, ds *data.Dataset, lo, hi [2]float64, level func([]float64) float64, encode func(dst []float64, vx, vy float64)) {
	res, unitRes := h.Res, h.UnitRes
	// The plane is computed in blocks of rows: one network call per block.
	d := ds.Dim
	x := make([]float64, nn.MaxRows*d)
	row := func(u []float64, k, w int) []float64 { return u[k*w : k*w+w] }
	grid := func(n int, cell func(i int, units [][]float64, k int)) {
		for i0 := 0; i0 < n*n; i0 += nn.MaxRows {
			m := min(nn.MaxRows, n*n-i0)
			for k := range m {
				r, c := (i0+k)/n, (i0+k)%n
				vy := hi[1] - (float64(r)+0.5)/float64(n)*(hi[1]-lo[1])
				vx := lo[0] + (float64(c)+0.5)/float64(n)*(hi[0]-lo[0])
				encode(x[k*d:k*d+d], vx, vy)
			}
			u := net.UnitsRows(x[:m*d])
			for k := range m {
				cell(i0+k, u, k)
			}
		}
	}
	h.Out = make([]byte, res*res)
	L := net.Layers()
	grid(res, func(i int, u [][]float64, k int) { h.Out[i] = toByte(level(row(u[L], k, ds.Out))) })

	// Hidden units: tanh and sigmoid have fixed ranges; others are scaled
	// by their own range over the plane.
	var vals [][]float64
	for l := 1; l < L; l++ {
		for range net.Sizes[l] {
			vals = append(vals, make([]float64, unitRes*unitRes))
		}
	}
	grid(unitRes, func(i int, u [][]float64, k int) {
		j := 0
		for l := 1; l < L; l++ {
			for _, v := range row(u[l], k, net.Sizes[l]) {
				vals[j][i] = v
				j++
			}
		}
	})
	for _, v := range vals {
		a, b := -1.0, 1.0
		switch net.Act {
		case nn.Sigmoid:
			a = 0
		case nn.ReLU, nn.LeakyReLU, nn.Linear:
			a, b = math.Inf(1), math.Inf(-1)
			for _, x := range v {
				a, b = math.Min(a, x), math.Max(b, x)
			}
			if !(b > a) {
				b = a + 1
			}
		}
		u := make([]byte, len(v))
		for i, x := range v {
			u[i] = toByte((x - a) / (b - a))
		}
		h.Units = append(h.Units, u)
	}

}

// outputLevel returns the map from a network output (or a target row) to
// the 0..1 that the maps draw: the probability of the positive class
// (binary), the predicted class index over the classes minus one
// (multiclass), or for regression the value within the training targets'
// range.
func outputLevel(ds *data.Dataset) func(out []float64) float64 {
	ylo, yhi := 0.0, 1.0
	if ds.Task == data.Regression {
		ylo, yhi = math.Inf(1), math.Inf(-1)
		for _, y := range ds.Train.Y {
			ylo, yhi = math.Min(ylo, y), math.Max(yhi, y)
		}
		if !(yhi > ylo) {
			ylo, yhi = ylo-1, yhi+1
		}
	}
	return func(out []float64) float64 {
		switch ds.Task {
		case data.Binary:
			return out[0]
		case data.Multiclass:
			return float64(nn.Class(out)) / float64(len(out)-1)
		}
		return (out[0] - ylo) / (yhi - ylo)
	}
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
