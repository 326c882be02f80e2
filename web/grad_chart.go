package web

import (
	"github.com/maxence-charriere/go-app/v9/pkg/app"
)

// gradChart draws #grad-chart: each layer's gradient norm over every epoch
// on a log scale, one colour per layer, to show vanishing and exploding
// gradients.
type gradChart struct {
	app.Compo

	St   *store
	Lang string

	unsub func()
}

func (c *gradChart) OnMount(ctx app.Context) {
	drawers["grad-chart"] = drawer{dirtyHist, drawGrads, 200}
	c.unsub = c.St.subscribe(topicShape, redraw(ctx, c.St))
}

func (c *gradChart) OnDismount() {
	if c.unsub != nil {
		c.unsub()
	}
}

func (c *gradChart) Render() app.UI {
	l := c.Lang
	n := 0
	if c.St.net != nil {
		n = len(c.St.net.Sizes) - 1
	}
	return app.Figure().Class("pg-card pg-grads").Body(
		app.FigCaption().Body(
			app.Span().Text(t(l, "grad-chart")+" "),
			app.Range(make([]struct{}, n)).Slice(func(i int) app.UI {
				return app.Span().Class("pg-key").Style("border-color", cssColor(layerColor(i))).
					Text(tf(l, "weights-n", i+1))
			}),
		),
		app.Canvas().ID("grad-chart").Class("pg-chart").Role("img").Aria("label", t(l, "grad-chart-desc")),
	)
}

func layerColor(i int) int { return classColor(i + 1) }

var gradRecs recs

func drawGrads(st *store, c *canvas) {
	cols := &st.cols
	if len(cols.xs) == 0 || len(cols.grads) == 0 {
		return
	}
	p := plotArea{X: 48, Y: 6, W: c.W - 56, H: c.H - 24, Log: true}
	p.X0, p.X1 = cols.xs[0], cols.xs[len(cols.xs)-1]
	p.fit(cols.grad)
	p.frame(c, t(st.lang, "epochs"))
	_, _, _, ext := cols.extents()
	for l, g := range cols.grads {
		p.line(c, &gradRecs, cols.xs, g, &ext[l], layerColor(l), 1.5, l%2 == 1)
	}
}
