package web

import (
	"slices"

	"github.com/maxence-charriere/go-app/v9/pkg/app"
	"github.com/nnplayground/playground/core/session"

	"github.com/nnplayground/playground/web/state"
)

// noteList is the data panel's list of notes about the loaded table
// (.pg-warn), each in the page's language; a note with an Action
// (session.Note) has one button after its text, #note-action-<index>
// ("use it", "ignore it", "predict <name>"), that changes the settings as
// the Columns panel's role pickers do. A did-you-mean and a leak come
// first (noteOrder). The list is always there (hidden when empty), so that
// go-app keeps the elements after it in place.
func noteList(st *state.Store, l string) app.UI {
	ns := notes(st.Data.Summary())
	order := noteOrder(ns)
	return app.Ul().ID("data-notes").Class("pg-warn").Hidden(len(ns) == 0).Body(
		app.Range(order).Slice(func(k int) app.UI {
			i := order[k]
			n := ns[i]
			if n.Action == "" {
				return app.Li().Text(warningText(l, n))
			}
			return app.Li().Body(
				app.Text(warningText(l, n)+" "),
				noteButton(st, l, i, n),
			)
		}),
	)
}

// noteOrder is the order in which the notes ns are shown, as indices
// into ns: first those that question the target (Action "target", a
// did-you-mean), then those that question an input (Action "ignore", a
// leak), then the others, each group in ns's order.
func noteOrder(ns []session.Note) []int {
	rank := func(n session.Note) int {
		switch n.Action {
		case "target":
			return 0
		case "ignore":
			return 1
		}
		return 2
	}
	order := make([]int, len(ns))
	for i := range order {
		order[i] = i
	}
	slices.SortStableFunc(order, func(a, b int) int { return rank(ns[a]) - rank(ns[b]) })
	return order
}

// noteButton is the button of note n, the index-th: its action's words,
// and the change it makes: the role it gives the column the note names, or
// for "numbers" a whole-number target predicted as a number (the Columns
// panel's #as-classes unticked).
func noteButton(st *state.Store, l string, i int, n session.Note) app.UI {
	label, lock := t(l, "act-use"), "ignore"
	apply := func(ctx app.Context) { setRole(ctx, st, n.Name, "feature") }
	switch n.Action {
	case "ignore":
		label = t(l, "act-ignore")
		apply = func(ctx app.Context) { setRole(ctx, st, n.Name, "ignore") }
	case "target":
		label, lock = tf(l, "act-target", n.Name), "target"
		apply = func(ctx app.Context) { setRole(ctx, st, n.Name, "target") }
	case "numbers":
		label, lock = t(l, "act-numbers"), "asClasses"
		apply = func(ctx app.Context) {
			ctx.Dispatch(func(app.Context) {
				st.Change(true, "data", func(s *session.Settings) { s.AsNumbers, s.AsClasses = true, false })
			})
		}
	}
	return app.Button().ID("note-action-"+itoa(i)).Class("pg-note-action").Type("button").
		Disabled(st.Locked(lock)).
		OnClick(func(ctx app.Context, e app.Event) { apply(ctx) },
			n.Name, n.Action). // the scope: a handler kept from another note must not act on its column
		Text(label)
}
