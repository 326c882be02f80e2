package main

import "github.com/maxence-charriere/go-app/v9/pkg/app"

// notices explain what the page did or saw: a setting that needed a new
// network, training that diverged (with the engine's message), overfitting,
// and any other error from the worker.
type notices struct {
	app.Compo

	St   *store
	Lang string

	unsub func()
}

func (c *notices) OnMount(ctx app.Context) {
	c.unsub = c.St.subscribe(topicRun|topicData, redraw(ctx, c.St))
}

func (c *notices) OnDismount() {
	if c.unsub != nil {
		c.unsub()
	}
}

func (c *notices) Render() app.UI {
	l, st := c.Lang, c.St
	return app.Div().ID("notices").Class("pg-notices").Aria("live", "polite").Body(
		app.If(st.linkErr != "",
			app.P().ID("link-error").Class("pg-alert").Role("alert").Body(
				app.Text(st.linkErr+" "),
				app.Button().Class("pg-link").Aria("label", t(l, "dismiss")).Text("×").
					OnClick(func(ctx app.Context, e app.Event) { st.linkErr = "" }),
			),
		),
		lessonNote(l, st),
		app.If(st.resetNotice != "",
			app.P().ID("reset-notice").Class("pg-note").Body(
				app.Text(t(l, "reset-notice")+" "),
				app.Button().Class("pg-link").Aria("label", t(l, "dismiss")).Text("×").
					OnClick(func(ctx app.Context, e app.Event) { st.resetNotice = "" }),
			),
		),
		app.If(st.diverged,
			app.P().ID("diverged").Class("pg-alert").Role("alert").Body(
				app.Strong().Text(t(l, "diverged")+" "),
				app.Text(st.otherErr),
			),
		).ElseIf(st.otherErr != "",
			app.P().ID("worker-error").Class("pg-alert").Role("alert").Text(st.otherErr),
		),
		app.If(st.overfitting && !st.diverged,
			app.P().ID("overfitting").Class("pg-note").Text(t(l, "overfitting")),
		),
	)
}

// lessonNote shows the title and explanation of the lesson opened by link.
func lessonNote(l string, st *store) app.UI {
	ls := st.lesson
	if ls == nil {
		return nil
	}
	return app.Div().ID("lesson-note").Class("pg-note").Body(
		app.Strong().Text(ls.Title.In(l)),
		app.P().Class("pg-plain").Text(ls.About.In(l)),
	)
}
