package main

import (
	"slices"

	"github.com/maxence-charriere/go-app/v9/pkg/app"
	"github.com/nnplayground/playground/core/data"
	"github.com/nnplayground/playground/core/session"
)

// maxProductColumns bounds the pairs offered as products.
const maxProductColumns = 6

// featuresPanel toggles derived inputs of the numeric feature columns: x²,
// sin, cos of each, and products of pairs (as TensorFlow Playground offers
// for x1, x2).
type featuresPanel struct {
	app.Compo

	St   *store
	Lang string

	unsub func()
}

func (c *featuresPanel) OnMount(ctx app.Context) {
	c.unsub = c.St.subscribe(topicData, redraw(ctx, c.St))
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

type derivedChoice struct {
	ID    string
	Label string
	D     data.Derived
}

func (c *featuresPanel) choices() []derivedChoice {
	cols := numericFeatures(c.St.summary, c.St.view())
	var out []derivedChoice
	for i, a := range cols {
		out = append(out,
			derivedChoice{"derived-sq-" + itoa(i), a + "²", data.Derived{Kind: data.Square, A: a}},
			derivedChoice{"derived-sin-" + itoa(i), "sin(" + a + ")", data.Derived{Kind: data.Sin, A: a}},
			derivedChoice{"derived-cos-" + itoa(i), "cos(" + a + ")", data.Derived{Kind: data.Cos, A: a}},
		)
	}
	for i := 0; i < len(cols) && i < maxProductColumns; i++ {
		for j := i + 1; j < len(cols) && j < maxProductColumns; j++ {
			out = append(out, derivedChoice{"derived-mul-" + itoa(i) + "-" + itoa(j),
				cols[i] + "·" + cols[j], data.Derived{Kind: data.Product, A: cols[i], B: cols[j]}})
		}
	}
	return out
}

func (c *featuresPanel) Render() app.UI {
	l, v := c.Lang, c.St.view()
	ch := c.choices()
	return app.Section().Class("pg-panel pg-features").Aria("labelledby", "features-title").Body(
		app.H2().ID("features-title").Text(t(l, "features")),
		app.P().Class("pg-hint").Text(t(l, "features-hint")),
		app.Div().Class("pg-toggles").Role("group").Aria("labelledby", "features-title").Body(
			app.Range(ch).Slice(func(i int) app.UI {
				d := ch[i]
				on := slices.Contains(v.Derived, d.D)
				return app.Span().Class("pg-check").Body(
					app.Input().Type("checkbox").ID(d.ID).Checked(on).Disabled(c.St.locked("derived")).
						OnChange(func(ctx app.Context, e app.Event) {
							c.toggle(ctx, d.D, ctx.JSSrc().Get("checked").Bool())
						}, d.D.Kind, d.D.A, d.D.B), // new data, new columns: see rolePicker
					app.Label().For(d.ID).Text(d.Label),
				)
			}),
		),
	)
}

func (c *featuresPanel) toggle(ctx app.Context, d data.Derived, on bool) {
	ctx.Dispatch(func(app.Context) {
		c.St.change(true, "data", func(s *session.Settings) {
			s.Derived = slices.DeleteFunc(s.Derived, func(x data.Derived) bool { return x == d })
			if on {
				s.Derived = append(s.Derived, d)
			}
		})
	})
}
