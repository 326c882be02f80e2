//go:build js && wasm

package main

import (
	"syscall/js"
	"time"

	"github.com/nnplayground/playground/core/wire"
)

// jsHost is the Web Worker around the trainer: messages from the page are
// queued by an onmessage callback, and yielding is a round-trip through a
// MessageChannel, which lets the event loop deliver them (see doc.go).
type jsHost struct {
	self    js.Value // the worker's global scope
	port    js.Value // MessageChannel port1; its twin's onmessage ends a yield
	queue   []message
	wake    chan struct{} // a message was queued
	yielded chan struct{} // the MessageChannel round-trip is done
	funcs   []js.Func     // kept alive for the life of the worker
}

// newJSHost installs the worker's onmessage handler. Messages that arrived
// before it, which worker.js keeps in self.trainerQueue, are queued first.
func newJSHost() *jsHost {
	h := &jsHost{
		self:    js.Global(),
		wake:    make(chan struct{}, 1),
		yielded: make(chan struct{}, 1),
	}
	onMessage := js.FuncOf(func(this js.Value, args []js.Value) any {
		h.receive(args[0].Get("data"), sinceStart())
		return nil
	})
	onYield := js.FuncOf(func(this js.Value, args []js.Value) any {
		signal(h.yielded)
		return nil
	})
	h.funcs = append(h.funcs, onMessage, onYield)

	ch := js.Global().Get("MessageChannel").New()
	h.port = ch.Get("port1")
	ch.Get("port2").Set("onmessage", onYield)

	if early := h.self.Get("trainerQueue"); early.Truthy() {
		for i := 0; i < early.Length(); i++ {
			h.receive(early.Index(i), sinceStart())
		}
		h.self.Set("trainerQueue", js.Undefined())
	}
	h.self.Set("onmessage", onMessage)
	return h
}

// receive queues one message from the page: a Uint8Array holding an
// encoded command (core/wire). Anything else is queued as no bytes, which
// the worker answers with an error.
func (h *jsHost) receive(v js.Value, at time.Duration) {
	var b []byte
	if v.InstanceOf(js.Global().Get("Uint8Array")) {
		b = make([]byte, v.Length())
		js.CopyBytesToGo(b, v)
	}
	h.queue = append(h.queue, message{data: b, at: at})
	signal(h.wake)
}

// post copies report into a new Uint8Array and posts it, transferring its
// buffer to the page rather than copying it again.
func (h *jsHost) post(report []byte) { postBytes(h.self, report) }

// postBytes posts b to target (a worker scope) as a Uint8Array whose buffer
// is transferred.
func postBytes(target js.Value, b []byte) {
	a := js.Global().Get("Uint8Array").New(len(b))
	js.CopyBytesToJS(a, b)
	target.Call("postMessage", a, []any{a.Get("buffer")})
}

func (h *jsHost) take() []message {
	q := h.queue
	h.queue = nil
	return q
}

func (h *jsHost) wait(d time.Duration) {
	if len(h.queue) > 0 {
		return
	}
	if d < 0 {
		<-h.wake
		return
	}
	// time.AfterFunc, not time.NewTimer: the latter's chan time.Time keeps
	// time.Time's formatting code in the binary (see workerStart).
	done := make(chan struct{}, 1)
	t := time.AfterFunc(d, func() { signal(done) })
	defer t.Stop()
	select {
	case <-h.wake:
	case <-done:
	}
}

func (h *jsHost) yield() {
	h.port.Call("postMessage", js.Null())
	<-h.yielded
}

func (h *jsHost) later(d time.Duration, c wire.Message) {
	due, b := sinceStart()+d, wire.Marshal(c)
	var f js.Func
	f = js.FuncOf(func(this js.Value, args []js.Value) any {
		f.Release()
		h.queue = append(h.queue, message{data: b, at: due})
		signal(h.wake)
		return nil
	})
	h.self.Call("setTimeout", f, float64(d)/float64(time.Millisecond))
}
