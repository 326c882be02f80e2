package main

import "github.com/maxence-charriere/go-app/v9/pkg/app"

// frameLoop redraws the canvases at the display's frame rate
// (requestAnimationFrame) whenever the store has something new; the worker's
// reports only mark the store dirty, so drawing never runs once per epoch.
type frameLoop struct {
	st       *store
	fn       app.Func
	onResize app.Func
	stopped  bool
	lastW    int
}

// drawers are the canvases' draw functions, by canvas id.
var drawers = map[string]func(st *store, c *canvas){}

func startFrameLoop(st *store) *frameLoop {
	l := &frameLoop{st: st}
	l.fn = app.FuncOf(func(this app.Value, args []app.Value) any {
		if l.stopped {
			return nil
		}
		l.frame()
		app.Window().Call("requestAnimationFrame", l.fn)
		return nil
	})
	l.onResize = app.FuncOf(func(this app.Value, args []app.Value) any {
		st.dirty = true
		return nil
	})
	app.Window().Call("addEventListener", "resize", l.onResize)
	app.Window().Call("requestAnimationFrame", l.fn)
	return l
}

func (l *frameLoop) frame() {
	if !l.st.dirty {
		return
	}
	l.st.dirty = false
	for id, draw := range drawers {
		c, ok := getCanvas(id)
		if !ok {
			continue
		}
		draw(l.st, c)
	}
}

func (l *frameLoop) stop() {
	l.stopped = true
	app.Window().Call("removeEventListener", "resize", l.onResize)
}
