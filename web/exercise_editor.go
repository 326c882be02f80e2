package main

import (
	"github.com/nnplayground/playground/core/exercise/rules"
	"github.com/nnplayground/playground/core/wire/tools"

	"github.com/maxence-charriere/go-app/v9/pkg/app"
)

// exerciseEditor (#exercise-editor) is the teacher's editor: the current
// data and network are the start (optionally with the current weights),
// checkboxes lock settings, plain-text instructions, a goal (test
// accuracy, test R² or test loss and a threshold) and optional limits
// (hidden neurons, epochs). #exercise-make writes the exercise's link to
// #exercise-url; the checker then uses that exercise.
type exerciseEditor struct {
	app.Compo

	St   *store
	Lang string

	title        string
	instructions string
	metric       string
	threshold    string
	maxHidden    string
	maxEpochs    string
	withWeights  bool
	locked       map[string]bool
	url          string
	err          string
}

func (c *exerciseEditor) Render() app.UI {
	l := c.Lang
	if c.locked == nil {
		c.locked = map[string]bool{}
	}
	metric := c.metric
	if metric == "" {
		metric = string(rules.Accuracy)
		if c.St.task() == "regression" {
			metric = string(rules.R2)
		}
	}
	names := rules.Lockable()
	metrics := []string{string(rules.Accuracy), string(rules.R2), string(rules.Loss)}
	return app.Section().ID("exercise-editor").Class("pg-panel").Aria("labelledby", "exercise-editor-title").Body(
		panelDetails(c.St, "exercise-editor").Body(
			app.Summary().Body(app.H2().ID("exercise-editor-title").Class("pg-inline").Text(t(l, "ex-editor"))),
			app.P().Class("pg-hint").Text(t(l, "ex-editor-hint")),
			app.Div().Class("pg-field").Body(
				app.Label().For("exercise-title").Text(t(l, "ex-title")),
				app.Input().ID("exercise-title").Type("text").Value(c.title).OnChange(func(ctx app.Context, e app.Event) {
					c.title = ctx.JSSrc().Get("value").String()
				}),
			),
			app.Div().Class("pg-field").Body(
				app.Label().For("exercise-text").Text(t(l, "ex-instructions")),
				app.Textarea().ID("exercise-text").Rows(4).Text(c.instructions).OnChange(func(ctx app.Context, e app.Event) {
					c.instructions = ctx.JSSrc().Get("value").String()
				}),
			),
			app.Div().Class("pg-form").Body(
				app.Div().Class("pg-field").Body(
					app.Label().For("exercise-metric").Text(t(l, "ex-metric")),
					app.Select().ID("exercise-metric").OnChange(func(ctx app.Context, e app.Event) {
						c.metric = ctx.JSSrc().Get("value").String()
					}).Body(
						app.Range(metrics).Slice(func(i int) app.UI {
							return app.Option().Value(metrics[i]).Selected(metrics[i] == metric).Text(t(l, "metric-"+metrics[i]))
						}),
					),
				),
				c.numField("exercise-threshold", t(l, "ex-threshold"), &c.threshold, "0.9"),
				c.numField("exercise-max-hidden", t(l, "ex-max-hidden"), &c.maxHidden, "0"),
				c.numField("exercise-max-epochs", t(l, "ex-max-epochs"), &c.maxEpochs, "0"),
			),
			app.Span().Class("pg-check").Body(
				app.Input().Type("checkbox").ID("exercise-weights").Checked(c.withWeights).OnChange(func(ctx app.Context, e app.Event) {
					c.withWeights = ctx.JSSrc().Get("checked").Bool()
				}),
				app.Label().For("exercise-weights").Text(t(l, "ex-weights")),
			),
			app.FieldSet().Class("pg-locks").Body(
				app.Legend().Text(t(l, "ex-locks")),
				app.Range(names).Slice(func(i int) app.UI {
					n := names[i]
					return app.Span().Class("pg-check").Body(
						app.Input().Type("checkbox").ID("lock-"+n).Checked(c.locked[n]).OnChange(func(ctx app.Context, e app.Event) {
							c.locked[n] = ctx.JSSrc().Get("checked").Bool()
						}),
						app.Label().For("lock-"+n).Text(lockLabel(l, n)),
					)
				}),
			),
			app.Button().ID("exercise-make").Class("pg-primary").Disabled(c.St.summary == nil).OnClick(c.onMake).Text(t(l, "ex-make")),
			app.Div().Class("pg-field").Body(
				app.Label().For("exercise-url").Text(t(l, "ex-url")),
				app.Input().ID("exercise-url").Type("text").ReadOnly(true).Value(c.url).
					OnFocus(func(ctx app.Context, e app.Event) { ctx.JSSrc().Call("select") }),
			),
			app.P().ID("exercise-error").Class("pg-error").Role("alert").Text(c.err),
		),
	)
}

func (c *exerciseEditor) numField(id, label string, dst *string, placeholder string) app.UI {
	return app.Div().Class("pg-field").Body(
		app.Label().For(id).Text(label),
		app.Input().ID(id).Type("number").Attr("step", "any").Value(*dst).Placeholder(placeholder).
			OnChange(func(ctx app.Context, e app.Event) { *dst = ctx.JSSrc().Get("value").String() }),
	)
}

// lockLabel names a lockable setting in language l.
func lockLabel(l, name string) string {
	if s, ok := catalog[l]["lock-"+name]; ok {
		return s
	}
	if s, ok := catalog["en"]["lock-"+name]; ok {
		return s
	}
	return name
}

func (c *exerciseEditor) onMake(ctx app.Context, e app.Event) {
	ctx.Dispatch(func(app.Context) {
		l, st := c.Lang, c.St
		c.url, c.err = "", ""
		num := func(s string, def float64) (float64, bool) {
			if s == "" {
				return def, true
			}
			return parseFloat(s)
		}
		th, ok1 := num(c.threshold, 0.9)
		mh, ok2 := num(c.maxHidden, 0)
		me, ok3 := num(c.maxEpochs, 0)
		if !ok1 || !ok2 || !ok3 || mh < 0 || me < 0 || mh != float64(int(mh)) || me != float64(int(me)) {
			c.err = t(l, "ex-bad-number")
			return
		}
		metric := c.metric
		if metric == "" {
			metric = string(rules.Accuracy)
			if st.task() == "regression" {
				metric = string(rules.R2)
			}
		}
		ex := &exerciseInfo{
			Title:        c.title,
			Instructions: c.instructions,
			Settings:     st.settings,
			Goal:         rules.Goal{Metric: rules.Metric(metric), Threshold: th, MaxHidden: int(mh), MaxEpochs: int(me)},
		}
		ex.Settings.Lang = st.lang
		for _, n := range rules.Lockable() {
			if c.locked[n] {
				ex.Locked = append(ex.Locked, n)
			}
		}
		if c.withWeights {
			ex.Weights = st.weightsOf()
		} else if st.params != nil && st.net != nil {
			ex.Weights = st.weightsOf()
			ex.Weights.Params, ex.Weights.Epoch = st.params, 0
		}
		st.askText(&tools.MakeExercise{Exercise: *ex}, func(frag, errMsg, class string) {
			ctx.Dispatch(func(app.Context) {
				if errMsg != "" {
					c.err = errMsg
					return
				}
				c.url = pageURL() + frag
				st.madeEx = frag
				st.notify(topicRun)
			})
		})
	})
}
