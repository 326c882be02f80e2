//go:build wasm

package main

// generateMain is never reached in the browser: app.RunWhenOnBrowser does
// not return there.
func generateMain() {}
