package nn

import (
	"errors"
	"fmt"
	"math"

	"github.com/nnplayground/playground/core/data"
)

// ModelFormat and ModelVersion identify the JSON form of a trained model.
const (
	ModelFormat  = "nnplayground-model"
	ModelVersion = 1
)

// Model is a trained network with everything needed to use it on new rows:
// the architecture and weights, the loss it was trained with, the
// preprocessing (input columns, one-hot categories, derived features and
// the normalization fitted on the training split) and the class names. Its
// JSON form (encoding/json) is versioned and round-trips exactly.
type Model struct {
	Format  string             `json:"format"`
	Version int                `json:"version"`
	Epoch   int                `json:"epoch"`
	Loss    LossKind           `json:"loss"`
	Config  Config             `json:"config"`
	Network *Network           `json:"network"`
	Prep    *data.Preprocessor `json:"preprocessing"`
	Classes []string           `json:"classes,omitempty"`
}

// Model returns the trained model: a copy, unaffected by further training.
func (t *Trainer) Model() *Model {
	return &Model{
		Format:  ModelFormat,
		Version: ModelVersion,
		Epoch:   t.epoch,
		Loss:    t.loss,
		Config:  t.Config(),
		Network: t.net.Clone(),
		Prep:    t.ds.Prep,
		Classes: append([]string(nil), t.ds.Classes...),
	}
}

// Errors of Model.Check (and modelfile.Read).
var (
	ErrModelFormat  = errors.New("nn: not a playground model")
	ErrModelVersion = errors.New("nn: model from a newer version of the playground")
	ErrModelShape   = errors.New("nn: model weights do not match its layer sizes")
	ErrModelValue   = errors.New("nn: model holds a value that is not a finite number")
)

// MaxModelFile bounds the model file modelfile.Read reads (64 MB: a network
// of MaxParams parameters takes about 25 MB as JSON).
const MaxModelFile = 64 << 20

// maxModelParams bounds the parameters a model file may declare, so that a
// small file cannot ask for gigabytes: no trainer makes a larger network.
const maxModelParams = MaxParams

// Check checks a model decoded from its JSON form (package
// core/nn/modelfile reads one) and makes it whole: known format and
// version, weights matching the sizes, finite numbers, preprocessing and
// classes matching the network; m.Network is rebuilt with its buffers.
// (Reading JSON is modelfile's, so that package nn does not import
// encoding/json: the trainer, which never reads a model file, would carry
// its initialisers.)
func (m *Model) Check() error {
	if m.Format != ModelFormat {
		return ErrModelFormat
	}
	if m.Version > ModelVersion || m.Version < 1 {
		return fmt.Errorf("%w (version %d, this is %d)", ErrModelVersion, m.Version, ModelVersion)
	}
	n := m.Network
	if n == nil || len(n.Sizes) < 2 || len(n.W) != len(n.Sizes)-1 || len(n.B) != len(n.Sizes)-1 {
		return ErrModelShape
	}
	total := 0
	for l := range n.W {
		in, out := n.Sizes[l], n.Sizes[l+1]
		if in <= 0 || out <= 0 || in > maxModelParams || out > maxModelParams || len(n.W[l]) != in*out || len(n.B[l]) != out {
			return ErrModelShape
		}
		total += in*out + out
		if total > maxModelParams {
			return ErrModelShape
		}
	}
	if n.Act < Tanh || n.Act > Linear || n.Out < OutLinear || n.Out > OutSoftmax {
		return ErrModelShape
	}
	net := NewNetwork(n.Sizes, n.Act, n.Out)
	for l := range n.W {
		for _, v := range n.W[l] {
			if math.IsNaN(v) || math.IsInf(v, 0) {
				return ErrModelValue
			}
		}
		for _, v := range n.B[l] {
			if math.IsNaN(v) || math.IsInf(v, 0) {
				return ErrModelValue
			}
		}
		copy(net.W[l], n.W[l])
		copy(net.B[l], n.B[l])
	}
	if p := m.Prep; p != nil {
		if err := checkPrep(p, net.Sizes[0], net.Sizes[len(net.Sizes)-1]); err != nil {
			return err
		}
		if err := checkClasses(p, net.Sizes[len(net.Sizes)-1]); err != nil {
			return err
		}
	}
	m.Network = net
	return nil
}

// checkClasses reports whether a preprocessor's task and classes match
// the network's outputs: one for regression and two classes, one per class
// for more.
func checkClasses(p *data.Preprocessor, out int) error {
	ok := false
	switch p.Task {
	case data.Regression:
		ok = out == 1
	case data.Binary:
		ok = out == 1 && len(p.Classes) == 2
	case data.Multiclass:
		ok = out >= 2 && len(p.Classes) == out
	}
	if !ok {
		return fmt.Errorf("%w: task %v with %d classes for %d outputs", ErrModelShape, p.Task, len(p.Classes), out)
	}
	return nil
}

// checkPrep reports whether a preprocessor read from a file is whole: its
// inputs and classes match the network's dim inputs and out outputs, and
// its statistics and indices are usable.
func checkPrep(p *data.Preprocessor, dim, out int) error {
	if p.Dim() != dim || len(p.Shift) != dim || len(p.Scale) != dim {
		return fmt.Errorf("%w: preprocessing gives %d inputs, network takes %d", ErrModelShape, p.Dim(), dim)
	}
	if want := taskOutputs(p); want != out {
		return fmt.Errorf("%w: the task needs %d outputs (%d classes), the network has %d", ErrModelShape, want, len(p.Classes), out)
	}
	for i := range dim {
		if s, c := p.Scale[i], p.Shift[i]; s == 0 || math.IsNaN(s) || math.IsInf(s, 0) || math.IsNaN(c) || math.IsInf(c, 0) {
			return ErrModelValue
		}
	}
	if p.Missing != data.DropRows && p.Missing != data.FillMean && p.Missing != data.Impute || p.Norm < data.ZScore || p.Norm > data.NoNorm {
		return fmt.Errorf("%w: unknown missing-value policy %d or normalization %d", ErrModelShape, p.Missing, p.Norm)
	}
	n := len(p.Derived)
	for _, c := range p.Columns {
		switch c.Kind {
		case data.Numeric, data.Timestamp:
			if math.IsNaN(c.Fill) || math.IsInf(c.Fill, 0) {
				return ErrModelValue
			}
			if c.Layout != "" && (c.Kind != data.Timestamp || !data.ValidLayout(c.Layout)) {
				return fmt.Errorf("%w: column %q has an unknown date layout %q", ErrModelShape, c.Name, c.Layout)
			}
			for _, part := range c.Parts {
				if c.Kind != data.Timestamp || !data.ValidPart(part) {
					return fmt.Errorf("%w: column %q has an unknown part %q", ErrModelShape, c.Name, part)
				}
			}
		case data.Categorical:
			if len(c.Categories) == 0 || c.FillIndex < 0 || c.FillIndex >= len(c.Categories) || c.Indicator {
				return fmt.Errorf("%w: column %q fills missing values with category %d of %d", ErrModelShape, c.Name, c.FillIndex, len(c.Categories))
			}
		default:
			return ErrModelShape
		}
		n += c.Width()
	}
	if n != dim {
		return fmt.Errorf("%w: preprocessing columns give %d inputs, not %d", ErrModelShape, n, dim)
	}
	for _, d := range p.Derived {
		bad := func(i int) bool { return i < 0 || i >= len(p.Columns) || p.Columns[i].Kind != data.Numeric }
		if bad(d.A) || d.Kind == data.Product && bad(d.B) || d.Kind < data.Square || d.Kind > data.Cos {
			return fmt.Errorf("%w: a derived input refers to a missing column", ErrModelShape)
		}
	}
	if math.IsNaN(p.TargetScale) || math.IsInf(p.TargetScale, 0) || math.IsNaN(p.TargetShift) || math.IsInf(p.TargetShift, 0) {
		return ErrModelValue
	}
	return nil
}

// taskOutputs returns the outputs a network needs for p's task and
// classes: one for regression, one for two classes, one per class for
// more; 0 (which no network has) for a task and classes that disagree.
func taskOutputs(p *data.Preprocessor) int {
	switch {
	case p.Task == data.Regression && len(p.Classes) == 0:
		return 1
	case p.Task == data.Binary && len(p.Classes) == 2:
		return 1
	case p.Task == data.Multiclass && len(p.Classes) > 2:
		return len(p.Classes)
	}
	return 0
}

// Predict applies the model to rows of normalized inputs x (row-major,
// Sizes[0] columns), as Trainer.Predict does.
func (m *Model) Predict(dst, x []float64) []float64 {
	d, o := m.Network.Sizes[0], m.Network.Sizes[len(m.Network.Sizes)-1]
	n := len(x) / d
	if dst == nil {
		dst = make([]float64, n*o)
	}
	for r := 0; r < n; r++ {
		out := m.Network.Forward(dst[r*o:r*o+o], x[r*d:r*d+d])
		if m.Network.Out == OutLinear && m.Prep != nil {
			out[0] = m.Prep.TargetToRaw(out[0])
		}
	}
	return dst
}
