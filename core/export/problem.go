package export

import (
	"errors"
	"fmt"

	"github.com/nnplayground/playground/core/data"
	"github.com/nnplayground/playground/core/nn"
	"github.com/nnplayground/playground/core/session"
)

// Problem is everything an exported script needs: the network and its
// weights, the training settings, and the data split into training and test
// rows. The inputs are raw (after one-hot encoding and derived features,
// before normalization) so that the script shows the normalization being
// fitted on the training rows.
type Problem struct {
	Title string // a line describing the source, written at the top of the script

	Sizes  []int // [in, h1, …, out]
	Act    nn.Activation
	Out    nn.Output
	Loss   nn.LossKind // resolved, never Auto
	Config nn.Config   // with defaults filled in
	W, B   [][]float64 // W[l] is Sizes[l+1]×Sizes[l], row-major, as in nn.Network

	Task        data.Task
	Target      string
	Inputs      []string // names of the Sizes[0] inputs
	Classes     []string
	OneHot      []bool // per input: a one-hot indicator, never normalized
	Norm        data.Norm
	Refit       bool      // the script fits Shift and Scale on TrainX; otherwise it uses them as given
	Shift       []float64 // the normalization the Go side used (x' = (x - Shift)/Scale)
	Scale       []float64
	TargetShift float64 // regression: Y = (raw - TargetShift)/TargetScale
	TargetScale float64

	NTrain, NTest int
	TrainX, TestX []float64 // raw inputs, row-major N×Sizes[0]
	TrainY, TestY []float64 // targets as trained on: 0/1, one-hot, or normalized values
	Order         [][]int   // the Go trainer's row order for each of the next epochs (nil: the script shuffles)
	Epochs        int       // epochs the script trains by default
	StartEpoch    int       // epochs already trained (the learning-rate decay continues from here)
}

// FromSession returns the problem of a freshly built session (epoch 0):
// the same initial weights, split, and, for mini-batches, the order in which
// the Go trainer visits the rows during the next epochs epochs.
// It fails if the session's trainer has already been stepped.
func FromSession(s *session.Session, epochs int) (*Problem, error) {
	tr := s.Trainer
	if tr.Epoch() != 0 {
		return nil, errors.New("export: the session has already been trained; export a fresh session")
	}
	ds := s.Data
	p := base(tr.Net(), tr.Loss(), tr.Config(), ds.Prep)
	p.Refit = true
	p.Epochs = epochs
	p.NTrain, p.NTest = ds.Train.N, ds.Test.N
	p.TrainY = append([]float64(nil), ds.Train.Y...)
	p.TestY = append([]float64(nil), ds.Test.Y...)
	p.TrainX, p.TestX = rawInputs(s.Table, ds)
	if bs := p.Config.BatchSize; bs > 0 && bs < ds.Train.N {
		p.Order = tr.BatchOrders(epochs)
	}
	return p, nil
}

// FromModel returns the problem of a trained model and a table with the
// model's feature and target columns: every row of the table is a training
// row, transformed with the model's stored preprocessing. The script
// continues training from the model's weights, with fresh optimizer state.
func FromModel(m *nn.Model, t *data.Table, epochs int) (*Problem, error) {
	if m.Prep == nil {
		return nil, errors.New("export: the model has no preprocessing")
	}
	x, n, err := m.Prep.Transform(t)
	if err != nil {
		return nil, err
	}
	y, err := m.Prep.Labels(t)
	if err != nil {
		return nil, err
	}
	if n == 0 {
		return nil, errors.New("export: the table has no rows")
	}
	p := base(m.Network, m.Loss, m.Config.Defaults(), m.Prep)
	p.Epochs = epochs
	p.StartEpoch = m.Epoch
	p.NTrain = n
	p.TrainY = y
	// Undo the normalization so that the script shows it; the script uses
	// the model's Shift and Scale (Refit false).
	d := len(p.Shift)
	for i := range x {
		x[i] = x[i]*p.Scale[i%d] + p.Shift[i%d]
	}
	p.TrainX = x
	return p, nil
}

func base(net *nn.Network, loss nn.LossKind, cfg nn.Config, prep *data.Preprocessor) *Problem {
	p := &Problem{
		Sizes:       append([]int(nil), net.Sizes...),
		Act:         net.Act,
		Out:         net.Out,
		Loss:        loss,
		Config:      cfg,
		Task:        prep.Task,
		Target:      prep.Target,
		Inputs:      append([]string(nil), prep.Inputs...),
		Classes:     append([]string(nil), prep.Classes...),
		Norm:        prep.Norm,
		Shift:       append([]float64(nil), prep.Shift...),
		Scale:       append([]float64(nil), prep.Scale...),
		TargetShift: prep.TargetShift,
		TargetScale: prep.TargetScale,
	}
	for l := range net.W {
		p.W = append(p.W, append([]float64(nil), net.W[l]...))
		p.B = append(p.B, append([]float64(nil), net.B[l]...))
	}
	for _, c := range prep.Columns {
		if c.Kind == data.Categorical {
			for range c.Categories {
				p.OneHot = append(p.OneHot, true)
			}
		} else {
			p.OneHot = append(p.OneHot, false)
		}
	}
	for range prep.Derived {
		p.OneHot = append(p.OneHot, false)
	}
	return p
}

// rawInputs returns the training and test inputs before normalization. It
// encodes the table again with an identity normalization, which gives the
// exact raw values; when that fails (rows dropped for missing values) it
// undoes the normalization of the dataset, exact to rounding.
func rawInputs(t *data.Table, ds *data.Dataset) (train, test []float64) {
	d := ds.Dim
	id := *ds.Prep
	id.Shift = make([]float64, d)
	id.Scale = make([]float64, d)
	for i := range id.Scale {
		id.Scale[i] = 1
	}
	all, _, err := id.Transform(t)
	pick := func(sp *data.Split) []float64 {
		out := make([]float64, 0, sp.N*d)
		for i := range sp.N {
			if err == nil && len(sp.Rows) == sp.N {
				r := sp.Rows[i]
				out = append(out, all[r*d:r*d+d]...)
				continue
			}
			for k, v := range sp.X[i*d : i*d+d] {
				out = append(out, v*ds.Prep.Scale[k]+ds.Prep.Shift[k])
			}
		}
		return out
	}
	return pick(&ds.Train), pick(&ds.Test)
}

// check reports a problem whose shapes do not fit together.
func (p *Problem) check() error {
	L := len(p.Sizes) - 1
	if L < 1 || len(p.W) != L || len(p.B) != L {
		return errors.New("export: network shape")
	}
	for l := range L {
		if len(p.W[l]) != p.Sizes[l]*p.Sizes[l+1] || len(p.B[l]) != p.Sizes[l+1] {
			return fmt.Errorf("export: layer %d has the wrong number of weights", l)
		}
	}
	d, o := p.Sizes[0], p.Sizes[L]
	if len(p.TrainX) != p.NTrain*d || len(p.TestX) != p.NTest*d || len(p.TrainY) != p.NTrain*o || len(p.TestY) != p.NTest*o {
		return errors.New("export: data shape does not match the network")
	}
	if len(p.OneHot) != d || len(p.Shift) != d || len(p.Scale) != d {
		return errors.New("export: preprocessing does not match the network")
	}
	if p.Loss == nn.Auto {
		return errors.New("export: the loss must be resolved")
	}
	return nil
}
