package web

import (
	"github.com/nnplayground/playground/web/draw"

	"github.com/maxence-charriere/go-app/v9/pkg/app"

	"github.com/nnplayground/playground/web/state"
)

// lossChart draws #loss-chart: train (blue, solid) and test (orange,
// dashed) loss over every epoch of the history, on a linear or log scale.
type lossChart struct {
	app.Compo

	St   *state.Store
	Lang string

	unsub func()
}

func (c *lossChart) OnMount(ctx app.Context) {
	drawers["loss-chart"] = drawer{state.DirtyHist, drawLoss, 0}
	c.unsub = c.St.Subscribe(state.TopicRun|state.TopicData|state.TopicStats, state.Redraw(ctx, c.St))
}

func (c *lossChart) OnDismount() {
	if c.unsub != nil {
		c.unsub()
	}
}

func (c *lossChart) Render() app.UI {
	l := c.Lang
	return app.Figure().Class("pg-card pg-loss").Body(
		app.FigCaption().Body(
			app.Span().Text(t(l, "loss-chart")+" "),
			app.Span().Class("pg-key pg-key-train").Text(t(l, "train")),
			app.Span().Class("pg-key pg-key-test").Text(t(l, "test")),
			app.If(c.St.Data.Summary() != nil && c.St.Data.Summary().Valid > 0, app.Span().ID("loss-key-valid").Class("pg-key pg-key-valid").Text(t(l, "held-validation"))),
			app.Span().Class("pg-check").Body(
				app.Input().Type("checkbox").ID("loss-log").Checked(c.St.Opts.LogScale()).OnChange(func(ctx app.Context, e app.Event) {
					on := ctx.JSSrc().Get("checked").Bool()
					ctx.Dispatch(func(app.Context) {
						c.St.SetLogScale(on)
					})
				}),
				app.Label().For("loss-log").Text(t(l, "log-scale")),
			),
		),
		pictured(c.St, "loss-chart", app.Canvas().ID("loss-chart").Class("pg-chart").Role("img").Aria("label", t(l, "loss-chart-desc"))),
		pinsUI(l, c.St),
	)
}

var lossRecs draw.Recs

// drawLoss draws the history's columns (paintState.Cols), at most two polyline
// points or one envelope record per pixel column (plotArea.line), scaled by
// their running range: a frame costs the same whatever the number of epochs.
func drawLoss(st *state.Store, c *draw.Canvas) {
	cols := st.Paint.Cols()
	if len(cols.Xs) == 0 {
		return
	}
	test := st.Data.Summary() != nil && st.Data.Summary().Test > 0
	p := draw.PlotArea{X: 48, Y: 6, W: c.W - 56, H: c.H - 24, Log: st.Opts.LogScale()}
	p.X0, p.X1 = cols.Xs[0], cols.Xs[len(cols.Xs)-1]
	span := cols.Loss
	for _, pin := range st.Opts.Pins() {
		if n := len(pin.Epochs); n > 0 {
			p.X1 = max(p.X1, pin.Epochs[n-1])
		}
		for i, v := range pin.Train {
			span.Add(v)
			if test && i < len(pin.Test) {
				span.Add(pin.Test[i])
			}
		}
	}
	p.Fit(span)
	p.Frame(c, t(st.Lang(), "epochs"))
	train, testExt, valid, _ := cols.Extents()
	p.Line(c, &lossRecs, cols.Xs, cols.Train, train, draw.ColBlue, 2, false)
	if test {
		p.Line(c, &lossRecs, cols.Xs, cols.Test, testExt, draw.ColOrange, 2, true)
	}
	for _, pin := range st.Opts.Pins() {
		p.Line(c, &lossRecs, pin.Epochs, pin.Train, nil, draw.ColGrey, 1.5, true)
		if test {
			p.Line(c, &lossRecs, pin.Epochs, pin.Test, nil, 0xbbbbbb, 1.5, true)
		}
	}
	if cols.WithValid {
		p.Line(c, &lossRecs, cols.Xs, cols.Valid, valid, draw.ColGreen, 2, true)
	}
}
