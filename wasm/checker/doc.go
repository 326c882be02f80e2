// Command checker re-runs exercise completion codes for the trainer worker:
// it is compiled to its own WebAssembly binary, checker.wasm, so that the
// trainer (trainer.wasm) stays small and keeps training while codes are
// checked. It links core/exercise and core/link, which bring encoding/json,
// crypto/sha256 and compress/flate (about 0.25 MB gzipped) that the trainer
// would otherwise carry for a feature a teacher uses now and then.
//
// Build it with
//
//	GOOS=js GOARCH=wasm go build -o site/web/checker.wasm ./wasm/checker
//
// beside trainer.wasm. The trainer answers op "check" by handing the command
// to web/worker.js, which starts this binary in a nested Web Worker
// (worker.js?checker) on the first check and passes its reports straight to
// the page.
//
// # Messages
//
//	{"op":"check","text":"#v1.…","codes":["…","…"]}
//	   →  {"kind":"check","running":false,"data":"[{…}]"} after each code,
//	      Data holding the results so far, the last report all of them;
//	      or {"kind":"error","error":"…"} for a bad exercise link.
//
// Data is a JSON array of
//
//	{"name":"Ana","accepted":true,"epoch":57,"claimed":0.93,"metric":0.93,"reason":""}
//
// one per non-blank code, in order (exercise.CheckMany), with null for a
// metric that was not computed (exercise.Result.Metric NaN).
package main
