package main

import (
	"github.com/maxence-charriere/go-app/v9/pkg/app"
	"github.com/nnplayground/playground/core/session"
)

// langKey is the localStorage key that remembers the chosen language.
const langKey = "nnplay-lang"

// playground is the page: it owns the store, starts the trainer worker, the
// frame loop and the keyboard shortcuts, and lays out the panels.
type playground struct {
	app.Compo

	st    *store
	ready bool
	loop  *frameLoop
	keys  app.Func
}

func newPlayground() app.Composer {
	return &playground{st: newStore()}
}

func (p *playground) OnMount(ctx app.Context) {
	if !app.IsClient {
		return
	}
	var lang string
	ctx.LocalStorage().Get(langKey, &lang)
	if lang == "zh" || lang == "en" {
		p.st.lang = lang
	}
	setDocumentLang(p.st.lang)
	p.st.link = startTrainer(func(r *session.Report) {
		ctx.Dispatch(func(ctx app.Context) { p.st.apply(r) })
	})
	p.loop = startFrameLoop(p.st)
	p.keys = listenKeys(ctx, p.st)
	p.st.subscribe(topicLang, redraw(ctx, p.st))
	p.ready = true
	// The first data set: the default settings.
	p.st.change(true, "", func(*session.Settings) {})
}

func (p *playground) OnDismount() {
	if p.loop != nil {
		p.loop.stop()
	}
	if p.keys != nil {
		app.Window().Call("removeEventListener", "keydown", p.keys)
		p.keys.Release()
	}
}

func (p *playground) Render() app.UI {
	l := p.st.lang
	root := app.Main().ID("playground").Class("pg").Lang(htmlLang(l))
	if p.ready {
		root = root.DataSet("ready", "1")
	}
	return root.Body(
		app.Header().Class("pg-head").Body(
			app.H1().Text(t(l, "title")),
			app.P().Class("pg-sub").Text(t(l, "subtitle")),
			&langSwitch{St: p.st, Lang: l},
		),
		app.If(p.ready, app.Span().ID("app-ready").Hidden(true)).
			Else(app.P().ID("app-loading").Class("pg-loading").Aria("live", "polite").Text(t(l, "loading"))),
		&notices{St: p.st, Lang: l},
		app.Div().Class("pg-grid").Body(
			app.Div().Class("pg-side").Body(
				&dataPanel{St: p.st, Lang: l},
				&previewTable{St: p.st, Lang: l},
				&featuresPanel{St: p.st, Lang: l},
				&modelPanel{St: p.st, Lang: l},
			),
			app.Div().Class("pg-main").Body(
				&controls{St: p.st, Lang: l},
				&readouts{St: p.st, Lang: l},
				app.Div().Class("pg-views").Body(
					&boundaryView{St: p.st, Lang: l},
					&networkView{St: p.st, Lang: l},
					&lossChart{St: p.st, Lang: l},
					&gradChart{St: p.st, Lang: l},
					&weightMaps{St: p.st, Lang: l},
					&scatterView{St: p.st, Lang: l},
					&confusionView{St: p.st, Lang: l},
				),
			),
		),
		app.Footer().Class("pg-foot").Body(
			app.P().Text(t(l, "footer")),
		),
	)
}

// htmlLang is the BCP 47 tag of a catalog language.
func htmlLang(l string) string {
	if l == "zh" {
		return "zh-Hans"
	}
	return "en"
}

func setDocumentLang(l string) {
	app.Window().Get("document").Get("documentElement").Call("setAttribute", "lang", htmlLang(l))
}
