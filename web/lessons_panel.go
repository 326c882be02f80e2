package main

import (
	"strings"

	"github.com/maxence-charriere/go-app/v9/pkg/app"
	"github.com/nnplayground/playground/core/exercise"
)

// lessonItem is a lesson of the gallery with its link.
type lessonItem struct {
	lesson exercise.Lesson
	frag   string
}

// gallery is core/exercise's lessons with their links, made once.
var gallery = func() []lessonItem {
	var out []lessonItem
	for _, ls := range exercise.Lessons() {
		frag, err := ls.Link()
		if err != nil {
			continue // a lesson that does not encode is a bug caught by core's tests
		}
		out = append(out, lessonItem{lesson: ls, frag: frag})
	}
	return out
}

// lessonsPanel (#lessons) lists the gallery of lessons: each title is a
// link ("#v1.…", shareable) that opens its session, with the first
// paragraph of its explanation in the page's language.
type lessonsPanel struct {
	app.Compo

	St   *store
	Lang string

	items []lessonItem
}

func (c *lessonsPanel) Render() app.UI {
	l := c.Lang
	if c.items == nil {
		c.items = gallery()
	}
	return app.Section().ID("lessons").Class("pg-panel").Aria("labelledby", "lessons-title").Body(
		app.Details().Open(true).Body(
			app.Summary().Body(app.H2().ID("lessons-title").Class("pg-inline").Text(t(l, "lessons"))),
			app.Ol().Class("pg-lessons").Body(
				app.Range(c.items).Slice(func(i int) app.UI {
					it := c.items[i]
					about, _, _ := strings.Cut(it.lesson.About.In(l), "\n\n")
					return app.Li().ID("lesson-"+it.lesson.ID).Body(
						app.A().Href(it.frag).Class("pg-lesson-link").Text(it.lesson.Title.In(l)),
						app.P().Class("pg-hint").Text(about),
					)
				}),
			),
		),
	)
}
