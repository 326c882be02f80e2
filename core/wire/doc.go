// Package wire is the one definition of every message between the page
// (web/) and its two workers, the trainer (wasm/) and the tools worker
// (wasm/checker): a Go type per command and per report, and one codec that
// all three use.
//
//go:generate go run ./internal/genwire Paste Load Train Pause Step Reset SetWeight SetBias SetSpeed Rollback Tune ShowTest GetModel GetPredictions Bench Snapshot Loaded Tuned Failed ModelFile Predictions BenchResults
package wire
