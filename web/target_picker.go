package web

import (
	"slices"

	"github.com/maxence-charriere/go-app/v9/pkg/app"
	"github.com/nnplayground/playground/core/data"
	"github.com/nnplayground/playground/core/session"

	"github.com/nnplayground/playground/web/state"
)

// targetPicker is "Predict:" and #target-select, on the data panel's first
// screen right under the summary: choosing what to predict is the first
// step after a table loads. It offers the loaded table's columns, with the
// current target (the guess, until the user picks another) chosen, and
// sets the target as the Columns panel's #target-column does. It is hidden
// (but kept in place, so that go-app does not reuse the elements after it
// for one another) for the generated two-input sets and while no data is
// loaded.
func targetPicker(st *state.Store, l string) app.UI {
	sum, v := st.Data.Summary(), st.View()
	show := sum != nil && len(sum.Columns) > 1 && !isGenerated(v.Dataset)
	var cols []string
	target := ""
	if show {
		cols, target = sum.Columns, sum.Target
	}
	return app.Div().Class("pg-field pg-predict").Hidden(!show).Body(
		app.Label().For("target-select").Text(t(l, "predict")),
		app.Select().ID("target-select").Disabled(st.Locked("target")).
			OnChange(func(ctx app.Context, e app.Event) {
				setRole(ctx, st, ctx.JSSrc().Get("value").String(), "target")
			}).Body(
			app.Range(cols).Slice(func(i int) app.UI {
				return app.Option().Value(cols[i]).Selected(cols[i] == target).Text(st.Word(l, cols[i]))
			}),
		),
	)
}

// setRole gives column col the role "target", "feature" or "ignore"
// (withRole), as the Columns panel's role pickers, #target-select and the
// notes' buttons do.
func setRole(ctx app.Context, st *state.Store, col, role string) {
	ctx.Dispatch(func(app.Context) {
		sum := st.Data.Summary()
		st.Change(true, "data", func(s *session.Settings) { *s = withRole(*s, sum, col, role) })
	})
}

// withRole returns s with column col of the loaded table sum in the role
// "target", "feature" or "ignore": a new target stops being ignored and
// the old target becomes a feature; a column the automatic rules leave out
// (a note with Action "use" names it) comes back as a feature through
// Settings.Use; an ignored column leaves Settings.Use; derived inputs of a
// column that stops being a feature go. s's slices are not changed.
func withRole(s session.Settings, sum *session.Summary, col, role string) session.Settings {
	not := func(n string) bool { return n == col }
	s.Ignore = slices.DeleteFunc(slices.Clone(s.Ignore), not)
	s.Use = slices.DeleteFunc(slices.Clone(s.Use), not)
	oldTarget := sum != nil && col == sum.Target
	switch role {
	case "target":
		s.Target = col
	case "ignore":
		s.Ignore = append(s.Ignore, col)
		if oldTarget {
			s.Target = ""
		}
	case "feature":
		if oldTarget {
			s.Target = ""
		}
		if leftOut(sum, col) {
			s.Use = append(s.Use, col)
		}
	}
	s.Derived = slices.DeleteFunc(slices.Clone(s.Derived), func(d data.Derived) bool {
		return (d.A == col || d.B == col) && role != "feature"
	})
	return s
}

// leftOut reports whether the automatic rules leave column col out of the
// inputs: a note offers to use it.
func leftOut(sum *session.Summary, col string) bool {
	return slices.ContainsFunc(notes(sum), func(n session.Note) bool { return n.Action == "use" && n.Name == col })
}
