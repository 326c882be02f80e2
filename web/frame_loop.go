package web

import (
	"github.com/nnplayground/playground/web/draw"

	"github.com/maxence-charriere/go-app/v9/pkg/app"
	"github.com/nnplayground/playground/core/nn"

	"github.com/nnplayground/playground/web/state"
)

// frameLoop redraws at the display's frame rate (requestAnimationFrame)
// only what the store marked out of date: the worker's reports only mark
// the store's paint part dirty (paintState), so drawing never runs once per
// epoch, and a canvas whose data did not change is not touched (each canvas drawn costs the browser a copy
// of its pixels for the compositor). It also writes the newest epoch's
// numbers into the readouts, so that a report never re-renders components.
type frameLoop struct {
	st       *state.Store
	fn       app.Func
	onResize app.Func
	stopped  bool
	shown    [5]string // the readouts' texts last written
	rests    int       // the store's rests last written (#epoch's data-rests)
	state    map[string]*drawState
	perf     app.Value
}

// drawer draws one canvas when one of the parts of the store in deps changed.
// Small views (every > 0) are redrawn at most every that many milliseconds
// while training, and at most two of them in one frame: each canvas drawn
// costs Chromium a fixed couple of milliseconds to hand to the compositor,
// and the loss chart, the network and the output plane come first.
type drawer struct {
	deps  state.Dirt
	draw  func(st *state.Store, c *draw.Canvas)
	every float64
}

// drawState is a canvas's redraw bookkeeping in the frame loop.
type drawState struct {
	pending bool
	last    float64 // performance.now() of the last draw
	cost    float64 // milliseconds a draw takes (a moving average)
}

// drawShare is the share of the time that one canvas's drawing may take
// while training: a canvas whose draw costs more is redrawn less often
// (every cost/drawShare milliseconds; everyOf). A 64-input table's network,
// with a map in each of its 32 hidden neurons, costs tens of milliseconds
// a draw: drawn every frame it kept the main thread busy and the trainer,
// on a two-core machine, at a quarter of its speed.
const drawShare = 0.15

// everyOf is the least time between two draws of the canvas while
// training: its drawer's own, or more when its draws are so costly that
// drawing it every frame (about 16.7 ms) would take over drawShare.
func everyOf(dr drawer, ds *drawState) float64 {
	if b := ds.cost / drawShare; b > 1000.0/60 && b > dr.every {
		return b
	}
	return dr.every
}

// smallPerFrame is the number of small views drawn in one frame at most.
const smallPerFrame = 2

// drawers are the canvases' draw functions, by canvas id.
var drawers = map[string]drawer{}

func startFrameLoop(st *state.Store) *frameLoop {
	l := &frameLoop{st: st, state: map[string]*drawState{}, perf: app.Window().Get("performance")}
	l.fn = app.FuncOf(func(this app.Value, args []app.Value) any {
		if l.stopped {
			return nil
		}
		l.frame()
		app.Window().Call("requestAnimationFrame", l.fn)
		return nil
	})
	l.onResize = app.FuncOf(func(this app.Value, args []app.Value) any {
		st.Paint.RedrawAll()
		return nil
	})
	app.Window().Call("addEventListener", "resize", l.onResize)
	app.Window().Call("requestAnimationFrame", l.fn)
	return l
}

func (l *frameLoop) frame() {
	l.st.Watch()
	d := l.st.Paint.Take()
	if d == state.DirtyAll {
		draw.MeasureCanvases()
	}
	if d&state.DirtyHist != 0 {
		l.readouts()
	}
	any := false
	for id, dr := range drawers {
		ds := l.state[id]
		if ds == nil { // a canvas just mounted (a panel opened): drawn at once
			ds = &drawState{pending: true}
			l.state[id] = ds
		}
		if dr.deps&d != 0 {
			ds.pending = true
		}
		any = any || ds.pending
	}
	if !any {
		return
	}
	now := l.perf.Call("now").Float()
	small := 0
	for {
		// The small view waiting longest, if its turn has come.
		next, oldest := "", now
		for id, dr := range drawers {
			ds := l.state[id]
			if !ds.pending {
				continue
			}
			every := everyOf(dr, ds)
			if every == 0 || !l.st.Run.Running() || d == state.DirtyAll {
				l.draw(id, dr, ds, now)
				continue
			}
			if now-ds.last >= every && ds.last <= oldest && small < smallPerFrame {
				next, oldest = id, ds.last
			}
		}
		if next == "" {
			return
		}
		l.draw(next, drawers[next], l.state[next], now)
		small++
	}
}

func (l *frameLoop) draw(id string, dr drawer, ds *drawState, now float64) {
	ds.pending = false
	ds.last = now
	if c, ok := draw.GetCanvas(id); ok {
		start := l.perf.Call("now").Float()
		dr.draw(l.st, c)
		ds.cost += (l.perf.Call("now").Float() - start - ds.cost) / 4
	}
}

// readouts writes the newest epoch's numbers into the text nodes that the
// readouts component rendered (and into data-value), when they changed.
// go-app keeps its own copy of the text: when the component re-renders, it
// writes the same newest numbers.
func (l *frameLoop) readouts() {
	st := l.st
	var s nn.Stats
	have := len(st.Run.History()) > 0
	if have {
		s = st.Run.History()[len(st.Run.History())-1]
	}
	test := have && st.Data.Summary() != nil && st.Data.Summary().Test > 0
	// set writes one readout and reports whether it shows the numbers.
	set := func(k int, id string, v float64, have bool, epoch bool) bool {
		text, value := "", ""
		switch {
		case epoch:
			text = itoa(s.Epoch)
			value = text
		case have:
			text, value = plain(v, 6), full(v)
		}
		if l.shown[k] == value+"\x00"+text {
			return true
		}
		el := app.Window().GetElementByID(id)
		if !el.Truthy() {
			return false
		}
		tn := el.Get("firstChild")
		if !tn.Truthy() || tn.Get("nodeType").Int() != 3 {
			return false // no text node yet: the component's next render writes it
		}
		l.shown[k] = value + "\x00" + text
		tn.Set("nodeValue", text)
		el.Call("setAttribute", "data-value", value)
		return true
	}
	shown := set(0, "epoch", 0, true, true)
	set(1, "train-loss", s.TrainLoss, have, false)
	set(2, "test-loss", s.TestLoss, test, false)
	set(3, "train-metric", s.TrainMetric, have, false)
	set(4, "test-metric", s.TestMetric, test, false)
	if _, rests := st.Run.Counts(); shown && l.rests != rests {
		// After the numbers: data-rests never runs ahead of the epoch.
		if el := app.Window().GetElementByID("epoch"); el.Truthy() {
			el.Call("setAttribute", "data-rests", itoa(rests))
			l.rests = rests
		}
	}
}

func (l *frameLoop) stop() {
	l.stopped = true
	app.Window().Call("removeEventListener", "resize", l.onResize)
}
