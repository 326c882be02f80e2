//go:build js && wasm

package main

import (
	"syscall/js"
	"time"

	"github.com/nnplayground/playground/core/wire"
	"github.com/nnplayground/playground/core/wire/tools"
)

// main answers the requests web/worker.js passes on (queued in
// self.trainerQueue until now) and then waits for more. Requests and
// answers are Uint8Arrays holding core/wire messages; answers transfer
// their buffer.
func main() {
	self := js.Global()
	queue := make(chan []byte, 64)
	uint8Array := js.Global().Get("Uint8Array")
	receive := func(v js.Value) []byte {
		if !v.InstanceOf(uint8Array) {
			return nil // answered as a bad request
		}
		b := make([]byte, v.Length())
		js.CopyBytesToGo(b, v)
		return b
	}
	if early := self.Get("trainerQueue"); early.Truthy() {
		for i := 0; i < early.Length(); i++ {
			queue <- receive(early.Index(i))
		}
		self.Set("trainerQueue", js.Undefined())
	}
	self.Set("onmessage", js.FuncOf(func(this js.Value, args []js.Value) any {
		b := receive(args[0].Get("data"))
		if m, err := wire.Unmarshal(b, tools.Protocol); err == nil {
			if s, ok := m.(*tools.StopCheck); ok {
				stops.stop(s.ID) // at once: the check it stops holds the queue
				return nil
			}
		}
		go func() { queue <- b }() // never block a JavaScript callback
		return nil
	}))
	// A check pauses between two codes: the event loop then delivers a
	// StopCheck (a timer lets the messages already queued in first).
	pause = func() { time.Sleep(time.Millisecond) }
	post := func(b []byte) {
		a := uint8Array.New(len(b))
		js.CopyBytesToJS(a, b)
		self.Call("postMessage", a, []any{a.Get("buffer")})
	}
	for b := range queue {
		handle(b, post)
	}
}
