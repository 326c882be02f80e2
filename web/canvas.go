package web

import (
	"encoding/binary"
	"math"

	"github.com/maxence-charriere/go-app/v9/pkg/app"
)

// canvas is a 2-D canvas sized to its CSS box and the device pixel ratio;
// W and H are in CSS pixels. Bulk drawing goes through the nn* helpers of
// web/static/glue.js with flat float32 records, one JavaScript call per
// batch instead of one per line.
type canvas struct {
	el  app.Value
	ctx app.Value
	W   float64
	H   float64
	// svg, when set, receives the drawing instead (the prerendered first
	// screen: svg_canvas.go, prerender.go).
	svg *svgCanvas
}

// canvases caches each canvas's element, context and size between frames,
// so that a frame neither looks elements up nor reads their layout (which
// would force a layout after the readouts changed). measureCanvases drops
// the cache when the page may have changed: resize, re-render.
var canvases = map[string]*canvas{}

func measureCanvases() { clear(canvases) }

func getCanvas(id string) (*canvas, bool) {
	if c := canvases[id]; c != nil && c.el.Get("isConnected").Bool() {
		c.ctx.Call("clearRect", 0, 0, c.W, c.H)
		return c, true
	}
	delete(canvases, id)
	el := app.Window().GetElementByID(id)
	if !el.Truthy() {
		return nil, false
	}
	w := el.Get("clientWidth").Float()
	h := el.Get("clientHeight").Float()
	if w <= 0 || h <= 0 {
		return nil, false
	}
	dpr := 1.0
	if v := app.Window().Get("devicePixelRatio"); v.Truthy() {
		dpr = v.Float()
	}
	pw, ph := int(math.Round(w*dpr)), int(math.Round(h*dpr))
	if el.Get("width").Int() != pw {
		el.Set("width", pw)
	}
	if el.Get("height").Int() != ph {
		el.Set("height", ph)
	}
	ctx := el.Call("getContext", "2d", ctxOptions())
	ctx.Call("setTransform", dpr, 0, 0, dpr, 0, 0)
	ctx.Call("clearRect", 0, 0, w, h)
	c := &canvas{el: el, ctx: ctx, W: w, H: h}
	canvases[id] = c
	return c, true
}

var ctxOpts app.Value

// ctxOptions asks for a canvas kept in main memory (willReadFrequently):
// Chromium then hands its pixels to the compositor without making a shared
// image per canvas and frame, which costs milliseconds per canvas.
func ctxOptions() app.Value {
	if ctxOpts == nil {
		ctxOpts = app.Window().Get("Object").New()
		ctxOpts.Set("willReadFrequently", true)
	}
	return ctxOpts
}

// recs is a batch of float32 records for a glue.js helper.
type recs struct{ b []byte }

func (r *recs) add(vs ...float64) {
	for _, v := range vs {
		r.b = binary.LittleEndian.AppendUint32(r.b, math.Float32bits(float32(v)))
	}
}

func (r *recs) reset() { r.b = r.b[:0] }

// bytesToJS copies b into a new Uint8Array.
func bytesToJS(b []byte) app.Value {
	u8 := app.Window().Get("Uint8Array").New(len(b))
	if len(b) > 0 {
		app.CopyBytesToJS(u8, b)
	}
	return u8
}

// segs draws line segments: records x1, y1, x2, y2, width, rgb.
func (c *canvas) segs(r *recs) {
	if c.svg != nil {
		c.svg.segs(r.b)
		return
	}
	if len(r.b) > 0 {
		app.Window().Call("nnSegs", c.ctx, bytesToJS(r.b))
	}
}

// poly draws a polyline through x, y pairs; a NaN coordinate breaks it.
func (c *canvas) poly(r *recs, rgb int, width float64, dashed bool) {
	if c.svg != nil {
		c.svg.poly(r.b, rgb, width, dashed)
		return
	}
	if len(r.b) > 0 {
		app.Window().Call("nnPoly", c.ctx, bytesToJS(r.b), rgb, width, dashed)
	}
}

// band fills envelopes: records x, top, bottom per pixel column, a record
// of NaNs between runs (plotArea.band).
func (c *canvas) band(r *recs, rgb int) {
	if c.svg != nil {
		c.svg.band(r.b, rgb)
		return
	}
	if len(r.b) > 0 {
		app.Window().Call("nnBand", c.ctx, bytesToJS(r.b), rgb)
	}
}

// dots draws circles: records x, y, radius, fill rgb, stroke rgb (-1: none).
func (c *canvas) dots(r *recs) {
	if c.svg != nil {
		c.svg.dots(r.b)
		return
	}
	if len(r.b) > 0 {
		app.Window().Call("nnDots", c.ctx, bytesToJS(r.b))
	}
}

// image draws w×h RGBA pixels scaled to the box (x, y, dw, dh), interpolated
// bilinearly.
func (c *canvas) image(rgba []byte, w, h int, x, y, dw, dh float64) {
	if c.svg != nil {
		c.svg.image(rgba, w, h, x, y, dw, dh)
		return
	}
	app.Window().Call("nnImage", c.ctx, bytesToJS(rgba), w, h, x, y, dw, dh)
}

// text draws s at (x, y) in the given colour and alignment.
func (c *canvas) text(s string, x, y float64, rgb int, align string) {
	if c.svg != nil {
		c.svg.text(s, x, y, rgb, align)
		return
	}
	c.ctx.Set("fillStyle", cssColor(rgb))
	c.ctx.Set("textAlign", align)
	c.ctx.Set("font", "11px system-ui, sans-serif")
	c.ctx.Call("fillText", s, x, y)
}

// textWidth is the width of s as text draws it.
func (c *canvas) textWidth(s string) float64 {
	if c.svg != nil {
		return c.svg.textWidth(s)
	}
	c.ctx.Set("font", "11px system-ui, sans-serif")
	return c.ctx.Call("measureText", s).Get("width").Float()
}

// fill fills a rectangle.
func (c *canvas) fill(x, y, w, h float64, rgb int) {
	if c.svg != nil {
		c.svg.fill(x, y, w, h, rgb)
		return
	}
	c.ctx.Set("fillStyle", cssColor(rgb))
	c.ctx.Call("fillRect", x, y, w, h)
}

// attr sets an attribute of the canvas element, for tests and tools (a
// picture has none).
func (c *canvas) attr(name string, v any) {
	if c.svg == nil {
		c.el.Call("setAttribute", name, v)
	}
}

// rect strokes a rectangle.
func (c *canvas) rect(x, y, w, h float64, rgb int) {
	if c.svg != nil {
		c.svg.rect(x, y, w, h, rgb)
		return
	}
	c.ctx.Set("strokeStyle", cssColor(rgb))
	c.ctx.Set("lineWidth", 1)
	c.ctx.Call("strokeRect", x, y, w, h)
}
