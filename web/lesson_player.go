package web

import (
	"strconv"

	"github.com/maxence-charriere/go-app/v9/pkg/app"

	"github.com/nnplayground/playground/web/state"
)

// lessonPlayer is the guided lesson beside the playground (#lesson), so
// that Train, the network and the readouts stay in view: the lesson's
// title, the list of its steps to jump between (#lesson-steps: done,
// skipped, open), "step i of n" (#lesson-progress), the step's text
// (#lesson-step, which takes the focus when a step opens), what to try (a
// "show me" hint), and a bar with the step's check (#lesson-check,
// aria-checked when met, saying what it waits for) and Next
// (#lesson-next), or on the last step the next lesson
// (#lesson-next-lesson); then Back, "Skip this step" (#lesson-skip) and
// close. On a narrow screen it is a sheet at the bottom of the window that
// folds to the bar alone (#lesson-fold).
type lessonPlayer struct {
	app.Compo

	St   *state.Store
	Lang string

	folded bool
	unsub  func()
}

func (c *lessonPlayer) OnMount(ctx app.Context) {
	c.unsub = c.St.Subscribe(state.TopicRun|state.TopicStats|state.TopicData|state.TopicShape|state.TopicSnapshot, func() {
		ctx.Dispatch(func(ctx app.Context) {
			ctx.Defer(func(app.Context) {
				c.St.Paint.RedrawAll()
				c.focusStep()
			})
		})
	})
}

func (c *lessonPlayer) OnDismount() {
	if c.unsub != nil {
		c.unsub()
	}
}

// focusStep moves the focus to the open step's text once, after a step
// or a lesson opened, without scrolling the page; a lesson that opened
// scrolls the page to its top, so that Train, the network and the
// readouts show beside it.
func (c *lessonPlayer) focusStep() {
	g := c.St.Lessons.Guided()
	if g == nil {
		return
	}
	focus, top := g.Focus()
	if !focus {
		return
	}
	if el := app.Window().GetElementByID("lesson-step"); el.Truthy() {
		g.FocusTaken()
		el.Call("focus", map[string]any{"preventScroll": true})
		if body := el.Get("parentElement"); body.Truthy() {
			body.Set("scrollTop", 0) // the new step from its title
		}
	}
	if top { // a lesson just opened, maybe from a link far down the page
		g.ScrolledTop()
		app.Window().Call("scrollTo", 0, 0)
	}
}

func (c *lessonPlayer) Render() app.UI {
	l, st := c.Lang, c.St
	ls, g := st.Lessons.Lesson(), st.Lessons.Guided()
	if ls == nil || g == nil || len(ls.Steps) == 0 {
		return app.Aside().ID("lesson").Hidden(true)
	}
	step := &ls.Steps[g.Step()]
	n := len(ls.Steps)
	last := g.Step()+1 >= n
	cls := "pg-lesson-side"
	if c.folded {
		cls += " pg-lesson-folded"
	}
	return app.Aside().ID("lesson").Class(cls).Aria("labelledby", "lesson-title").Body(
		app.Div().Class("pg-lesson-body").Body(
			app.H2().ID("lesson-title").Text(ls.Title.In(l)),
			app.If(g.Step() == 0, app.P().Class("pg-plain pg-hint pg-lesson-about").Text(ls.About.In(l))),
			c.stepList(n),
			app.P().ID("lesson-progress").Class("pg-lesson-progress").Text(tf(l, "lesson-progress", g.Step()+1, n)),
			app.P().ID("lesson-step").Class("pg-plain").TabIndex(-1).Text(step.Text.In(l)),
			app.If(len(step.Actions) > 0,
				app.Details().Class("pg-lesson-hint").Body(
					app.Summary().Text(t(l, "lesson-show")),
					app.P().ID("lesson-hint").Class("pg-plain").Text(step.Hint().In(l)),
				),
			),
		),
		c.bar(last),
	)
}

// bar is the step's check and what comes next: Next, or on the last step
// the next lesson; on a narrow screen it is all a folded lesson shows.
func (c *lessonPlayer) bar(last bool) app.UI {
	l, st := c.Lang, c.St
	met, why := st.StepMet()
	reports, building := st.StepReports()
	check := app.P().ID("lesson-check").Class("pg-lesson-check").Role("checkbox").Aria("checked", strconv.FormatBool(met)).
		Aria("readonly", "true").Aria("live", "polite").Title(why.In(l)).
		DataSet("reports", reports).DataSet("building", building)
	switch {
	case st.Lessons.Lesson().Steps[st.Lessons.Guided().Step()].Check == nil:
		check = check.Text(t(l, "lesson-read"))
	case met && last:
		check = check.Text("✓ " + t(l, "lesson-last"))
	case met:
		check = check.Text("✓ " + t(l, "lesson-done"))
	default:
		check = check.Text("○ " + why.In(l))
	}
	var next app.UI
	if !last {
		next = app.Button().ID("lesson-next").Class("pg-primary").Disabled(!met).
			OnClick(func(ctx app.Context, e app.Event) { st.GoStep(st.Lessons.Guided().Step()+1, true) }).Text(t(l, "lesson-next") + " →")
	} else if _, link, title, ok := st.NextLesson(); ok {
		a := app.A().ID("lesson-next-lesson").Class("pg-button").Href(link).Text(tf(l, "lesson-next-lesson", title.In(l)) + " →")
		if met {
			a = a.Class("pg-primary")
		}
		next = a
	} else {
		next = app.Span().ID("lesson-gallery-end").Class("pg-hint").Text(t(l, "lesson-gallery-end"))
	}
	fold := "▾"
	if c.folded {
		fold = "▴"
	}
	label := t(l, "lesson-fold")
	if c.folded {
		label = t(l, "lesson-unfold")
	}
	g := st.Lessons.Guided()
	return app.Div().Class("pg-lesson-bar").Body(
		app.Button().ID("lesson-fold").Class("pg-lesson-fold").Aria("expanded", strconv.FormatBool(!c.folded)).
			Aria("controls", "lesson").Aria("label", label).Title(label).
			OnClick(func(ctx app.Context, e app.Event) { c.folded = !c.folded }).Text(fold),
		check,
		app.Button().ID("lesson-back").Class("pg-lesson-more").Disabled(g.Step() == 0).
			OnClick(func(ctx app.Context, e app.Event) { st.GoStep(st.Lessons.Guided().Step()-1, false) }).Text("← "+t(l, "lesson-back")),
		next,
		app.If(!last && !met, app.Button().ID("lesson-skip").Class("pg-lesson-more").
			OnClick(func(ctx app.Context, e app.Event) { st.SkipStep() }).Text(t(l, "lesson-skip"))),
		app.Button().ID("lesson-close").Class("pg-link pg-lesson-more").Aria("label", t(l, "lesson-close")).
			OnClick(func(ctx app.Context, e app.Event) { st.CloseLesson() }).Text("×"),
	)
}

// stepList is the list of the lesson's steps (#lesson-steps), each a
// button that opens it, marked done, skipped or open.
func (c *lessonPlayer) stepList(n int) app.UI {
	l, st, g := c.Lang, c.St, c.St.Lessons.Guided()
	return app.Nav().Aria("label", t(l, "lesson-steps")).Body(
		app.Ol().ID("lesson-steps").Class("pg-lesson-steps").Body(
			app.Range(make([]struct{}, n)).Slice(func(i int) app.UI {
				mark, status := strconv.Itoa(i+1), ""
				done, skipped := g.Done(i)
				switch {
				case i == g.Step():
					status = t(l, "lesson-status-current")
				case done:
					mark, status = "✓"+mark, t(l, "lesson-status-done")
				case skipped:
					mark, status = "⤼"+mark, t(l, "lesson-status-skipped")
				}
				label := tf(l, "lesson-goto", i+1)
				if status != "" {
					label += ": " + status
				}
				b := app.Button().ID("lesson-goto-"+strconv.Itoa(i)).Class("pg-lesson-goto").Aria("label", label).Title(label).
					OnClick(func(ctx app.Context, e app.Event) { st.GoStep(i, false) }).Text(mark)
				if i == g.Step() {
					b = b.Aria("current", "step")
				}
				return app.Li().Body(b)
			}),
		),
	)
}
