// Package core holds the playground's engine, in pure Go: it never imports
// syscall/js or the UI framework, so plain `go test` covers it and the same
// code trains natively, on the command line and in the browser's worker.
//
//   - core/data parses pasted tables and prepares them for training;
//   - core/datasets provides the built-in and generated datasets;
//   - core/nn is the network and its trainer;
//   - core/session ties settings, data and trainer together.
package core
