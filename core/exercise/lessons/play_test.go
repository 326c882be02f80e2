package lessons_test

import (
	"encoding/json"
	"reflect"
	"slices"
	"testing"

	"github.com/nnplayground/playground/core/exercise/guide"
	"github.com/nnplayground/playground/core/exercise/lessons"
	"github.com/nnplayground/playground/core/link"
	"github.com/nnplayground/playground/core/nn"
	"github.com/nnplayground/playground/core/session"
)

// player plays a guided lesson natively, as a student on the page would:
// it loads each step's setup, performs its actions with core/session and
// nn.Trainer, trains with the coach (nn.Coach) and the settings' stop
// rules (nn.Stopper) as the command line does, and feeds a guide.Tracker
// what the page's trainer would report, as the page does.
type player struct {
	t        *testing.T
	ss       *session.Session
	coach    *nn.Coach
	stopper  *nn.Stopper
	stopped  bool // the train action in progress stopped on its own (divergence, explosion, stop rule)
	settings session.Settings
	track    *guide.Tracker
	lesson   *guide.Lesson
}

// load builds s as the page does on a change that needs a new network.
func (p *player) load(s session.Settings) {
	p.t.Helper()
	ss, err := session.Build(s)
	if err != nil {
		p.t.Fatalf("building the step's settings: %v", err)
	}
	p.ss, p.settings, p.stopped = ss, s, false
	p.coach, p.stopper = nn.NewCoach(ss.Trainer, nn.CoachConfig{}), nil
	if s.Stop != (nn.StopRules{}) {
		p.stopper = nn.NewStopper(ss.Trainer, s.Stop)
	}
	if p.track == nil {
		p.track = guide.NewTracker(s, 0)
	} else {
		p.track.Change(s, 0, true)
	}
	p.report()
}

// report feeds the tracker what a report of the trainer tells the page:
// the current epoch's statistics and the coach's notices up.
func (p *player) report() {
	p.track.Epoch(guide.FromNN(p.ss.Trainer.Stats(), p.settings.ValidRatio > 0))
	var up []guide.Event
	for _, n := range p.coach.Notices() {
		up = append(up, guide.EventOfNotice(n.Kind))
	}
	p.track.Notices(up)
}

// open starts a step, as the page does: a fresh record from the network
// in use, then its setup's network when it has one.
func (p *player) open(s *guide.Step) {
	if s.Setup == nil {
		p.track.Enter(p.settings, p.ss.Trainer.Epoch())
	} else {
		p.track.Enter(*s.Setup, p.ss.Trainer.Epoch()) // the page shows the settings it builds
		p.load(*s.Setup)
	}
	p.report()
}

// state is what the step's check reads.
func (p *player) state() *guide.LiveState { return p.track.State() }

// evaluate evaluates step i as the page does.
func (p *player) evaluate(i int) (bool, guide.Text) {
	return p.lesson.Evaluate(i, p.track.State())
}

// do performs one action; met is called after every epoch trained so that
// a check met along the way is ticked (the page ticks it when it is first
// met and keeps it ticked).
func (p *player) do(a guide.Action, met func()) {
	p.t.Helper()
	s := p.settings
	s.Model.Hidden = slices.Clone(s.Model.Hidden)
	switch a.Kind {
	case guide.ActSet:
		if err := guide.Set(&s, a.Setting, a.Value); err != nil {
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
	case guide.ActMapColumns:
		p.track.Event(guide.MapColumnsMoved) // the page's own event
	case guide.ActExplain:
		p.track.Event(guide.ExplainOpened)
	default:
		p.t.Fatalf("action %q", a.Kind)
	}
}

// change applies new settings: tuned into the running network when they
// allow it (session.Tunable, as the page's wire.Tune), a new network
// otherwise.
func (p *player) change(s session.Settings) {
	p.t.Helper()
	if !session.Tunable(p.settings, s) {
		p.load(s)
		return
	}
	if err := p.ss.Tune(s); err != nil {
		p.t.Fatalf("tune: %v", err)
	}
	if s.Stop != p.settings.Stop { // new rules watch from here
		p.stopper = nil
		if s.Stop != (nn.StopRules{}) {
			p.stopper = nn.NewStopper(p.ss.Trainer, s.Stop)
		}
	}
	p.settings, p.stopped = s, false
	p.track.Change(s, p.ss.Trainer.Epoch(), false)
	p.report()
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
	p.coach.Reset()
	p.track.Edit(guide.Edit{Layer: a.Layer, To: a.To, From: a.From, Value: a.Weight}, tr.Epoch())
	p.report()
}

// press presses one of the coach's rollback buttons.
func (p *player) press(button string) {
	p.t.Helper()
	var err error
	switch button {
	case guide.ButtonRollback:
		p.coach.Rollback()
	case guide.ButtonRollbackLower:
		_, err = p.coach.RollbackLower(10)
	case guide.ButtonRollbackClip:
		err = p.coach.RollbackClip(1)
	}
	if err != nil {
		p.t.Fatal(err)
	}
	c := p.ss.Trainer.Config()
	p.settings.Model.LearningRate, p.settings.Model.ClipNorm = c.LearningRate, c.ClipNorm
	p.ss.Settings = p.settings
	p.stopped = false
	p.track.Event(guide.RolledBack)
	p.track.Change(p.settings, p.ss.Trainer.Epoch(), false)
	p.report()
}

// train trains up to n epochs, stopping as the page does on a divergence,
// an explosion or a stop rule, and records the coach's notices.
func (p *player) train(n int, met func()) {
	p.t.Helper()
	tr := p.ss.Trainer
	p.stopped = false // pressing Train again goes on (without a stop rule that stopped)
	for range n {
		if p.stopped {
			return
		}
		if err := tr.Step(); err != nil {
			e, ok := guide.EventOfError(err)
			if !ok {
				p.t.Fatal(err)
			}
			p.track.Event(e)
			p.stopped = true
			return
		}
		st := tr.Stats()
		p.track.Epoch(guide.FromNN(st, p.settings.ValidRatio > 0))
		p.check(st)
		met()
	}
}

// check runs the coach and the stop rules on the epoch of st.
func (p *player) check(st nn.Stats) {
	_, err := p.coach.Check(st)
	var up []guide.Event
	for _, n := range p.coach.Notices() {
		up = append(up, guide.EventOfNotice(n.Kind))
	}
	p.track.Notices(up)
	if err != nil {
		e, ok := guide.EventOfError(err)
		if !ok {
			p.t.Fatal(err)
		}
		p.track.Event(e)
		p.stopped = true
		return
	}
	if p.stopper == nil {
		return
	}
	if stop := p.stopper.Check(st); stop != nil {
		if e, ok := guide.EventOfStop(stop); ok {
			p.track.Event(e)
		}
		p.stopper = nil // as the worker: Train again goes on without the rule until a load
		p.stopped = true
		p.report() // restoring the best weights reports them
	}
}

// Every lesson of the gallery, played natively step by step: each step's
// setup loaded and actions performed, its check is met (checks on events
// only the page sees are checked for form and marked page-checked).
func TestPlayLessons(t *testing.T) {
	for _, l := range lessons.Gallery() {
		t.Run(l.ID, func(t *testing.T) {
			t.Parallel()
			if err := l.Validate(link.ValidateSettings); err != nil {
				t.Fatal(err)
			}
			p := &player{t: t, lesson: &l}
			p.load(l.Settings)
			for i := range l.Steps {
				playStep(t, p, i, &l.Steps[i])
			}
		})
	}
}

// playStep plays one step and checks that it is done after its actions,
// and not before the training it asks for.
func playStep(t *testing.T, p *player, i int, s *guide.Step) {
	t.Helper()
	p.open(s)
	if want := p.lesson.SettingsAt(i); !reflect.DeepEqual(mustSettingsJSON(t, want), mustSettingsJSON(t, p.settings)) {
		t.Errorf("step %d opens with\n%s\nSettingsAt says\n%s", i+1, mustSettingsJSON(t, p.settings), mustSettingsJSON(t, want))
	}
	met := false
	eval := func() {
		if s.Check != nil && !met {
			met, _ = p.evaluate(i)
		}
	}
	trained := false
	for _, a := range s.Actions {
		if a.Kind == guide.ActTrain && !trained {
			trained = true
			if met {
				t.Errorf("step %d: done before the training it asks for", i+1)
			}
		}
		p.do(a, eval)
		eval()
	}
	eval()
	var why guide.Text
	final := true
	if s.Check != nil {
		final, why = p.evaluate(i)
	}
	st := p.state()
	n := st.Newest
	if n == nil {
		n = &guide.Stats{}
	}
	t.Logf("step %d: epoch %d (%d in the step), train loss %.4g, test loss %.4g, train metric %.4g, test metric %.4g, events %v; %s",
		i+1, p.ss.Trainer.Epoch(), st.Epochs, n.TrainLoss, n.TestLoss, n.TrainMetric, n.TestMetric, st.Events, why.En)
	switch {
	case s.Check == nil:
	case !met:
		t.Errorf("step %d: not done after its actions: %s", i+1, why.En)
	case !final:
		t.Errorf("step %d: done along the way but not at the end of the step's actions: %s", i+1, why.En)
	}
}

// mustSettingsJSON returns s as JSON (nil and empty lists alike).
func mustSettingsJSON(t *testing.T, s session.Settings) string {
	if len(s.Model.Hidden) == 0 {
		s.Model.Hidden = nil
	}
	b, err := json.Marshal(s)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}
