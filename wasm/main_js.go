//go:build js && wasm

package main

// main serves the page's commands until the worker is terminated.
func main() {
	newWorker(newJSHost()).run()
}

// run serves commands forever. (The tests call tick.)
func (w *worker) run() {
	for {
		w.tick()
	}
}
