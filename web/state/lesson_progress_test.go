package state

import (
	"testing"

	"github.com/nnplayground/playground/core/exercise/guide"
	"github.com/nnplayground/playground/core/nn"
	"github.com/nnplayground/playground/core/session"
)

// The page's side of a lesson's checks, natively: reports from the network
// in use before a lesson opened (or from the old network while the
// lesson's builds) do not meet its first step, nor does a coach's notice
// already up when a step opens.
func TestStoreLessonArrival(t *testing.T) {
	s, _ := testStore(t)
	old := session.Default()
	oldSes := built(t, old)
	s.Load(old, nil, true)
	deliver(t, s, loaded(oldSes))
	deliver(t, s, trained(t, oldSes, 300, false)) // a trained page

	ls := session.Default()
	ls.Dataset = "xor"
	text := guide.Text{En: "x", Zh: "x"}
	s.Lessons.lesson = &guide.Lesson{ID: "t", Title: text, Settings: ls, Steps: []guide.Step{
		{Text: text, Check: &guide.Check{Kind: guide.CheckMetric, Metric: "test-loss", Op: "<=", Value: 1e9}},
		{Text: text, Check: &guide.Check{Kind: guide.CheckEvent, Event: guide.DeadUnits}},
		{Text: text},
	}}
	s.Load(ls, nil, true) // as Store.Open does
	s.openLesson("#t")
	met := func(want bool, when string) {
		t.Helper()
		if got, why := s.StepMet(); got != want {
			t.Errorf("%s: met %v (%s), want %v", when, got, why.En, want)
		}
	}
	met(false, "on arrival")
	reports := func(want int, wantBuilding bool, when string) {
		t.Helper()
		if n, b := s.StepReports(); n != want || b != wantBuilding {
			t.Errorf("%s: %d reports since the step opened, building %v; want %d, %v", when, n, b, want, wantBuilding)
		}
	}
	reports(0, true, "on arrival")
	deliver(t, s, trained(t, oldSes, 5, true)) // the old network's epochs still coming
	met(false, "the old network's epochs while the lesson's builds")
	ses := built(t, s.View())
	deliver(t, s, loaded(ses))
	met(false, "the lesson's network at epoch 0")
	reports(2, false, "the old network's report and the lesson's")
	deliver(t, s, trained(t, ses, 1, false))
	met(true, "one epoch trained")

	up := trained(t, ses, 1, false)
	up.Notices = []nn.Notice{{Kind: nn.DeadUnits}}
	deliver(t, s, up)
	s.GoStep(1, true)
	met(false, "step 2 on arrival")
	reports(0, false, "step 2 on arrival, with the network as it was")
	up = trained(t, ses, 1, false)
	up.Notices = []nn.Notice{{Kind: nn.DeadUnits}}
	deliver(t, s, up)
	met(false, "a notice up since before step 2 opened")
	deliver(t, s, trained(t, ses, 1, false))
	up = trained(t, ses, 1, false)
	up.Notices = []nn.Notice{{Kind: nn.DeadUnits}}
	deliver(t, s, up)
	met(true, "the notice raised again")

	s.SkipStep() // on step 2, done: stays done
	if g := s.Lessons.guide; g.step != 2 || !g.done[1] || g.skipped[1] {
		t.Errorf("after skipping a done step: step %d, done %v, skipped %v", g.step, g.done, g.skipped)
	}
	s.GoStep(0, false) // back: the step's settings load afresh
	met(false, "step 1 after going back")
	if s.Data.pending == nil {
		t.Errorf("going back loads no settings")
	}
	reports(0, true, "step 1 after going back")
}
