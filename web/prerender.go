package web

import (
	"github.com/nnplayground/playground/web/draw"

	"github.com/maxence-charriere/go-app/v9/pkg/app"
	"github.com/nnplayground/playground/core/session"
	"github.com/nnplayground/playground/core/wire"

	"github.com/nnplayground/playground/web/state"
)

// Prerendering (cmd/sitegen): the first screen as it shows once the
// trainer's first report arrived, natively, so that index.html holds the
// data's summary, the readouts and the pictures of the network and the
// output before any WebAssembly runs. app.wasm's first mount replaces it.

// DefaultSettings returns the settings a first visit loads.
func DefaultSettings() session.Settings { return state.NewStore().Data.Settings() }

// NewPrerenderedPage returns the page's root as a first visit shows it
// once the trainer's reports arrived (its answer to DefaultSettings, then
// the linear reference), with each canvas named in sizes drawn by the
// page's own drawing code at that size in CSS pixels (its size on the
// screen the build assumes) into an SVG picture, which the canvas shows as
// its background until app.wasm draws on it (the hidden neurons' maps in
// the network's nodes included).
func NewPrerenderedPage(sizes map[string][2]float64, reports ...wire.Message) app.Composer {
	st := state.NewStore()
	st.Paint.Prerender()
	st.ShowFirstHint() // a first visit: no saved session
	for _, m := range reports {
		st.Apply(m)
	}
	picture := func(id string, w, h float64, drawIt func(*state.Store, *draw.Canvas)) {
		c := &draw.Canvas{W: w, H: h, SVG: &draw.SVGCanvas{}}
		drawIt(st, c)
		st.Paint.SetPicture(id, c.SVG.DataURL(w, h))
	}
	for id, wh := range sizes {
		if drawIt, ok := firstScreenDrawers[id]; ok {
			picture(id, wh[0], wh[1], drawIt)
		}
	}
	return &playground{st: st}
}

// firstScreenDrawers draw the first screen's canvases (the frame loop's
// drawers are registered when their components mount, in the browser).
var firstScreenDrawers = map[string]func(*state.Store, *draw.Canvas){
	"network":    drawNetwork,
	"boundary":   drawBoundary,
	"loss-chart": drawLoss,
}

// pictured gives the canvas el the prerendered picture of the canvas id as
// its background, when there is one.
func pictured(st *state.Store, id string, el app.HTMLCanvas) app.HTMLCanvas {
	if u := st.Paint.Picture(id); u != "" {
		return el.Style("background", `url("`+u+`") 0 0 / 100% 100% no-repeat`)
	}
	return el
}
