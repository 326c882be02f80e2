package main

import (
	"encoding/json"
	"strings"

	"github.com/maxence-charriere/go-app/v9/pkg/app"
	"github.com/nnplayground/playground/core/session"
)

// lessonsPanel (#lessons) lists the gallery of lessons: each title is a
// link ("#v1.…", shareable) that opens its session, with the first
// paragraph of its explanation in the page's language. The list comes from
// the tools worker (op lessons), asked once the first data set is loaded
// (or at once when a link already started the tools worker).
type lessonsPanel struct {
	app.Compo

	St   *store
	Lang string

	unsub func()
}

func (c *lessonsPanel) OnMount(ctx app.Context) {
	c.unsub = c.St.subscribe(topicData, redraw(ctx, c.St))
}

func (c *lessonsPanel) OnDismount() {
	if c.unsub != nil {
		c.unsub()
	}
}

// askLessons asks the tools worker for the gallery, once.
func (s *store) askLessons() {
	if s.lessonsAsked {
		return
	}
	s.lessonsAsked = true
	s.ask(session.OpLessons, "", func(data, errMsg, class string) {
		var items []lessonItem
		if errMsg == "" && json.Unmarshal([]byte(data), &items) == nil {
			s.lessons = items
		} else {
			s.lessonsAsked = false // ask again with the next data set
		}
		s.notify(topicData)
	})
}

func (c *lessonsPanel) Render() app.UI {
	l := c.Lang
	items := c.St.lessons
	return app.Section().ID("lessons").Class("pg-panel").Aria("labelledby", "lessons-title").Body(
		app.Details().Open(true).Body(
			app.Summary().Body(app.H2().ID("lessons-title").Class("pg-inline").Text(t(l, "lessons"))),
			app.Ol().Class("pg-lessons").Body(
				app.Range(items).Slice(func(i int) app.UI {
					it := items[i]
					about, _, _ := strings.Cut(it.About.In(l), "\n\n")
					return app.Li().ID("lesson-"+it.ID).Body(
						app.A().Href(it.Link).Class("pg-lesson-link").Text(it.Title.In(l)),
						app.P().Class("pg-hint").Text(about),
					)
				}),
			),
		),
	)
}
