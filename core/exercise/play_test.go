package exercise_test

import (
	"errors"
	"math"
	"slices"
	"sort"
	"strconv"
	"testing"

	"github.com/nnplayground/playground/core/exercise"
	"github.com/nnplayground/playground/core/exercise/guide"
	"github.com/nnplayground/playground/core/nn"
	"github.com/nnplayground/playground/core/session"
)

// player plays a guided lesson natively, as a student on the page would:
// it loads each step's setup, performs its actions with core/session and
// nn.Trainer, and keeps the guide.LiveState the page would fill.
//
// The engine events of issue 11 that core/nn does not raise yet are
// derived here from what exists (see derive): a finite explosion from the
// training loss (the coach's rule: above 5 times its lowest and above its
// start, or rising 20 epochs in a row to twice its lowest), dead ReLU and
// saturated tanh/sigmoid units from a pass over the training rows every
// 10 epochs, vanishing gradients from the median of the last 20 epochs'
// first-to-last gradient-norm ratios (below 1e-3), overfitting from the
// test loss rising 20 % above its lowest while the training loss falls,
// and early stopping from a patience rule on the test loss (standing in
// for the validation split, which session.Settings does not have yet).
type player struct {
	t  *testing.T
	ss *session.Session
	st guide.LiveState

	start, lowest, prev float64   // training loss at load, its lowest, the last epoch's
	rising              int       // epochs in a row the training loss rose
	good                []float64 // the last good epoch's parameters (the coach's rollback)
	goodEpoch           int
	ratios              []float64 // first/last gradient-norm ratios, newest last
	testMin             float64   // lowest test loss, and the training loss then
	trainAtMin          float64
	patience, since     int // early stopping (a setting of issue 11), epochs without a new lowest test loss
	stopped             bool
}

// load builds s as the page does on a change that needs a new network.
func (p *player) load(s session.Settings) {
	p.t.Helper()
	ss, err := session.Build(s)
	if err != nil {
		p.t.Fatalf("building the step's settings: %v", err)
	}
	p.ss, p.st.Settings = ss, s
	st := ss.Trainer.Stats()
	p.start, p.lowest, p.prev, p.rising = st.TrainLoss, st.TrainLoss, st.TrainLoss, 0
	p.good, p.goodEpoch = slices.Clone(ss.Trainer.Net().Params()), 0
	p.ratios, p.testMin, p.trainAtMin, p.since, p.stopped = nil, math.Inf(1), st.TrainLoss, 0, false
	p.st.Epochs = 0
	g := guide.FromNN(st)
	p.st.Newest, p.st.Best = &g, nil // the page shows the new network's epoch 0
}

// open starts a step: its setup, and a fresh record of events, edits and
// best statistics.
func (p *player) open(s *guide.Step) {
	if s.Setup != nil {
		p.load(*s.Setup)
	}
	p.st.Events, p.st.Edited, p.st.Best = nil, nil, nil
}

// event records e once.
func (p *player) event(e guide.Event) {
	if !slices.Contains(p.st.Events, e) {
		p.st.Events = append(p.st.Events, e)
	}
}

// do performs one action; met is called after every epoch trained so that
// a check met along the way is ticked (the page ticks it when it is first
// met and keeps it ticked).
func (p *player) do(a guide.Action, met func()) {
	p.t.Helper()
	s := p.st.Settings
	s.Model.Hidden = slices.Clone(s.Model.Hidden)
	switch a.Kind {
	case guide.ActSet:
		err := guide.Set(&s, a.Setting, a.Value)
		if errors.Is(err, guide.ErrNotInCore) && a.Setting == "patience" {
			n, err := strconv.Atoi(a.Value)
			if err != nil {
				p.t.Fatalf("patience %q", a.Value)
			}
			p.patience = n
			return
		}
		if err != nil {
			p.t.Fatalf("set %s %s: %v", a.Setting, a.Value, err)
		}
		p.change(s)
	case guide.ActAddLayer:
		s.Model.Hidden = append(s.Model.Hidden, a.Units)
		p.change(s)
	case guide.ActRemoveLayer:
		s.Model.Hidden = s.Model.Hidden[:len(s.Model.Hidden)-1]
		p.change(s)
	case guide.ActReset:
		p.load(s)
	case guide.ActTrain:
		p.train(a.Epochs, met)
	case guide.ActEditWeight:
		p.edit(a)
	case guide.ActPress:
		p.press(a.Button)
	case guide.ActMapColumns, guide.ActExplain:
		// Page views: nothing changes in the engine.
	default:
		p.t.Fatalf("action %q", a.Kind)
	}
}

// change applies new settings: tuned into the running network when they
// allow it (session.Tunable, as the page's op tune), a new network
// otherwise.
func (p *player) change(s session.Settings) {
	p.t.Helper()
	if session.Tunable(p.st.Settings, s) {
		if err := p.ss.Tune(s); err != nil {
			p.t.Fatalf("tune: %v", err)
		}
		p.st.Settings = s
		p.lowest, p.rising = p.prev, 0 // the coach starts afresh after a change
		return
	}
	p.load(s)
}

// edit sets a weight or a bias.
func (p *player) edit(a guide.Action) {
	p.t.Helper()
	tr := p.ss.Trainer
	var err error
	if a.From < 0 {
		err = tr.SetBias(a.Layer, a.To, a.Weight)
	} else {
		err = tr.SetWeight(a.Layer, a.To, a.From, a.Weight)
	}
	if err != nil {
		p.t.Fatalf("edit: %v", err)
	}
	p.st.Edited = append(p.st.Edited, guide.Edit{Layer: a.Layer, To: a.To, From: a.From, Value: a.Weight})
	p.event(guide.WeightEdited)
	st := guide.FromNN(tr.Stats())
	p.st.Newest = &st
}

// press presses one of the coach's rollback buttons: back to the last
// good epoch's parameters, then on with the learning rate divided by 10
// or with clipping on.
func (p *player) press(button string) {
	p.t.Helper()
	tr := p.ss.Trainer
	if err := tr.SetParams(p.good, p.goodEpoch); err != nil {
		p.t.Fatal(err)
	}
	p.st.Epochs = p.goodEpoch
	s := p.st.Settings
	switch button {
	case guide.ButtonRollbackLower:
		s.Model.LearningRate = s.Model.Defaults().LearningRate / 10
	case guide.ButtonRollbackClip:
		s.Model.ClipNorm = 1
	}
	if err := p.ss.Tune(s); err != nil {
		p.t.Fatal(err)
	}
	p.st.Settings = s
	st := tr.Stats()
	p.lowest, p.prev, p.rising, p.stopped = st.TrainLoss, st.TrainLoss, 0, false
	p.event(guide.RolledBack)
}

// train trains up to n epochs, stopping as the page does on a divergence,
// an explosion or early stopping.
func (p *player) train(n int, met func()) {
	p.t.Helper()
	tr := p.ss.Trainer
	for range n {
		if p.stopped {
			return
		}
		var de *nn.DivergedError
		if err := tr.Step(); errors.As(err, &de) {
			p.event(guide.Diverged)
			p.stopped = true
			return
		} else if err != nil {
			p.t.Fatal(err)
		}
		st := tr.Stats()
		p.st.Epochs = tr.Epoch()
		g := guide.FromNN(st)
		p.st.Newest, p.st.Best = &g, guide.Improve(p.st.Best, g)
		p.derive(st)
		met()
	}
}

// derive raises the events of issue 11's coach and stop rules from the
// epoch's statistics (see player).
func (p *player) derive(st nn.Stats) {
	loss := st.TrainLoss
	if loss > p.prev {
		p.rising++
	} else {
		p.rising = 0
	}
	p.prev = loss
	if loss > 5*p.lowest && loss > p.start || p.rising >= 20 && loss > 2*p.lowest {
		p.event(guide.Exploded)
		p.stopped = true
		return
	}
	if loss < p.lowest {
		p.lowest = loss
		if loss < p.start/2 {
			p.good, p.goodEpoch = slices.Clone(p.ss.Trainer.Net().Params()), st.Epoch
		}
	}
	p.deriveGradients(st.GradNorms)
	if st.Epoch%10 == 0 {
		p.deriveUnits()
	}
	p.deriveOverfitting(st)
}

// deriveGradients raises vanishing gradients.
func (p *player) deriveGradients(g []float64) {
	if len(g) < 3 || !(g[len(g)-1] > 0) {
		return
	}
	p.ratios = append(p.ratios, g[0]/g[len(g)-1])
	if len(p.ratios) < 20 {
		return
	}
	r := slices.Clone(p.ratios[len(p.ratios)-20:])
	sort.Float64s(r)
	if (r[9]+r[10])/2 < 1e-3 {
		p.event(guide.Vanishing)
	}
}

// deriveUnits raises dead and saturated units: a hidden unit whose output
// is 0 (ReLU), or whose slope is under 2 % of its largest (tanh, sigmoid),
// on every training row.
func (p *player) deriveUnits() {
	net := p.ss.Trainer.Net()
	tr := &p.ss.Data.Train
	units := net.UnitsRows(tr.X[:min(tr.N, nn.MaxRows)*p.ss.Data.Dim])
	for l := 1; l < net.Layers(); l++ {
		w := net.Sizes[l]
		for j := range w {
			dead, sat := true, true
			for r := 0; r*w+j < len(units[l]); r++ {
				a := units[l][r*w+j]
				dead = dead && a == 0
				switch net.Act {
				case nn.Tanh:
					sat = sat && 1-a*a <= 0.02
				case nn.Sigmoid:
					sat = sat && a*(1-a) <= 0.02/4
				default:
					sat = false
				}
			}
			if dead && (net.Act == nn.ReLU) {
				p.event(guide.DeadUnits)
			}
			if sat {
				p.event(guide.SaturatedUnits)
			}
		}
	}
}

// deriveOverfitting raises overfitting and applies early stopping.
func (p *player) deriveOverfitting(st nn.Stats) {
	if st.TestLoss < p.testMin {
		p.testMin, p.trainAtMin, p.since = st.TestLoss, st.TrainLoss, 0
		return
	}
	p.since++
	if st.TestLoss > 1.2*p.testMin && st.TestLoss-p.testMin > 0.005 && st.TrainLoss < p.trainAtMin {
		p.event(guide.Overfitting)
	}
	if p.patience > 0 && p.since >= p.patience {
		p.event(guide.EarlyStopped)
		p.stopped = true
	}
}

// Every lesson of the gallery, played natively step by step: each step's
// setup loaded and actions performed, its check is met (checks on events
// only the page sees are checked for form and marked page-checked).
func TestPlayLessons(t *testing.T) {
	for _, l := range exercise.Lessons() {
		t.Run(l.ID, func(t *testing.T) {
			t.Parallel()
			if err := l.Validate(); err != nil {
				t.Fatal(err)
			}
			p := &player{t: t}
			p.load(l.Settings)
			for i := range l.Steps {
				playStep(t, p, i, &l.Steps[i])
			}
		})
	}
}

// playStep plays one step and checks that its check is met.
func playStep(t *testing.T, p *player, i int, s *guide.Step) {
	t.Helper()
	p.open(s)
	met := false
	eval := func() {
		if s.Check != nil && !met {
			met, _ = guide.Evaluate(s.Check, &p.st)
		}
	}
	for _, a := range s.Actions {
		p.do(a, eval)
		eval()
	}
	eval()
	var why guide.Text
	final := true
	if s.Check != nil {
		final, why = guide.Evaluate(s.Check, &p.st)
	}
	n := p.st.Newest
	if n == nil {
		n = &guide.Stats{}
	}
	t.Logf("step %d: epoch %d, train loss %.4g, test loss %.4g, train metric %.4g, test metric %.4g, events %v; %s",
		i+1, p.st.Epochs, n.TrainLoss, n.TestLoss, n.TrainMetric, n.TestMetric, p.st.Events, why.En)
	switch {
	case s.Check == nil:
	case s.Check.PageChecked():
		if err := s.Check.Validate(); err != nil {
			t.Errorf("step %d: page-checked %v: %v", i+1, s.Check.Event, err)
		}
		t.Logf("step %d: page-checked (%s)", i+1, s.Check.Event)
	case !met:
		t.Errorf("step %d: the check is not met after its actions: %s", i+1, why.En)
	case !final:
		t.Errorf("step %d: the check was met along the way but not at the end of the step's actions: %s", i+1, why.En)
	}
}
