package web

import (
	"encoding/json"
	"github.com/nnplayground/playground/core/exercise/rules"
	"github.com/nnplayground/playground/core/wire"
	"github.com/nnplayground/playground/core/wire/tools"
	"strings"

	"github.com/maxence-charriere/go-app/v9/pkg/app"
)

// lessonsPanel (#lessons) lists the gallery of lessons: each title is a
// link ("#v1.…", shareable) that opens its session, with the first
// paragraph of its explanation in the page's language. The list comes from
// web/lessons.json, fetched at start, or else from the tools worker
// (tools.GetLessons).
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

// fetchLessons reads the gallery from web/lessons.json (written by the
// site generator, cmd/sitegen) at start; ctx dispatches the result.
func (s *store) fetchLessons(ctx app.Context) {
	s.lessonsAsked = true
	var done app.Func
	done = app.FuncOf(func(this app.Value, args []app.Value) any {
		done.Release()
		text, msg := args[0].String(), args[1].String()
		ctx.Dispatch(func(app.Context) {
			var items []rules.LessonItem
			if msg == "" && json.Unmarshal([]byte(text), &items) == nil && len(items) > 0 {
				s.lessons = items
				s.notify(topicData)
				return
			}
			s.lessonsAsked = false
			s.askLessons() // no file: the tools worker lists them
		})
		return nil
	})
	app.Window().Call("nnFetchText", assetPath("lessons.json"), done)
}

// askLessons asks the tools worker for the gallery, once, when the page
// has no web/lessons.json.
func (s *store) askLessons() {
	if s.lessonsAsked || s.lessons != nil {
		return
	}
	s.lessonsAsked = true
	s.ask(&tools.GetLessons{}, func(a wire.Message, errMsg string, class tools.FailClass) {
		if r, ok := a.(*tools.Lessons); ok && r.Items != nil {
			s.lessons = r.Items
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
		panelDetails(c.St, "lessons").Body(
			app.Summary().Body(app.H2().ID("lessons-title").Class("pg-inline").Text(t(l, "lessons"))),
			app.Ol().Class("pg-lessons").Body(
				app.Range(items).Slice(func(i int) app.UI {
					it := items[i]
					about, _, _ := strings.Cut(it.About.In(l), "\n\n")
					return app.Li().ID("lesson-"+it.ID).DataSet("lesson", it.ID).Body(
						app.A().Href(it.Link).Class("pg-lesson-link").OnClick(func(ctx app.Context, e app.Event) {
							if c.St.guide != nil && c.St.lessonLink == it.Link {
								e.PreventDefault() // the same link: no navigation, but the lesson starts afresh
								c.St.reopenLesson()
							}
						}).Text(it.Title.In(l)),
						app.P().Class("pg-hint").Text(about),
					)
				}),
			),
		),
	)
}
