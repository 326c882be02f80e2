package state

import (
	"bytes"

	"github.com/maxence-charriere/go-app/v9/pkg/app"
	"github.com/nnplayground/playground/core/wire"
	"github.com/nnplayground/playground/core/wire/tools"
)

// The trainer worker's script is web/worker.js (assetPath: its hashed
// name), relative to the page, so that the site also works under a
// sub-path. The worker loads trainer.wasm.

// trainerLink is the page's end of the conversation with a worker: messages
// (core/wire) go both ways as Uint8Arrays whose buffers are transferred,
// not copied. A string from the worker is worker.js's own failure.
type trainerLink struct {
	worker  app.Value
	onMsg   app.Func
	onErr   app.Func
	proto   wire.Protocol
	failed  func(msg string) wire.Message // the protocol's error message
	handler func(wire.Message)
	// dead, when set, is called instead of handler when the worker itself
	// failed: its Go program exited or could not start, or the worker
	// threw. Such a worker answers nothing more.
	dead    func(msg string)
	in, out []byte   // buffers reused by every message
	ahead   [][]byte // commands boot.js posted before the page ran (send)
}

// startTrainer starts the trainer's Web Worker, or takes over the one
// boot.js started (boot.go), and calls handler, on a goroutine of the event
// loop, for every report. handler must go through ctx.Dispatch.
func startTrainer(handler func(wire.Message), dead func(msg string)) *trainerLink {
	failed := func(msg string) wire.Message { return &wire.Failed{Message: msg} }
	if w, queued, ahead, ok := bootWorker(); ok {
		t := &trainerLink{proto: wire.Trainer, failed: failed, handler: handler, dead: dead, ahead: ahead}
		t.listen(w, "trainer")
		for _, e := range queued {
			if e.Get("data").IsUndefined() { // an error event
				t.errorEvent(e, "trainer")
			} else {
				t.message(e)
			}
		}
		return t
	}
	t := startWorker(assetPath("worker.js"), "trainer", wire.Trainer, failed, handler)
	t.dead = dead
	return t
}

// startTools starts the tools worker (wasm/checker) as startTrainer does.
func startToolsWorker(handler func(wire.Message)) *trainerLink {
	return startWorker(toolsPath(), "tools", tools.Protocol, func(msg string) wire.Message {
		return &tools.ToolFailed{Message: msg, Class: tools.FailBad}
	}, handler)
}

// startWorker starts the Web Worker at path (relative to the page) with
// the given name (worker.js picks its binary by it), which speaks proto,
// and calls handler for every message, as startTrainer.
func startWorker(path, name string, proto wire.Protocol, failed func(string) wire.Message, handler func(wire.Message)) *trainerLink {
	win := app.Window()
	base := win.Get("document").Get("baseURI")
	url := win.Get("URL").New(path, base).Call("toString")
	t := &trainerLink{proto: proto, failed: failed, handler: handler}
	opts := win.Get("Object").New()
	opts.Set("name", name)
	t.listen(win.Get("Worker").New(url, opts), name)
	return t
}

// listen makes t the page's end of the worker w, named name.
func (t *trainerLink) listen(w app.Value, name string) {
	t.worker = w
	t.onMsg = app.FuncOf(func(this app.Value, args []app.Value) any {
		t.message(args[0])
		return nil
	})
	t.onErr = app.FuncOf(func(this app.Value, args []app.Value) any {
		var e app.Value
		if len(args) > 0 {
			e = args[0]
		}
		t.errorEvent(e, name)
		return nil
	})
	t.worker.Set("onmessage", t.onMsg)
	t.worker.Set("onerror", t.onErr)
}

// message takes the worker's message event e.
func (t *trainerLink) message(e app.Value) {
	data := e.Get("data")
	if data.Type() == app.TypeString { // worker.js: the worker itself failed
		t.died(data.String())
		return
	}
	t.handler(t.receive(data))
}

// errorEvent takes the error event e (nil when none) of the worker named
// name.
func (t *trainerLink) errorEvent(e app.Value, name string) {
	msg := "the " + name + " worker failed"
	if e != nil && e.Get("message").Truthy() {
		msg += ": " + e.Get("message").String()
	}
	t.died(msg)
}

// died reports the worker's own failure: to dead if set, else to the
// handler as the protocol's error.
func (t *trainerLink) died(msg string) {
	if t.dead != nil {
		t.dead(msg)
		return
	}
	t.handler(t.failed(msg))
}

// stop terminates the worker; its handlers are called no more.
func (t *trainerLink) stop() {
	if t.worker != nil {
		t.worker.Call("terminate")
		t.worker.Set("onmessage", nil)
		t.worker.Set("onerror", nil)
	}
	for _, f := range []app.Func{t.onMsg, t.onErr} {
		if f != nil {
			f.Release()
		}
	}
}

// receive decodes one message from the worker.
func (t *trainerLink) receive(data app.Value) wire.Message {
	n := data.Get("length").Int()
	if cap(t.in) < n {
		t.in = make([]byte, n)
	}
	t.in = t.in[:n]
	app.CopyBytesToGo(t.in, data)
	m, err := wire.Unmarshal(t.in, t.proto) // m shares no memory with t.in
	if err != nil {
		return t.failed("bad message from the worker: " + err.Error())
	}
	return m
}

// send posts c to the worker.
func (t *trainerLink) send(c wire.Message) {
	t.out = wire.Append(t.out[:0], c)
	if len(t.ahead) > 0 {
		// boot.js sent the first visit's commands ahead (boot.go): the
		// same command is not sent twice; at the first other one, the
		// rest are forgotten.
		if bytes.Equal(t.ahead[0], t.out) {
			t.ahead = t.ahead[1:]
			return
		}
		t.ahead = nil
	}
	win := app.Window()
	a := win.Get("Uint8Array").New(len(t.out))
	app.CopyBytesToJS(a, t.out)
	t.worker.Call("postMessage", a, win.Get("Array").New(a.Get("buffer")))
}
