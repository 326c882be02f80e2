package web

import (
	"strings"

	"github.com/maxence-charriere/go-app/v9/pkg/app"
)

// panelsKey is the localStorage key that keeps which panels are open.
const panelsKey = "nnplay-panels"

// panelDefaults says which panels are open on a first visit: only the
// charts below the playground; everything else opens on demand.
var panelDefaults = map[string]bool{"charts": true}

// panel is a disclosure (the ARIA disclosure pattern, as <details> and
// <summary>): a section id whose summary is its heading, and body, shown
// while the panel is open. Which panels are open is kept in the store and
// in localStorage, so that a reload (and the session saved in this browser)
// opens the same ones.
func panel(st *store, id, title string, body ...app.UI) app.UI {
	return app.Section().ID(id).Class("pg-panel pg-disclosure").Aria("labelledby", id+"-title").Body(
		panelDetails(st, id).Body(
			app.Summary().Body(app.H2().ID(id+"-title").Class("pg-inline").Text(title)),
			app.Div().Class("pg-panel-body").Body(body...),
		),
	)
}

// panelDetails is the <details> of panel id, open as the store says (or
// when force is true: the checker in an exercise, say); opening or closing
// it is recorded.
func panelDetails(st *store, id string, force ...bool) app.HTMLDetails {
	open := st.isOpen(id) || len(force) > 0 && force[0]
	return app.Details().Open(open).OnToggle(func(ctx app.Context, e app.Event) {
		open := ctx.JSSrc().Get("open").Bool()
		ctx.Dispatch(func(app.Context) { st.setOpen(id, open) })
	}, id)
}

// panelsText writes the open state as "id=1,id=0" (sorted by nothing: the
// order does not matter).
func panelsText(m map[string]bool) string {
	var b strings.Builder
	for id, o := range m {
		if b.Len() > 0 {
			b.WriteByte(',')
		}
		b.WriteString(id)
		if o {
			b.WriteString("=1")
		} else {
			b.WriteString("=0")
		}
	}
	return b.String()
}

// parsePanels reads panelsText's format; anything else is ignored.
func parsePanels(s string) map[string]bool {
	m := map[string]bool{}
	for _, f := range strings.Split(s, ",") {
		id, v, ok := strings.Cut(f, "=")
		if ok && id != "" && (v == "0" || v == "1") {
			m[id] = v == "1"
		}
	}
	return m
}

func loadPanels() map[string]bool {
	if !app.IsClient {
		return map[string]bool{}
	}
	return parsePanels(storageGet(panelsKey))
}
