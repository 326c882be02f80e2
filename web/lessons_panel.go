package web

import (
	"strings"

	"github.com/maxence-charriere/go-app/v9/pkg/app"

	"github.com/nnplayground/playground/web/state"
)

// lessonsPanel (#lessons) lists the gallery of lessons: each title is a
// link ("#v1.…", shareable) that opens its session, with the first
// paragraph of its explanation in the page's language. The list comes from
// web/lessons.json, fetched at start, or else from the tools worker
// (tools.GetLessons).
type lessonsPanel struct {
	app.Compo

	St   *state.Store
	Lang string

	unsub func()
}

func (c *lessonsPanel) OnMount(ctx app.Context) {
	c.unsub = c.St.Subscribe(state.TopicData, state.Redraw(ctx, c.St))
}

func (c *lessonsPanel) OnDismount() {
	if c.unsub != nil {
		c.unsub()
	}
}

func (c *lessonsPanel) Render() app.UI {
	l := c.Lang
	items := c.St.Lessons.Gallery()
	if !c.St.PanelBuilt("lessons", false) {
		return closedPanel(c.St, "lessons", t(l, "lessons"))
	}
	return app.Section().ID("lessons").Class("pg-panel").Aria("labelledby", "lessons-title").Body(
		panelDetails(c.St, "lessons").Body(
			app.Summary().Body(app.H2().ID("lessons-title").Class("pg-inline").Text(t(l, "lessons"))),
			app.Ol().Class("pg-lessons").Body(
				app.Range(items).Slice(func(i int) app.UI {
					it := items[i]
					about, _, _ := strings.Cut(it.About.In(l), "\n\n")
					return app.Li().ID("lesson-"+it.ID).DataSet("lesson", it.ID).Body(
						app.A().Href(it.Link).Class("pg-lesson-link").OnClick(func(ctx app.Context, e app.Event) {
							if c.St.Lessons.Guided() != nil && c.St.Lessons.Link() == it.Link {
								e.PreventDefault() // the same link: no navigation, but the lesson starts afresh
								c.St.ReopenLesson()
							}
						}).Text(it.Title.In(l)),
						app.P().Class("pg-hint").Text(about),
					)
				}),
			),
		),
	)
}
