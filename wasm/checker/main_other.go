//go:build !(js && wasm)

package main

import (
	"fmt"
	"os"
)

// main explains how to build the checker; it only runs in a Web Worker.
func main() {
	fmt.Fprintln(os.Stderr, "checker: build with GOOS=js GOARCH=wasm and run it in a Web Worker (see web/worker.js)")
	os.Exit(2)
}
