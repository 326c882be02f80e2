// Package settingtest derives test cases from session.Table, for the
// tests of every program that reads it (core/link, core/exercise/guide,
// cmd/nnplay, web): each checks that it accepts a setting's value exactly
// when the table's bounds do, so that a bound changed in the table
// changes all of them and a bound written again elsewhere fails a test.
package settingtest

import (
	"math"

	"github.com/nnplayground/playground/core/data"
	"github.com/nnplayground/playground/core/nn"
	"github.com/nnplayground/playground/core/session"
)

// Probe is a value of a setting and whether the table's bounds admit it.
type Probe struct {
	Value float64
	OK    bool
}

// Probes returns values at and around each of e's bounds, 0, a value in
// the middle, a fraction for a whole number, NaN and infinity, each with
// whether the bounds admit it: finite; 0 when ZeroOK; whole for a whole
// number; at least Min (above it when MinOpen); at most Max (below it when
// MaxOpen). It returns nil for a setting that is not a number.
func Probes(e *session.Setting) []Probe {
	if !e.Bounded() {
		return nil
	}
	whole := e.Kind() == session.Whole
	step := func(b float64) float64 {
		if whole {
			return 1
		}
		return 1e-3 * math.Max(1, math.Abs(b))
	}
	vs := []float64{0, e.Min, e.Min - step(e.Min), e.Min + step(e.Min), math.NaN(), math.Inf(1), math.Inf(-1)}
	if e.Max != session.NoMax {
		vs = append(vs, e.Max, e.Max-step(e.Max), e.Max+step(e.Max), (e.Min+e.Max)/2)
	} else {
		vs = append(vs, e.Min+1000*step(e.Min))
	}
	if whole {
		vs = append(vs, e.Min+1.5)
	}
	var out []Probe
	for _, v := range vs {
		ok := !math.IsNaN(v) && !math.IsInf(v, 0)
		switch {
		case !ok:
		case e.ZeroOK && v == 0:
		default:
			ok = (v > e.Min || v == e.Min && !e.MinOpen) && (v < e.Max || v == e.Max && !e.MaxOpen) && (!whole || v == math.Trunc(v))
		}
		out = append(out, Probe{v, ok})
	}
	return out
}

// Moved returns a copy of the table entry called name with its upper
// bound moved down (by a tenth of the range; an unbounded setting gets Max
// Min+100), and a function that puts the entry back. Meanwhile
// session.Table holds the moved entry: a test shows that a program
// follows it. (Min stays: the default of most settings is their Min.)
func Moved(name string) (moved session.Setting, restore func()) {
	e := session.Find(name)
	if e == nil {
		panic("settingtest: no setting is called " + name)
	}
	old := *e
	switch {
	case e.Max == session.NoMax:
		e.Max = e.Min + 100
	case e.Kind() == session.Whole:
		e.Max -= math.Max(1, math.Floor((e.Max-e.Min)/10))
	default:
		e.Max -= (e.Max - e.Min) / 10
	}
	return *e, func() { *e = old }
}

// Away returns valid settings with every setting of session.Table that a
// user types or picks away from session.Default's value: a pasted table
// with its column roles, another network and training, stop rules and
// the map's axes. A test sends it through a program and compares each
// setting (Setting.JSON) with what comes back.
func Away() session.Settings {
	s := session.Default()
	s.Dataset, s.Points, s.Noise = "", 0, 0
	s.Text = "a,b,c,y\n1,2,x,0\n3,4,y,1\n5,6,x,0\n7,8,y,1\n9,10,x,0\n11,12,y,1\n"
	s.Target, s.Ignore, s.Use, s.AsNumbers, s.AsClasses = "y", []string{"c"}, []string{"b"}, true, true
	s.Missing, s.Norm, s.SplitColumn = data.FillMean, data.MinMax, ""
	s.Derived = []data.Derived{{Kind: data.Product, A: "a", B: "b"}}
	s.TestRatio, s.ValidRatio = 0.25, 0.2
	m := &s.Model
	m.Hidden, m.Activation, m.Loss, m.Init, m.Optimizer = []int{5, 3}, nn.ReLU, nn.MSE, nn.He, nn.Momentum
	m.LearningRate, m.Momentum, m.Nesterov, m.Beta1, m.Beta2, m.Epsilon = 0.1, 0.8, true, 0.85, 0.99, 1e-7
	m.BatchSize, m.L1, m.L2, m.ClipNorm, m.Decay, m.Seed = 7, 0.001, 0.002, 3, 0.01, 42
	s.Stop = nn.StopRules{Patience: 15, PatienceShare: 0.2, MinUpdates: 100, MinDelta: 0.01, RestoreBest: true, TargetLoss: 0.05, TargetMetric: 0.95, MaxEpochs: 500}
	s.MapX, s.MapY, s.Lang = "a", "b", "zh"
	return s
}
