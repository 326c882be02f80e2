package main

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
	drawers["grad-chart"] = drawGrads
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
var gradXs, gradYs []float64

func drawGrads(st *store, c *canvas) {
	h := st.history
	if len(h) == 0 || len(h[len(h)-1].GradNorms) == 0 {
		return
	}
	layers := len(h[len(h)-1].GradNorms)
	p := plotArea{X: 48, Y: 6, W: c.W - 56, H: c.H - 24, Log: true}
	p.X0, p.X1 = float64(h[0].Epoch), float64(h[len(h)-1].Epoch)
	all := make([][]float64, layers)
	gradXs = gradXs[:0]
	for _, s := range h {
		gradXs = append(gradXs, float64(s.Epoch))
		for l := 0; l < layers; l++ {
			v := 0.0
			if l < len(s.GradNorms) {
				v = s.GradNorms[l]
			}
			all[l] = append(all[l], v)
		}
	}
	p.fitY(all...)
	p.frame(c, t(st.lang, "epochs"))
	for l := 0; l < layers; l++ {
		p.series(&gradRecs, gradXs, all[l])
		c.poly(&gradRecs, layerColor(l), 1.5, l%2 == 1)
	}
}
