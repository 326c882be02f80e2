package main

import (
	"github.com/maxence-charriere/go-app/v9/pkg/app"
)

// lossChart draws #loss-chart: train (blue, solid) and test (orange,
// dashed) loss over every epoch of the history, on a linear or log scale.
type lossChart struct {
	app.Compo

	St   *store
	Lang string
}

func (c *lossChart) OnMount(ctx app.Context) {
	drawers["loss-chart"] = drawLoss
}

func (c *lossChart) Render() app.UI {
	l := c.Lang
	return app.Figure().Class("pg-card pg-loss").Body(
		app.FigCaption().Body(
			app.Span().Text(t(l, "loss-chart")+" "),
			app.Span().Class("pg-key pg-key-train").Text(t(l, "train")),
			app.Span().Class("pg-key pg-key-test").Text(t(l, "test")),
			app.Span().Class("pg-check").Body(
				app.Input().Type("checkbox").ID("loss-log").Checked(c.St.logScale).OnChange(func(ctx app.Context, e app.Event) {
					on := ctx.JSSrc().Get("checked").Bool()
					ctx.Dispatch(func(app.Context) {
						c.St.logScale = on
						c.St.dirty = true
					})
				}),
				app.Label().For("loss-log").Text(t(l, "log-scale")),
			),
		),
		app.Canvas().ID("loss-chart").Class("pg-chart").Role("img").Aria("label", t(l, "loss-chart-desc")),
	)
}

var lossRecs recs
var lossXs, lossTrain, lossTest []float64

func drawLoss(st *store, c *canvas) {
	h := st.history
	if len(h) == 0 {
		return
	}
	lossXs, lossTrain, lossTest = lossXs[:0], lossTrain[:0], lossTest[:0]
	test := st.summary != nil && st.summary.Test > 0
	for _, s := range h {
		lossXs = append(lossXs, float64(s.Epoch))
		lossTrain = append(lossTrain, s.TrainLoss)
		if test {
			lossTest = append(lossTest, s.TestLoss)
		}
	}
	p := plotArea{X: 48, Y: 6, W: c.W - 56, H: c.H - 24, Log: st.logScale}
	p.X0, p.X1 = lossXs[0], lossXs[len(lossXs)-1]
	p.fitY(lossTrain, lossTest)
	p.frame(c, t(st.lang, "epochs"))
	p.series(&lossRecs, lossXs, lossTrain)
	c.poly(&lossRecs, colBlue, 2, false)
	if test {
		p.series(&lossRecs, lossXs, lossTest)
		c.poly(&lossRecs, colOrange, 2, true)
	}
}
