package web

import (
	"fmt"
	"github.com/nnplayground/playground/core/exercise/rules"
	"strings"

	"github.com/maxence-charriere/go-app/v9/pkg/app"

	"github.com/nnplayground/playground/web/state"
)

// exerciseView is the student's view of an exercise opened by link: its
// instructions as plain text (#exercise-instructions), its goal
// (#exercise-goal), a live check (#exercise-status) and, once the goal is
// met, a completion code (#completion-code) made by core/exercise for the
// current settings and the first epoch that meets the goal, with the
// student's name (#student-name, optional). Locked controls elsewhere on
// the page are disabled (Store.Locked).
type exerciseView struct {
	app.Compo

	St   *state.Store
	Lang string

	name  string
	code  string // the code shown, which Copy copies (go-app keeps a handler's first closure)
	unsub func()
}

func (c *exerciseView) OnMount(ctx app.Context) {
	c.unsub = c.St.Subscribe(state.TopicStats|state.TopicData|state.TopicRun|state.TopicCode, state.Redraw(ctx, c.St))
}

func (c *exerciseView) OnDismount() {
	if c.unsub != nil {
		c.unsub()
	}
}

func (c *exerciseView) Render() app.UI {
	l, st := c.Lang, c.St
	ex := st.Exercise.Info()
	if ex == nil {
		return app.Div().ID("exercise").Hidden(true)
	}
	title := ex.Title
	if title == "" {
		title = t(l, "ex-student")
	}
	code, status, met := c.status()
	c.code = code
	if c.name == "" {
		c.name = ex.Name
	}
	return app.Section().ID("exercise").Class("pg-panel pg-exercise").Aria("labelledby", "exercise-heading").Body(
		app.H2().ID("exercise-heading").Text(title),
		app.P().ID("exercise-instructions").Class("pg-plain").Text(ex.Instructions),
		app.P().ID("exercise-goal").Class("pg-goal").Text(goalText(l, ex)),
		// The name first: it seeds the student's training, so that the
		// code is theirs (a renamed code replays to other numbers).
		app.Div().Class("pg-row pg-name").Body(
			app.Div().Class("pg-field").Body(
				app.Label().For("student-name").Text(t(l, "ex-name")),
				app.Input().ID("student-name").Type("text").Value(c.name).Attr("autocomplete", "name").
					Attr("maxlength", rules.MaxName).Aria("describedby", "student-name-hint").
					OnInput(func(ctx app.Context, e app.Event) { c.name = ctx.JSSrc().Get("value").String() }).
					OnChange(func(ctx app.Context, e app.Event) {
						name := ctx.JSSrc().Get("value").String()
						ctx.Dispatch(func(app.Context) { c.St.SetStudentName(name) })
					}),
				app.Span().ID("student-name-hint").Class("pg-hint").Text(nameHint(l, st)),
			),
		),
		app.P().ID("exercise-status").Class("pg-status").Aria("live", "polite").DataSet("met", met).Text(status),
		app.If(code != "",
			app.Div().Class("pg-code").Body(
				app.Div().Class("pg-field").Body(
					app.Label().For("completion-code").Text(t(l, "ex-code")),
					app.Textarea().ID("completion-code").ReadOnly(true).Rows(3).Text(code).
						OnFocus(func(ctx app.Context, e app.Event) { ctx.JSSrc().Call("select") }),
				),
				app.Button().ID("completion-copy").OnClick(func(ctx app.Context, e app.Event) {
					app.Window().Call("nnCopy", c.code)
				}).Text(t(l, "copy")),
			),
		),
	)
}

// status is the completion code (when the goal is met), the live check's
// text and whether the goal is met, from the store's state and the tools
// worker's last answer (store.askCode asks it).
func (c *exerciseView) status() (code, text string, met bool) {
	l, st := c.Lang, c.St
	ex := st.Exercise.Info()
	_, best, met, tuned := st.CodeRequest()
	a, prev := st.Exercise.CodeAnswer()
	if a != nil && a.Allowed != "" {
		return "", t(l, "ex-not-allowed") + " " + a.Allowed, false
	}
	if len(st.Run.History()) == 0 {
		return "", "", false
	}
	now := st.Run.History()[len(st.Run.History())-1]
	cur := tf(l, "ex-now", now.Epoch, metricText(ex, ex.Goal.Value(now)))
	if !met {
		return "", cur, false
	}
	if st.Exercise.Edited() {
		return "", cur + " " + t(l, "ex-edited"), false
	}
	if strings.TrimSpace(ex.Name) == "" {
		return "", cur + " " + tf(l, "ex-met", best.Epoch) + " " + t(l, "ex-need-name"), false
	}
	if tuned {
		return "", cur + " " + t(l, "ex-tuned"), false
	}
	if a == nil {
		a = prev
	}
	switch {
	case a == nil:
		return "", cur, false
	case a.Error != "" || a.Code == "":
		return "", cur + " " + a.Error, false
	}
	return a.Code, cur + " " + tf(l, "ex-met", best.Epoch), true
}

// nameHint says why the name comes first, and what a code then proves.
func nameHint(l string, st *state.Store) string {
	if st.Exercise.Meta() != nil && !st.Exercise.Meta().NameBound {
		return t(l, "ex-name-unbound")
	}
	return t(l, "ex-name-hint")
}

// goalText says the goal and limits in language l.
func goalText(l string, ex *state.ExerciseInfo) string {
	g := ex.Goal
	op := "≥"
	if g.Metric == rules.Loss {
		op = "≤"
	}
	s := tf(l, "ex-goal", t(l, "metric-"+string(g.Metric)), op, metricText(ex, g.Threshold))
	if g.MaxHidden > 0 {
		s += " " + tf(l, "ex-limit-hidden", g.MaxHidden)
	}
	if g.MaxEpochs > 0 {
		s += " " + tf(l, "ex-limit-epochs", g.MaxEpochs)
	}
	if len(ex.Locked) > 0 {
		names := make([]string, len(ex.Locked))
		for i, n := range ex.Locked {
			names[i] = lockLabel(l, n)
		}
		s += " " + tf(l, "ex-locked", joinComma(names))
	}
	return s
}

func metricText(ex *state.ExerciseInfo, v float64) string {
	if ex.Goal.Metric == rules.Accuracy {
		return fmt.Sprintf("%.2f %%", 100*v)
	}
	return short(v)
}

func joinComma(s []string) string {
	out := ""
	for i, x := range s {
		if i > 0 {
			out += ", "
		}
		out += x
	}
	return out
}
