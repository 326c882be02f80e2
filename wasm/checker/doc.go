// Command checker is the playground's tools worker: it re-runs exercise
// completion codes, and it encodes and decodes session links and files,
// makes exercise links and completion codes and lists the lessons for the
// page. It is compiled to its own WebAssembly binary, checker.wasm, so that
// neither the trainer (trainer.wasm) nor the page (app.wasm) carries that
// code, and the trainer keeps training while codes are checked. It links core/exercise and core/link, which bring encoding/json,
// crypto/sha256 and compress/flate (about 0.25 MB gzipped) that the trainer
// would otherwise carry for a feature a teacher uses now and then.
//
// Build it with
//
//	GOOS=js GOARCH=wasm go build -o site/web/checker.wasm ./wasm/checker
//
// beside trainer.wasm. The page starts it as its tools worker
// (web/worker.js named "tools") for the tool ops below and for checks.
//
// # Tool ops
//
// Each carries an ID (session.Command.ID) that its one reply repeats:
// {"kind":"tool","running":false,"data":"…","id":N}, or
// {"kind":"error","error":"…","data":CLASS,"id":N} where CLASS is "newer"
// (a newer version's link), "large", "too-long" (link.ErrTooLong: offer a
// file), "kind" (a link of another kind) or "bad".
//
//	{"op":"encode-link","text":"{link.Session JSON}"}    → data: "#v1.…"
//	{"op":"encode-file","text":"{link.Session JSON}"}    → data: the session file
//	{"op":"decode-file","text":"{session file}"}         → data: link.Session JSON
//	{"op":"decode-link","text":"#v1.… or a whole URL"}   → data: {"kind":"session"|"lesson"|"exercise",
//	                                                          "session":{…}|"lesson":{…}|"exercise":{…}}
//	{"op":"make-exercise","text":"{exercise.Exercise}"}  → data: the exercise's link
//	{"op":"exercise-code","text":"{\"exercise\":link,\"name\":…,\"settings\":{…},\"fromStart\":b,\"stats\":{nn.Stats}|null}"}
//	                                                     → data: {"allowed":"","code":"…","error":""}
//	{"op":"exercise-info","text":"#v1.… exercise link"} → data: {"id","nonce","nameBound","autoLocks":{name: reason},"startMeets"}
//	{"op":"lessons"}                                     → data: [{"id","title":{"en","zh"},"about":{…},"link"},…]
//	{"op":"lessons","text":"{guide.Lesson}"}             → data: the lesson's link (a teacher's guided lesson)
//
// exercise-info is rules.ExerciseInfo (exercise.Info): the page trains a
// student's settings with TrainSeed = rules.StudentSeed(nonce, name).
// exercise-code's allowed is why the settings break a lock or limit
// (exercise.Allowed), "" when they do not; code is exercise.Code for stats,
// or error says why there is none.
//
// decode-link's "lesson" is a guided lesson (core/exercise/guide.Lesson's
// JSON: id, title, about, settings and steps with their texts, setups,
// actions and checks); a version 1 lesson link opens the gallery lesson
// of its ID with its settings.
//
// # Checks
//
//	{"op":"check","text":"#v1.…","codes":["…","…"]}
//	   →  {"kind":"check","running":false,"data":"[{…}]"} after each code,
//	      Data holding the results so far, the last report all of them;
//	      or {"kind":"error","error":"…"} for a bad exercise link.
//
// Data is a JSON array of
//
//	{"name":"Ana","accepted":true,"epoch":57,"claimed":0.93,"metric":0.93,"reason":"","nameBound":true}
//
// one per code found among the words (exercise.FindCodes), in order, the
// last report with "flag" set where the class check flags a row
// (exercise.Flag), with null for a
// metric that was not computed (exercise.Result.Metric NaN).
package main
