//go:build js && wasm

package main

import "syscall/js"

// main checks the commands web/worker.js passes on (queued in
// self.trainerQueue until now) and then waits for more.
func main() {
	self := js.Global()
	queue := make(chan string, 64)
	receive := func(v js.Value) {
		if v.Type() == js.TypeString {
			queue <- v.String()
		} else {
			queue <- js.Global().Get("JSON").Call("stringify", v).String()
		}
	}
	if early := self.Get("trainerQueue"); early.Truthy() {
		for i := 0; i < early.Length(); i++ {
			receive(early.Index(i))
		}
		self.Set("trainerQueue", js.Undefined())
	}
	self.Set("onmessage", js.FuncOf(func(this js.Value, args []js.Value) any {
		text := args[0].Get("data")
		go receive(text) // never block a JavaScript callback
		return nil
	}))
	post := func(s string) { self.Call("postMessage", s) }
	for text := range queue {
		handle(text, post)
	}
}
