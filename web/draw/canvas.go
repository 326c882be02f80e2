package draw

import (
	"encoding/binary"
	"math"

	"github.com/maxence-charriere/go-app/v9/pkg/app"
)

// Canvas is a 2-D canvas sized to its CSS box and the device pixel ratio;
// W and H are in CSS pixels. Bulk drawing goes through the nn* helpers of
// web/static/glue.js with flat float32 records, one JavaScript call per
// batch instead of one per line.
type Canvas struct {
	el  app.Value
	ctx app.Value
	W   float64
	H   float64
	// svg, when set, receives the drawing instead (the prerendered first
	// screen: svg_canvas.go, web/prerender.go).
	SVG *SVGCanvas
	// attrs are the attributes Attr set, so that an unchanged one is not
	// written again every frame.
	attrs map[string]any
}

// canvases caches each canvas's element, context and size between frames,
// so that a frame neither looks elements up nor reads their layout (which
// would force a layout after the readouts changed). measureCanvases drops
// the cache when the page may have changed: resize, re-render.
var canvases = map[string]*Canvas{}

// MeasureCanvases drops the cache of canvases (call it when the page may
// have changed: resize, re-render).
func MeasureCanvases() { clear(canvases) }

// GetCanvas is the canvas element id, cleared, with its size; false when
// the page has none or it has no size (hidden).
func GetCanvas(id string) (*Canvas, bool) {
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
	c := &Canvas{el: el, ctx: ctx, W: w, H: h}
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

// Recs is a batch of float32 records for a glue.js helper.
type Recs struct{ b []byte }

// Add appends one record's values.
func (r *Recs) Add(vs ...float64) {
	for _, v := range vs {
		r.b = binary.LittleEndian.AppendUint32(r.b, math.Float32bits(float32(v)))
	}
}

// Reset empties the batch, keeping its memory.
func (r *Recs) Reset() { r.b = r.b[:0] }

// bytesToJS copies b into a new Uint8Array.
func bytesToJS(b []byte) app.Value {
	u8 := app.Window().Get("Uint8Array").New(len(b))
	if len(b) > 0 {
		app.CopyBytesToJS(u8, b)
	}
	return u8
}

// Segs draws line segments: records x1, y1, x2, y2, width, rgb.
func (c *Canvas) Segs(r *Recs) {
	if c.SVG != nil {
		c.SVG.segs(r.b)
		return
	}
	if len(r.b) > 0 {
		app.Window().Call("nnSegs", c.ctx, bytesToJS(r.b))
	}
}

// Poly draws a polyline through x, y pairs; a NaN coordinate breaks it.
func (c *Canvas) Poly(r *Recs, rgb int, width float64, dashed bool) {
	if c.SVG != nil {
		c.SVG.poly(r.b, rgb, width, dashed)
		return
	}
	if len(r.b) > 0 {
		app.Window().Call("nnPoly", c.ctx, bytesToJS(r.b), rgb, width, dashed)
	}
}

// band fills envelopes: records x, top, bottom per pixel column, a record
// of NaNs between runs (PlotArea.band).
func (c *Canvas) band(r *Recs, rgb int) {
	if c.SVG != nil {
		c.SVG.band(r.b, rgb)
		return
	}
	if len(r.b) > 0 {
		app.Window().Call("nnBand", c.ctx, bytesToJS(r.b), rgb)
	}
}

// Dots draws circles: records x, y, radius, fill rgb, stroke rgb (-1: none).
func (c *Canvas) Dots(r *Recs) {
	if c.SVG != nil {
		c.SVG.dots(r.b)
		return
	}
	if len(r.b) > 0 {
		app.Window().Call("nnDots", c.ctx, bytesToJS(r.b))
	}
}

// Image draws w×h RGBA pixels scaled to the box (x, y, dw, dh), interpolated
// bilinearly.
func (c *Canvas) Image(rgba []byte, w, h int, x, y, dw, dh float64) {
	if c.SVG != nil {
		c.SVG.image(rgba, w, h, x, y, dw, dh)
		return
	}
	app.Window().Call("nnImage", c.ctx, bytesToJS(rgba), w, h, x, y, dw, dh)
}

// Text draws s at (x, y) in the given colour and alignment.
func (c *Canvas) Text(s string, x, y float64, rgb int, align string) {
	if c.SVG != nil {
		c.SVG.text(s, x, y, rgb, align)
		return
	}
	c.ctx.Set("fillStyle", CSSColor(rgb))
	c.ctx.Set("textAlign", align)
	c.ctx.Set("font", "11px system-ui, sans-serif")
	c.ctx.Call("fillText", s, x, y)
}

// TextWidth is the width of s as text draws it.
func (c *Canvas) TextWidth(s string) float64 {
	if c.SVG != nil {
		return c.SVG.textWidth(s)
	}
	c.ctx.Set("font", "11px system-ui, sans-serif")
	return c.ctx.Call("measureText", s).Get("width").Float()
}

// Fill fills a rectangle.
func (c *Canvas) Fill(x, y, w, h float64, rgb int) {
	if c.SVG != nil {
		c.SVG.fill(x, y, w, h, rgb)
		return
	}
	c.ctx.Set("fillStyle", CSSColor(rgb))
	c.ctx.Call("fillRect", x, y, w, h)
}

// Attr sets an attribute of the canvas element, for tests and tools (a
// picture has none).
// v is a string or a number; an unchanged value is not written again.
func (c *Canvas) Attr(name string, v any) {
	if c.SVG != nil || c.attrs[name] == v {
		return
	}
	if c.attrs == nil {
		c.attrs = map[string]any{}
	}
	c.attrs[name] = v
	c.el.Call("setAttribute", name, v)
}

// Rect strokes a rectangle.
func (c *Canvas) Rect(x, y, w, h float64, rgb int) {
	if c.SVG != nil {
		c.SVG.rect(x, y, w, h, rgb)
		return
	}
	c.ctx.Set("strokeStyle", CSSColor(rgb))
	c.ctx.Set("lineWidth", 1)
	c.ctx.Call("strokeRect", x, y, w, h)
}
