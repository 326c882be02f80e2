package web

import (
	"time"

	"github.com/maxence-charriere/go-app/v9/pkg/app"

	"github.com/nnplayground/playground/web/state"
)

// panel is a disclosure (the ARIA disclosure pattern, as <details> and
// <summary>): a section id whose summary is its heading, and body, shown
// while the panel is open and built only then (panelBuilt).
func panel(st *state.Store, id, title string, body ...app.UI) app.UI {
	if !st.PanelBuilt(id, false) {
		body = nil
	}
	return app.Section().ID(id).Class("pg-panel pg-disclosure").Aria("labelledby", id+"-title").Body(
		panelDetails(st, id).Body(
			app.Summary().Body(app.H2().ID(id+"-title").Class("pg-inline").Text(title)),
			app.Div().Class("pg-panel-body").Body(body...),
		),
	)
}

// closedPanel is a panel that lays out its own details (the checker, the
// lessons, the exercise editor) before it is built (panelBuilt): its
// section and summary, as the built one has them, and nothing else.
func closedPanel(st *state.Store, id, title string) app.UI {
	return app.Section().ID(id).Class("pg-panel").Aria("labelledby", id+"-title").Body(
		panelDetails(st, id).Body(
			app.Summary().Body(app.H2().ID(id + "-title").Class("pg-inline").Text(title)),
		),
	)
}

// panelDetails is the <details> of panel id, open as the store says (or
// when force is true: the checker in an exercise, say); opening or closing
// it is recorded.
func panelDetails(st *state.Store, id string, force ...bool) app.HTMLDetails {
	open := st.IsOpen(id) || len(force) > 0 && force[0]
	return app.Details().Open(open).OnToggle(func(ctx app.Context, e app.Event) {
		open := ctx.JSSrc().Get("open").Bool()
		ctx.Dispatch(func(app.Context) { st.SetOpen(id, open) })
	}, id)
}

// buildBelow builds the open panels below the first screen once the
// first screen shows the trainer's first report: after the frame that
// renders it has painted, so that they do not delay it (or two seconds
// after the page mounted, if no report came by then).
func (p *playground) buildBelow(ctx app.Context) {
	var unsub func()
	done := false
	build := func() {
		if done {
			return
		}
		done = true
		if unsub != nil {
			unsub()
		}
		afterPaint(func() { ctx.Dispatch(func(app.Context) { p.st.FirstScreenUp() }) })
	}
	unsub = p.st.Subscribe(state.TopicAll, func() {
		if p.st.Run.Loaded() {
			ctx.Defer(func(app.Context) { build() }) // after the components' update
		}
	})
	ctx.After(2*time.Second, func(app.Context) { build() })
}

// afterPaint runs fn after the browser painted the next frame.
func afterPaint(fn func()) {
	var f app.Func
	f = app.FuncOf(func(app.Value, []app.Value) any {
		f.Release()
		state.Later(fn)
		return nil
	})
	app.Window().Call("requestAnimationFrame", f)
}
