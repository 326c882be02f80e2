package web

import (
	"github.com/nnplayground/playground/core/wire/tools"
	"strconv"

	"github.com/maxence-charriere/go-app/v9/pkg/app"
	"github.com/nnplayground/playground/core/exercise/guide"
	"github.com/nnplayground/playground/core/session"

	"github.com/nnplayground/playground/web/state"
)

// stepDraft is a step of a teacher's lesson as the editor holds it.
type stepDraft struct {
	Text  string
	Kind  guide.CheckKind // "" (no check), guide.CheckMetric, CheckSetting or CheckEvent
	Name  string          // the metric, setting or event
	Op    string
	Value string
}

// lessonEditor (#lesson-editor) lets a teacher write a guided lesson of
// their own: the current data and network are its start, each step has a
// text and, optionally, a check on a metric, a setting or an event, as the
// built-in lessons do (core/exercise/guide). #guide-make writes its link to
// #guide-url (the tools worker validates and encodes it).
type lessonEditor struct {
	app.Compo

	St   *state.Store
	Lang string

	title string
	steps []stepDraft
	url   string
	err   string
	unsub func()
}

// OnMount subscribes the editor to the language, and so to the store's
// notice that the panels below the first screen are built (firstScreenUp).
func (c *lessonEditor) OnMount(ctx app.Context) {
	c.unsub = c.St.Subscribe(state.TopicLang, state.Redraw(ctx, c.St))
}

func (c *lessonEditor) OnDismount() {
	if c.unsub != nil {
		c.unsub()
	}
}

func (c *lessonEditor) Render() app.UI {
	l := c.Lang
	if len(c.steps) == 0 {
		c.steps = []stepDraft{{}, {}, {}}
	}
	return panel(c.St, "lesson-editor", t(l, "guide-editor"),
		app.P().Class("pg-hint").Text(t(l, "guide-editor-hint")),
		app.Div().Class("pg-field").Body(
			app.Label().For("guide-title").Text(t(l, "guide-title")),
			app.Input().ID("guide-title").Type("text").Value(c.title).
				OnChange(func(ctx app.Context, e app.Event) { c.title = ctx.JSSrc().Get("value").String() }),
		),
		app.Ol().ID("guide-steps").Class("pg-guide-steps").Body(
			app.Range(c.steps).Slice(func(i int) app.UI { return c.stepUI(i) }),
		),
		app.Div().Class("pg-row").Body(
			app.Button().ID("guide-add-step").Disabled(len(c.steps) >= 8).
				OnClick(func(ctx app.Context, e app.Event) { c.steps = append(c.steps, stepDraft{}) }).Text(t(l, "guide-add-step")),
			app.Button().ID("guide-remove-step").Disabled(len(c.steps) <= 3).
				OnClick(func(ctx app.Context, e app.Event) { c.steps = c.steps[:len(c.steps)-1] }).Text(t(l, "guide-remove-step")),
			app.Button().ID("guide-make").Class("pg-primary").Disabled(c.St.Data.Summary() == nil).OnClick(c.onMake).Text(t(l, "guide-make")),
		),
		app.Div().Class("pg-field").Body(
			app.Label().For("guide-url").Text(t(l, "guide-url")),
			app.Div().Class("pg-row").Body(
				app.Input().ID("guide-url").Type("text").ReadOnly(true).Value(c.url).Style("flex", "1 1 240px").
					OnFocus(func(ctx app.Context, e app.Event) { ctx.JSSrc().Call("select") }),
				app.Button().ID("guide-copy").Disabled(c.url == "").
					OnClick(func(ctx app.Context, e app.Event) { app.Window().Call("nnCopy", c.url) }).Text(t(l, "copy")),
			),
		),
		app.P().ID("guide-error").Class("pg-error").Role("alert").Text(c.err),
	)
}

// stepUI is step i's text and check.
func (c *lessonEditor) stepUI(i int) app.UI {
	l, d := c.Lang, &c.steps[i]
	id := func(s string) string { return "guide-step-" + strconv.Itoa(i) + "-" + s }
	// The handlers index c.steps when they run: go-app keeps a
	// position's first handler, and adding a step may move the slice.
	set := func(field func(*stepDraft) *string) app.EventHandler {
		return func(ctx app.Context, e app.Event) {
			if i < len(c.steps) {
				*field(&c.steps[i]) = ctx.JSSrc().Get("value").String()
			}
		}
	}
	var names []string
	switch d.Kind {
	case guide.CheckMetric:
		names = guide.Metrics
	case guide.CheckSetting:
		names = guide.Settable()
	case guide.CheckEvent:
		for _, e := range guide.Events {
			names = append(names, string(e))
		}
	}
	return app.Li().Body(
		app.Div().Class("pg-field").Body(
			app.Label().For(id("text")).Text(tf(l, "guide-step-text", i+1)),
			app.Textarea().ID(id("text")).Rows(2).Text(d.Text).OnChange(set(func(d *stepDraft) *string { return &d.Text }), i),
		),
		app.Div().Class("pg-row").Body(
			app.Div().Class("pg-field").Body(
				app.Label().For(id("check")).Text(t(l, "guide-check")),
				app.Select().ID(id("check")).OnChange(set(func(d *stepDraft) *string { return (*string)(&d.Kind) }), i).Body(
					app.Option().Value("").Selected(d.Kind == "").Text(t(l, "guide-check-none")),
					app.Option().Value(string(guide.CheckMetric)).Selected(d.Kind == guide.CheckMetric).Text(t(l, "guide-check-metric")),
					app.Option().Value(string(guide.CheckSetting)).Selected(d.Kind == guide.CheckSetting).Text(t(l, "guide-check-setting")),
					app.Option().Value(string(guide.CheckEvent)).Selected(d.Kind == guide.CheckEvent).Text(t(l, "guide-check-event")),
				),
			),
			app.If(d.Kind != "",
				app.Div().Class("pg-field").Body(
					app.Label().For(id("name")).Text(t(l, "guide-check-what")),
					app.Select().ID(id("name")).OnChange(set(func(d *stepDraft) *string { return &d.Name }), i, d.Kind).Body(
						app.Range(names).Slice(func(k int) app.UI {
							return app.Option().Value(names[k]).Selected(names[k] == d.Name).Text(names[k])
						}),
					),
				),
			),
			app.If(d.Kind == guide.CheckMetric || d.Kind == guide.CheckSetting,
				app.Div().Class("pg-field").Body(
					app.Label().For(id("op")).Text(t(l, "guide-check-op")),
					app.Select().ID(id("op")).OnChange(set(func(d *stepDraft) *string { return &d.Op }), i).Body(
						app.Range([]string{">=", "<=", "=", "!="}).Slice(func(k int) app.UI {
							op := []string{">=", "<=", "=", "!="}[k]
							return app.Option().Value(op).Selected(op == d.Op).Text(op)
						}),
					),
				),
				app.Div().Class("pg-field").Body(
					app.Label().For(id("value")).Text(t(l, "guide-check-value")),
					app.Input().ID(id("value")).Type("text").Value(d.Value).OnChange(set(func(d *stepDraft) *string { return &d.Value }), i),
				),
			),
		),
	)
}

// lesson builds the teacher's lesson from the drafts.
func (c *lessonEditor) lesson() (*guide.Lesson, string) {
	st := c.St
	ls := &guide.Lesson{ID: "teacher", Title: guide.Text{En: c.title, Zh: c.title}, Settings: st.Data.Settings()}
	ls.Settings.Lang, ls.Settings.Version = st.Lang(), session.Version
	for i, d := range c.steps {
		step := guide.Step{Text: guide.Text{En: d.Text, Zh: d.Text}}
		if d.Kind != "" {
			name := d.Name
			if name == "" { // the select shows its first choice
				switch d.Kind {
				case guide.CheckMetric:
					name = guide.Metrics[0]
				case guide.CheckSetting:
					name = guide.Settable()[0]
				case guide.CheckEvent:
					name = string(guide.Events[0])
				}
			}
			ck := &guide.Check{Kind: d.Kind, Op: d.Op}
			if ck.Op == "" {
				ck.Op = ">="
			}
			switch d.Kind {
			case guide.CheckMetric:
				ck.Metric = name
			case guide.CheckSetting:
				ck.Setting = name
			case guide.CheckEvent:
				ck.Event, ck.Op = guide.Event(name), ""
			}
			if d.Kind != guide.CheckEvent {
				if v, ok := parseNumber(d.Value); ok {
					ck.Value = v
				} else if d.Kind == guide.CheckSetting && (ck.Op == "=" || ck.Op == "!=") {
					ck.Text = d.Value
				} else {
					return nil, tf(st.Lang(), "guide-bad-step", i+1)
				}
			}
			step.Check = ck
		}
		ls.Steps = append(ls.Steps, step)
	}
	return ls, ""
}

func (c *lessonEditor) onMake(ctx app.Context, e app.Event) {
	ctx.Dispatch(func(app.Context) {
		c.url, c.err = "", ""
		ls, msg := c.lesson()
		if ls == nil {
			c.err = msg
			return
		}
		c.St.AskText(&tools.MakeLesson{Lesson: *ls}, func(frag, errMsg string, class tools.FailClass) {
			ctx.Dispatch(func(app.Context) {
				if errMsg != "" {
					c.err = errMsg
					return
				}
				c.url = state.PageURL() + frag
			})
		})
	})
}
