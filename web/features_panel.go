package web

import (
	"slices"

	"github.com/maxence-charriere/go-app/v9/pkg/app"
	"github.com/nnplayground/playground/core/data"
	"github.com/nnplayground/playground/core/session"

	"github.com/nnplayground/playground/web/state"
)

// featuresPanel adds and removes derived inputs of the numeric feature
// columns: x², sin, cos of a column and products of two (as TensorFlow
// Playground offers for x1, x2).
type featuresPanel struct {
	app.Compo

	St   *state.Store
	Lang string

	kind  data.DerivedKind // the add row's choice
	a, b  string
	unsub func()
}

func (c *featuresPanel) OnMount(ctx app.Context) {
	c.unsub = c.St.Subscribe(state.TopicData, state.Redraw(ctx, c.St))
}

func (c *featuresPanel) OnDismount() {
	if c.unsub != nil {
		c.unsub()
	}
}

// numericFeatures are the numeric columns that are neither target nor ignored.
func numericFeatures(sum *session.Summary, v session.Settings) []string {
	if sum == nil {
		return nil
	}
	var cols []string
	for i, n := range sum.Columns {
		// In Inputs: an empty column is no input.
		if i < len(sum.Kinds) && sum.Kinds[i] == "numeric" && n != sum.Target && !slices.Contains(v.Ignore, n) && slices.Contains(sum.Inputs, n) {
			cols = append(cols, n)
		}
	}
	return cols
}

// derivedKinds are the kinds offered, in the picker's order.
var derivedKinds = []data.DerivedKind{data.Square, data.Product, data.Sin, data.Cos}

// Render is a compact picker that scales with the table: the derived
// inputs in use, each with a remove button, and one row to add another —
// what to derive (#derived-kind), of which column (#derived-a) and, for a
// product, with which (#derived-b) — so a table of any width costs five
// tab stops plus one per derived input.
func (c *featuresPanel) Render() app.UI {
	l, v := c.Lang, c.St.View()
	cols := numericFeatures(c.St.Data.Summary(), v)
	locked := c.St.Locked("derived")
	if c.a == "" || !slices.Contains(cols, c.a) {
		c.a = first(cols)
	}
	if c.b == "" || !slices.Contains(cols, c.b) {
		c.b = first(cols[min(1, len(cols)):])
	}
	next := c.pick()
	dup := slices.Contains(v.Derived, next)
	return panel(c.St, "features-panel", t(l, "features"),
		app.P().Class("pg-hint").Text(t(l, "features-hint")),
		app.Ul().ID("derived-list").Class("pg-derived").Body(
			app.Range(v.Derived).Slice(func(i int) app.UI {
				d := v.Derived[i]
				return app.Li().Body(
					app.Span().Class("pg-derived-name").Text(d.Name()+" "),
					app.Button().ID("derived-remove-"+itoa(i)).Disabled(locked).Aria("label", t(l, "remove")+" "+d.Name()).
						OnClick(func(ctx app.Context, e app.Event) { c.toggle(ctx, d, false) }, d.Kind, d.A, d.B).Text("×"),
				)
			}),
		),
		app.Div().Class("pg-row pg-derived-add").Body(
			app.Div().Class("pg-field").Body(
				app.Label().For("derived-kind").Text(t(l, "derived-kind")),
				app.Select().ID("derived-kind").Disabled(locked || len(cols) == 0).OnChange(func(ctx app.Context, e app.Event) {
					k, _ := data.ParseDerivedKind(ctx.JSSrc().Get("value").String())
					c.kind = k
				}).Body(
					app.Range(derivedKinds).Slice(func(i int) app.UI {
						k := derivedKinds[i]
						return app.Option().Value(k.String()).Selected(k == c.kind).Text(t(l, "derived-"+k.String()))
					}),
				),
			),
			c.columnSelect("derived-a", t(l, "derived-a"), cols, c.a, locked, func(x string) { c.a = x }),
			c.columnSelect("derived-b", t(l, "derived-b"), cols, c.b, locked || c.kind != data.Product, func(x string) { c.b = x }),
			app.Button().ID("derived-add").Disabled(locked || len(cols) == 0 || dup || c.kind == data.Product && len(cols) < 2).
				OnClick(func(ctx app.Context, e app.Event) { c.toggle(ctx, c.pick(), true) }).
				Text(t(l, "derived-add")+" "+next.Name()),
		),
	)
}

// pick is the derived input the add row describes.
func (c *featuresPanel) pick() data.Derived {
	d := data.Derived{Kind: c.kind, A: c.a}
	if c.kind == data.Product {
		d.B = c.b
	}
	return d
}

func (c *featuresPanel) columnSelect(id, label string, cols []string, cur string, off bool, set func(string)) app.UI {
	return app.Div().Class("pg-field").Body(
		app.Label().For(id).Text(label),
		app.Select().ID(id).Disabled(off || len(cols) == 0).OnChange(func(ctx app.Context, e app.Event) {
			set(ctx.JSSrc().Get("value").String())
		}, id).Body(
			app.Range(cols).Slice(func(i int) app.UI {
				return app.Option().Value(cols[i]).Selected(cols[i] == cur).Text(cols[i])
			}),
		),
	)
}

func first(s []string) string {
	if len(s) == 0 {
		return ""
	}
	return s[0]
}

func (c *featuresPanel) toggle(ctx app.Context, d data.Derived, on bool) {
	toggleDerived(ctx, c.St, d, on)
}
