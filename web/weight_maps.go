package web

import (
	"github.com/nnplayground/playground/web/draw"

	"math"

	"github.com/maxence-charriere/go-app/v9/pkg/app"

	"github.com/nnplayground/playground/web/state"
)

// weightMaps draws one heatmap per layer (#weights-0, #weights-1, …): row j,
// column i is the weight from unit i to unit j of the next layer, blue
// positive, orange negative, scaled to the layer's largest magnitude.
type weightMaps struct {
	app.Compo

	St   *state.Store
	Lang string

	unsub func()
}

func (c *weightMaps) OnMount(ctx app.Context) {
	c.unsub = c.St.Subscribe(state.TopicShape, state.Redraw(ctx, c.St))
}

func (c *weightMaps) OnDismount() {
	if c.unsub != nil {
		c.unsub()
	}
}

func (c *weightMaps) Render() app.UI {
	l := c.Lang
	n := 0
	if c.St.Run.Net() != nil {
		n = len(c.St.Run.Net().Sizes) - 1
	}
	for i := 0; i < n; i++ {
		k := i
		drawers["weights-"+itoa(i)] = drawer{state.DirtyNet, func(st *state.Store, cv *draw.Canvas) { drawWeightMap(st, cv, k) }, 500}
	}
	return app.Figure().Class("pg-card pg-wmaps").Body(
		app.FigCaption().Text(t(l, "weight-maps")),
		app.Div().Class("pg-maps").Body(
			app.Range(make([]struct{}, n)).Slice(func(i int) app.UI {
				return app.Div().Class("pg-map").Body(
					app.Canvas().ID("weights-"+itoa(i)).Class("pg-mapcanvas").Role("img").
						Aria("label", tf(l, "weights-n", i+1)),
					app.Span().Text(tf(l, "weights-n", i+1)),
				)
			}),
		),
	)
}

var wmapRGBA []byte

func drawWeightMap(st *state.Store, c *draw.Canvas, l int) {
	net := st.Run.Net()
	if net == nil || l+1 >= len(net.Sizes) {
		return
	}
	in, out := net.Sizes[l], net.Sizes[l+1]
	w := net.W[l]
	m := 1e-12
	for _, v := range w {
		m = math.Max(m, math.Abs(v))
	}
	wmapRGBA = wmapRGBA[:0]
	for _, v := range w {
		rgb := draw.DivergingRGB(v / m)
		wmapRGBA = append(wmapRGBA, byte(rgb>>16), byte(rgb>>8), byte(rgb), 255)
	}
	// keep cells square inside the canvas
	cell := math.Min(c.W/float64(in), c.H/float64(out))
	dw, dh := cell*float64(in), cell*float64(out)
	c.Image(wmapRGBA, in, out, (c.W-dw)/2, (c.H-dh)/2, dw, dh)
}
