package export

import (
	"fmt"
	"io"
	"strings"
	"text/template"
)

// Options says how a script is written.
type Options struct {
	// DataFile, when not empty, is the name of a .npz file written next to
	// the script (see WriteNPZ) from which the script loads its data and
	// weights; otherwise they are inline Python literals.
	DataFile string
}

// view is the template's data: the problem with every value already
// formatted as Python source.
type view struct {
	*Problem
	Opt                           Options
	Activation, Output, LossName  string
	Optimizer, NormName, TaskName string
	Layers                        []layerView
	L                             int
	In, OutN                      int
	Py                            map[string]string
}

type layerView struct {
	In, Out int
	Last    bool
	W, B    string
}

func newView(p *Problem, opt Options) *view {
	q := *p
	q.Title = strings.NewReplacer(`\`, "/", `"""`, `'''`, "\n", " ", "\r", " ").Replace(p.Title)
	p = &q
	v := &view{
		Problem:    p,
		Opt:        opt,
		Activation: p.Act.String(),
		Output:     p.Out.String(),
		LossName:   p.Loss.String(),
		Optimizer:  p.Config.Optimizer.String(),
		NormName:   p.Norm.String(),
		TaskName:   p.Task.String(),
		L:          len(p.Sizes) - 1,
		In:         p.Sizes[0],
		OutN:       p.Sizes[len(p.Sizes)-1],
	}
	for l := range v.L {
		v.Layers = append(v.Layers, layerView{In: p.Sizes[l], Out: p.Sizes[l+1], Last: l == v.L-1, W: pyFloats(p.W[l], 6), B: pyFloats(p.B[l], 6)})
	}
	c := p.Config
	v.Py = map[string]string{
		"Title":       pyStr(p.Title),
		"Target":      pyStr(p.Target),
		"Inputs":      pyStrs(p.Inputs),
		"Classes":     pyStrs(p.Classes),
		"OneHot":      pyBools(p.OneHot),
		"Shift":       pyFloats(p.Shift, 6),
		"Scale":       pyFloats(p.Scale, 6),
		"TargetShift": pyFloat(p.TargetShift),
		"TargetScale": pyFloat(p.TargetScale),
		"Sizes":       pyInts(p.Sizes),
		"LR":          pyFloat(c.LearningRate),
		"Momentum":    pyFloat(c.Momentum),
		"Beta1":       pyFloat(c.Beta1),
		"Beta2":       pyFloat(c.Beta2),
		"Eps":         pyFloat(c.Epsilon),
		"L1":          pyFloat(c.L1),
		"L2":          pyFloat(c.L2),
		"Clip":        pyFloat(c.ClipNorm),
		"Decay":       pyFloat(c.Decay),
		"Nesterov":    map[bool]string{false: "False", true: "True"}[c.Nesterov],
		"Refit":       map[bool]string{false: "False", true: "True"}[p.Refit],
	}
	if opt.DataFile == "" {
		v.Py["TrainX"] = pyFloats(p.TrainX, p.Sizes[0])
		v.Py["TrainY"] = pyFloats(p.TrainY, 0)
		v.Py["TestX"] = pyFloats(p.TestX, p.Sizes[0])
		v.Py["TestY"] = pyFloats(p.TestY, 0)
		var b strings.Builder
		b.WriteString("[")
		for i, o := range p.Order {
			if i > 0 {
				b.WriteString(",\n    ")
			}
			b.WriteString(pyInts(o))
		}
		b.WriteString("]")
		v.Py["Order"] = b.String()
	}
	return v
}

var funcs = template.FuncMap{
	"py": pyStr,
}

func run(w io.Writer, tmpl *template.Template, p *Problem, opt Options) error {
	if err := p.check(); err != nil {
		return err
	}
	if err := tmpl.Execute(w, newView(p, opt)); err != nil {
		return fmt.Errorf("export: %w", err)
	}
	return nil
}
