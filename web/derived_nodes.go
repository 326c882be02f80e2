package web

import (
	"slices"

	"github.com/maxence-charriere/go-app/v9/pkg/app"
	"github.com/nnplayground/playground/core/data"
	"github.com/nnplayground/playground/core/session"

	"github.com/nnplayground/playground/web/state"
)

// derivedNodes (#derived-nodes) offers, on the diagram under the input
// column, the derived inputs TensorFlow Playground offers for two-input
// data: x², y², x·y, sin x and sin y, each a toggle button ("+ x²" adds it
// as an input node, "− x²" takes it away) with a one-line note as its
// title. The columns panel (featuresPanel) derives any of them for any
// table; this row shows only when the data has exactly two numeric inputs.
func derivedNodes(l string, st *state.Store) app.UI {
	v := st.View()
	cols := numericFeatures(st.Data.Summary(), v)
	if len(cols) != 2 {
		return nil
	}
	x, y := cols[0], cols[1]
	offer := []data.Derived{
		{Kind: data.Square, A: x}, {Kind: data.Square, A: y}, {Kind: data.Product, A: x, B: y},
		{Kind: data.Sin, A: x}, {Kind: data.Sin, A: y},
	}
	locked := st.Locked("derived")
	return app.Div().ID("derived-nodes").Class("pg-derived-nodes").Role("group").Aria("label", t(l, "derive-label")).Body(
		app.Span().Class("pg-hint").Text(t(l, "derive-label")),
		app.Range(offer).Slice(func(i int) app.UI {
			d := offer[i]
			on := slices.Contains(v.Derived, d)
			sign := "+ "
			if on {
				sign = "− "
			}
			// The group's one-line note (tap_notes.go), shown under it.
			return noted(app.Button().ID("derive-"+itoa(i)).Class("pg-derive").DataSet("name", d.Name()).
				Aria("pressed", on).Aria("label", tf(l, "derive-input", d.Name())).Aria("describedby", noteID("derived-nodes")).
				Disabled(locked).Text(sign+d.Name()), "derived-nodes", false).
				OnClick(func(ctx app.Context, e app.Event) {
					showNote("derived-nodes")
					toggleDerived(ctx, st, d, !on)
				}, d.Kind, d.A, d.B, on)
		}),
		noteBubble("derived-nodes", t(l, "derive-note")),
	)
}

// toggleDerived adds the derived input d (on) or removes it: new data,
// so a new network.
func toggleDerived(ctx app.Context, st *state.Store, d data.Derived, on bool) {
	ctx.Dispatch(func(app.Context) {
		st.Change(true, "data", func(s *session.Settings) {
			s.Derived = slices.DeleteFunc(s.Derived, func(x data.Derived) bool { return x == d })
			if on {
				s.Derived = append(s.Derived, d)
			}
		})
	})
}
