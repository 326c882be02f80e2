package web

import (
	"github.com/nnplayground/playground/core/wire/tools"

	"github.com/maxence-charriere/go-app/v9/pkg/app"
	"github.com/nnplayground/playground/core/session"

	"github.com/nnplayground/playground/web/state"
)

// sharePanel makes the session's link: #share puts it (the page's address
// and the "#v1.…" fragment) into the read-only #share-url, on the
// clipboard and in the address bar, and #share-length says how long it is,
// warning past session.LongLink characters. A session too large for a link is
// offered as a session file (#share-file). #start-here includes the
// current weights ("start from here").
type sharePanel struct {
	app.Compo

	St   *state.Store
	Lang string

	url       string
	startHere bool
	tooLong   bool
	err       string
	unsub     func()
}

func (c *sharePanel) OnMount(ctx app.Context) {
	c.unsub = c.St.Subscribe(state.TopicData, state.Redraw(ctx, c.St))
}

func (c *sharePanel) OnDismount() {
	if c.unsub != nil {
		c.unsub()
	}
}

func (c *sharePanel) Render() app.UI {
	l := c.Lang
	n := len([]rune(c.url))
	length := ""
	if c.url != "" {
		length = tf(l, "share-length", n)
	}
	return panel(c.St, "share-panel", t(l, "share-title"),
		app.Div().Class("pg-row").Body(
			app.Button().ID("share").Class("pg-primary").Disabled(c.St.Data.Summary() == nil).OnClick(c.onShare).Text(t(l, "share")),
			app.Span().Class("pg-check").Body(
				app.Input().Type("checkbox").ID("start-here").Checked(c.startHere).OnChange(func(ctx app.Context, e app.Event) {
					c.startHere = ctx.JSSrc().Get("checked").Bool()
				}),
				app.Label().For("start-here").Text(t(l, "start-here")),
			),
		),
		app.Div().Class("pg-field").Body(
			app.Label().For("share-url").Text(t(l, "share-url")),
			app.Input().ID("share-url").Type("text").ReadOnly(true).Value(c.url).
				Aria("describedby", "share-length").
				OnFocus(func(ctx app.Context, e app.Event) { ctx.JSSrc().Call("select") }),
		),
		app.P().ID("share-length").Class("pg-hint").Aria("live", "polite").Text(length),
		app.If(n > session.LongLink,
			app.P().ID("share-warning").Class("pg-note").Text(tf(l, "share-long", session.LongLink)),
		),
		app.If(c.tooLong,
			app.P().ID("share-too-long").Class("pg-alert").Body(
				app.Text(t(l, "share-too-long")+" "),
				app.Button().ID("share-file").OnClick(func(ctx app.Context, e app.Event) { saveSessionFile(c.St, c.startHere) }).
					Text(t(l, "export-session")),
			),
		),
		app.P().ID("share-error").Class("pg-error").Role("alert").Text(c.err),
	)
}

// onShare asks the tools worker to encode the accepted settings (and the
// weights when asked) and shows the link when it answers.
func (c *sharePanel) onShare(ctx app.Context, e app.Event) {
	ctx.Dispatch(func(app.Context) {
		st := c.St
		s := session.Saved{Settings: st.Data.Settings()}
		s.Settings.Lang = st.Lang()
		if c.startHere {
			s.Weights = st.WeightsOf()
		} else if st.Exercise.Params() != nil && st.Run.Net() != nil {
			// The session started from given weights: keep them.
			s.Weights = &session.Weights{Sizes: append([]int(nil), st.Run.Net().Sizes...), Params: st.Exercise.Params()}
		}
		st.AskText(&tools.EncodeLink{Session: s}, func(frag, errMsg string, class tools.FailClass) {
			ctx.Dispatch(func(app.Context) {
				c.url, c.err, c.tooLong = "", "", false
				switch {
				case class == tools.FailTooLong:
					c.tooLong = true
					return
				case errMsg != "":
					c.err = errMsg
					return
				}
				c.url = state.PageURL() + frag
				app.Window().Call("nnCopy", c.url)
				if st.Exercise.Info() == nil {
					state.SetFragment(st, frag)
				}
			})
		})
	})
}

// saveSessionFile downloads the session as a file (made by the tools
// worker, link.EncodeFile).
func saveSessionFile(st *state.Store, withWeights bool) {
	s := session.Saved{Settings: st.Data.Settings()}
	s.Settings.Lang = st.Lang()
	if withWeights {
		s.Weights = st.WeightsOf()
	}
	st.AskText(&tools.EncodeFile{Session: s}, func(file, errMsg string, class tools.FailClass) {
		if errMsg != "" {
			st.SetExportErr(errMsg)
			st.Notify(state.TopicRun)
			return
		}
		state.Download("session.nnplay.json", "application/json", file)
	})
}
