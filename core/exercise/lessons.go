package exercise

import (
	"fmt"
	"github.com/nnplayground/playground/core/exercise/rules"

	"github.com/nnplayground/playground/core/link"
	"github.com/nnplayground/playground/core/nn"
	"github.com/nnplayground/playground/core/session"
)

// LessonKind is the link kind of a lesson.
const LessonKind = "lesson"

// Text is a text in English and Simplified Chinese.
type Text = rules.Text

// Lesson is a preset of the gallery: settings and what to try with them.
type Lesson struct {
	ID       string           `json:"id"`
	Title    Text             `json:"title"`
	About    Text             `json:"about"` // plain text, paragraphs separated by blank lines
	Settings session.Settings `json:"settings"`
	Epochs   int              `json:"epochs"` // how long to train to see the point
	Chart    string           `json:"chart"`  // the chart to watch: "loss", "metric" or "gradients"
}

// lessonLink is what a lesson link carries: the lesson's ID (its texts
// come from this version's gallery) and its settings.
type lessonLink struct {
	ID       string           `json:"id"`
	Settings session.Settings `json:"settings"`
}

// Link returns the lesson as a link ("#v1.…").
func (l *Lesson) Link() (string, error) {
	return link.EncodeAs(LessonKind, &lessonLink{ID: l.ID, Settings: l.Settings})
}

// DecodeLesson reads a lesson link: the lesson of the gallery with the
// link's settings.
func DecodeLesson(s string) (*Lesson, error) {
	var ll lessonLink
	if err := link.DecodeAs(s, LessonKind, &ll); err != nil {
		return nil, err
	}
	if err := link.ValidateSettings(&ll.Settings); err != nil {
		return nil, err
	}
	l, ok := LessonByID(ll.ID)
	if !ok {
		return nil, fmt.Errorf("%w: no lesson is called %q", link.ErrCorrupt, ll.ID)
	}
	l.Settings = ll.Settings
	return &l, nil
}

// LessonByID returns the lesson of the gallery called id.
func LessonByID(id string) (Lesson, bool) {
	for _, l := range Lessons() {
		if l.ID == id {
			return l, true
		}
	}
	return Lesson{}, false
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
