// Package draw is what the page's drawings are made of, apart from the
// components that decide what to draw: Canvas, a 2-D canvas sized to its
// box and the device's pixel ratio, drawn in batches of float32 records
// (Recs) through web/static/glue.js, or, with SVG set, into an SVGCanvas
// whose DataURL is the prerendered first screen's picture; PlotArea, a
// chart's inner box with its axes and its data-to-pixel mapping (Px, Py),
// which draws a long line as one band of extremes per pixel column;
// Series, the training history as chart columns with their running ranges,
// and Extent, which answers "lowest and highest of a range" in O(log n) so
// that a frame costs the same after a million epochs; the colour-blind-safe
// palette (Col*, ClassColor, DivergingRGB, FillRGBA); and PlaneTicks, the
// output plane's round-numbered ticks.
//
// It reads no page state: the components' draw* functions (package web,
// called by the frame loop) take a *Canvas and the store and use it.
//
//	c, ok := draw.GetCanvas("loss-chart") // nil, false when hidden
//	p := draw.PlotArea{X: 40, Y: 6, W: c.W - 46, H: c.H - 24}
//	p.Frame(c, "epoch")
package draw
