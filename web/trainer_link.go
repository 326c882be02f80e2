package main

import (
	"encoding/json"

	"github.com/maxence-charriere/go-app/v9/pkg/app"
	"github.com/nnplayground/playground/core/session"
)

// workerPath is the trainer worker's script, relative to the page, so that
// the site also works under a sub-path. The worker loads trainer.wasm.
const workerPath = "web/worker.js"

// trainerLink is the page's end of the conversation with the trainer worker:
// Commands go out as JSON strings, Reports come back as JSON strings.
type trainerLink struct {
	worker  app.Value
	onMsg   app.Func
	onErr   app.Func
	handler func(*session.Report, string)
}

// startTrainer starts the Web Worker and calls handler, on a goroutine of
// the event loop, for every report. handler must go through ctx.Dispatch.
func startTrainer(handler func(*session.Report, string)) *trainerLink {
	return startWorker(workerPath, "trainer", handler)
}

// startWorker starts the Web Worker at path (relative to the page) with
// the given name (worker.js picks its binary by it) and calls handler for
// every report, as startTrainer.
func startWorker(path, name string, handler func(*session.Report, string)) *trainerLink {
	win := app.Window()
	base := win.Get("document").Get("baseURI")
	url := win.Get("URL").New(path, base).Call("toString")
	t := &trainerLink{handler: handler}
	opts := win.Get("Object").New()
	opts.Set("name", name)
	t.worker = win.Get("Worker").New(url, opts)
	t.onMsg = app.FuncOf(func(this app.Value, args []app.Value) any {
		data := args[0].Get("data")
		if data.Type() != app.TypeString {
			return nil
		}
		b := []byte(data.String())
		r := new(session.Report)
		if decodeSnapshot(r, b) == nil {
			t.handler(r, "")
			return nil
		}
		*r = session.Report{}
		if err := json.Unmarshal(b, r); err != nil {
			r = &session.Report{Kind: session.KindError, Error: "bad report from the trainer: " + err.Error()}
		}
		t.handler(r, r.Data)
		return nil
	})
	t.onErr = app.FuncOf(func(this app.Value, args []app.Value) any {
		msg := "the trainer worker failed to start"
		if len(args) > 0 && args[0].Get("message").Truthy() {
			msg += ": " + args[0].Get("message").String()
		}
		t.handler(&session.Report{Kind: session.KindError, Error: msg}, "")
		return nil
	})
	t.worker.Set("onmessage", t.onMsg)
	t.worker.Set("onerror", t.onErr)
	return t
}

// send posts c to the worker as a JSON string.
func (t *trainerLink) send(c session.Command) {
	b, err := json.Marshal(c)
	if err != nil {
		panic(err) // Command is plain data: a failure is a programming error
	}
	t.worker.Call("postMessage", string(b))
}
