package web

import (
	"testing"

	"github.com/maxence-charriere/go-app/v9/pkg/app"

	"github.com/nnplayground/playground/core/exercise/rules"
	"github.com/nnplayground/playground/core/nn"
	"github.com/nnplayground/playground/core/session"
	"github.com/nnplayground/playground/core/wire"
	"github.com/nnplayground/playground/core/wire/tools"
)

// exerciseStore is a store in an exercise opened by link, with a
// student's name and a history that meets the goal, whose messages to
// the trainer and the tools worker are recorded.
func exerciseStore(t *testing.T) (s *store, trainer, toolsSent *[]wire.Message) {
	t.Helper()
	s = newStore()
	var toTrainer, sent []wire.Message
	s.record(func(m wire.Message) { toTrainer = append(toTrainer, m) }, func(m wire.Message) { sent = append(sent, m) })
	trainer = &toTrainer
	s.exercise.ex = &exerciseInfo{Exercise: rules.Exercise{
		Settings: session.Default(),
		Goal:     rules.Goal{Metric: rules.Accuracy, Threshold: 0.9},
	}, name: "Ada"}
	s.exercise.exLink = "#v1.exercise"
	s.run.history = []nn.Stats{{Epoch: 0, TestMetric: 0.5}, {Epoch: 1, TestMetric: 0.95}}
	return s, trainer, &sent
}

// TestRenderSendsNothing: rendering the exercise view and the checker
// sends no request to either worker, however often it happens; what they
// show is asked for by the store when its state changes.
func TestRenderSendsNothing(t *testing.T) {
	s, trainer, sent := exerciseStore(t)
	s.check.rows = []rules.CheckResult{{Name: "Ada", Accepted: true, Metric: 0.95, Epoch: 1}}
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
// on (here the history, as a snapshot brings it) asks the tools worker
// for the code once, and the same state does not ask again.
func TestCodeAskedOnChange(t *testing.T) {
	s, _, sent := exerciseStore(t)
	s.notify(topicStats)
	if len(*sent) != 1 {
		t.Fatalf("sent %d messages, want 1", len(*sent))
	}
	q, ok := (*sent)[0].(*tools.ExerciseCode)
	if !ok {
		t.Fatalf("sent %T, want *tools.ExerciseCode", (*sent)[0])
	}
	if q.Request.Stats == nil || q.Request.Stats.Epoch != 1 || q.Request.Name != "Ada" {
		t.Errorf("request %+v: want the stats of epoch 1 and the name Ada", q.Request)
	}
	s.notify(topicStats)
	if len(*sent) != 1 {
		t.Errorf("the same state asked again: %d messages", len(*sent))
	}
	s.run.history = append(s.run.history, nn.Stats{Epoch: 2, TestMetric: 0.97})
	s.notify(topicStats)
	if len(*sent) != 1 {
		t.Errorf("a later epoch asked again though the first met stays epoch 1: %d messages", len(*sent))
	}
	s.exercise.ex.name = "Grace"
	s.notify(topicRun)
	if len(*sent) != 2 {
		t.Errorf("a new name did not ask again: %d messages", len(*sent))
	}
}
