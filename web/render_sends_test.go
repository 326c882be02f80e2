package web

import (
	"testing"

	"github.com/maxence-charriere/go-app/v9/pkg/app"

	"github.com/nnplayground/playground/core/exercise/rules"
	"github.com/nnplayground/playground/core/nn"
	"github.com/nnplayground/playground/core/session"
	"github.com/nnplayground/playground/core/wire"
	"github.com/nnplayground/playground/core/wire/tools"

	"github.com/nnplayground/playground/web/state"
)

// exerciseStore is a store in an exercise opened by link, with a
// student's name and a history that meets the goal, whose messages to
// the trainer and the tools worker are recorded. It is set up as the page
// does it, through the store's methods: what the setup sent is recorded
// too.
func exerciseStore(t *testing.T) (s *state.Store, trainer, toolsSent *[]wire.Message) {
	t.Helper()
	s = state.NewStore()
	var toTrainer, sent []wire.Message
	s.Record(func(m wire.Message) { toTrainer = append(toTrainer, m) }, func(m wire.Message) { sent = append(sent, m) })
	ex := rules.Exercise{
		Settings: session.Default(),
		Goal:     rules.Goal{Metric: rules.Accuracy, Threshold: 0.9},
	}
	s.Open("#v1.exercise", &tools.Opened{Exercise: &ex}, "", 0)
	s.SetStudentName("Ada")
	deliver(t, s, &wire.Loaded{Snapshot: wire.Snapshot{History: []nn.Stats{{Epoch: 0, TestMetric: 0.5}}}})
	deliver(t, s, &wire.Snapshot{History: []nn.Stats{{Epoch: 1, TestMetric: 0.95}}})
	return s, &toTrainer, &sent
}

// codeAsks are the completion-code requests among the messages sent to the
// tools worker.
func codeAsks(sent []wire.Message) []*tools.ExerciseCode {
	var asks []*tools.ExerciseCode
	for _, m := range sent {
		if q, ok := m.(*tools.ExerciseCode); ok {
			asks = append(asks, q)
		}
	}
	return asks
}

// TestRenderSendsNothing: rendering the exercise view and the checker
// sends no request to either worker, however often it happens; what they
// show is asked for by the store when its state changes.
func TestRenderSendsNothing(t *testing.T) {
	s, trainer, sent := exerciseStore(t)
	s.ApplyChecked(&tools.Checked{Rows: []rules.CheckResult{{Name: "Ada", Accepted: true, Metric: 0.95, Epoch: 1}}, Total: 1, Done: true})
	*trainer, *sent = nil, nil
	for _, c := range []interface{ Render() app.UI }{
		&exerciseView{St: s, Lang: "en"},
		&checker{St: s, Lang: "en"},
	} {
		for range 2 {
			c.Render()
		}
		if len(*trainer) != 0 || len(*sent) != 0 {
			t.Errorf("%T.Render sent %d messages to the trainer, %d to the tools worker", c, len(*trainer), len(*sent))
		}
	}
}

// TestCodeAskedOnChange: a change of the state a completion code depends
// on (the history, as a snapshot brings it; the name) asks the tools worker
// for the code once, and the same state does not ask again.
func TestCodeAskedOnChange(t *testing.T) {
	s, _, sent := exerciseStore(t)
	asks := codeAsks(*sent)
	if len(asks) == 0 {
		t.Fatal("the exercise's state asked for no code")
	}
	q := asks[len(asks)-1]
	if q.Request.Stats == nil || q.Request.Stats.Epoch != 1 || q.Request.Name != "Ada" {
		t.Errorf("request %+v: want the stats of epoch 1 and the name Ada", q.Request)
	}
	n := len(asks)
	s.Notify(state.TopicStats)
	if got := len(codeAsks(*sent)); got != n {
		t.Errorf("the same state asked again: %d requests, want %d", got, n)
	}
	deliver(t, s, &wire.Snapshot{History: []nn.Stats{{Epoch: 2, TestMetric: 0.97}}})
	if got := len(codeAsks(*sent)); got != n {
		t.Errorf("a later epoch asked again though the first met stays epoch 1: %d requests, want %d", got, n)
	}
	s.SetStudentName("Grace")
	if got := len(codeAsks(*sent)); got != n+1 {
		t.Errorf("a new name did not ask again: %d requests, want %d", got, n+1)
	}
}
