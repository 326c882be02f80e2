package web

import (
	"github.com/nnplayground/playground/web/draw"

	"github.com/maxence-charriere/go-app/v9/pkg/app"

	"github.com/nnplayground/playground/web/state"
)

// gradChart draws #grad-chart: each layer's gradient norm over every epoch
// on a log scale, one colour per layer, to show vanishing and exploding
// gradients.
type gradChart struct {
	app.Compo

	St   *state.Store
	Lang string

	unsub func()
}

func (c *gradChart) OnMount(ctx app.Context) {
	drawers["grad-chart"] = drawer{state.DirtyHist, drawGrads, 200}
	c.unsub = c.St.Subscribe(state.TopicShape, state.Redraw(ctx, c.St))
}

func (c *gradChart) OnDismount() {
	if c.unsub != nil {
		c.unsub()
	}
}

func (c *gradChart) Render() app.UI {
	l := c.Lang
	n := 0
	if c.St.Run.Net() != nil {
		n = len(c.St.Run.Net().Sizes) - 1
	}
	return app.Figure().Class("pg-card pg-grads").Body(
		app.FigCaption().Body(
			app.Span().Text(t(l, "grad-chart")+" "),
			app.Range(make([]struct{}, n)).Slice(func(i int) app.UI {
				return app.Span().Class("pg-key").Style("border-color", draw.CSSColor(layerColor(i))).
					Text(tf(l, "weights-n", i+1))
			}),
		),
		app.Canvas().ID("grad-chart").Class("pg-chart").Role("img").Aria("label", t(l, "grad-chart-desc")),
	)
}

func layerColor(i int) int { return draw.ClassColor(i + 1) }

var gradRecs draw.Recs

func drawGrads(st *state.Store, c *draw.Canvas) {
	cols := st.Paint.Cols()
	if len(cols.Xs) == 0 || len(cols.Grads) == 0 {
		return
	}
	p := draw.PlotArea{X: 48, Y: 6, W: c.W - 56, H: c.H - 24, Log: true}
	p.X0, p.X1 = cols.Xs[0], cols.Xs[len(cols.Xs)-1]
	p.Fit(cols.Grad)
	p.Frame(c, t(st.Lang(), "epochs"))
	_, _, _, ext := cols.Extents()
	for l, g := range cols.Grads {
		p.Line(c, &gradRecs, cols.Xs, g, &ext[l], layerColor(l), 1.5, l%2 == 1)
	}
}
