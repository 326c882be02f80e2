// The store's part about drawing (paintState): what the frame loop must
// redraw, the history as chart columns, and the first screen's pictures.

package state

import (
	"github.com/maxence-charriere/go-app/v9/pkg/app"
)
import "github.com/nnplayground/playground/web/draw"

// dirt says which drawings are out of date.
type Dirt uint8

const (
	DirtyHist Dirt = 1 << iota // history grew: readouts, loss and gradient charts
	DirtyNet                   // weights: network, weight maps
	DirtyHeat                  // heatmaps: output plane, units
	DirtyMisc                  // scatter plot
	// DirtyLayout is set by DirtyAll alone (the page resized, new
	// elements): pictures that never change, the data sets' thumbnails.
	DirtyLayout
	DirtyAll = ^Dirt(0)
)

// paintState is the store's part about drawing. The store's reports mark
// what they make dirty; the frame loop takes it (take) and draws the
// charts from Cols; a component whose elements changed asks for a whole
// repaint (redrawAll).
type paintState struct {
	dirty Dirt        // what the frame loop must redraw
	cols  draw.Series // the history as chart columns
	// pictures holds the SVG pictures, by canvas id, of the first screen
	// that cmd/sitegen writes into index.html (prerender.go); nil in the
	// running page.
	pictures map[string]string
}

// Cols are the history as chart columns (the frame loop's charts read them).
func (p *paintState) Cols() *draw.Series { return &p.cols }

// Prerendered is whether this is the store of the first screen that
// cmd/sitegen writes into index.html.
func (p *paintState) Prerendered() bool { return p.pictures != nil }

// Picture is the prerendered SVG picture of canvas id ("" when none).
func (p *paintState) Picture(id string) string { return p.pictures[id] }

// redrawAll asks the frame loop to repaint everything (the page resized,
// new elements are in the page).
func (p *paintState) RedrawAll() { p.dirty = DirtyAll }

// take returns what is out of date and marks it drawn (the frame loop).
func (p *paintState) Take() Dirt {
	d := p.dirty
	p.dirty = 0
	return d
}

// prerender marks the store as the first screen's, whose canvases show
// pictures (setPicture) until app.wasm draws them.
func (p *paintState) Prerender() {
	p.pictures = map[string]string{}
}

// setPicture keeps the picture of canvas id, as a data URL.
func (p *paintState) SetPicture(id, url string) { p.pictures[id] = url }

// redraw returns a subscriber that re-renders the component of ctx and,
// once the new elements are in the page, asks the frame loop to repaint.
func Redraw(ctx app.Context, st *Store) func() {
	return func() {
		ctx.Dispatch(func(ctx app.Context) {
			ctx.Defer(func(app.Context) { st.Paint.RedrawAll() })
		})
	}
}
