package web

import (
	"github.com/nnplayground/playground/web/draw"

	"math"

	"github.com/maxence-charriere/go-app/v9/pkg/app"

	"github.com/nnplayground/playground/web/state"
)

// scatterView draws #scatter for regression: predicted against actual
// target values (raw units) of the test split, with the diagonal y = x.
type scatterView struct {
	app.Compo

	St   *state.Store
	Lang string

	unsub func()
}

func (c *scatterView) OnMount(ctx app.Context) {
	drawers["scatter"] = drawer{state.DirtyMisc, drawScatter, 0}
	c.unsub = c.St.Subscribe(state.TopicData, state.Redraw(ctx, c.St))
}

func (c *scatterView) OnDismount() {
	if c.unsub != nil {
		c.unsub()
	}
}

func (c *scatterView) Render() app.UI {
	l := c.Lang
	if c.St.Task() != "regression" {
		return app.Div().Hidden(true)
	}
	return app.Figure().Class("pg-card pg-scatter").Body(
		app.FigCaption().Text(t(l, "scatter")),
		app.Canvas().ID("scatter").Class("pg-square").Role("img").Aria("label", t(l, "scatter-desc")),
	)
}

var scatterRecs draw.Recs

func drawScatter(st *state.Store, c *draw.Canvas) {
	pts := st.Run.Scatter()
	if len(pts) == 0 {
		return
	}
	lo, hi := math.Inf(1), math.Inf(-1)
	for _, p := range pts {
		for _, v := range p {
			if !math.IsNaN(v) && !math.IsInf(v, 0) {
				lo, hi = math.Min(lo, v), math.Max(hi, v)
			}
		}
	}
	if lo >= hi {
		lo, hi = lo-1, hi+1
	}
	p := draw.PlotArea{X: 48, Y: 6, W: c.W - 56, H: c.H - 24, X0: lo, X1: hi, Y0: lo, Y1: hi}
	p.Frame(c, t(st.Lang(), "actual"))
	scatterRecs.Reset()
	scatterRecs.Add(p.Px(lo), p.Py(lo), p.Px(hi), p.Py(hi), 1, draw.ColGrey)
	c.Segs(&scatterRecs)
	scatterRecs.Reset()
	for _, q := range pts {
		scatterRecs.Add(p.Px(q[0]), p.Py(q[1]), 2.5, draw.ColBlue, -1)
	}
	c.Dots(&scatterRecs)
}
