// This file is over 400 lines: the network view is one component whose
// drawing (drawNetwork, layout) and pointer handling (hit, onMove, onClick)
// share the same geometry of neurons and lines.

package web

import (
	"github.com/nnplayground/playground/web/draw"

	"fmt"
	"math"
	"strconv"
	"strings"

	"github.com/maxence-charriere/go-app/v9/pkg/app"
	"github.com/nnplayground/playground/core/nn"

	"github.com/nnplayground/playground/web/state"
)

// networkView draws #network: every weight a line coloured by its sign
// (blue positive, orange negative) and as wide as its magnitude, every
// neuron filled with the colour of its bias. Hovering shows a weight's or
// bias's value; clicking one opens a field to type a new value, applied to
// the live network (wire.SetWeight, wire.SetBias).
type networkView struct {
	app.Compo

	St   *state.Store
	Lang string

	tip       string
	tipX      float64
	tipY      float64
	edit      *netHit
	editText  string
	unsub     func()
	undismiss func() // removes the tip's dismissal (tap_notes.go)
}

// netHit is a weight (From >= 0) or a bias (From == -1). Layer indexes
// Network.W and Network.B: a weight from unit From of layer Layer to unit To
// of layer Layer+1, or the bias of unit To of layer Layer+1.
type netHit struct {
	Layer, To, From int
	Value           float64
}

// netGeom is where the last frame drew each unit, for hit tests.
var netGeom struct {
	xs   [][]float64 // per layer, per unit
	ys   [][]float64
	r    float64 // the dots' radius
	half float64 // half the side of the hidden neurons' maps; 0 when they are dots
}

var netRecs draw.Recs

func (c *networkView) OnMount(ctx app.Context) {
	drawers["network"] = drawer{state.DirtyNet | state.DirtyHeat, drawNetwork, 0} // the hidden neurons' maps are heatmaps
	c.unsub = c.St.Subscribe(state.TopicData|state.TopicShape|state.TopicRun, state.Redraw(ctx, c.St))
	// A tap elsewhere or Escape hides the tip (a touch screen has no
	// mouseleave).
	c.undismiss = onNoteDismiss(func() {
		if c.tip != "" { // no re-render for a tap when no tip shows
			ctx.Dispatch(func(app.Context) { c.tip = "" })
		}
	})
}

// layerEditor makes the diagram the network's editor, as in TensorFlow
// Playground: over each hidden layer's column, − and + change its neurons,
// and a row of buttons adds or removes a layer. The buttons sit at the
// columns' x positions (layout's formula, in CSS).
func (c *networkView) layerEditor() app.UI {
	l, st := c.Lang, c.St
	h := st.View().Model.Hidden
	locked := st.LockedCtl("layers")
	return app.Div().Class("pg-layer-editor").Body(
		app.Div().Class("pg-row pg-layer-tools").Body(
			app.Button().ID("add-layer").Disabled(locked || len(h) >= maxLayers).
				OnClick(func(ctx app.Context, e app.Event) { addLayer(st, ctx) }).Text("+ "+t(l, "add-layer")),
			app.Button().ID("remove-layer").Disabled(locked || len(h) == 0).
				OnClick(func(ctx app.Context, e app.Event) { removeLayer(st, ctx) }).Text("− "+t(l, "remove-layer")),
			app.Span().ID("layers-count").Class("pg-hint").Text(tf(l, "layers-count", len(h))),
			app.Button().ID("explain-open").Disabled(st.Run.Net() == nil).OnClick(openExplainByKey(st)).Text(t(l, "explain-open")),
		),
		app.Div().Class("pg-layer-row").Style("grid-template-columns", layerColumns(len(h))).Body(
			app.Range(h).Slice(func(i int) app.UI {
				name := tf(l, "layer-n", i+1)
				return app.Div().Class("pg-layer").Style("grid-column", itoa(i+2)).Role("group").Aria("label", name).Body(
					app.Div().Class("pg-layer-buttons").Body(
						app.Button().ID("fewer-"+itoa(i)).Aria("label", t(l, "fewer")+" "+name).Disabled(h[i] <= 1 || locked).
							OnClick(func(ctx app.Context, e app.Event) { changeWidth(st, ctx, i, -1) }).Text("−"),
						app.Button().ID("more-"+itoa(i)).Aria("label", t(l, "more")+" "+name).Disabled(h[i] >= int(hiddenSetting.Max) || locked).
							OnClick(func(ctx app.Context, e app.Event) { changeWidth(st, ctx, i, +1) }).Text("+"),
					),
					app.Span().Class("pg-layer-n").Text(tf(l, "neurons-n", h[i])),
				)
			}),
		),
	)
}

// layerColumns is the grid of the layers' controls: one column centred on
// each hidden layer's column of the diagram (layout's formula: the columns
// split the width between the margins into n+1 gaps), between two margin
// columns. A column is never narrower than its controls: on a narrow
// screen the margins give way first, then the controls leave the
// diagram's columns rather than overlap (and − and + wrap under each
// other).
func layerColumns(n int) string {
	if n == 0 {
		return ""
	}
	pad, cols := int(netPadL+netPadR), n+1
	gap := fmt.Sprintf("(100%% - %dpx) / %d", pad, cols)
	return fmt.Sprintf("minmax(0, calc(%dpx + %s / 2)) repeat(%d, minmax(min-content, calc(%s))) minmax(0, calc(%dpx + %s / 2))",
		int(netPadL), gap, n, gap, int(netPadR), gap)
}

// openExplainByKey opens the explain view from a button, for the keyboard
// (a click on a neuron opens it for the mouse): on the neuron chosen last,
// else the first hidden neuron, and moves the focus to the view's neuron
// picker, whose arrow keys choose any other neuron.
func openExplainByKey(st *state.Store) app.EventHandler {
	return func(ctx app.Context, e app.Event) {
		ctx.Dispatch(func(app.Context) {
			layer, unit := 1, 0
			if q, ok := st.Explain.Asked(); ok {
				layer, unit = q.Layer, q.Unit
			}
			st.OpenExplain(layer, unit)
		})
		ctx.Defer(func(app.Context) {
			if e := app.Window().GetElementByID("explain-neuron"); e.Truthy() {
				e.Call("focus")
			}
		})
	}
}

func (c *networkView) OnDismount() {
	if c.unsub != nil {
		c.unsub()
	}
	if c.undismiss != nil {
		c.undismiss()
	}
}

func (c *networkView) Render() app.UI {
	l := c.Lang
	return app.Figure().Class("pg-card pg-network").Body(
		app.FigCaption().Body(
			app.Span().Text(t(l, "network")+" "),
			app.Span().Class("pg-key pg-key-train").Text(t(l, "positive")),
			app.Span().Class("pg-key pg-key-test").Text(t(l, "negative")),
			app.Span().Class("pg-hint").Text(t(l, "network-hint")),
		),
		c.layerEditor(),
		app.Div().Class("pg-stack").Body(
			pictured(c.St, "network", app.Canvas().ID("network").Class("pg-chart pg-tall").Role("img").DataSet("sizes", netSizes(c.St)).
				Aria("label", t(l, "network-desc")).
				OnMouseMove(c.onMove).OnMouseLeave(c.onLeave).OnClick(c.onClick)),
			app.If(c.tip != "",
				app.Div().ID("network-tip").Class("pg-tip").Role("tooltip").
					Style("left", fmt.Sprintf("%.0fpx", c.tipX+12)).
					Style("top", fmt.Sprintf("%.0fpx", c.tipY+12)).Text(c.tip),
			),
			c.editor(),
		),
		derivedNodes(l, c.St),
		explainView(l, c.St, c.unitName),
		&weightEditor{St: c.St, Lang: l},
	)
}

func (c *networkView) editor() app.UI {
	l, e := c.Lang, c.edit
	if e == nil {
		return nil
	}
	return app.Form().ID("edit-form").Class("pg-edit").
		OnSubmit(func(ctx app.Context, ev app.Event) {
			ev.PreventDefault()
			c.apply(ctx)
		}).Body(
		app.Label().For("edit-value").Text(c.describe(e)),
		app.Input().ID("edit-value").Type("number").Attr("step", "any").Value(c.editText).AutoFocus(true).
			OnInput(func(ctx app.Context, ev app.Event) { c.editText = ctx.JSSrc().Get("value").String() }).
			OnKeyDown(func(ctx app.Context, ev app.Event) {
				if ev.Get("key").String() == "Escape" {
					c.edit = nil
				}
			}),
		app.Button().Type("submit").Text(t(l, "apply")),
		app.Button().Type("button").OnClick(func(ctx app.Context, ev app.Event) { c.edit = nil }).Text(t(l, "cancel")),
	)
}

func (c *networkView) apply(ctx app.Context) {
	e := c.edit
	v, ok := parseFloat(c.editText)
	if e == nil || !ok {
		return
	}
	c.edit = nil
	state.SetParam(c.St, e.Layer, e.To, e.From, v)
}

// unitName is "x1" style for inputs, "h2.3" for hidden units, "out1" for outputs.
func (c *networkView) unitName(layer, unit int) string {
	net := c.St.Run.Net()
	switch {
	case layer == 0:
		if s := c.St.Data.Summary(); s != nil && unit < len(s.Inputs) {
			return s.Inputs[unit]
		}
		return fmt.Sprintf("x%d", unit+1)
	case net != nil && layer == len(net.Sizes)-1:
		if s := c.St.Data.Summary(); s != nil && len(s.Classes) > 2 && unit < len(s.Classes) {
			return s.Classes[unit]
		}
		return fmt.Sprintf("%s%d", t(c.Lang, "out"), unit+1)
	}
	return fmt.Sprintf("h%d.%d", layer, unit+1)
}

func (c *networkView) describe(h *netHit) string {
	if h.From >= 0 {
		return fmt.Sprintf("%s %s → %s = %s", t(c.Lang, "weight"), c.unitName(h.Layer, h.From), c.unitName(h.Layer+1, h.To), short(h.Value))
	}
	return fmt.Sprintf("%s %s = %s", t(c.Lang, "bias"), c.unitName(h.Layer+1, h.To), short(h.Value))
}

func (c *networkView) hit(e app.Event) *netHit {
	net := c.St.Run.Net()
	if net == nil || len(netGeom.xs) != len(net.Sizes) {
		return nil
	}
	x, y := e.Get("offsetX").Float(), e.Get("offsetY").Float()
	for l := 1; l < len(net.Sizes); l++ {
		r := netGeom.r
		if l+1 < len(net.Sizes) && netGeom.half > 0 {
			r = netGeom.half // a square: the map
		}
		for j := range netGeom.xs[l] {
			if math.Max(math.Abs(x-netGeom.xs[l][j]), math.Abs(y-netGeom.ys[l][j])) <= r+2 && j < len(net.B[l-1]) {
				return &netHit{Layer: l - 1, To: j, From: -1, Value: net.B[l-1][j]}
			}
		}
	}
	best, bestD := (*netHit)(nil), 5.0
	for l := 0; l+1 < len(net.Sizes); l++ {
		x0, x1 := netGeom.xs[l], netGeom.xs[l+1]
		if len(x0) == 0 || len(x1) == 0 || x < x0[0] || x > x1[0] {
			continue
		}
		for j := range x1 {
			for i := range x0 {
				d := segDist(x, y, x0[i], netGeom.ys[l][i], x1[j], netGeom.ys[l+1][j])
				if d < bestD {
					k := j*net.Sizes[l] + i
					if k < len(net.W[l]) {
						bestD = d
						best = &netHit{Layer: l, To: j, From: i, Value: net.W[l][k]}
					}
				}
			}
		}
	}
	return best
}

func segDist(px, py, ax, ay, bx, by float64) float64 {
	dx, dy := bx-ax, by-ay
	u := ((px-ax)*dx + (py-ay)*dy) / (dx*dx + dy*dy)
	u = math.Max(0, math.Min(1, u))
	return math.Hypot(px-(ax+u*dx), py-(ay+u*dy))
}

func (c *networkView) onMove(ctx app.Context, e app.Event) {
	x, y := e.Get("offsetX").Float(), e.Get("offsetY").Float()
	h := c.hit(e)
	switch {
	case c.mapped(h):
		c.tip = c.neuronTip(h)
	case h != nil:
		c.tip = c.describe(h)
	default:
		c.tip = c.inputTip(x, y)
	}
	c.tipX, c.tipY = x, y
}

func (c *networkView) onLeave(ctx app.Context, e app.Event) { c.tip = "" }

// mapped reports whether h is a hidden neuron drawn as its map.
func (c *networkView) mapped(h *netHit) bool {
	return h != nil && h.From < 0 && netGeom.half > 0 && h.Layer+2 < len(c.St.Run.Net().Sizes)
}

// neuronTip is a hidden neuron's tip: what it computes, and its note.
func (c *networkView) neuronTip(h *netHit) string {
	return c.describe(h) + " · " + t(c.Lang, "neuron-note")
}

func (c *networkView) onClick(ctx app.Context, e app.Event) {
	h := c.hit(e)
	if h == nil {
		// A tap on an input shows its whole name, as hovering does.
		x, y := e.Get("offsetX").Float(), e.Get("offsetY").Float()
		c.tip, c.tipX, c.tipY = c.inputTip(x, y), x, y
		return
	}
	c.tip = ""
	if h.From < 0 {
		// A neuron: its computation, with the numbers (the bias is
		// edited from the keyboard editor, or by clicking it there), and
		// its note, as hovering shows it (a tap has no hover).
		if c.mapped(h) {
			x, y := e.Get("offsetX").Float(), e.Get("offsetY").Float()
			c.tip, c.tipX, c.tipY = c.neuronTip(h), x, y
		}
		st := c.St
		ctx.Dispatch(func(app.Context) { st.OpenExplain(h.Layer+1, h.To) })
		return
	}
	c.edit = h
	c.editText = full(h.Value)
}

func drawNetwork(st *state.Store, c *draw.Canvas) {
	net := st.Run.Net()
	if net == nil || len(net.Sizes) < 2 {
		return
	}
	maps := nodeMaps(st)
	layout(net, c.W, c.H, maps)
	maxW := 1e-12
	for _, w := range net.W {
		for _, v := range w {
			maxW = math.Max(maxW, math.Abs(v))
		}
	}
	maxB := 1e-12
	for _, b := range net.B {
		for _, v := range b {
			maxB = math.Max(maxB, math.Abs(v))
		}
	}
	netRecs.Reset()
	for l := 0; l+1 < len(net.Sizes); l++ {
		n := net.Sizes[l]
		for j := 0; j < net.Sizes[l+1]; j++ {
			for i := 0; i < n; i++ {
				v := net.W[l][j*n+i]
				col := draw.ColBlue
				if v < 0 {
					col = draw.ColOrange
				}
				netRecs.Add(netGeom.xs[l][i], netGeom.ys[l][i], netGeom.xs[l+1][j], netGeom.ys[l+1][j],
					0.4+5*math.Abs(v)/maxW, float64(col))
			}
		}
	}
	c.Segs(&netRecs)
	netRecs.Reset()
	r := netGeom.r
	for l := range net.Sizes {
		if maps && l > 0 && l+1 < len(net.Sizes) {
			continue // drawNodeMaps
		}
		for j := range netGeom.xs[l] {
			fill := draw.ColPaper
			if l > 0 {
				fill = draw.DivergingRGB(net.B[l-1][j] / maxB)
			}
			ink := float64(draw.ColInk)
			if ringed(st, l, j) {
				ink = float64(draw.ColAlert)
			}
			netRecs.Add(netGeom.xs[l][j], netGeom.ys[l][j], r, float64(fill), ink)
		}
	}
	c.Dots(&netRecs)
	if maps {
		drawNodeMaps(st, c, netGeom.half, maxB)
	} else {
		c.Attr("data-maps", 0)
	}
	if s := st.Data.Summary(); s != nil {
		room := netPadL - r - 6
		for i, name := range s.Inputs {
			if i < len(netGeom.xs[0]) && r >= 3 {
				c.Text(fitText(c, name, room), netGeom.xs[0][i]-r-3, netGeom.ys[0][i]+4, draw.ColInk, "right")
			}
		}
	}
}

// The diagram's left and right margins: the inputs' names go on the left.
const netPadL, netPadR = 96.0, 24.0

// maxLayers bounds the hidden layers the editor adds.
const maxLayers = 8

// layout places the units of net in a w×h box; with maps, the hidden
// units are squares of side 2·netGeom.half.
func layout(net *nn.Network, w, h float64, maps bool) {
	L := len(net.Sizes)
	maxN := 1
	for _, n := range net.Sizes {
		maxN = max(maxN, n)
	}
	padL, padR, padY := netPadL, netPadR, 12.0
	step := math.Min(56, (h-2*padY)/float64(maxN))
	netGeom.r = math.Max(2, math.Min(12, step*0.3))
	netGeom.half = 0
	if maps {
		netGeom.half = mapHalf(step, (w-padL-padR)/float64(L-1), netGeom.r)
	}
	netGeom.xs = resize2(netGeom.xs, L)
	netGeom.ys = resize2(netGeom.ys, L)
	for l, n := range net.Sizes {
		x := padL + float64(l)*(w-padL-padR)/float64(L-1)
		top := h/2 - step*float64(n-1)/2
		netGeom.xs[l] = netGeom.xs[l][:0]
		netGeom.ys[l] = netGeom.ys[l][:0]
		for j := 0; j < n; j++ {
			netGeom.xs[l] = append(netGeom.xs[l], x)
			netGeom.ys[l] = append(netGeom.ys[l], top+float64(j)*step)
		}
	}
}

// fitText is s, or its start with "…" when s is wider than room: the
// whole name shows on hover (inputTip) and in the columns panel.
func fitText(c *draw.Canvas, s string, room float64) string {
	if c.TextWidth(s) <= room {
		return s
	}
	r := []rune(s)
	for n := len(r) - 1; n > 1; n-- {
		t := string(r[:n]) + "…"
		if c.TextWidth(t) <= room {
			return t
		}
	}
	return string(r[:1]) + "…"
}

// inputTip is the name of the input unit under (x, y), or "".
func (c *networkView) inputTip(x, y float64) string {
	if len(netGeom.xs) == 0 {
		return ""
	}
	r := netGeom.r
	for i := range netGeom.xs[0] {
		// The unit and its label to the left of it.
		if y >= netGeom.ys[0][i]-r-2 && y <= netGeom.ys[0][i]+r+2 && x <= netGeom.xs[0][i]+r+2 && x >= 0 {
			return c.unitName(0, i)
		}
	}
	return ""
}

func resize2(s [][]float64, n int) [][]float64 {
	for len(s) < n {
		s = append(s, nil)
	}
	return s[:n]
}

// netSizes is the drawn network's layer sizes as "2,4,2,1" (#network's
// data-sizes, for tests and tools).
func netSizes(st *state.Store) string {
	if st.Run.Net() == nil {
		return ""
	}
	p := make([]string, len(st.Run.Net().Sizes))
	for i, n := range st.Run.Net().Sizes {
		p[i] = strconv.Itoa(n)
	}
	return strings.Join(p, ",")
}
