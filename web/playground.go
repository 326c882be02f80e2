package web

import (
	"github.com/maxence-charriere/go-app/v9/pkg/app"

	"github.com/nnplayground/playground/web/state"
)

// playground is the page: it owns the store, starts the trainer worker, the
// frame loop and the keyboard shortcuts, and lays out the panels.
type playground struct {
	app.Compo

	st    *state.Store
	ready bool
	loop  *frameLoop
	keys  app.Func
	hash  app.Func
	hide  app.Func
	notes app.Func // hides the one-line notes (tap_notes.go)
}

// NewPage returns the page's root component (cmd/app mounts it in the
// browser, cmd/sitegen prerenders it into index.html).
func NewPage() app.Composer {
	return &playground{st: state.NewStore()}
}

func (p *playground) OnMount(ctx app.Context) {
	if !app.IsClient {
		return
	}
	p.st.Start(ctx)
	p.loop = startFrameLoop(p.st)
	p.keys = listenKeys(ctx, p.st)
	p.notes = listenNotes()
	p.st.Subscribe(state.TopicLang, state.Redraw(ctx, p.st))
	p.buildBelow(ctx)
	p.ready = true
	p.st.OpenFirst()
	// A link typed into the address bar or opened from the lessons.
	p.hash = app.FuncOf(func(app.Value, []app.Value) any {
		f := state.Fragment()
		ctx.Dispatch(func(app.Context) { p.st.Route(f) })
		return nil
	})
	app.Window().Call("addEventListener", "hashchange", p.hash)
	p.hide = app.FuncOf(func(app.Value, []app.Value) any {
		state.SaveDraftSoon(p.st, true)
		return nil
	})
	app.Window().Call("addEventListener", "pagehide", p.hide)
	app.Window().Get("performance").Call("mark", "nn:page-mounted") // the start-up's steps (boot.js)
}

// OnNav is called by go-app when a link inside the page (a lesson) or the
// back button changes the fragment: go-app handles those without a
// hashchange event.
func (p *playground) OnNav(ctx app.Context) {
	if !app.IsClient || !p.ready {
		return
	}
	p.st.Route(state.Fragment())
}

func (p *playground) OnDismount() {
	if p.loop != nil {
		p.loop.stop()
	}
	if p.keys != nil {
		app.Window().Call("removeEventListener", "keydown", p.keys)
		p.keys.Release()
	}
	if p.notes != nil {
		app.Window().Call("removeEventListener", "keydown", p.notes)
		app.Window().Call("removeEventListener", "pointerdown", p.notes, true)
		p.notes.Release()
	}
	if p.hash != nil {
		app.Window().Call("removeEventListener", "hashchange", p.hash)
		app.Window().Call("removeEventListener", "pagehide", p.hide)
	}
}

func (p *playground) Render() app.UI {
	l := p.st.Lang()
	cls := "pg"
	if p.st.Lessons.Lesson() != nil && p.st.Lessons.Guided() != nil {
		cls += " pg-has-lesson" // the lesson beside the page (a drawer on narrow screens)
	}
	root := app.Main().ID("playground").Class(cls).Lang(state.HtmlLang(l))
	if p.ready {
		root = root.DataSet("ready", "1")
	}
	return root.Body(
		app.A().ID("skip-link").Class("pg-skip").Href("#train").Text(t(l, "skip")),
		app.Div().Class("pg-screen").Body(p.screen(l)...),
		// Everything else opens on demand.
		app.Div().Class("pg-panels").Body(
			&previewTable{St: p.st, Lang: l},
			&featuresPanel{St: p.st, Lang: l},
			&modelPanel{St: p.st, Lang: l},
			&rowInspector{St: p.st, Lang: l},
			panel(p.st, "charts", t(l, "more-charts"),
				app.Div().Class("pg-views").Body(
					&metricChart{St: p.st, Lang: l},
					&gradChart{St: p.st, Lang: l},
					&weightMaps{St: p.st, Lang: l},
					&scatterView{St: p.st, Lang: l},
					&confusionView{St: p.st, Lang: l},
				),
			),
			&lessonsPanel{St: p.st, Lang: l},
			// The lesson it opens follows it in tab order (it shows beside
			// the page, or as a sheet at the bottom on a narrow screen).
			&lessonPlayer{St: p.st, Lang: l},
			&sharePanel{St: p.st, Lang: l},
			&exportPanel{St: p.st, Lang: l},
			&exerciseEditor{St: p.st, Lang: l},
			&lessonEditor{St: p.st, Lang: l},
			&checker{St: p.st, Lang: l},
		),
		app.Footer().Class("pg-foot").Body(
			app.P().Text(t(l, "footer")),
		),
	)
}

// screen is the first screen: the core loop, which fills the window on a
// laptop (the network and the output take the height that is left).
func (p *playground) screen(l string) []app.UI {
	return []app.UI{
		app.Header().Class("pg-head").Body(
			app.H1().Text(t(l, "title")),
			app.P().Class("pg-sub").Text(t(l, "subtitle")),
			&langSwitch{St: p.st, Lang: l},
		),
		app.If(p.ready, app.Span().ID("app-ready").Hidden(true)).
			Else(app.P().ID("app-loading").Class("pg-loading").Aria("live", "polite").Text(t(l, "loading"))),
		&notices{St: p.st, Lang: l},
		&exerciseView{St: p.st, Lang: l},
		// The run bar and the settings used most, then the data, the
		// network (its editor) and the output.
		app.Div().Class("pg-bar").Body(
			&controls{St: p.st, Lang: l},
			&readouts{St: p.st, Lang: l},
			&quickSettings{St: p.st, Lang: l},
		),
		app.Div().Class("pg-stage").Body(
			&dataPanel{St: p.st, Lang: l},
			&networkView{St: p.st, Lang: l},
			app.Div().Class("pg-output").Body(
				&boundaryView{St: p.st, Lang: l},
				&lossChart{St: p.st, Lang: l},
			),
		),
	}
}
