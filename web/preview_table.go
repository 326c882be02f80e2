package web

import (
	"slices"

	"github.com/maxence-charriere/go-app/v9/pkg/app"
	"github.com/nnplayground/playground/core/session"

	"github.com/nnplayground/playground/web/state"
)

// previewTable shows the first rows of the loaded data with each column's
// detected type and a role picker (feature, target, ignore), the
// #target-column select, and how missing values and numeric targets are
// treated.
type previewTable struct {
	app.Compo

	St   *state.Store
	Lang string

	unsub func()
}

func (c *previewTable) OnMount(ctx app.Context) {
	c.unsub = c.St.Subscribe(state.TopicData, state.Redraw(ctx, c.St))
}

func (c *previewTable) OnDismount() {
	if c.unsub != nil {
		c.unsub()
	}
}

func (c *previewTable) Render() app.UI {
	l, sum, v := c.Lang, c.St.Data.Summary(), c.St.View()
	if sum == nil {
		return panel(c.St, "columns-panel", t(l, "columns"),
			app.Label().For("target-column").Text(t(l, "target")),
			app.Select().ID("target-column").Disabled(true),
		)
	}
	cols := sum.Columns
	// A numeric target with two values is classified without the box
	// (core/data): show it ticked, and fixed.
	auto := false
	if i := slices.Index(cols, sum.Target); i >= 0 && i < len(sum.Kinds) {
		auto = !v.AsClasses && sum.Kinds[i] == "numeric" && sum.Task != "regression"
	}
	return panel(c.St, "columns-panel", t(l, "columns"),
		app.Div().Class("pg-row").Body(
			app.Div().Class("pg-field").Body(
				app.Label().For("target-column").Text(t(l, "target")),
				app.Select().ID("target-column").Disabled(c.St.Locked("target")).OnChange(c.onTarget).Body(
					app.Range(cols).Slice(func(i int) app.UI {
						return app.Option().Value(cols[i]).Selected(cols[i] == sum.Target).Text(c.St.Word(l, cols[i]))
					}),
				),
			),
			missingSelect(c.St, l),
		),
		app.Div().Class("pg-check").Body(
			app.Input().Type("checkbox").ID("as-classes").Checked(v.AsClasses || auto).Disabled(c.St.Locked("asClasses") || auto).OnChange(c.onAsClasses),
			app.Label().For("as-classes").Text(t(l, "as-classes")),
			app.If(auto, app.Span().Class("pg-hint").Text(" "+t(l, "as-classes-two"))),
		),
		app.Div().Class("pg-scroll").Body(
			app.Table().ID("preview").Class("pg-table").Body(
				app.Caption().Text(t(l, "preview")),
				app.THead().Body(
					app.Tr().Body(app.Range(cols).Slice(func(i int) app.UI {
						return app.Th().Scope("col").Text(c.St.Word(l, cols[i]))
					})),
					app.Tr().Class("pg-kinds").Body(app.Range(cols).Slice(func(i int) app.UI {
						kind := ""
						if i < len(sum.Kinds) {
							kind = sum.Kinds[i]
						}
						return app.Td().Text(t(l, "kind-"+kind))
					})),
					app.Tr().Class("pg-roles").Body(app.Range(cols).Slice(func(i int) app.UI {
						return app.Td().Body(c.rolePicker(i, cols[i], sum, v))
					})),
				),
				app.TBody().Body(app.Range(sum.Preview).Slice(func(r int) app.UI {
					row := sum.Preview[r]
					return app.Tr().Body(app.Range(row).Slice(func(i int) app.UI {
						return app.Td().Text(c.St.Word(l, row[i]))
					}))
				})),
			),
		),
	)
}

func (c *previewTable) rolePicker(i int, col string, sum *session.Summary, v session.Settings) app.UI {
	l := c.Lang
	role := "feature"
	switch {
	case col == sum.Target:
		role = "target"
	case slices.Contains(v.Ignore, col), leftOut(sum, col) && !slices.Contains(v.Use, col):
		role = "ignore"
	}
	id := "role-" + itoa(i)
	return app.Select().ID(id).Aria("label", t(l, "role-of")+" "+col).Disabled(c.St.Locked("ignore") || c.St.Locked("target")).
		OnChange(func(ctx app.Context, e app.Event) {
			setRole(ctx, c.St, col, ctx.JSSrc().Get("value").String())
		}, col).Body( // the scope: go-app keeps a handler whose code is the same unless its scope changes
		app.Option().Value("feature").Selected(role == "feature").Text(t(l, "role-feature")),
		app.Option().Value("target").Selected(role == "target").Text(t(l, "role-target")),
		app.Option().Value("ignore").Selected(role == "ignore").Text(t(l, "role-ignore")),
	)
}

func (c *previewTable) onTarget(ctx app.Context, e app.Event) {
	setRole(ctx, c.St, ctx.JSSrc().Get("value").String(), "target")
}

// missingSelect is the missing-value policy's select (#missing): the
// policies of session.Table's "missing" setting (Setting.Choices, the
// names data.ParseMissing reads), each worded by its "missing-<name>"
// catalog entry. A data setting: its errors are #data-error's.
func missingSelect(st *state.Store, l string) app.UI {
	e := session.Find("missing")
	v := st.View()
	cur, names := e.Text(&v), e.Choices()
	return app.Div().Class("pg-field").Body(
		app.Label().For(e.Control).Text(t(l, e.Label)),
		app.Select().ID(e.Control).Disabled(st.Locked(e.Name)).OnChange(func(ctx app.Context, _ app.Event) {
			x := ctx.JSSrc().Get("value").String()
			ctx.Dispatch(func(app.Context) {
				st.Change(true, "data", func(s *session.Settings) { _ = e.SetText(s, x) }) // one of Choices
			})
		}).Body(
			app.Range(names).Slice(func(i int) app.UI {
				return app.Option().Value(names[i]).Selected(names[i] == cur).Text(t(l, "missing-"+names[i]))
			}),
		),
	)
}

func (c *previewTable) onAsClasses(ctx app.Context, e app.Event) {
	on := ctx.JSSrc().Get("checked").Bool()
	ctx.Dispatch(func(app.Context) {
		c.St.Change(true, "data", func(s *session.Settings) { s.AsClasses = on })
	})
}
