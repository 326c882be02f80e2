package web

import "github.com/nnplayground/playground/web/state"
import "github.com/maxence-charriere/go-app/v9/pkg/app"

// langSwitch is the #lang select: English or Simplified Chinese. The choice
// is remembered in localStorage.
type langSwitch struct {
	app.Compo

	St   *state.Store
	Lang string
}

func (c *langSwitch) Render() app.UI {
	return app.Div().Class("pg-lang").Body(
		app.Label().For("lang").Text(t(c.Lang, "language")),
		app.Select().ID("lang").OnChange(c.onChange).Body(
			app.Option().Value("en").Selected(c.Lang == "en").Text("English"),
			app.Option().Value("zh").Selected(c.Lang == "zh").Text("简体中文"),
		),
	)
}

func (c *langSwitch) onChange(ctx app.Context, e app.Event) {
	l := ctx.JSSrc().Get("value").String()
	if l != "zh" {
		l = "en"
	}
	ctx.Dispatch(func(ctx app.Context) {
		ctx.LocalStorage().Set(state.LangKey, l)
		c.St.SwitchLang(l)
	})
}
