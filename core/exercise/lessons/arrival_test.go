package lessons_test

import (
	"testing"

	"github.com/nnplayground/playground/core/exercise/guide"
	"github.com/nnplayground/playground/core/exercise/lessons"
)

// leftover is a state a student leaves behind before a step opens: what
// they did after the step before was met, or in the lesson before.
type leftover struct {
	Name string
	Do   func(p *player)
}

// leftovers are the states a lesson's check must not react to: as the
// steps before asked, trained
// far past the goal, a weight edited, and the network changed (and
// trained).
var leftovers = []leftover{
	{"as asked", func(p *player) {}},
	{"trained past the goal", func(p *player) { p.train(400, func() {}) }},
	{"weights edited", func(p *player) {
		p.do(guide.Action{Kind: guide.ActEditWeight, Layer: 0, To: 0, From: 0, Weight: 3}, func() {})
		p.do(guide.Action{Kind: guide.ActEditWeight, Layer: 0, To: 0, From: -1, Weight: -2}, func() {})
	}},
	{"network changed", func(p *player) {
		p.do(guide.Action{Kind: guide.ActAddLayer, Units: 3}, func() {})
		p.do(guide.Action{Kind: guide.ActSet, Setting: "activation", Value: "tanh"}, func() {})
		p.train(150, func() {})
	}},
}

// Every step of every built-in lesson is not done on arrival, whatever the
// student left behind (leftovers) after the steps before it, or, for a
// lesson's first step, after the lesson before it in the gallery: the
// check reads only what happens once the step has opened. The lesson is
// played as TestPlayLessons plays it; each leftover is applied to a copy
// of the student's network at the step's door.
func TestNotDoneOnArrival(t *testing.T) {
	lessons := lessons.Gallery()
	for k, l := range lessons {
		t.Run(l.ID, func(t *testing.T) {
			t.Parallel()
			// The lesson before, played to its end, is what the first step
			// finds; the tutorial finds the last lesson.
			prev := lessons[(k+len(lessons)-1)%len(lessons)]
			p := &player{t: t, lesson: &prev}
			p.load(prev.Settings)
			for i := range prev.Steps {
				playStep(t, p, i, &prev.Steps[i])
			}
			for _, lo := range leftovers {
				q := p.fork()
				lo.Do(q)
				// The page opens the lesson's first step at once, and its
				// network when the trainer has built it.
				q.lesson = &l
				q.open(&guide.Step{})
				arrive(t, q, 0, &l.Steps[0], "after "+prev.ID+", "+lo.Name+", before its network")
				q.load(l.Settings)
				arrive(t, q, 0, &l.Steps[0], "after "+prev.ID+", "+lo.Name)
			}
			p = &player{t: t, lesson: &l}
			p.load(l.Settings)
			for i := range l.Steps {
				if i > 0 {
					for _, lo := range leftovers {
						q := p.fork()
						lo.Do(q)
						q.open(&l.Steps[i])
						arrive(t, q, i, &l.Steps[i], lo.Name)
					}
				}
				playStep(t, p, i, &l.Steps[i])
			}
		})
	}
}

// arrive checks that step i is not done when it has just opened.
func arrive(t *testing.T, p *player, i int, s *guide.Step, how string) {
	t.Helper()
	if s.Check == nil {
		t.Errorf("step %d has no check: it would be done on arrival", i+1)
		return
	}
	if met, why := p.evaluate(i); met {
		t.Errorf("step %d is done on arrival (%s): %s", i+1, how, why.En)
	}
}

// fork returns a copy of p: a network built from the same settings with
// the trainer's state restored (nn.Checkpoint), a fresh coach, and a
// tracker of the same step.
func (p *player) fork() *player {
	p.t.Helper()
	q := &player{t: p.t, lesson: p.lesson, track: guide.NewTracker(p.settings, p.ss.Trainer.Epoch())}
	q.load(p.settings)
	q.ss.Trainer.Restore(p.ss.Trainer.Save(nil))
	q.report()
	return q
}
