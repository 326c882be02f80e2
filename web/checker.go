package web

import (
	"strconv"
	"strings"

	"github.com/maxence-charriere/go-app/v9/pkg/app"

	"github.com/nnplayground/playground/web/state"
)

// checker (#checker) confirms students' completion codes: codes pasted
// into #checker-input (one per line, or separated by blank space), checked
// by #checker-run against the exercise in #checker-exercise (the exercise
// opened by link or the one last made in the editor), with the class list
// of #checker-class. The check re-runs every training, so it runs in the
// tools worker (tools.Check), never on the page's thread: #check-progress
// says how many codes of how many are checked, #check-stop stops it, and
// #checker-results gains one row per code as it is checked (name,
// verdict, metric as the readouts round it, epoch, flag, reason in a
// teacher's words), then one per name of the class list with no code.
type checker struct {
	app.Compo

	St   *state.Store
	Lang string

	exLink  string
	codes   string
	class   string // the class list, one name per line
	ignored int    // words of the pasted text that are not codes
	unsub   func()
}

func (c *checker) OnMount(ctx app.Context) {
	c.unsub = c.St.Subscribe(state.TopicRun, state.Redraw(ctx, c.St))
}

func (c *checker) OnDismount() {
	if c.unsub != nil {
		c.unsub()
	}
}

// exercise is the exercise link to check against.
func (c *checker) exercise() string {
	switch {
	case c.exLink != "":
		return c.exLink
	case c.St.Exercise.Made() != "":
		return c.St.Exercise.Made()
	}
	return c.St.Exercise.Link()
}

func (c *checker) Render() app.UI {
	l, st := c.Lang, c.St
	busy := st.Checking()
	ex := c.exercise()
	shown := ""
	if ex != "" {
		shown = state.PageURL() + ex
	}
	rows := st.Check.Rows()
	if !st.PanelBuilt("checker", st.Exercise.Info() != nil || len(rows) > 0) {
		return closedPanel(st, "checker", t(l, "checker"))
	}
	return app.Section().ID("checker").Class("pg-panel").Aria("labelledby", "checker-title").Body(
		panelDetails(st, "checker", st.Exercise.Info() != nil || len(rows) > 0).Body(
			app.Summary().Body(app.H2().ID("checker-title").Class("pg-inline").Text(t(l, "checker"))),
			app.Div().Class("pg-field").Body(
				app.Label().For("checker-exercise").Text(t(l, "checker-exercise")),
				app.Input().ID("checker-exercise").Type("text").Value(shown).Placeholder("https://…#v1.…").
					OnChange(func(ctx app.Context, e app.Event) {
						v := strings.TrimSpace(ctx.JSSrc().Get("value").String())
						if i := strings.IndexByte(v, '#'); i >= 0 {
							v = v[i:]
						}
						c.exLink = v
					}),
			),
			app.Div().Class("pg-field").Body(
				app.Label().For("checker-input").Text(t(l, "checker-input")),
				app.Textarea().ID("checker-input").Rows(5).Spellcheck(false).Text(c.codes).
					OnChange(func(ctx app.Context, e app.Event) { c.codes = ctx.JSSrc().Get("value").String() }),
			),
			app.Div().Class("pg-field").Body(
				app.Label().For("checker-class").Text(t(l, "checker-class")),
				app.Textarea().ID("checker-class").Rows(3).Spellcheck(false).Text(c.class).
					OnChange(func(ctx app.Context, e app.Event) { c.class = ctx.JSSrc().Get("value").String() }),
			),
			app.Div().Class("pg-row").Body(
				app.Button().ID("checker-run").Class("pg-primary").Disabled(busy).OnClick(c.onRun).Text(t(l, "checker-run")),
				app.Button().ID("checker-csv").Disabled(busy || len(rows) == 0).
					OnClick(func(ctx app.Context, e app.Event) {
						state.Download("completion-codes.csv", "text/csv", state.ChecksCSV(c.St.Lang(), c.St.Check.Rows()))
					}).
					Text(t(l, "checker-csv")),
			),
			app.If(c.ignored > 0, app.P().ID("checker-note").Class("pg-hint").Text(tf(l, "checker-ignored", c.ignored))),
			c.progress(),
			app.P().ID("checker-error").Class("pg-error").Role("alert").Text(st.Check.Err()),
			app.Div().Class("pg-scroll").Body(
				app.Table().ID("checker-results").Class("pg-table").Body(
					app.THead().Body(app.Tr().Body(
						app.Th().Scope("col").Text("#"),
						app.Th().Scope("col").Text(t(l, "col-name")),
						app.Th().Scope("col").Text(t(l, "col-verdict")),
						app.Th().Scope("col").Text(t(l, "col-metric")),
						app.Th().Scope("col").Text(t(l, "col-epoch")),
						app.Th().Scope("col").Text(t(l, "col-flag")),
						app.Th().Scope("col").Text(t(l, "col-reason")),
					)),
					app.TBody().Body(
						app.Range(rows).Slice(func(i int) app.UI {
							r := rows[i]
							verdict, cls := t(l, "rejected"), "pg-rejected"
							switch {
							case r.Missing:
								verdict, cls = t(l, "checker-missing"), "pg-missing"
							case r.Accepted:
								verdict, cls = t(l, "accepted"), "pg-accepted"
							}
							epoch := ""
							if !r.Missing {
								epoch = strconv.Itoa(r.Epoch)
							}
							return app.Tr().Class(cls).DataSet("accepted", strconv.FormatBool(r.Accepted)).DataSet("verdict", r.Verdict()).Body(
								app.Td().Text(strconv.Itoa(i+1)),
								app.Td().Text(r.Name),
								app.Td().Text(verdict),
								app.Td().Text(state.CheckMetricText(&r)),
								app.Td().Text(epoch),
								app.Td().Class("pg-wrap pg-flag").Text(state.FlagText(l, r.Flag)),
								app.Td().Class("pg-wrap").Text(state.ReasonText(l, r.Reason)),
							)
						}),
					),
				),
			),
		),
	)
}

func (c *checker) onRun(ctx app.Context, e app.Event) {
	// The fields as they are now: a change event may not have fired yet.
	if in := app.Window().GetElementByID("checker-input"); in.Truthy() {
		c.codes = in.Get("value").String()
	}
	if in := app.Window().GetElementByID("checker-class"); in.Truthy() {
		c.class = in.Get("value").String()
	}
	ctx.Dispatch(func(app.Context) {
		c.ignored = c.St.StartCheck(c.Lang, c.exercise(), c.codes, c.class)
	})
}

// progress is the class check's progress (#check-progress, "checked 12
// of 30") with its Stop button (#check-stop) while it runs, and what it
// came to once it ends.
func (c *checker) progress() app.UI {
	l, st := c.Lang, c.St
	busy := st.Checking()
	done, total, stopped := st.Check.Progress()
	if total == 0 {
		return app.Text("")
	}
	text := tf(l, "checker-progress", done, total)
	if stopped {
		text += " " + t(l, "checker-stopped")
	}
	return app.Div().ID("checker-status").Class("pg-row").Body(
		app.Progress().ID("check-progress").Max(total).Value(done).Aria("label", t(l, "checker-progress-label")).
			Aria("valuetext", text),
		app.Span().ID("check-progress-text").Class("pg-hint").Aria("live", "polite").Text(text),
		app.If(busy, app.Span().ID("checker-busy").Class("pg-hint").Text(t(l, "checker-busy"))),
		app.If(busy, app.Button().ID("check-stop").OnClick(func(ctx app.Context, e app.Event) {
			ctx.Dispatch(func(app.Context) { c.St.StopCheck() })
		}).Text(t(l, "checker-stop"))),
	)
}
