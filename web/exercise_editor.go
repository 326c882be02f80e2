package web

import (
	"github.com/nnplayground/playground/core/exercise/rules"
	"github.com/nnplayground/playground/core/session"
	"github.com/nnplayground/playground/core/wire/tools"

	"github.com/maxence-charriere/go-app/v9/pkg/app"

	"github.com/nnplayground/playground/web/state"
)

// exerciseEditor (#exercise-editor) is the teacher's editor: the current
// data and network are the start (optionally with the current weights),
// checkboxes lock settings, plain-text instructions, a goal (test
// accuracy, test R² or test loss and a threshold) and optional limits
// (hidden neurons, epochs). #exercise-make writes the exercise's link to
// #exercise-url; the checker then uses that exercise.
type exerciseEditor struct {
	app.Compo

	St   *state.Store
	Lang string

	title        string
	instructions string
	metric       string
	threshold    string
	maxHidden    string
	maxEpochs    string
	withWeights  bool
	requireStart bool
	locked       map[string]bool
	url          string
	err          string
	share        *rules.Share // how many names meet the goal with one press of Train (tools.TryNames), so far
	unsub        func()
}

// lockGroups orders the lockable settings as the page does: the data's
// preparation, the network, its training.
var lockGroups = []struct {
	Key   string
	Names []string
}{
	{"lock-group-data", []string{"derived", "norm"}},
	{"lock-group-network", []string{"hidden", "activation", "init", "loss"}},
	{"lock-group-training", []string{"optimizer", "lr", "momentum", "nesterov", "batch", "l1", "l2", "clip", "decay", "beta1", "beta2", "eps"}},
}

// reasonKey is the catalog key of an automatic lock's reason (rules.Reason…).
func reasonKey(reason string) string {
	switch reason {
	case rules.ReasonData:
		return "reason-data"
	case rules.ReasonSplit:
		return "reason-split"
	case rules.ReasonSeed:
		return "reason-seed"
	case rules.ReasonLoss:
		return "reason-loss"
	case rules.ReasonStart:
		return "reason-start"
	}
	return ""
}

func (c *exerciseEditor) OnMount(ctx app.Context) {
	c.unsub = c.St.Subscribe(state.TopicRun|state.TopicData, state.Redraw(ctx, c.St))
}

func (c *exerciseEditor) OnDismount() {
	if c.unsub != nil {
		c.unsub()
	}
}

func (c *exerciseEditor) Render() app.UI {
	l := c.Lang
	if c.locked == nil {
		c.locked = map[string]bool{}
	}
	metric := c.metric
	if metric == "" {
		metric = string(rules.Accuracy)
		if c.St.Task() == "regression" {
			metric = string(rules.R2)
		}
	}
	metrics := []string{string(rules.Accuracy), string(rules.R2), string(rules.Loss)}
	if !c.St.PanelBuilt("exercise-editor", false) {
		return closedPanel(c.St, "exercise-editor", t(l, "ex-editor"))
	}
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
			app.Span().Class("pg-check").Body(
				app.Input().Type("checkbox").ID("exercise-require-start").Checked(c.requireStart).Disabled(!c.withWeights).
					OnChange(func(ctx app.Context, e app.Event) { c.requireStart = ctx.JSSrc().Get("checked").Bool() }),
				app.Label().For("exercise-require-start").Text(t(l, "ex-require-start")),
			),
			c.locks(metric),
			app.Div().Class("pg-row").Body(
				app.Button().ID("exercise-make").Class("pg-primary").Disabled(c.St.Data.Summary() == nil).
					Aria("describedby", "exercise-make-why").OnClick(c.onMake).Text(t(l, "ex-make")),
				app.If(c.St.Data.Summary() == nil, app.Span().ID("exercise-make-why").Class("pg-hint").Text(t(l, "ex-need-data"))),
			),
			app.Div().Class("pg-field").Body(
				app.Label().For("exercise-url").Text(t(l, "ex-url")),
				app.Div().Class("pg-row").Body(
					app.Input().ID("exercise-url").Type("text").ReadOnly(true).Value(c.url).Style("flex", "1 1 240px").
						OnFocus(func(ctx app.Context, e app.Event) { ctx.JSSrc().Call("select") }),
					app.Button().ID("exercise-copy").Disabled(c.url == "").
						OnClick(func(ctx app.Context, e app.Event) { app.Window().Call("nnCopy", c.url) }).Text(t(l, "copy")),
					app.If(c.url != "",
						app.A().ID("exercise-try").Href(c.url).Target("_blank").Rel("noopener").Text(t(l, "ex-try")),
					),
				),
			),
			exerciseFileNote(l, c.url),
			shareNote(l, c.share),
			app.P().ID("exercise-error").Class("pg-error").Role("alert").Text(c.err),
		),
	)
}

// locks are the lock boxes by group, and the settings every student shares
// with their reasons (rules.AutoLocks for the goal chosen): the automatic
// ones show ticked and disabled, with why.
func (c *exerciseEditor) locks(metric string) app.UI {
	l := c.Lang
	auto := rules.AutoLocks(rules.Goal{Metric: rules.Metric(metric)}, c.requireStart && c.withWeights)
	byReason := map[string][]string{}
	for _, n := range rules.Fixed {
		if r := auto[n]; r != "" {
			byReason[r] = append(byReason[r], lockLabel(l, n))
		}
	}
	reasons := []string{rules.ReasonData, rules.ReasonSplit, rules.ReasonSeed}
	return app.Div().Class("pg-locks-all").Body(
		app.Range(lockGroups).Slice(func(g int) app.UI {
			grp := lockGroups[g]
			return app.FieldSet().Class("pg-locks").Body(
				app.Legend().Text(t(l, grp.Key)),
				app.Range(grp.Names).Slice(func(i int) app.UI {
					n := grp.Names[i]
					why := auto[n]
					box := app.Input().Type("checkbox").ID("lock-"+n).Checked(c.locked[n] || why != "").Disabled(why != "").
						OnChange(func(ctx app.Context, e app.Event) {
							c.locked[n] = ctx.JSSrc().Get("checked").Bool()
						}, n)
					if why != "" {
						box = box.Aria("describedby", "lock-"+n+"-why")
					}
					return app.Span().Class("pg-check").Body(
						box,
						app.Label().For("lock-"+n).Text(lockLabel(l, n)),
						app.If(why != "", app.Span().ID("lock-"+n+"-why").Class("pg-hint").Text(" ("+t(l, reasonKey(why))+")")),
					)
				}),
			)
		}),
		app.Ul().ID("exercise-fixed").Class("pg-hint pg-fixed").Body(
			app.Range(reasons).Slice(func(i int) app.UI {
				r := reasons[i]
				return app.Li().Text(tf(l, "ex-fixed", joinComma(byReason[r]), t(l, reasonKey(r))))
			}),
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
	if e := session.Find(name); e != nil && e.Noun != "" {
		if s, ok := catalog[l][e.Noun]; ok {
			return s
		}
		if s, ok := catalog["en"][e.Noun]; ok {
			return s
		}
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
			if st.Task() == "regression" {
				metric = string(rules.R2)
			}
		}
		ex := &state.ExerciseInfo{Exercise: rules.Exercise{
			Title:        c.title,
			Instructions: c.instructions,
			Settings:     st.Data.Settings(),
			Goal:         rules.Goal{Metric: rules.Metric(metric), Threshold: th, MaxHidden: int(mh), MaxEpochs: int(me)},
		}}
		ex.Settings.Lang = st.Lang()
		auto := rules.AutoLocks(ex.Goal, c.requireStart && c.withWeights)
		for _, n := range rules.Lockable() {
			if c.locked[n] && auto[n] == "" {
				ex.Locked = append(ex.Locked, n)
			}
		}
		ex.RequireStart = c.requireStart && c.withWeights
		if c.withWeights {
			ex.Weights = st.WeightsOf()
		} else if st.Exercise.Params() != nil && st.Run.Net() != nil {
			ex.Weights = st.WeightsOf()
			ex.Weights.Params, ex.Weights.Epoch = st.Exercise.Params(), 0
		}
		st.AskText(&tools.MakeExercise{Exercise: ex.Exercise}, func(frag, errMsg string, class tools.FailClass) {
			ctx.Dispatch(func(app.Context) {
				if errMsg != "" {
					c.err = errMsg
					return
				}
				c.url = state.PageURL() + frag
				c.share = &rules.Share{Names: state.ShareNames} // "0 of 20 done" until the first name
				st.MadeExercise(frag)
				st.AskShare(frag, func(sh *rules.Share) {
					if st.Exercise.Made() == frag { // not an older exercise's
						c.share = sh
					}
				})
				st.Notify(state.TopicRun)
			})
		})
	})
}
