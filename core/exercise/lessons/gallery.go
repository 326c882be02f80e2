package lessons

import (
	"github.com/nnplayground/playground/core/exercise/guide"
	"github.com/nnplayground/playground/core/nn"
	"github.com/nnplayground/playground/core/session"
)

// gallery lists the built-in lessons in the order to take them, which
// builds up from one neuron to the explain view.
var gallery = []func() guide.Lesson{
	lessonTutorial, lessonLoss, lessonNormalize, lessonXOR, lessonSpiral,
	lessonExploding, lessonVanishing, lessonDeadReLU, lessonOverfit, lessonAdam,
	lessonPenguins, lessonDiabetes, lessonDecisionMap, lessonExplain,
}

// Gallery returns the built-in lessons in the order to take them. Each
// call returns fresh values that the caller may change.
func Gallery() []guide.Lesson {
	out := make([]guide.Lesson, 0, len(gallery))
	for _, f := range gallery {
		out = append(out, f())
	}
	return out
}

// settings returns the defaults with a dataset and a model.
func settings(dataset string, points int, noise float64, m nn.Config) session.Settings {
	s := session.Default()
	s.Dataset, s.Points, s.Noise, s.Model = dataset, points, noise, m
	if m.Seed == 0 {
		s.Model.Seed = 1
	}
	return s
}

// Helpers that keep the lessons readable.

func text(en, zh string) guide.Text { return guide.Text{En: en, Zh: zh} }

func set(name, value string) guide.Action {
	return guide.Action{Kind: guide.ActSet, Setting: name, Value: value}
}

func train(epochs int) guide.Action { return guide.Action{Kind: guide.ActTrain, Epochs: epochs} }

func addLayer(units int) guide.Action { return guide.Action{Kind: guide.ActAddLayer, Units: units} }

func metric(name, op string, v float64, minEpochs int) *guide.Check {
	return &guide.Check{Kind: guide.CheckMetric, Metric: name, Op: op, Value: v, MinEpochs: minEpochs}
}

func event(e guide.Event) *guide.Check { return &guide.Check{Kind: guide.CheckEvent, Event: e} }
